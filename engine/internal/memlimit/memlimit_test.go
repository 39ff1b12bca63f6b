package memlimit

import (
	"testing"
	"testing/fstest"
)

func TestFromCgroup(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  int64
	}{
		{"v2 in a container", map[string]string{
			"proc/self/cgroup":         "0::/\n",
			"sys/fs/cgroup/memory.max": "268435456\n",
		}, 256 << 20},
		{"v2 unlimited", map[string]string{
			"proc/self/cgroup":         "0::/\n",
			"sys/fs/cgroup/memory.max": "max\n",
		}, 0},
		{"v2 nested, parent is tighter", map[string]string{
			"proc/self/cgroup":                           "0::/kubepods/pod1/ctr\n",
			"sys/fs/cgroup/kubepods/pod1/ctr/memory.max": "max\n",
			"sys/fs/cgroup/kubepods/pod1/memory.max":     "536870912\n",
		}, 512 << 20},
		{"v1 with the host path absent in the container", map[string]string{
			"proc/self/cgroup":                           "12:pids:/docker/abc\n4:memory:/docker/abc\n0::/\n",
			"sys/fs/cgroup/memory/memory.limit_in_bytes": "134217728\n",
		}, 128 << 20},
		{"v1 unlimited is a huge number", map[string]string{
			"proc/self/cgroup":                           "4:memory:/\n",
			"sys/fs/cgroup/memory/memory.limit_in_bytes": "9223372036854771712\n",
		}, 0},
		{"no cgroup file", map[string]string{}, 0},
		{"garbage", map[string]string{
			"proc/self/cgroup":         "0::/\n",
			"sys/fs/cgroup/memory.max": "lots\n",
		}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, data := range tc.files {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			if got := FromCgroup(fsys); got != tc.want {
				t.Fatalf("FromCgroup = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	good := map[string]int64{"268435456": 256 << 20, "256MiB": 256 << 20, "256Mi": 256 << 20, "256m": 256 << 20, "1GiB": 1 << 30, " 2 g ": 2 << 30, "512KiB": 512 << 10, "7B": 7}
	for in, want := range good {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "-1", "lots", "1.5GiB", "99999999999TiB"} {
		if _, err := ParseSize(in); err == nil {
			t.Errorf("ParseSize(%q) accepted", in)
		}
	}
}

func TestSizeFitsTheLimit(t *testing.T) {
	for _, limit := range []int64{128 << 20, 256 << 20, 1 << 30, 8 << 30} {
		p := Plan{Limit: limit, MaxBody: 1 << 20, MaxDecode: 16 << 20, MaxResponse: 1 << 20, MaxHeader: 64 << 10}
		p.Size()
		if p.MaxInFlight < 1 || p.MaxConns < 16 {
			t.Fatalf("limit %s: sized to %d in flight, %d connections", FormatSize(limit), p.MaxInFlight, p.MaxConns)
		}
		if !p.Fits() {
			t.Errorf("limit %s: %s is over GOMEMLIMIT %s", FormatSize(limit), p.Formula(), FormatSize(p.GoMemLimit()))
		}
		t.Logf("limit %-6s: %s", FormatSize(limit), p.Formula())
	}
	// Explicit flags are kept even when they do not fit; the engine warns.
	p := Plan{Limit: 256 << 20, MaxBody: 1 << 20, MaxDecode: 16 << 20, MaxResponse: 1 << 20, MaxHeader: 64 << 10, MaxInFlight: 1000, MaxConns: 10}
	p.Size()
	if p.MaxInFlight != 1000 || p.MaxConns != 10 || p.Fits() {
		t.Errorf("explicit limits changed or reported as fitting: %+v", p)
	}
	// Without a limit: the historical defaults.
	p = Plan{MaxBody: 1 << 20, MaxDecode: 16 << 20, MaxResponse: 1 << 20, MaxHeader: 64 << 10}
	p.Size()
	if p.MaxInFlight != DefaultMaxInFlight || p.MaxConns != DefaultMaxConns || !p.Fits() {
		t.Errorf("no limit: %+v", p)
	}
}

func TestWorstCaseFormula(t *testing.T) {
	p := Plan{MaxBody: 1 << 20, MaxDecode: 16 << 20, MaxResponse: 1 << 20, MaxHeader: 64 << 10, MaxInFlight: 8, MaxConns: 100}
	want := Baseline + 100*(2*(64<<10)+(16<<10)) + 8*(2*(1<<20)+(16<<20)+3*(1<<20))
	if got := p.WorstCase(); got != int64(want) {
		t.Fatalf("WorstCase = %d, want %d", got, want)
	}
}
