package memlimit

import (
	"strconv"
	"testing"
	"testing/fstest"
)

// The edges of every comparison in size.go and cgroup.go: each row sits exactly on one.
func TestParseSizeEdges(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"-1", 0, false},
		{strconv.FormatInt(1<<62, 10), 1 << 62, true},
		{strconv.FormatInt(1<<62+1, 10), 0, false},
		{"4294967296GiB", 1 << 62, true},
		{"4294967297GiB", 0, false},
	} {
		got, err := ParseSize(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d (ok=%v)", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestFormatSizeEdges(t *testing.T) {
	for in, want := range map[int64]string{
		1 << 30:         "1GiB",
		1<<30 - 1<<20:   "1023MiB",
		1 << 20:         "1MiB",
		1<<20 + 1:       "1.0MiB",
		1<<20 - 1:       "1048575B",
		1 << 10:         "1KiB",
		1<<10 - 1:       "1023B",
		3<<30 + 512<<20: "3584MiB",
	} {
		if got := FormatSize(in); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestReadLimitEdges(t *testing.T) {
	for content, want := range map[string]int64{
		"max\n":                               0,
		"0\n":                                 0,
		"1\n":                                 1,
		strconv.FormatInt(1<<60-1, 10) + "\n": 1<<60 - 1,
		strconv.FormatInt(1<<60, 10) + "\n":   0,
		"9223372036854771712\n":               0, // cgroup v1's "no limit"
		"not a number\n":                      0,
	} {
		root := fstest.MapFS{"memory.max": {Data: []byte(content)}}
		if got := readLimit(root, "memory.max"); got != want {
			t.Errorf("readLimit(%q) = %d, want %d", content, got, want)
		}
	}
}

// With a limit, sizing keeps at least 16 connections and 1 execution, and the worst case fits.
func TestSizeClampsAtTheirFloors(t *testing.T) {
	p := Plan{Limit: 64 << 20, MaxBody: 1 << 20, MaxDecode: 16 << 20, MaxResponse: 1 << 20}
	p.Size()
	if p.MaxConns < 16 || p.MaxInFlight < 1 {
		t.Fatalf("sized to %d connections and %d in flight, want at least 16 and 1", p.MaxConns, p.MaxInFlight)
	}
	q := Plan{Limit: 1 << 20, MaxBody: 1 << 20, MaxDecode: 16 << 20, MaxResponse: 1 << 20}
	q.Size()
	if q.MaxConns != DefaultMaxConns || q.MaxInFlight != DefaultMaxInFlight {
		t.Errorf("a limit below the baseline leaves nothing to size: got %d/%d, want the defaults", q.MaxConns, q.MaxInFlight)
	}
}
