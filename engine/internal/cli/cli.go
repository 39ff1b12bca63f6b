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
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/policy-engine-build/engine/internal/buildinfo"
	"github.com/policy-engine-build/engine/internal/metrics"
	"github.com/policy-engine-build/engine/internal/registry"
	"github.com/policy-engine-build/engine/internal/server"
)

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
}

type options struct {
	list, version, asJSON bool
	addr                  string
	maxBody               int64
	maxInFlight           int64
	timeout               time.Duration
	timeouts              server.Timeouts
	logLevel              string
}

const usageText = `Usage:
  policy-engine [serve] [flags]     serve the registered policies over HTTP (default)
  policy-engine --list              print the registered policies as JSON
  policy-engine --version [--json]  print version, commit, build date, Go version, platform
  policy-engine check               validate every policy and exit (0 valid, 1 invalid)
  policy-engine healthcheck         GET /healthz of the engine at --addr on this host (0 healthy,
                                    1 not); for HEALTHCHECK in images without a shell or curl

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
	fs.StringVar(&o.addr, "addr", ":8080", "listen address")
	fs.Int64Var(&o.maxBody, "max-body-bytes", server.DefaultMaxBodyBytes, "largest accepted request body; larger gets 413")
	fs.Int64Var(&o.maxInFlight, "max-in-flight", server.DefaultMaxInFlight, "executions allowed at once (stuck ones included); more get 503")
	fs.DurationVar(&o.timeout, "timeout", server.DefaultExecTimeout, "deadline for one policy execution; past it the request gets 504")
	fs.DurationVar(&o.timeouts.ReadHeader, "read-header-timeout", def.ReadHeader, "time allowed to read request headers")
	fs.DurationVar(&o.timeouts.Read, "read-timeout", def.Read, "time allowed to read a whole request")
	fs.DurationVar(&o.timeouts.Write, "write-timeout", 0, "time allowed to write a response (default: --timeout + 5s)")
	fs.DurationVar(&o.timeouts.Idle, "idle-timeout", def.Idle, "keep-alive idle time")
	fs.DurationVar(&o.timeouts.Shutdown, "shutdown-timeout", def.Shutdown, "grace period for requests in flight on SIGTERM/SIGINT")
	fs.StringVar(&o.logLevel, "log-level", "info", "debug, info, warn or error")
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
		return healthcheck(ctx, env, o.addr)
	}
	fmt.Fprintf(env.Stderr, "policy-engine: unknown command %q; run policy-engine --help\n", cmd)
	return ExitUsage
}

// parse accepts flags before and after the command, so both
// "policy-engine --addr :9090" and "policy-engine serve --addr :9090" work.
func parse(fs *flag.FlagSet, args []string) (string, error) {
	if err := fs.Parse(args); err != nil {
		return "", err
	}
	cmd := "serve"
	if fs.NArg() > 0 {
		cmd = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return "", err
		}
		if fs.NArg() > 0 {
			return "", fmt.Errorf("%w: unexpected arguments %q", ErrUsage, fs.Args())
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
	if o.maxBody <= 0 || o.timeout <= 0 || o.maxInFlight <= 0 {
		fmt.Fprintf(env.Stderr, "policy-engine: %v: --max-body-bytes, --max-in-flight and --timeout must be positive\n", ErrUsage)
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

	t := o.timeouts
	if t.Write <= 0 {
		t.Write = o.timeout + 5*time.Second
	}
	handler := server.New(set, server.Config{
		MaxBodyBytes: o.maxBody,
		ExecTimeout:  o.timeout,
		MaxInFlight:  o.maxInFlight,
		Logger:       log,
		Metrics:      metrics.New(names, env.Build.Labels()),
	})
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		log.Error("cannot listen", "addr", o.addr, "error", err.Error())
		return ExitFailure
	}
	log.Info("listening", "addr", ln.Addr().String(), "policies", names,
		"version", env.Build.Version, "commit", env.Build.Commit, "timeout", o.timeout.String(), "max_body_bytes", o.maxBody)
	if err := server.Serve(ctx, server.NewHTTPServer(handler, t, log), ln, handler, t, log); err != nil {
		log.Error("server stopped with an error", "error", err.Error())
		return ExitFailure
	}
	return ExitOK
}

// healthcheck probes the local engine. The listen address may omit the host
// (":8080") or bind all interfaces; the probe always goes to loopback.
func healthcheck(ctx context.Context, env Env, addr string) int {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck: --addr %q: %v\n", addr, err)
		return ExitUsage
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	url := "http://" + net.JoinHostPort(host, port) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck: %v\n", err)
		return ExitUsage
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck %s: %v\n", url, err)
		return ExitFailure
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		fmt.Fprintf(env.Stderr, "policy-engine: healthcheck %s: status %d\n", url, resp.StatusCode)
		return ExitFailure
	}
	fmt.Fprintf(env.Stdout, "healthy: %s\n", url)
	return ExitOK
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
