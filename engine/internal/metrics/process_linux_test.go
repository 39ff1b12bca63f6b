package metrics

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestStatusKiB(t *testing.T) {
	status := []byte("Name:\tpolicy-engine\nVmPeak:\t  900 kB\nVmSize:\t  812 kB\nVmHWM:\t 20480 kB\nVmRSS:\t 10240 kB\nVmEmpty:\n")
	cases := map[string]int64{"VmRSS:": 10240, "VmHWM:": 20480, "VmSize:": 812, "VmMissing:": 0, "VmEmpty:": 0}
	for name, want := range cases {
		if got := statusKiB(status, name); got != want {
			t.Errorf("statusKiB(%s) = %d, want %d", name, got, want)
		}
	}
}

func TestTvSeconds(t *testing.T) {
	if got := tvSeconds(syscall.Timeval{Sec: 3, Usec: 250000}); got != 3.25 {
		t.Errorf("tvSeconds(3s 250000us) = %v, want 3.25", got)
	}
}

// The process figures are the kernel's: compared with /proc/self/status and getrlimit read
// here, in the same process (the resident set can only grow between the two reads by a little).
func TestReadProcessAgreesWithTheKernel(t *testing.T) {
	p := readProcess()
	if !p.ok {
		t.Fatal("readProcess() could not read /proc/self")
	}
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	if want := statusKiB(status, "VmHWM:") << 10; p.residentPeakBytes <= 0 || p.residentPeakBytes > want {
		t.Errorf("resident peak %d, kernel says %d now", p.residentPeakBytes, want)
	}
	if p.residentBytes <= 0 || p.residentBytes > p.residentPeakBytes {
		t.Errorf("resident %d should be positive and at most the peak %d", p.residentBytes, p.residentPeakBytes)
	}
	if p.virtualBytes < p.residentBytes {
		t.Errorf("virtual %d below resident %d", p.virtualBytes, p.residentBytes)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	if p.maxFDs != int64(lim.Cur) {
		t.Errorf("max fds %d, getrlimit says %d", p.maxFDs, lim.Cur)
	}
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	if diff := p.openFDs - int64(len(fds)); diff < -2 || diff > 2 || p.openFDs < 3 {
		t.Errorf("open fds %d, /proc/self/fd lists %d", p.openFDs, len(fds))
	}
	if p.cpuSeconds <= 0 {
		t.Errorf("cpu seconds %v, want > 0 (this test ran code)", p.cpuSeconds)
	}
}

func TestProcessSeriesInTheExposition(t *testing.T) {
	var b strings.Builder
	New(nil, nil).writeRuntime(&b)
	for _, name := range []string{"process_resident_memory_bytes", "process_open_fds", "process_max_fds", "process_cpu_seconds_total", "go_info"} {
		if !strings.Contains(b.String(), "\n"+name+" ") && !strings.Contains(b.String(), "\n"+name+"{") {
			t.Errorf("%s missing from:\n%s", name, b.String())
		}
	}
}
