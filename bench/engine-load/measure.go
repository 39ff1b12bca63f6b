package main

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type scenario struct {
	name, method, url, body string
	wantStatus              int
}

type result struct {
	Name       string        `json:"name"`
	Requests   int           `json:"requests"`
	Errors     int           `json:"errors"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	Throughput float64       `json:"throughput_rps"`
	P50        time.Duration `json:"p50_ns"`
	P90        time.Duration `json:"p90_ns"`
	P99        time.Duration `json:"p99_ns"`
	Max        time.Duration `json:"max_ns"`
	CappedAt   string        `json:"capped,omitempty"`
}

// measure sends at most n requests with c workers, stopping early at
// maxTime. Every request must get the expected status; anything else is
// counted as an error and, past 1%, fails the run.
func measure(client *http.Client, sc scenario, n, c int, maxTime time.Duration) (result, error) {
	latencies := make([]time.Duration, n)
	var next, errCount atomic.Int64
	var firstErr atomic.Value
	deadline := time.Now().Add(maxTime)
	start := time.Now()
	var wg sync.WaitGroup
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n || time.Now().After(deadline) {
					return
				}
				t0 := time.Now()
				err := once(client, sc)
				latencies[i] = time.Since(t0)
				if err != nil {
					errCount.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	done := int(next.Load())
	if done > n {
		done = n
	}
	r := result{Name: sc.name, Requests: done, Errors: int(errCount.Load()), Elapsed: elapsed}
	if done < n {
		r.CappedAt = fmt.Sprintf("stopped at the %s time cap after %d of %d requests", maxTime, done, n)
	}
	lat := append([]time.Duration(nil), latencies[:done]...)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if done > 0 {
		r.Throughput = float64(done) / elapsed.Seconds()
		r.P50, r.P90, r.P99, r.Max = pct(lat, 50), pct(lat, 90), pct(lat, 99), lat[done-1]
	}
	if r.Errors*100 > done {
		return r, fmt.Errorf("%d of %d requests failed; first: %v", r.Errors, done, firstErr.Load())
	}
	return r, nil
}

func once(client *http.Client, sc scenario) error {
	var body io.Reader
	if sc.body != "" {
		body = strings.NewReader(sc.body)
	}
	req, err := http.NewRequest(sc.method, sc.url, body)
	if err != nil {
		return err
	}
	if sc.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	_, _ = io.Copy(io.Discard, resp.Body) // drain so the connection is reused
	resp.Body.Close()
	if resp.StatusCode != sc.wantStatus {
		return fmt.Errorf("status %d, want %d", resp.StatusCode, sc.wantStatus)
	}
	return nil
}

// pct is the nearest-rank percentile of sorted values.
func pct(sorted []time.Duration, p int) time.Duration {
	rank := (p*len(sorted) + 99) / 100
	if rank < 1 {
		rank = 1
	}
	return sorted[rank-1]
}
