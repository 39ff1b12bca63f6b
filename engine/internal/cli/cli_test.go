package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policy-engine-build/engine/internal/buildinfo"
	"github.com/policy-engine-build/engine/internal/registry"
)

type namedPolicy struct {
	name string
	err  error
}

func (p namedPolicy) Name() string    { return p.name }
func (p namedPolicy) Validate() error { return p.err }
func (p namedPolicy) Execute(_ context.Context, in any) (any, error) {
	return map[string]any{"allow": true}, nil
}

// syncBuffer lets the test read the server's log while it is running.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func env(reg *registry.Registry) (Env, *syncBuffer, *syncBuffer) {
	out, errOut := &syncBuffer{}, &syncBuffer{}
	return Env{
		Stdout:   out,
		Stderr:   errOut,
		Registry: reg,
		Build:    buildinfo.New("v1.2.3", "abc1234", "1700000000"),
	}, out, errOut
}

func twoPolicies() *registry.Registry {
	r := registry.New()
	r.Add("example.com/policies/ratelimit.Limiter", namedPolicy{name: "ratelimit"})
	r.Add("example.com/policies/header-claims.ClaimsCheck", namedPolicy{name: "header-claims"})
	return r
}

func TestRunCommands(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		reg      *registry.Registry
		wantCode int
		wantOut  []string
		wantErr  []string
	}{
		{name: "list", args: []string{"--list"}, reg: twoPolicies(), wantOut: []string{`"name": "header-claims"`, `"source": "example.com/policies/ratelimit.Limiter"`}},
		{name: "list single dash", args: []string{"-list"}, reg: twoPolicies(), wantOut: []string{`"name": "ratelimit"`}},
		{name: "list empty", args: []string{"--list"}, reg: registry.New(), wantOut: []string{"[]"}},
		{name: "version text", args: []string{"--version"}, reg: registry.New(), wantOut: []string{"policy-engine v1.2.3", "commit:   abc1234", "built:    2023-11-14T22:13:20Z", "go:       go1.", "platform: "}},
		{name: "version json", args: []string{"--version", "--json"}, reg: registry.New(), wantOut: []string{`"version": "v1.2.3"`, `"date": "2023-11-14T22:13:20Z"`, `"os": "`}},
		{name: "check ok", args: []string{"check"}, reg: twoPolicies(), wantOut: []string{"2 policies valid"}},
		{name: "check invalid", args: []string{"check"}, reg: func() *registry.Registry {
			r := twoPolicies()
			r.Add("example.com/bad.Bad", namedPolicy{name: "bad", err: errors.New("burst must be >= 1")})
			return r
		}(), wantCode: ExitFailure, wantErr: []string{"example.com/bad.Bad", "burst must be >= 1"}},
		{name: "unknown flag", args: []string{"--nope"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{"flag provided but not defined: -nope"}},
		{name: "unknown command", args: []string{"launch"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{`unknown command "launch"`}},
		{name: "extra args", args: []string{"serve", "extra"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{"unexpected arguments"}},
		{name: "help", args: []string{"--help"}, reg: registry.New(), wantErr: []string{"Usage:", "-max-body-bytes", "-timeout"}},
		{name: "bad log level", args: []string{"serve", "--log-level", "loud"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{"--log-level"}},
		{name: "healthcheck with nothing listening", args: []string{"healthcheck", "--addr", "127.0.0.1:1"}, reg: registry.New(), wantCode: ExitFailure, wantErr: []string{"healthcheck http://127.0.0.1:1/healthz"}},
		{name: "healthcheck bad address exits 1, not 2", args: []string{"healthcheck", "--addr", "nope"}, reg: registry.New(), wantCode: ExitFailure, wantErr: []string{`--addr "nope"`}},
		{name: "healthcheck bad flag exits 1, not 2", args: []string{"healthcheck", "--nope"}, reg: registry.New(), wantCode: ExitFailure, wantErr: []string{"flag provided but not defined: -nope"}},
		{name: "healthcheck extra argument exits 1", args: []string{"healthcheck", "now"}, reg: registry.New(), wantCode: ExitFailure, wantErr: []string{"unexpected arguments"}},
		{name: "bad listen address", args: []string{"--addr", "256.0.0.1:x"}, reg: registry.New(), wantCode: ExitFailure, wantErr: []string{`"msg":"cannot listen"`}},
		{name: "serve refuses duplicates naming both", args: []string{"serve", "--addr", "127.0.0.1:0"}, reg: func() *registry.Registry {
			r := twoPolicies()
			r.Add("example.com/other/limiter.Limiter", namedPolicy{name: "ratelimit"})
			return r
		}(), wantCode: ExitFailure, wantErr: []string{"refusing to start", "duplicate policy name", "example.com/policies/ratelimit.Limiter", "example.com/other/limiter.Limiter"}},
		{name: "serve refuses a negative in-flight limit", args: []string{"serve", "--max-in-flight", "-1"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{"--max-in-flight and --max-connections must be positive"}},
		{name: "serve refuses a negative connection cap", args: []string{"serve", "--max-connections", "-1"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{"--max-in-flight and --max-connections must be positive"}},
		{name: "serve refuses a zero timeout", args: []string{"serve", "--timeout", "0s"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{"--timeout must be positive"}},
		{name: "serve refuses an overload status other than 503 or 429", args: []string{"serve", "--overload-status", "418"}, reg: registry.New(), wantCode: ExitUsage, wantErr: []string{"--overload-status 418: use 503 or 429"}},
		{name: "serve refuses invalid", args: nil, reg: func() *registry.Registry {
			r := registry.New()
			r.Add("example.com/bad.Bad", namedPolicy{name: "bad", err: errors.New("missing issuer")})
			return r
		}(), wantCode: ExitFailure, wantErr: []string{"refusing to start", "example.com/bad.Bad", "missing issuer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, out, errOut := env(tc.reg)
			code := Run(context.Background(), tc.args, e)
			if code != tc.wantCode {
				t.Fatalf("exit code = %d, want %d\nstdout: %s\nstderr: %s", code, tc.wantCode, out, errOut)
			}
			for _, w := range tc.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
		})
	}
}

func TestListIsJSONArray(t *testing.T) {
	e, out, _ := env(twoPolicies())
	if code := Run(context.Background(), []string{"--list"}, e); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got []struct{ Name, Source string }
	if err := json.Unmarshal([]byte(out.String()), &got); err != nil {
		t.Fatalf("--list output is not a JSON array: %v\n%s", err, out)
	}
	if len(got) != 2 || got[0].Name != "header-claims" || got[1].Name != "ratelimit" {
		t.Fatalf("--list = %+v", got)
	}
}

func TestServeUntilCanceled(t *testing.T) {
	e, _, errOut := env(twoPolicies())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--timeout", "2s", "--drain-delay", "100ms"}, e)
	}()

	addr := waitForAddr(t, errOut)
	resp, err := http.Post("http://"+addr+"/v1/policies/ratelimit/execute", "application/json", strings.NewReader(`{"key":"k"}`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"allow":true`) {
		t.Fatalf("execute = %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), `policy_engine_build_info{commit="abc1234",date="2023-11-14T22:13:20Z"`) {
		t.Errorf("build info missing from metrics:\n%s", body)
	}

	he, hout, herr := env(registry.New())
	if code := Run(context.Background(), []string{"healthcheck", "--addr", addr}, he); code != 0 {
		t.Errorf("healthcheck against the running engine = %d: %s", code, herr)
	} else if !strings.Contains(hout.String(), "healthy: http://"+addr+"/healthz") {
		t.Errorf("healthcheck output = %q", hout)
	}

	cancel() // what SIGTERM does through signal.NotifyContext in main
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("exit code after shutdown = %d\n%s", code, errOut)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("server did not stop after cancel")
	}
	for _, line := range strings.Split(strings.TrimSpace(errOut.String()), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Errorf("log line is not JSON: %q", line)
		}
	}
	if !strings.Contains(errOut.String(), `"msg":"stopped"`) {
		t.Errorf("no shutdown log:\n%s", errOut)
	}
}

// Limits of 0 mean "size them from the memory limit", and the write timeout defaults to the
// policy timeout plus 5 s; an engine with no policies starts, and says it is of little use.
func TestServeDefaultsAndZeroLimits(t *testing.T) {
	e, _, errOut := env(registry.New())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--timeout", "7s", "--max-in-flight", "0", "--max-connections", "0", "--drain-delay", "0s"}, e)
	}()
	waitForAddr(t, errOut)
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("exit code = %d\n%s", code, errOut)
	}
	for _, want := range []string{`"write_timeout":"12s"`, "no policies registered"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("log lacks %s:\n%s", want, errOut)
		}
	}
}

var listenRE = regexp.MustCompile(`"msg":"listening","addr":"([^"]+)"`)

func waitForAddr(t *testing.T, log *syncBuffer) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if m := listenRE.FindStringSubmatch(log.String()); m != nil {
			return m[1]
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("server did not log its address:\n%s", log)
	return ""
}
