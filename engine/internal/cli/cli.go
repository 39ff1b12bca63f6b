// Package cli parses the engine's command line and runs the chosen command.
// main stays a few lines so the generated workspace has little to carry.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	neturl "net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/policy-engine-build/engine/internal/buildinfo"
	"github.com/policy-engine-build/engine/internal/memlimit"
	"github.com/policy-engine-build/engine/internal/metrics"
	"github.com/policy-engine-build/engine/internal/registry"
	"github.com/policy-engine-build/engine/internal/server"
)

// DefaultAddr is where serve listens and healthcheck probes (on loopback) by default.
const DefaultAddr = ":8080"

// DefaultHealthcheckTimeout bounds one healthcheck probe unless --timeout is given; it is
// below the 3s HEALTHCHECK --timeout of the rendered Dockerfile, so the probe reports its
// own error instead of being killed.
const DefaultHealthcheckTimeout = 2 * time.Second

// Exit codes.
const (
	ExitOK      = 0
	ExitFailure = 1 // the engine could not start or stopped with an error
	ExitUsage   = 2 // bad command line
)

// ErrUsage marks command-line mistakes.
var ErrUsage = errors.New("usage error")

// Env is everything a run needs from the outside world.
type Env struct {
	Stdout   io.Writer
	Stderr   io.Writer
	Registry *registry.Registry
	Build    buildinfo.Info
	// Root is where /proc and /sys/fs/cgroup are read from; nil: the real "/".
	Root fs.FS
	// LookupEnv reads the environment; nil: os.LookupEnv.
	LookupEnv func(string) (string, bool)
}

type options struct {
	list, version, asJSON bool
	addr                  string
	maxBody               int64
	maxDecode             int64
	maxResponse           int64
	maxInFlight           int64
	maxConns              int64
	memoryLimit           string
	overloadStatus        int
	timeout               time.Duration
	timeouts              server.Timeouts
	logLevel              string
	accessLog             bool
	accessLogRate         int64
}

const usageText = `Usage:
  policy-engine [serve] [flags]     serve the registered policies over HTTP (default)
  policy-engine --list              print the registered policies as JSON
  policy-engine --version [--json]  print version, commit, build date, Go version, platform
  policy-engine check               validate every policy and exit (0 valid, 1 invalid)
  policy-engine healthcheck [--addr host:port|URL] [--timeout 2s]
                                    GET /healthz of the engine at --addr (default :8080, probed
                                    on 127.0.0.1); exit 0 healthy, 1 not (never 2, which Docker
                                    reserves); for HEALTHCHECK in images without a shell or curl

Endpoints: GET /v1/policies, POST /v1/policies/{name}/execute, GET /healthz,
GET /readyz, GET /metrics.

Flags:
`

func newFlagSet(o *options, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("policy-engine", flag.ContinueOnError)
	fs.SetOutput(stderr)
	def := server.DefaultTimeouts(server.DefaultExecTimeout)
	fs.BoolVar(&o.list, "list", false, "print the registered policies as a JSON array of {name, source} and exit")
	fs.BoolVar(&o.version, "version", false, "print build information and exit")
	fs.BoolVar(&o.asJSON, "json", false, "with --version: print JSON")
	fs.StringVar(&o.addr, "addr", DefaultAddr, "listen address (healthcheck: the address to probe, host:port or http://host:port)")
	fs.Int64Var(&o.maxBody, "max-body-bytes", server.DefaultMaxBodyBytes, "largest accepted request body; larger gets 413")
	fs.Int64Var(&o.maxDecode, "max-decode-bytes", server.DefaultMaxDecodeBytes, "decode budget: the most decoding one body may allocate (estimated before decoding); over it gets 413")
	fs.Int64Var(&o.maxResponse, "max-response-bytes", server.DefaultMaxResponseBytes, "largest encoded policy result; larger gets 500")
	fs.Int64Var(&o.maxInFlight, "max-in-flight", 0, "execute requests admitted at once, from before the body is read until the policy returns (stuck ones included); more get --overload-status (default: sized from the memory limit, else 1024)")
	fs.Int64Var(&o.maxConns, "max-connections", 0, "open connections; past it new ones wait in the accept backlog (default: sized from the memory limit, else 1024)")
	fs.StringVar(&o.memoryLimit, "memory-limit", "auto", "memory the engine may use: auto (the cgroup limit, else GOMEMLIMIT), off, or a size like 256MiB; sets GOMEMLIMIT to 90% of it unless GOMEMLIMIT is set")
	fs.IntVar(&o.overloadStatus, "overload-status", 503, "status for requests over --max-in-flight: 503 or 429")
	fs.DurationVar(&o.timeout, "timeout", server.DefaultExecTimeout, "deadline for one policy execution; past it the request gets 504 (healthcheck: the probe's deadline, default 2s)")
	fs.DurationVar(&o.timeouts.ReadHeader, "read-header-timeout", def.ReadHeader, "time allowed to read request headers")
	fs.DurationVar(&o.timeouts.Read, "read-timeout", def.Read, "time allowed to read a whole request")
	fs.DurationVar(&o.timeouts.Write, "write-timeout", 0, "budget of a whole request from its headers to the end of the answer; time spent reading the body shortens the policy's deadline (default: --timeout + 5s)")
	fs.DurationVar(&o.timeouts.Idle, "idle-timeout", def.Idle, "keep-alive idle time")
	fs.DurationVar(&o.timeouts.Drain, "drain-delay", def.Drain, "on SIGTERM/SIGINT, how long /readyz answers 503 while requests are still served, before the listener closes")
	fs.DurationVar(&o.timeouts.Shutdown, "shutdown-timeout", def.Shutdown, "grace period for requests in flight after the drain")
	fs.StringVar(&o.logLevel, "log-level", "info", "debug, info, warn or error")
	fs.BoolVar(&o.accessLog, "access-log", true, "write one JSON line per request to stderr (independent of --log-level)")
	fs.Int64Var(&o.accessLogRate, "access-log-rate", server.DefaultAccessLogRate, "access log lines a second written in full; past it one request in 100 is logged, with \"sample\":100 (0: never sample)")
	fs.Usage = func() {
		fmt.Fprint(stderr, usageText)
		fs.PrintDefaults()
	}
	return fs
}

// Run executes one command line (without the program name) and returns the
// process exit code. ctx ends the server (main cancels it on SIGTERM/SIGINT).
func Run(ctx context.Context, args []string, env Env) int {
	var o options
	fs := newFlagSet(&o, env.Stderr)
	cmd, err := parse(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return ExitOK
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: %v\n", err)
		if cmd == "healthcheck" {
			// Docker reserves exit code 2 of a HEALTHCHECK command: a bad flag is "unhealthy".
			return ExitFailure
		}
		return ExitUsage
	}
	switch {
	case o.version || cmd == "version":
		return printVersion(env, o.asJSON)
	case o.list || cmd == "list":
		return printList(env)
	case cmd == "check":
		return check(env)
	case cmd == "serve":
		return serve(ctx, env, o)
	case cmd == "healthcheck":
		timeout := DefaultHealthcheckTimeout
		fs.Visit(func(f *flag.Flag) {
			if f.Name == "timeout" {
				timeout = o.timeout
			}
		})
		return healthcheck(ctx, env, o.addr, timeout)
	}
	fmt.Fprintf(env.Stderr, "policy-engine: unknown command %q; run policy-engine --help\n", cmd)
	return ExitUsage
}

// parse accepts flags before and after the command, so both
// "policy-engine --addr :9090" and "policy-engine serve --addr :9090" work.
// On an error after the command word, the command is returned with it.
func parse(fs *flag.FlagSet, args []string) (string, error) {
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	cmd := "serve"
	if fs.NArg() > 0 {
		cmd = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return cmd, err
		}
		if fs.NArg() > 0 {
			return cmd, fmt.Errorf("%w: unexpected arguments %q", ErrUsage, fs.Args())
		}
	}
	return cmd, nil
}

func printVersion(env Env, asJSON bool) int {
	if asJSON {
		return writeJSON(env, env.Build)
	}
	fmt.Fprint(env.Stdout, env.Build.Text())
	return ExitOK
}

func printList(env Env) int {
	entries := env.Registry.Entries()
	type item struct {
		Name   string `json:"name"`
		Source string `json:"source"`
	}
	out := make([]item, 0, len(entries))
	for _, e := range entries {
		out = append(out, item{Name: e.Name, Source: e.Source})
	}
	return writeJSON(env, out)
}

func writeJSON(env Env, v any) int {
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: %v\n", err)
		return ExitFailure
	}
	return ExitOK
}

func check(env Env) int {
	set, err := env.Registry.Build()
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: invalid policies:\n%s\n", indent(err.Error()))
		return ExitFailure
	}
	fmt.Fprintf(env.Stdout, "%d policies valid\n", set.Len())
	return ExitOK
}

func serve(ctx context.Context, env Env, o options) int {
	level, err := parseLevel(o.logLevel)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: %v\n", err)
		return ExitUsage
	}
	if err := checkServeFlags(o); err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: %v\n", err)
		return ExitUsage
	}
	log := slog.New(slog.NewJSONHandler(env.Stderr, &slog.HandlerOptions{Level: level}))

	set, err := env.Registry.Build()
	if err != nil {
		log.Error("refusing to start: invalid policies", "error", err.Error())
		return ExitFailure
	}
	names := make([]string, 0, set.Len())
	for _, e := range set.Entries() {
		names = append(names, e.Name)
	}
	if len(names) == 0 {
		log.Warn("no policies registered; only health and metrics endpoints are useful")
	}

	plan, err := memoryPlan(env, o)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: %v\n", err)
		return ExitUsage
	}
	t := o.timeouts
	if t.Write <= 0 {
		t.Write = o.timeout + 5*time.Second
	}
	reg := metrics.New(names, env.Build.Labels())
	var access *server.AccessLog
	if o.accessLog {
		access = server.NewAccessLog(slog.New(slog.NewJSONHandler(env.Stderr, nil)), o.accessLogRate)
	}
	handler := server.New(set, server.Config{
		MaxBodyBytes:     o.maxBody,
		MaxDecodeBytes:   o.maxDecode,
		MaxResponseBytes: o.maxResponse,
		ExecTimeout:      o.timeout,
		RequestTimeout:   t.Write,
		MaxInFlight:      plan.MaxInFlight,
		OverloadStatus:   o.overloadStatus,
		Logger:           log,
		AccessLog:        access,
		Metrics:          reg,
	})
	inner, err := net.Listen("tcp", o.addr)
	if err != nil {
		log.Error("cannot listen", "addr", o.addr, "error", err.Error())
		return ExitFailure
	}
	ln := server.NewLimitListener(inner, plan.MaxConns)
	reg.Gauge("policy_engine_open_connections", "Accepted connections not yet closed.", ln.Open)
	reg.Gauge("policy_engine_max_connections", "Limit on open connections (--max-connections).", func() int64 { return plan.MaxConns })
	reg.Gauge("policy_engine_memory_limit_bytes", "Memory limit the limits were sized for (cgroup, --memory-limit or GOMEMLIMIT); 0 if none.", func() int64 { return plan.Limit })

	_, envSet := lookupEnv(env)("GOMEMLIMIT")
	goMemLimit := plan.Apply(envSet)
	log.Info("memory", "limit", plan.Limit, "limit_source", plan.Source, "gomemlimit", goMemLimit,
		"max_in_flight", plan.MaxInFlight, "max_connections", plan.MaxConns, "worst_case", plan.WorstCase(), "formula", plan.Formula())
	if !plan.Fits() {
		log.Warn("worst-case memory is over GOMEMLIMIT: lower --max-in-flight, --max-connections or the size limits",
			"worst_case", plan.WorstCase(), "gomemlimit", plan.GoMemLimit())
	}
	log.Info("listening", "addr", ln.Addr().String(), "policies", names,
		"version", env.Build.Version, "commit", env.Build.Commit, "timeout", o.timeout.String(), "max_body_bytes", o.maxBody,
		"write_timeout", t.Write.String(), "drain_delay", t.Drain.String(), "shutdown_timeout", t.Shutdown.String())
	if err := server.Serve(ctx, server.NewHTTPServer(handler, t, log), ln, handler, t, log); err != nil {
		log.Error("server stopped with an error", "error", err.Error())
		return ExitFailure
	}
	return ExitOK
}

func checkServeFlags(o options) error {
	var problems []string
	if o.maxBody <= 0 || o.maxDecode <= 0 || o.maxResponse <= 0 || o.timeout <= 0 {
		problems = append(problems, "--max-body-bytes, --max-decode-bytes, --max-response-bytes and --timeout must be positive")
	}
	if o.maxInFlight < 0 || o.maxConns < 0 {
		problems = append(problems, "--max-in-flight and --max-connections must be positive (or 0 to size them from the memory limit)")
	}
	if o.overloadStatus != 503 && o.overloadStatus != 429 {
		problems = append(problems, fmt.Sprintf("--overload-status %d: use 503 or 429", o.overloadStatus))
	}
	if o.timeouts.Drain < 0 || o.timeouts.Shutdown < 0 {
		problems = append(problems, "--drain-delay and --shutdown-timeout must not be negative")
	}
	if len(problems) > 0 {
		return fmt.Errorf("%w: %s", ErrUsage, strings.Join(problems, "; "))
	}
	return nil
}

// memoryPlan finds the memory limit and sizes the limits left at 0.
func memoryPlan(env Env, o options) (memlimit.Plan, error) {
	p := memlimit.Plan{
		MaxBody: o.maxBody, MaxDecode: o.maxDecode, MaxResponse: o.maxResponse,
		MaxHeader: server.DefaultMaxHeaderBytes, MaxInFlight: o.maxInFlight, MaxConns: o.maxConns,
		Source: "none",
	}
	switch strings.ToLower(o.memoryLimit) {
	case "off", "none", "0":
	case "auto", "":
		root := env.Root
		if root == nil {
			root = os.DirFS("/")
		}
		if n := memlimit.FromCgroup(root); n > 0 {
			p.Limit, p.Source = n, "cgroup"
		} else if v, ok := lookupEnv(env)("GOMEMLIMIT"); ok {
			// The operator set GOMEMLIMIT only: size for the limit it implies.
			if n, err := memlimit.ParseSize(v); err == nil && n > 0 {
				p.Limit, p.Source = n/memlimit.GoMemLimitPercent*100, "GOMEMLIMIT"
			}
		}
	default:
		n, err := memlimit.ParseSize(o.memoryLimit)
		if err != nil {
			return p, fmt.Errorf("%w: --memory-limit: %w", ErrUsage, err)
		}
		p.Limit, p.Source = n, "flag"
	}
	p.Size()
	return p, nil
}

func lookupEnv(env Env) func(string) (string, bool) {
	if env.LookupEnv != nil {
		return env.LookupEnv
	}
	return os.LookupEnv
}

// healthcheck probes the engine's /healthz, for a container HEALTHCHECK. /healthz, not
// /readyz: /readyz answers 503 for the whole drain after SIGTERM by design (the load
// balancer must stop sending), while the process is still serving; a HEALTHCHECK failing
// then would mark a container that is shutting down cleanly as unhealthy (and an
// orchestrator acting on health, e.g. Swarm, could kill it before the drain ends).
// It exits 0 or 1 only: Docker reserves 2.
func healthcheck(ctx context.Context, env Env, addr string, timeout time.Duration) int {
	url, err := healthURL(addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck: --addr %q: %v\n", addr, err)
		return ExitFailure
	}
	if timeout <= 0 {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck: --timeout must be positive\n")
		return ExitFailure
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck: %v\n", err)
		return ExitFailure
	}
	client := &http.Client{
		// Straight to the engine: no HTTP_PROXY, no keep-alive, no redirect followed.
		Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck %s: %v\n", url, err)
		return ExitFailure
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 4096))
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck %s: status %d\n", url, resp.StatusCode)
		return ExitFailure
	}
	fmt.Fprintf(env.Stdout, "healthy: %s\n", url)
	return ExitOK
}

// healthURL is the /healthz URL for a listen address (":8080", "0.0.0.0:8080", "[::]:8080",
// "127.0.0.1:8080") or an http:// URL with no path. A wildcard or empty host is probed on
// 127.0.0.1.
func healthURL(addr string) (string, error) {
	hostPort := addr
	if strings.Contains(addr, "://") {
		u, err := neturl.Parse(addr)
		if err != nil {
			return "", err
		}
		if u.Scheme != "http" {
			return "", fmt.Errorf("only http:// URLs (the engine serves plain HTTP)")
		}
		if (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return "", fmt.Errorf("give the engine's address only (scheme, host and port); /healthz is added")
		}
		hostPort = u.Host
		if u.Port() == "" {
			hostPort = net.JoinHostPort(u.Hostname(), "80")
		}
	}
	host, port, err := net.SplitHostPort(hostPort)
	if err != nil {
		return "", err
	}
	if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
		return "", fmt.Errorf("port %q: use 1-65535", port)
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("%w: --log-level %q: use debug, info, warn or error", ErrUsage, s)
	}
	return l, nil
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
