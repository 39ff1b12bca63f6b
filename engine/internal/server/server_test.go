package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policy-engine-build/engine/internal/registry"
)

// testPolicy runs fn as its Execute, so each behaviour is one line.
type testPolicy struct {
	name string
	fn   func(ctx context.Context, input any) (any, error)
}

func (p *testPolicy) Name() string    { return p.name }
func (p *testPolicy) Validate() error { return nil }
func (p *testPolicy) Execute(ctx context.Context, input any) (any, error) {
	return p.fn(ctx, input)
}

var errDenied = errors.New("upstream quota service unavailable")

// release unblocks the "block" policy at the end of a test so no goroutine
// outlives it.
type harness struct {
	srv     *Server
	ts      *httptest.Server
	release chan struct{}
}

func newHarness(t *testing.T, cfg Config) *harness {
	t.Helper()
	release := make(chan struct{})
	set, err := registry.NewSet(map[string]registry.Policy{
		"test/echo.Echo": &testPolicy{name: "echo", fn: func(_ context.Context, in any) (any, error) {
			return map[string]any{"allow": true, "input": in}, nil
		}},
		"test/fail.Fail": &testPolicy{name: "fail", fn: func(context.Context, any) (any, error) {
			return nil, fmt.Errorf("checking quota: %w", errDenied)
		}},
		"test/panic.Panic": &testPolicy{name: "panic", fn: func(context.Context, any) (any, error) {
			var m map[string]int
			m["boom"]++ // assignment to entry in nil map
			return nil, nil
		}},
		"test/block.Block": &testPolicy{name: "block", fn: func(context.Context, any) (any, error) {
			<-release // ignores its context on purpose
			return map[string]any{"allow": true}, nil
		}},
		"test/polite.Polite": &testPolicy{name: "polite", fn: func(ctx context.Context, _ any) (any, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		}},
		"test/chan.Chan": &testPolicy{name: "unencodable", fn: func(context.Context, any) (any, error) {
			return map[string]any{"c": make(chan int)}, nil
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := New(set, cfg)
	ts := httptest.NewServer(srv)
	h := &harness{srv: srv, ts: ts, release: release}
	t.Cleanup(func() {
		close(release)
		ts.Close()
	})
	return h
}

func (h *harness) do(t *testing.T, method, path, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, h.ts.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if method == "POST" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := h.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestEndpoints(t *testing.T) {
	h := newHarness(t, Config{MaxBodyBytes: 64, ExecTimeout: 200 * time.Millisecond})
	tests := []struct {
		name       string
		method     string
		path       string
		body       string
		wantStatus int
		wantBody   []string
	}{
		{"list", "GET", "/v1/policies", "", 200, []string{`{"name":"block","source":"test/block.Block"}`, `"name":"echo"`}},
		{"execute ok", "POST", "/v1/policies/echo/execute", `{"user":"ann"}`, 200, []string{`"allow":true`, `"input":{"user":"ann"}`}},
		{"execute scalar input", "POST", "/v1/policies/echo/execute", ` 42 `, 200, []string{`"input":42`}},
		{"unknown policy", "POST", "/v1/policies/nope/execute", `{}`, 404, []string{`"error":"unknown policy \"nope\"`}},
		{"malformed json", "POST", "/v1/policies/echo/execute", `{"user":`, 400, []string{`not valid JSON`}},
		{"not json at all", "POST", "/v1/policies/echo/execute", `user=ann`, 400, []string{`not valid JSON`}},
		{"trailing data", "POST", "/v1/policies/echo/execute", `{} {}`, 400, []string{`data after the JSON value`}},
		{"empty body", "POST", "/v1/policies/echo/execute", ``, 400, []string{`body is empty`}},
		{"oversized body", "POST", "/v1/policies/echo/execute", `{"pad":"` + strings.Repeat("x", 100) + `"}`, 413, []string{`exceeds the limit of 64 bytes`}},
		{"policy error", "POST", "/v1/policies/fail/execute", `{}`, 500, []string{`"error":"policy \"fail\": checking quota: upstream quota service unavailable"`}},
		{"policy panic", "POST", "/v1/policies/panic/execute", `{}`, 500, []string{`policy panicked`, `nil map`}},
		{"blocking policy times out", "POST", "/v1/policies/block/execute", `{}`, 504, []string{`did not finish before the deadline`, `200ms`}},
		{"context-aware policy times out", "POST", "/v1/policies/polite/execute", `{}`, 504, []string{`deadline`}},
		{"unencodable result", "POST", "/v1/policies/unencodable/execute", `{}`, 500, []string{`cannot be encoded as JSON`}},
		{"wrong method", "GET", "/v1/policies/echo/execute", ``, 405, nil},
		{"health", "GET", "/healthz", "", 200, []string{`"status":"ok"`}},
		{"ready", "GET", "/readyz", "", 200, []string{`"status":"ready"`, `"policies":6`}},
		{"unknown route", "GET", "/nope", "", 404, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := h.do(t, tc.method, tc.path, tc.body)
			if status != tc.wantStatus {
				t.Fatalf("status = %d, want %d; body %s", status, tc.wantStatus, body)
			}
			for _, want := range tc.wantBody {
				if !strings.Contains(body, want) {
					t.Errorf("body %s lacks %s", body, want)
				}
			}
			if status >= 400 && strings.HasPrefix(tc.path, "/v1/") && tc.wantStatus != 405 {
				var e struct{ Error string }
				if err := json.Unmarshal([]byte(body), &e); err != nil || e.Error == "" {
					t.Errorf("error body is not {\"error\": ...}: %s", body)
				}
			}
		})
	}
}

func TestServerKeepsServingAfterPanics(t *testing.T) {
	h := newHarness(t, Config{})
	for i := 0; i < 5; i++ {
		if status, _ := h.do(t, "POST", "/v1/policies/panic/execute", `{}`); status != 500 {
			t.Fatalf("panic request %d: status %d", i, status)
		}
		if status, body := h.do(t, "POST", "/v1/policies/echo/execute", `{"n":1}`); status != 200 {
			t.Fatalf("echo after panic %d: status %d %s", i, status, body)
		}
	}
}

// onlyReader hides the concrete type so the client cannot learn the length
// and must send the body chunked.
type onlyReader struct{ io.Reader }

func TestOversizedChunkedBody(t *testing.T) {
	h := newHarness(t, Config{MaxBodyBytes: 1024})
	body := onlyReader{strings.NewReader(`{"pad":"` + strings.Repeat("y", 64<<10) + `"}`)}
	req, _ := http.NewRequest("POST", h.ts.URL+"/v1/policies/echo/execute", body)
	req.Header.Set("Content-Type", "application/json")
	if req.ContentLength != 0 { // 0 with a body means unknown: net/http sends it chunked
		t.Fatalf("client knows the length (%d); the test needs a chunked body", req.ContentLength)
	}
	resp, err := h.ts.Client().Do(req)
	if err != nil {
		t.Fatalf("oversized chunked request: %v", err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), "exceeds the limit of 1024 bytes") {
		t.Fatalf("status = %d %s, want 413", resp.StatusCode, b)
	}
}

func TestMetricsAfterTraffic(t *testing.T) {
	h := newHarness(t, Config{MaxBodyBytes: 32, ExecTimeout: 100 * time.Millisecond})
	h.do(t, "POST", "/v1/policies/echo/execute", `{}`)
	h.do(t, "POST", "/v1/policies/echo/execute", `{}`)
	h.do(t, "POST", "/v1/policies/fail/execute", `{}`)
	h.do(t, "POST", "/v1/policies/panic/execute", `{}`)
	h.do(t, "POST", "/v1/policies/polite/execute", `{}`)
	h.do(t, "POST", "/v1/policies/echo/execute", `{`)
	h.do(t, "POST", "/v1/policies/echo/execute", strings.Repeat(" ", 100))
	h.do(t, "POST", "/v1/policies/ghost/execute", `{}`)

	req, _ := http.NewRequest("GET", h.ts.URL+"/metrics", nil)
	resp, err := h.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("Content-Type = %q", ct)
	}
	b, _ := io.ReadAll(resp.Body)
	out := string(b)
	for _, want := range []string{
		`policy_engine_executions_total{policy="echo"} 2`,
		`policy_engine_execution_errors_total{policy="fail",kind="error"} 1`,
		`policy_engine_execution_errors_total{policy="panic",kind="panic"} 1`,
		`policy_engine_execution_errors_total{policy="polite",kind="timeout"} 1`,
		`policy_engine_execution_duration_seconds_count{policy="echo"} 2`,
		`policy_engine_execution_duration_seconds_bucket{policy="echo",le="+Inf"} 2`,
		`policy_engine_rejected_requests_total{reason="bad_json"} 1`,
		`policy_engine_rejected_requests_total{reason="too_large"} 1`,
		`policy_engine_rejected_requests_total{reason="unknown_policy"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestBlockedPolicyIsCountedInFlightUntilItReturns(t *testing.T) {
	h := newHarness(t, Config{ExecTimeout: 50 * time.Millisecond})
	if status, _ := h.do(t, "POST", "/v1/policies/block/execute", `{}`); status != 504 {
		t.Fatalf("status = %d, want 504", status)
	}
	if got := h.srv.Metrics().InFlight(); got != 1 {
		t.Fatalf("InFlight() = %d while the policy is still blocked, want 1", got)
	}
	// Other policies keep answering while one is stuck.
	if status, _ := h.do(t, "POST", "/v1/policies/echo/execute", `{}`); status != 200 {
		t.Fatalf("echo status = %d while block is stuck", status)
	}
}

func TestReadyzAfterShutdownStarts(t *testing.T) {
	h := newHarness(t, Config{})
	h.srv.SetReady(false)
	if status, body := h.do(t, "GET", "/readyz", ""); status != 503 {
		t.Fatalf("readyz = %d %s, want 503", status, body)
	}
	if status, _ := h.do(t, "GET", "/healthz", ""); status != 200 {
		t.Fatalf("healthz = %d, want 200 (liveness is not readiness)", status)
	}
}

func TestConcurrentRequests(t *testing.T) {
	h := newHarness(t, Config{ExecTimeout: 2 * time.Second})
	const workers, perWorker = 16, 40
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				path, want := "/v1/policies/echo/execute", 200
				switch i % 4 {
				case 1:
					path, want = "/v1/policies/fail/execute", 500
				case 2:
					path, want = "/v1/policies/panic/execute", 500
				case 3:
					path = "/metrics"
				}
				method := "POST"
				if path == "/metrics" {
					method = "GET"
				}
				req, _ := http.NewRequest(method, h.ts.URL+path, strings.NewReader(fmt.Sprintf(`{"w":%d,"i":%d}`, w, i)))
				req.Header.Set("Content-Type", "application/json")
				resp, err := h.ts.Client().Do(req)
				if err != nil {
					errs <- err
					return
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != want {
					errs <- fmt.Errorf("%s: status %d, want %d: %s", path, resp.StatusCode, want, body)
					return
				}
				if i%4 == 0 && !strings.Contains(string(body), fmt.Sprintf(`"w":%d`, w)) {
					errs <- fmt.Errorf("response mixed up between requests: %s", body)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var sb strings.Builder
	_, _ = h.srv.Metrics().WriteTo(&sb)
	if want := fmt.Sprintf(`policy_engine_executions_total{policy="echo"} %d`, workers*perWorker/4); !strings.Contains(sb.String(), want) {
		t.Errorf("metrics lack %q", want)
	}
}

func TestClientCancelIsNotATimeout(t *testing.T) {
	h := newHarness(t, Config{ExecTimeout: 5 * time.Second})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "POST", h.ts.URL+"/v1/policies/polite/execute", strings.NewReader(`{}`))
	req.Header.Set("Content-Type", "application/json")
	if _, err := h.ts.Client().Do(req); err == nil {
		t.Fatal("request with a 100ms client deadline succeeded against a policy that waits 5s")
	}
	// The server notices the closed connection shortly after.
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		var sb strings.Builder
		_, _ = h.srv.Metrics().WriteTo(&sb)
		if strings.Contains(sb.String(), `policy_engine_execution_errors_total{policy="polite",kind="canceled"} 1`) {
			if !strings.Contains(sb.String(), `policy_engine_execution_errors_total{policy="polite",kind="timeout"} 0`) {
				t.Fatalf("a client cancel was also counted as a timeout:\n%s", sb.String())
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("client cancel never recorded as kind=canceled")
}

func TestStuckPoliciesShedLoadInsteadOfPilingUp(t *testing.T) {
	h := newHarness(t, Config{ExecTimeout: 50 * time.Millisecond, MaxInFlight: 2})
	for i := 0; i < 2; i++ {
		if status, _ := h.do(t, "POST", "/v1/policies/block/execute", `{}`); status != 504 {
			t.Fatalf("block %d: status %d, want 504", i, status)
		}
	}
	// Both slots are held by policies that ignored their deadline.
	req, _ := http.NewRequest("POST", h.ts.URL+"/v1/policies/echo/execute", strings.NewReader(`{}`))
	req.Header.Set("Content-Type", "application/json")
	resp, err := h.ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(body), "max-in-flight") {
		t.Fatalf("third request = %d %s (Retry-After %q), want 503", resp.StatusCode, body, resp.Header.Get("Retry-After"))
	}
	var sb strings.Builder
	_, _ = h.srv.Metrics().WriteTo(&sb)
	if !strings.Contains(sb.String(), `policy_engine_rejected_requests_total{reason="overloaded"} 1`) {
		t.Errorf("overload not counted:\n%s", sb.String())
	}
	// Health checks are not executions and keep answering.
	if status, _ := h.do(t, "GET", "/healthz", ""); status != 200 {
		t.Fatalf("healthz under overload = %d", status)
	}
}

func TestSlotsAreReturned(t *testing.T) {
	h := newHarness(t, Config{MaxInFlight: 1})
	for i := 0; i < 20; i++ {
		path := []string{"/v1/policies/echo/execute", "/v1/policies/fail/execute", "/v1/policies/panic/execute", "/v1/policies/unencodable/execute"}[i%4]
		if status, body := h.do(t, "POST", path, `{}`); status == 503 {
			t.Fatalf("request %d to %s shed with one slot and sequential requests: %s", i, path, body)
		}
	}
}
