package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policy-engine-build/engine/internal/registry"
)

func echoSet(t *testing.T, extra map[string]registry.Policy) *registry.Set {
	t.Helper()
	m := map[string]registry.Policy{
		"test/echo.Echo": &testPolicy{name: "echo", fn: func(_ context.Context, in any) (any, error) { return in, nil }},
		"test/polite.Polite": &testPolicy{name: "polite", fn: func(ctx context.Context, _ any) (any, error) {
			<-ctx.Done()
			return nil, ctx.Err()
		}},
	}
	for k, v := range extra {
		m[k] = v
	}
	set, err := registry.NewSet(m)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func quickTimeouts() Timeouts {
	return Timeouts{ReadHeader: 2 * time.Second, Read: 5 * time.Second, Write: 5 * time.Second, Idle: 5 * time.Second, Shutdown: 5 * time.Second}
}

// rawRequest writes req on a new connection and reads one response.
func rawRequest(t *testing.T, addr, req string) (*http.Response, string, net.Conn, *bufio.Reader) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(conn, req); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("reading response: %v", err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp, string(b), conn, br
}

// TestAdmissionComesBeforeTheBody: with one slot taken by a request whose
// body is still arriving, a second request is shed without the server
// waiting for (or reading) its body.
func TestAdmissionComesBeforeTheBody(t *testing.T) {
	addr, stop, _ := startLimited(t, echoSet(t, nil), Config{MaxInFlight: 1}, quickTimeouts(), 0)
	defer func() { _ = stop() }()

	slow, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	// Headers and half a body: admitted, reading.
	_, _ = io.WriteString(slow, "POST /v1/policies/echo/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"a\":")
	waitFor(t, func() bool { // the server has admitted it and is reading its body
		resp, err := http.Get("http://" + addr + "/metrics")
		if err != nil {
			return false
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return strings.Contains(string(b), "\npolicy_engine_admitted_requests 1\n")
	})

	// A second request promises a megabyte it never sends.
	resp, body, _, _ := rawRequest(t, addr, "POST /v1/policies/echo/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n")
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" || !strings.Contains(body, "max-in-flight") {
		t.Fatalf("second request = %d %s, want 503 before its body was sent", resp.StatusCode, body)
	}
	// The first one finishes normally and gives its slot back.
	_, _ = io.WriteString(slow, "\"b\"}\r\n\r\n")
	resp, err = http.ReadResponse(bufio.NewReader(slow), nil)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("slow request: %v %v", resp, err)
	}
	resp.Body.Close()
	r2, b2, _, _ := rawRequest(t, addr, "POST /v1/policies/echo/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
	if r2.StatusCode != 200 {
		t.Fatalf("after the slot was returned: %d %s", r2.StatusCode, b2)
	}
}

func TestOverloadStatus429(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	started := make(chan struct{}, 1)
	set := echoSet(t, map[string]registry.Policy{"test/hold.Hold": &testPolicy{name: "hold", fn: func(context.Context, any) (any, error) {
		started <- struct{}{}
		<-release
		return true, nil
	}}})
	h := httpHarness(t, set, Config{MaxInFlight: 1, OverloadStatus: 429})
	go func() { _, _ = h.post("/v1/policies/hold/execute", "application/json", "{}") }()
	<-started
	if status, body := h.post("/v1/policies/echo/execute", "application/json", "{}"); status != 429 {
		t.Fatalf("over the limit with --overload-status 429: %d %s", status, body)
	}
}

type simpleHarness struct {
	srv  *Server
	base string
}

func httpHarness(t *testing.T, set *registry.Set, cfg Config) *simpleHarness {
	t.Helper()
	srv := New(set, cfg)
	ts := newTestServer(t, srv)
	return &simpleHarness{srv: srv, base: ts}
}

func newTestServer(t *testing.T, h http.Handler) string {
	t.Helper()
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := NewLimitListener(inner, 0)
	srv := NewHTTPServer(h, quickTimeouts(), slog.New(slog.NewJSONHandler(io.Discard, nil)))
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return "http://" + ln.Addr().String()
}

func (h *simpleHarness) post(path, contentType, body string) (int, string) {
	req, _ := http.NewRequest("POST", h.base+path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestDecodeBudgetAndResponseCap(t *testing.T) {
	set := echoSet(t, map[string]registry.Policy{"test/grow.Grow": &testPolicy{name: "grow", fn: func(context.Context, any) (any, error) {
		return strings.Repeat("x", 10000), nil
	}}})
	h := httpHarness(t, set, Config{MaxBodyBytes: 64 << 10, MaxDecodeBytes: 256 << 10, MaxResponseBytes: 4096})
	dense := repeatArray("{}", 10000) // 30 kB under the body limit, ~1.4 MB to decode
	status, body := h.post("/v1/policies/echo/execute", "application/json", dense)
	if status != 413 || !strings.Contains(body, "decode budget") {
		t.Fatalf("token-dense body = %d %s, want 413 over the decode budget", status, body)
	}
	if status, body := h.post("/v1/policies/echo/execute", "application/json", repeatArray(`"abcdefghijklmnop"`, 100)); status != 200 {
		t.Fatalf("ordinary body = %d %s", status, body)
	}
	status, body = h.post("/v1/policies/grow/execute", "application/json", "{}")
	if status != 500 || !strings.Contains(body, "--max-response-bytes") || len(body) > 1024 {
		t.Fatalf("oversized result = %d %s, want a short 500 naming --max-response-bytes", status, body)
	}
	var sb strings.Builder
	_, _ = h.srv.Metrics().WriteTo(&sb)
	for _, want := range []string{
		`policy_engine_rejected_requests_total{reason="decode_budget"} 1`,
		`policy_engine_execution_errors_total{policy="grow",kind="response_too_large"} 1`,
	} {
		if !strings.Contains(sb.String(), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}

func TestContentTypeIsRequired(t *testing.T) {
	h := httpHarness(t, echoSet(t, nil), Config{})
	for ct, want := range map[string]int{
		"":                                  415,
		"text/plain":                        415,
		"application/x-www-form-urlencoded": 415,
		"multipart/form-data; boundary=x":   415,
		"application/json":                  200,
		"application/json; charset=utf-8":   200,
		"Application/JSON":                  200,
		"application/vnd.acme+json":         200,
	} {
		if status, body := h.post("/v1/policies/echo/execute", ct, `{"a":1}`); status != want {
			t.Errorf("Content-Type %q: %d %s, want %d", ct, status, body, want)
		}
	}
}

// TestAmbiguousFramingIsRefusedAndClosed: Transfer-Encoding and
// Content-Length together get a 400 and the connection is closed, while a
// plain chunked request keeps its connection.
func TestAmbiguousFramingIsRefusedAndClosed(t *testing.T) {
	addr, stop, _ := startLimited(t, echoSet(t, nil), Config{}, quickTimeouts(), 0)
	defer func() { _ = stop() }()

	smuggle := "POST /v1/policies/echo/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
		"Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n" +
		"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
	resp, body, _, br := rawRequest(t, addr, smuggle)
	if resp.StatusCode != 400 || !strings.Contains(body, "Transfer-Encoding and Content-Length") || !resp.Close {
		t.Fatalf("TE+CL request = %d close=%v %s", resp.StatusCode, resp.Close, body)
	}
	if rest, err := io.ReadAll(br); err != nil || len(rest) != 0 {
		t.Fatalf("connection not closed after the refusal (pipelined request answered?): %q %v", rest, err)
	}

	chunked := "POST /v1/policies/echo/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
	resp, body, conn, br := rawRequest(t, addr, chunked)
	if resp.StatusCode != 200 || resp.Close {
		t.Fatalf("chunked request = %d close=%v %s", resp.StatusCode, resp.Close, body)
	}
	_, _ = io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	if resp, err := http.ReadResponse(br, nil); err != nil || resp.StatusCode != 200 {
		t.Fatalf("keep-alive after a chunked request: %v %v", resp, err)
	}
}

func TestHeaderScanner(t *testing.T) {
	tests := []struct {
		name   string
		chunks []string
		want   bool
	}{
		{"both", []string{"POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"}, true},
		{"both, split across reads, odd case", []string{"POST / HTTP/1.1\r\ntransfer-enc", "oding: chunked\r\nCONTENT-LENGTH", ": 3\r\n\r\n"}, true},
		{"in different requests", []string{"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"}, false},
		{"content-length only", []string{"POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"}, false},
		{"bare LF lines", []string{"POST / HTTP/1.1\nContent-Length: 2\nTransfer-Encoding: chunked\n\n"}, true},
		{"a header value naming the other", []string{"POST / HTTP/1.1\r\nX-Note: content-length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"}, false},
	}
	for _, tc := range tests {
		var s headerScanner
		got := false
		for _, c := range tc.chunks {
			got = s.feed([]byte(c))
		}
		if got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRouterErrorsAreJSON(t *testing.T) {
	h := httpHarness(t, echoSet(t, nil), Config{})
	for _, tc := range []struct {
		method, path string
		status       int
	}{{"GET", "/nope", 404}, {"GET", "/v1/policies/echo/execute", 405}, {"DELETE", "/healthz", 405}} {
		req, _ := http.NewRequest(tc.method, h.base+tc.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e struct{ Error string }
		if resp.StatusCode != tc.status || resp.Header.Get("Content-Type") != "application/json" || json.Unmarshal(b, &e) != nil || e.Error == "" {
			t.Errorf("%s %s = %d %q %s, want %d with a JSON error", tc.method, tc.path, resp.StatusCode, resp.Header.Get("Content-Type"), b, tc.status)
		}
		if tc.status == 405 && resp.Header.Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", tc.method, tc.path)
		}
	}
}

func TestErrorsEchoOnlyAPrefix(t *testing.T) {
	set := echoSet(t, map[string]registry.Policy{"test/quote.Quote": &testPolicy{name: "quote", fn: func(_ context.Context, in any) (any, error) {
		return nil, fmt.Errorf("bad input %v", in)
	}}})
	h := httpHarness(t, set, Config{})
	big := `"` + strings.Repeat("é", 100000) + `"`
	status, body := h.post("/v1/policies/quote/execute", "application/json", big)
	if status != 500 || len(body) > 1024 || !strings.Contains(body, "truncated") {
		t.Fatalf("error quoting a 200 kB input = %d, %d bytes: %.200s", status, len(body), body)
	}
	if !json.Valid([]byte(body)) {
		t.Fatalf("truncated error is not valid JSON (cut inside a rune?): %.200s", body)
	}
	status, body = h.post("/v1/policies/"+strings.Repeat("n", 5000)+"/execute", "application/json", "{}")
	if status != 404 || len(body) > 1024 {
		t.Fatalf("unknown long policy name = %d, %d bytes", status, len(body))
	}
}

func TestRequestIDs(t *testing.T) {
	h := httpHarness(t, echoSet(t, nil), Config{})
	get := func(id string) string {
		req, _ := http.NewRequest("GET", h.base+"/healthz", nil)
		if id != "" {
			req.Header.Set("X-Request-Id", id)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.Header.Get("X-Request-Id")
	}
	if got := get("lb-1234_abc.def:9/x+y=z@w"); got != "lb-1234_abc.def:9/x+y=z@w" {
		t.Errorf("valid incoming id replaced: %q", got)
	}
	a, b := get(""), get("")
	if a == "" || a == b {
		t.Errorf("generated ids %q, %q: want distinct, non-empty", a, b)
	}
	for _, bad := range []string{strings.Repeat("a", 129), "has space", `quote"`, "new\tline", "é"} {
		if got := get(bad); got == bad || !validRequestID(got) {
			t.Errorf("invalid incoming id %q kept or replaced by an invalid one: %q", bad, got)
		}
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) lines(t *testing.T) []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(l.b.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("access log line is not JSON: %q", line)
		}
		out = append(out, m)
	}
	return out
}

func TestAccessLog(t *testing.T) {
	var buf lockedBuffer
	access := NewAccessLog(slog.New(slog.NewJSONHandler(&buf, nil)), 0)
	h := httpHarness(t, echoSet(t, nil), Config{AccessLog: access, MaxBodyBytes: 16})
	req, _ := http.NewRequest("POST", h.base+"/v1/policies/echo/execute", strings.NewReader(`{"a":1}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-Id", "trace-42")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	h.post("/v1/policies/echo/execute", "application/json", strings.Repeat(" ", 100)) // 413
	h.post("/v1/policies/ghost/execute", "application/json", "{}")                    // 404
	if r, err := http.Get(h.base + "/nope"); err == nil {
		r.Body.Close()
	}
	lines := buf.lines(t)
	if len(lines) != 4 {
		t.Fatalf("got %d access log lines, want 4: %v", len(lines), lines)
	}
	first := lines[0]
	for k, want := range map[string]any{"msg": "request", "method": "POST", "route": RouteExecute, "policy": "echo", "status": 200.0, "bytes": 7.0, "request_id": "trace-42"} {
		if first[k] != want {
			t.Errorf("first line %s = %v, want %v (%v)", k, first[k], want, first)
		}
	}
	if _, ok := first["duration_ms"].(float64); !ok {
		t.Errorf("no duration_ms: %v", first)
	}
	for i, want := range []float64{413, 404, 404} {
		if lines[i+1]["status"] != want {
			t.Errorf("line %d status = %v, want %v", i+1, lines[i+1]["status"], want)
		}
	}
	if lines[3]["route"] != "unmatched" {
		t.Errorf("router 404 route = %v", lines[3]["route"])
	}
}

func TestAccessLogSamplesPastItsRate(t *testing.T) {
	var buf lockedBuffer
	a := NewAccessLog(slog.New(slog.NewJSONHandler(&buf, nil)), 5)
	now := time.Unix(1000, 0)
	kept := 0
	for i := 0; i < 305; i++ {
		if _, ok := a.admit(now); ok {
			kept++
		}
	}
	// 5 in full, then one in 100 of the next 300.
	if kept != 8 {
		t.Fatalf("kept %d of 305 lines at rate 5, want 8", kept)
	}
	if ratio, ok := a.admit(now.Add(time.Second)); !ok || ratio != 1 {
		t.Fatalf("a new second starts unsampled: %d %v", ratio, ok)
	}
}

// TestSlowUploadShortensThePolicyDeadline: the request budget (the write
// timeout) starts at the headers; a slow body leaves the policy less time,
// and the client gets a 504 it can read instead of a connection closed
// after the deadline while the engine counts "ok".
func TestSlowUploadShortensThePolicyDeadline(t *testing.T) {
	tm := quickTimeouts()
	tm.Write = 4 * time.Second
	addr, stop, _ := startLimited(t, echoSet(t, nil), Config{ExecTimeout: 30 * time.Second, RequestTimeout: tm.Write}, tm, 0)
	defer func() { _ = stop() }()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(20 * time.Second))
	_, _ = io.WriteString(conn, "POST /v1/policies/polite/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{")
	time.Sleep(time.Second)
	_, _ = io.WriteString(conn, "}")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("client got no answer (the bug: written after the write deadline): %v", err)
	}
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 504 || !strings.Contains(string(b), "deadline") {
		t.Fatalf("slow upload + slow policy = %d %s, want 504", resp.StatusCode, b)
	}
}

// TestDrainKeepsServingWhileNotReady: during the drain /readyz is 503,
// requests are still answered (with Connection: close), and only after it
// does the listener close.
func TestDrainKeepsServingWhileNotReady(t *testing.T) {
	tm := quickTimeouts()
	tm.Drain = 2 * time.Second
	addr, stop, _ := startLimited(t, echoSet(t, nil), Config{}, tm, 0)
	stopped := make(chan error, 1)
	go func() { stopped <- stop() }()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 5 * time.Second}
	// Poll until the drain shows, then check a request is still served.
	deadline := time.Now().Add(5 * time.Second)
	for {
		resp, err := client.Get("http://" + addr + "/readyz")
		if err != nil {
			t.Fatalf("readyz refused before a 503 was seen: %v", err)
		}
		resp.Body.Close()
		if resp.StatusCode == 503 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("readyz never answered 503")
		}
		time.Sleep(10 * time.Millisecond)
	}
	resp, err := client.Post("http://"+addr+"/v1/policies/echo/execute", "application/json", strings.NewReader(`{"during":"drain"}`))
	if err != nil {
		t.Fatalf("execute during the drain: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || !resp.Close {
		t.Fatalf("execute during the drain = %d close=%v, want 200 with Connection: close", resp.StatusCode, resp.Close)
	}
	if err := <-stopped; err != nil {
		t.Fatal(err)
	}
	if _, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		t.Fatal("still accepting after the drain and shutdown")
	}
}

func TestConnectionCap(t *testing.T) {
	addr, stop, ln := startLimited(t, echoSet(t, nil), Config{}, quickTimeouts(), 2)
	defer func() { _ = stop() }()
	var held []net.Conn
	for i := 0; i < 2; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		held = append(held, c)
	}
	waitFor(t, func() bool { return ln.Open() == 2 })
	// A third client connects (kernel backlog) but is not served.
	third, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer third.Close()
	_, _ = io.WriteString(third, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
	_ = third.SetReadDeadline(time.Now().Add(300 * time.Millisecond))
	if _, err := third.Read(make([]byte, 1)); err == nil {
		t.Fatal("third connection served over a cap of 2")
	} else if ne, ok := err.(net.Error); !ok || !ne.Timeout() {
		t.Fatalf("third connection: %v, want a read timeout", err)
	}
	if ln.Open() != 2 {
		t.Fatalf("Open() = %d over a cap of 2", ln.Open())
	}
	held[0].Close()
	_ = third.SetReadDeadline(time.Now().Add(5 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(third), nil)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("third connection once a slot freed: %v %v", resp, err)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestHTTPMetricsByRouteAndCode(t *testing.T) {
	h := httpHarness(t, echoSet(t, nil), Config{})
	h.post("/v1/policies/echo/execute", "application/json", "{}")
	h.post("/v1/policies/echo/execute", "application/json", "{}")
	h.post("/v1/policies/echo/execute", "text/plain", "{}")
	if r, err := http.Get(h.base + "/nope"); err == nil {
		r.Body.Close()
	}
	var sb strings.Builder
	_, _ = h.srv.Metrics().WriteTo(&sb)
	for _, want := range []string{
		`policy_engine_http_requests_total{route="/v1/policies/{name}/execute",code="200"} 2`,
		`policy_engine_http_requests_total{route="/v1/policies/{name}/execute",code="415"} 1`,
		`policy_engine_http_requests_total{route="unmatched",code="404"} 1`,
		`policy_engine_http_request_duration_seconds_count{route="/v1/policies/{name}/execute"} 3`,
		"go_goroutines ", "go_gc_gomemlimit_bytes ", "process_resident_memory_bytes ", "process_open_fds ",
	} {
		if !strings.Contains(sb.String(), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
