package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var lat []time.Duration
	for i := 1; i <= 100; i++ {
		lat = append(lat, time.Duration(i)*time.Millisecond)
	}
	tests := []struct {
		p    int
		want time.Duration
	}{{50, 50 * time.Millisecond}, {90, 90 * time.Millisecond}, {99, 99 * time.Millisecond}, {100, 100 * time.Millisecond}, {0, time.Millisecond}}
	for _, tc := range tests {
		if got := pct(lat, tc.p); got != tc.want {
			t.Errorf("pct(%d) = %v, want %v", tc.p, got, tc.want)
		}
	}
	if got := pct([]time.Duration{7}, 99); got != 7 {
		t.Errorf("pct of one value = %v", got)
	}
}

// TestSmallRun drives the real server with a few hundred requests: every
// scenario gets its expected status and the engine's metrics agree.
func TestSmallRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(config{requests: 300, concurrency: 4, maxTime: 30 * time.Second, warmup: 20, rounds: 3}, &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	for _, want := range []string{"healthz (baseline)", "execute allow", "execute bad JSON (400)", "execute allow, access log on", "access log on vs off: throughput x"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
