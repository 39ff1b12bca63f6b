package main

import (
	"fmt"
	"io"
	"runtime"
	"text/tabwriter"
	"time"
)

type ratio struct {
	Scenario   string  `json:"scenario"`
	Throughput float64 `json:"throughput_vs_baseline"`
	P50        float64 `json:"p50_vs_baseline"`
	P99        float64 `json:"p99_vs_baseline"`
}

type report struct {
	GoVersion   string   `json:"go"`
	Platform    string   `json:"platform"`
	CPUs        int      `json:"cpus"`
	Concurrency int      `json:"concurrency"`
	Rounds      int      `json:"rounds"`
	Results     []result `json:"results"`
	Ratios      []ratio  `json:"ratios"`
}

// newReport relates every scenario to the first one, the baseline.
func newReport(cfg config, results []result) report {
	r := report{
		GoVersion:   runtime.Version(),
		Platform:    runtime.GOOS + "/" + runtime.GOARCH,
		CPUs:        runtime.NumCPU(),
		Concurrency: cfg.concurrency,
		Rounds:      cfg.rounds,
		Results:     results,
	}
	base := results[0]
	for _, res := range results[1:] {
		r.Ratios = append(r.Ratios, ratio{
			Scenario:   res.Name,
			Throughput: safeDiv(res.Throughput, base.Throughput),
			P50:        safeDiv(float64(res.P50), float64(base.P50)),
			P99:        safeDiv(float64(res.P99), float64(base.P99)),
		})
	}
	return r
}

func (r report) writeText(w io.Writer) {
	fmt.Fprintf(w, "engine-load: %s %s, %d CPUs, %d connections, %d interleaved rounds, loopback\n\n", r.GoVersion, r.Platform, r.CPUs, r.Concurrency, r.Rounds)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "scenario\trequests\terrors\treq/s\tp50\tp90\tp99\tmax\t")
	for _, res := range r.Results {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.0f\t%s\t%s\t%s\t%s\t\n", res.Name, res.Requests, res.Errors, res.Throughput,
			round(res.P50), round(res.P90), round(res.P99), round(res.Max))
	}
	_ = tw.Flush()
	fmt.Fprintln(w)
	for _, res := range r.Results {
		if res.CappedAt != "" {
			fmt.Fprintf(w, "note: %s %s\n", res.Name, res.CappedAt)
		}
	}
	for _, ra := range r.Ratios {
		fmt.Fprintf(w, "%s vs baseline: throughput x%.2f, p50 x%.2f, p99 x%.2f\n", ra.Scenario, ra.Throughput, ra.P50, ra.P99)
	}
	var off, on result
	for _, res := range r.Results {
		switch res.Name {
		case "execute allow":
			off = res
		case "execute allow, access log on":
			on = res
		}
	}
	if off.Throughput > 0 && on.Throughput > 0 {
		fmt.Fprintf(w, "access log on vs off: throughput x%.2f, p50 x%.2f, p99 x%.2f\n", on.Throughput/off.Throughput,
			safeDiv(float64(on.P50), float64(off.P50)), safeDiv(float64(on.P99), float64(off.P99)))
	}
}

func round(d time.Duration) time.Duration {
	if d > time.Millisecond {
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

func safeDiv(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}
