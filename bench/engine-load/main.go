// Command engine-load starts the engine's HTTP server in-process on
// 127.0.0.1 with a trivial policy and measures it with a bounded number of
// requests: throughput and latency percentiles for the execute endpoint,
// against /healthz as the baseline (same server, no policy, no JSON).
//
//	go run . -n 20000 -c 16
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/policy-engine-build/engine/internal/registry"
	"github.com/policy-engine-build/engine/internal/server"
)

// allowPolicy is the cheapest realistic policy: decode nothing, answer allow.
type allowPolicy struct{}

func (allowPolicy) Name() string    { return "allow" }
func (allowPolicy) Validate() error { return nil }
func (allowPolicy) Execute(_ context.Context, in any) (any, error) {
	m, _ := in.(map[string]any)
	return map[string]any{"allow": true, "user": m["user"]}, nil
}

type config struct {
	requests    int
	concurrency int
	maxTime     time.Duration
	warmup      int
	rounds      int
	asJSON      bool
	cpuProfile  string
}

func main() {
	exit := 0
	defer func() { os.Exit(exit) }() // after the profile is flushed
	var cfg config
	flag.IntVar(&cfg.requests, "n", 20000, "requests per scenario (bounded)")
	flag.IntVar(&cfg.concurrency, "c", 16, "concurrent client connections")
	flag.DurationVar(&cfg.maxTime, "max-time", 60*time.Second, "time cap for the whole run; stops early if reached")
	flag.IntVar(&cfg.warmup, "warmup", 1000, "unmeasured requests per scenario before measuring")
	flag.IntVar(&cfg.rounds, "rounds", 5, "interleaved rounds the requests of each scenario are split into")
	flag.BoolVar(&cfg.asJSON, "json", false, "print the results as JSON")
	flag.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile of the whole run (client and server) to this file")
	flag.Parse()
	if cfg.requests <= 0 || cfg.concurrency <= 0 || cfg.maxTime <= 0 || cfg.rounds <= 0 || cfg.rounds > cfg.requests {
		fmt.Fprintln(os.Stderr, "engine-load: -n, -c, -rounds and -max-time must be positive, and -rounds at most -n")
		os.Exit(2)
	}
	if cfg.cpuProfile != "" {
		f, err := os.Create(cfg.cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "engine-load:", err)
			os.Exit(1)
		}
		_ = pprof.StartCPUProfile(f)
		defer func() { pprof.StopCPUProfile(); _ = f.Close() }()
	}
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "engine-load:", err)
		exit = 1
	}
}

func run(cfg config, out io.Writer) error {
	base, stop, err := startEngine(nil)
	if err != nil {
		return err
	}
	defer stop()
	// A second engine, the same but writing an access log line for every
	// request (no sampling) to a real file, for the log's cost.
	logFile, err := os.CreateTemp("", "engine-load-access-*.log")
	if err != nil {
		return err
	}
	defer os.Remove(logFile.Name())
	defer logFile.Close()
	access := server.NewAccessLog(slog.New(slog.NewJSONHandler(logFile, nil)), 0)
	logged, stopLogged, err := startEngine(access)
	if err != nil {
		return err
	}
	defer stopLogged()

	client := &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			MaxIdleConns:        cfg.concurrency,
			MaxIdleConnsPerHost: cfg.concurrency,
			IdleConnTimeout:     30 * time.Second,
		},
	}
	scenarios := []scenario{
		{name: "healthz (baseline)", method: "GET", url: base + "/healthz", wantStatus: 200},
		{name: "execute allow", method: "POST", url: base + "/v1/policies/allow/execute", body: `{"user":"ann","action":"read","resource":"doc-1"}`, wantStatus: 200, executes: true},
		{name: "execute allow, access log on", method: "POST", url: logged + "/v1/policies/allow/execute", body: `{"user":"ann","action":"read","resource":"doc-1"}`, wantStatus: 200},
		{name: "execute bad JSON (400)", method: "POST", url: base + "/v1/policies/allow/execute", body: `{"user":`, wantStatus: 400},
	}
	deadline := time.Now().Add(cfg.maxTime)
	executions := 0
	for _, sc := range scenarios {
		b := sample(client, sc, cfg.warmup, cfg.concurrency, deadline)
		if sc.executes {
			executions += len(b.latencies)
		}
	}
	// Interleave the scenarios in rounds, so a noisy neighbour or a CPU
	// frequency change hits all of them alike and the ratios stay meaningful.
	batches := make([][]batch, len(scenarios))
	for round := 0; round < cfg.rounds; round++ {
		n := cfg.requests / cfg.rounds
		if round == cfg.rounds-1 {
			n = cfg.requests - n*(cfg.rounds-1)
		}
		for i, sc := range scenarios {
			b := sample(client, sc, n, cfg.concurrency, deadline)
			batches[i] = append(batches[i], b)
			if sc.executes {
				executions += len(b.latencies)
			}
		}
	}
	results := make([]result, 0, len(scenarios))
	for i, sc := range scenarios {
		r, err := summarise(sc, batches[i], cfg.requests)
		if err != nil {
			return fmt.Errorf("%s: %w", sc.name, err)
		}
		results = append(results, r)
	}
	if err := checkMetrics(client, base, executions); err != nil {
		return err
	}
	report := newReport(cfg, results)
	if cfg.asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	report.writeText(out)
	return nil
}

// startEngine serves the real handler, with the engine's own timeouts, on
// loopback only.
func startEngine(access *server.AccessLog) (string, func(), error) {
	set, err := registry.NewSet(map[string]registry.Policy{"bench.allowPolicy": allowPolicy{}})
	if err != nil {
		return "", nil, err
	}
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	h := server.New(set, server.Config{Logger: log, AccessLog: access})
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	ln := server.NewLimitListener(inner, 0) // as the engine serves
	t0 := server.DefaultTimeouts(server.DefaultExecTimeout)
	t0.Drain = 0 // nobody probes readiness here
	t := t0
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, server.NewHTTPServer(h, t, log), ln, h, t, log) }()
	return "http://" + ln.Addr().String(), func() {
		cancel()
		if err := <-done; err != nil {
			fmt.Fprintln(os.Stderr, "engine-load: shutdown:", err)
		}
	}, nil
}

// checkMetrics makes sure the engine counted every execution it served, so
// the figures are for requests that really ran the policy.
func checkMetrics(client *http.Client, base string, executions int) error {
	resp, err := client.Get(base + "/metrics")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	want := fmt.Sprintf(`policy_engine_executions_total{policy="allow"} %d`, executions)
	if !strings.Contains(string(b), want) {
		return errors.New("metrics disagree with the requests sent: want " + want)
	}
	return nil
}
