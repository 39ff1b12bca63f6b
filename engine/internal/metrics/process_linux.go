package metrics

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// readProcess reads /proc/self and getrusage/getrlimit; a scrape costs a few
// small file reads.
func readProcess() processStats {
	var p processStats
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return p
	}
	p.residentBytes = statusKiB(status, "VmRSS:") << 10
	p.residentPeakBytes = statusKiB(status, "VmHWM:") << 10
	p.virtualBytes = statusKiB(status, "VmSize:") << 10
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		p.cpuSeconds = tvSeconds(ru.Utime) + tvSeconds(ru.Stime)
	}
	if fds, err := os.ReadDir("/proc/self/fd"); err == nil {
		p.openFDs = int64(len(fds))
	}
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil {
		p.maxFDs = int64(lim.Cur)
	}
	p.ok = true
	return p
}

// statusKiB reads a "Name:   1234 kB" line of /proc/self/status.
func statusKiB(status []byte, name string) int64 {
	i := bytes.Index(status, []byte(name))
	if i < 0 {
		return 0
	}
	fields := bytes.Fields(status[i+len(name):])
	if len(fields) == 0 {
		return 0
	}
	n, _ := strconv.ParseInt(string(fields[0]), 10, 64)
	return n
}

func tvSeconds(tv syscall.Timeval) float64 {
	return float64(tv.Sec) + float64(tv.Usec)/1e6
}
