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
	executes                bool // reaches the policy (for the metrics cross-check)
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

// batch is one burst of requests for one scenario.
type batch struct {
	latencies []time.Duration
	elapsed   time.Duration
	errors    int
	firstErr  string
}

// sample sends at most n requests with c workers, stopping early at the
// deadline.
func sample(client *http.Client, sc scenario, n, c int, deadline time.Time) batch {
	latencies := make([]time.Duration, n)
	var next, errCount atomic.Int64
	var firstErr atomic.Value
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
	b := batch{elapsed: time.Since(start), errors: int(errCount.Load())}
	// Workers stop claiming indexes at the deadline; the claimed ones ran.
	done := int(next.Load()) - c
	if done > n {
		done = n
	}
	if done < 0 {
		done = 0
	}
	for _, l := range latencies[:done] {
		if l > 0 {
			b.latencies = append(b.latencies, l)
		}
	}
	if s, ok := firstErr.Load().(string); ok {
		b.firstErr = s
	}
	return b
}

// summarise merges the rounds of one scenario. Every request must get the
// expected status; more than 1% unexpected answers fails the run.
func summarise(sc scenario, batches []batch, wanted int) (result, error) {
	r := result{Name: sc.name}
	var lat []time.Duration
	firstErr := ""
	for _, b := range batches {
		lat = append(lat, b.latencies...)
		r.Elapsed += b.elapsed
		r.Errors += b.errors
		if firstErr == "" {
			firstErr = b.firstErr
		}
	}
	r.Requests = len(lat)
	if r.Requests < wanted {
		r.CappedAt = fmt.Sprintf("stopped at the time cap after %d of %d requests", r.Requests, wanted)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if r.Requests > 0 {
		r.Throughput = float64(r.Requests) / r.Elapsed.Seconds()
		r.P50, r.P90, r.P99, r.Max = pct(lat, 50), pct(lat, 90), pct(lat, 99), lat[len(lat)-1]
	}
	if r.Errors*100 > r.Requests {
		return r, fmt.Errorf("%d of %d requests failed; first: %s", r.Errors, r.Requests, firstErr)
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
