package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/policy-engine-build/engine/internal/metrics"
	"github.com/policy-engine-build/engine/internal/registry"
)

// The tests in this file pin down edges that mutation testing (npm run mutate:go) found
// unguarded: each states one intended behaviour exactly.

func TestDefaultTimeouts(t *testing.T) {
	got := DefaultTimeouts(10 * time.Second)
	want := Timeouts{
		ReadHeader: 5 * time.Second,
		Read:       15 * time.Second,
		Write:      15 * time.Second, // the execution timeout plus 5s to write the answer
		Idle:       60 * time.Second,
		Drain:      5 * time.Second,
		Shutdown:   15 * time.Second,
	}
	if got != want {
		t.Fatalf("DefaultTimeouts(10s) = %+v, want %+v", got, want)
	}
	if w := DefaultTimeouts(time.Minute).Write; w != time.Minute+5*time.Second {
		t.Errorf("DefaultTimeouts(1m).Write = %v: the write timeout must outlast the execution", w)
	}
	if DefaultDrain+DefaultShutdown != 20*time.Second {
		t.Errorf("drain %v + shutdown %v, want 20s (inside Kubernetes' 30s grace period)", DefaultDrain, DefaultShutdown)
	}
}

func TestNewHTTPServerSetsEveryLimit(t *testing.T) {
	tm := Timeouts{ReadHeader: 1 * time.Second, Read: 2 * time.Second, Write: 3 * time.Second, Idle: 4 * time.Second}
	srv := NewHTTPServer(http.NotFoundHandler(), tm, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	if srv.ReadHeaderTimeout != tm.ReadHeader || srv.ReadTimeout != tm.Read || srv.WriteTimeout != tm.Write || srv.IdleTimeout != tm.Idle {
		t.Errorf("server timeouts = %v %v %v %v, want %+v", srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout, tm)
	}
	if srv.MaxHeaderBytes != 64<<10 || srv.ConnContext == nil || srv.ErrorLog == nil {
		t.Errorf("MaxHeaderBytes = %d, ConnContext set %v, ErrorLog set %v", srv.MaxHeaderBytes, srv.ConnContext != nil, srv.ErrorLog != nil)
	}
}

func TestConfigDefaults(t *testing.T) {
	s := New(echoSet(t, nil), Config{OverloadStatus: 418})
	want := Config{MaxBodyBytes: 1 << 20, MaxDecodeBytes: 16 << 20, MaxResponseBytes: 1 << 20,
		ExecTimeout: 10 * time.Second, MaxInFlight: 1024, OverloadStatus: 503}
	got := s.cfg
	got.Logger, got.Metrics = nil, nil
	if got != want {
		t.Fatalf("defaults = %+v, want %+v", got, want)
	}
	set := Config{MaxBodyBytes: 1, MaxDecodeBytes: 2, MaxResponseBytes: 3, ExecTimeout: 4, MaxInFlight: 5, OverloadStatus: 429}
	got = New(echoSet(t, nil), set).cfg
	got.Logger, got.Metrics = nil, nil
	if got != set {
		t.Fatalf("explicit values = %+v, want them kept: %+v", got, set)
	}
}

// TestAccessLogSampleSequence: the first rate lines of a second are written in full
// (ratio 1); past the rate, exactly every sampleEvery-th line is kept, marked with its ratio.
func TestAccessLogSampleSequence(t *testing.T) {
	a := NewAccessLog(slog.New(slog.NewJSONHandler(io.Discard, nil)), 5)
	now := time.Unix(1000, 0)
	var kept []int
	for n := 1; n <= 305; n++ {
		ratio, ok := a.admit(now)
		if !ok {
			continue
		}
		want := int64(1)
		if n > 5 {
			want = sampleEvery
		}
		if ratio != want {
			t.Errorf("line %d kept with ratio %d, want %d", n, ratio, want)
		}
		kept = append(kept, n)
	}
	if got := fmt.Sprint(kept); got != "[1 2 3 4 5 105 205 305]" {
		t.Fatalf("kept lines %v, want 1-5 in full, then 105, 205, 305", got)
	}
}

// TestAccessLogMarksOnlySampledLines: a line written in full has no "sample" field; a
// sampled one says by how much to scale it up.
func TestAccessLogMarksOnlySampledLines(t *testing.T) {
	var buf lockedBuffer
	a := NewAccessLog(slog.New(slog.NewJSONHandler(&buf, nil)), 1)
	for i := 0; i < 101; i++ {
		a.write(accessEntry{method: "GET", route: RouteHealth, path: "/healthz", status: 200})
	}
	lines := buf.lines(t)
	if len(lines) != 2 {
		t.Fatalf("%d lines from 101 requests at rate 1 within a second, want 2 (the first, then 1 in 100)", len(lines))
	}
	if _, ok := lines[0]["sample"]; ok {
		t.Errorf("a line within the rate is marked as sampled: %v", lines[0])
	}
	if lines[1]["sample"] != float64(sampleEvery) {
		t.Errorf("a sampled line lacks \"sample\":%d: %v", sampleEvery, lines[1])
	}
	if _, ok := lines[0]["policy"]; ok {
		t.Errorf("a request without a policy has a policy field: %v", lines[0])
	}
	if _, ok := lines[0]["write_error"]; ok {
		t.Errorf("a request without a write error has a write_error field: %v", lines[0])
	}
}

// TestClosedConnectionsLeaveTheCount: Open() counts accepted connections until they close.
func TestClosedConnectionsLeaveTheCount(t *testing.T) {
	addr, stop, ln := startLimited(t, echoSet(t, nil), Config{}, quickTimeouts(), 0)
	defer func() { _ = stop() }()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return ln.Open() == 1 })
	c.Close()
	waitFor(t, func() bool { return ln.Open() == 0 })
}

// marshalPanic is a policy result whose encoding panics: the panic happens in the
// handler (which encodes the result), not in the policy goroutine.
type marshalPanic struct{ with any }

func (m marshalPanic) MarshalJSON() ([]byte, error) { panic(m.with) }

// TestHandlerPanicIsA500: a panic in the handler itself is recovered, logged and answered
// with a JSON 500; the server keeps serving.
func TestHandlerPanicIsA500(t *testing.T) {
	var logs lockedBuffer
	set := echoSet(t, map[string]registry.Policy{"test/enc.Enc": &testPolicy{name: "enc", fn: func(context.Context, any) (any, error) {
		return marshalPanic{with: "encoder exploded"}, nil
	}}})
	h := httpHarness(t, set, Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	status, body := h.post("/v1/policies/enc/execute", "application/json", "{}")
	if status != 500 || strings.TrimSpace(body) != `{"error":"internal server error"}` {
		t.Fatalf("handler panic = %d %q, want 500 with a JSON error", status, body)
	}
	found := false
	for _, l := range logs.lines(t) {
		if l["msg"] == "handler panic" && strings.Contains(l["panic"].(string), "encoder exploded") {
			found = true
		}
	}
	if !found {
		t.Errorf("handler panic not logged: %v", logs.lines(t))
	}
	if status, body := h.post("/v1/policies/echo/execute", "application/json", `{"after":"panic"}`); status != 200 || !strings.Contains(body, `"after":"panic"`) {
		t.Fatalf("after a handler panic = %d %s", status, body)
	}
	// A normal answer carries nothing from the recovery path.
	if status, body := h.post("/v1/policies/echo/execute", "application/json", `1`); status != 200 || strings.TrimSpace(body) != "1" {
		t.Fatalf("normal answer = %d %q, want exactly 1", status, body)
	}
}

// TestAbortHandlerIsNotRecovered: http.ErrAbortHandler keeps its meaning (abort the
// response silently): the client sees a broken connection, not a 500, and nothing is logged
// as a handler panic.
func TestAbortHandlerIsNotRecovered(t *testing.T) {
	var logs lockedBuffer
	set := echoSet(t, map[string]registry.Policy{"test/abort.Abort": &testPolicy{name: "abort", fn: func(context.Context, any) (any, error) {
		return marshalPanic{with: http.ErrAbortHandler}, nil
	}}})
	h := httpHarness(t, set, Config{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	if status, body := h.post("/v1/policies/abort/execute", "application/json", "{}"); status != 0 {
		t.Fatalf("aborted handler answered %d %s, want the connection dropped", status, body)
	}
	for _, l := range logs.lines(t) {
		if l["msg"] == "handler panic" {
			t.Errorf("ErrAbortHandler logged as a handler panic: %v", l)
		}
	}
}

// errCtx is a request context whose Err() is chosen by the test; it never fires Done, so
// execute's own deadline is the only one.
type errCtx struct {
	context.Context
	err func() error
}

func (c errCtx) Err() error { return c.err() }

func executeOnce(t *testing.T, parent context.Context, fn func(context.Context, any) (any, error), timeout time.Duration) (metrics.Outcome, error) {
	t.Helper()
	set, err := registry.NewSet(map[string]registry.Policy{"test/p.P": &testPolicy{name: "p", fn: fn}})
	if err != nil {
		t.Fatal(err)
	}
	s := New(set, Config{})
	s.admitted.Add(1) // as handleExecute does; the policy goroutine gives it back
	entry, _ := set.Lookup("p")
	_, outcome, _, err := s.execute(parent, entry, nil, timeout)
	waitFor(t, func() bool { return s.admitted.Load() == 0 })
	return outcome, err
}

// TestPolicyReturningItsDeadlineIsATimeout: a policy that notices its deadline and returns
// ctx.Err() ended in a timeout, not in an ordinary error. Its result and the deadline arrive
// together, so either select case may run; the request context's Err() waits here until the
// deadline has passed, which makes the result-first case the one tested whenever it is taken.
func TestPolicyReturningItsDeadlineIsATimeout(t *testing.T) {
	const timeout = 20 * time.Millisecond
	parent := errCtx{Context: context.Background(), err: func() error { time.Sleep(3 * timeout); return nil }}
	outcome, err := executeOnce(t, parent, func(ctx context.Context, _ any) (any, error) {
		return nil, context.DeadlineExceeded
	}, timeout)
	if outcome != metrics.OutcomeTimeout || !errors.Is(err, ErrPolicyTimeout) {
		t.Fatalf("outcome %s, err %v; want a timeout", outcome.Name(), err)
	}
	// The same error before the deadline is the policy's own (an upstream call timing out).
	outcome, err = executeOnce(t, context.Background(), func(ctx context.Context, _ any) (any, error) {
		return nil, context.DeadlineExceeded
	}, time.Minute)
	if outcome != metrics.OutcomeError || errors.Is(err, ErrPolicyTimeout) {
		t.Fatalf("outcome %s, err %v; want an ordinary error", outcome.Name(), err)
	}
}

// TestPolicyReturningTheClientCancelIsCanceled: a policy that returns the request's own
// cancellation error is counted as canceled, not as an error or a timeout.
func TestPolicyReturningTheClientCancelIsCanceled(t *testing.T) {
	parent := errCtx{Context: context.Background(), err: func() error { return context.Canceled }}
	outcome, err := executeOnce(t, parent, func(ctx context.Context, _ any) (any, error) {
		return nil, context.Canceled
	}, time.Minute)
	if outcome != metrics.OutcomeCanceled || !errors.Is(err, context.Canceled) {
		t.Fatalf("outcome %s, err %v; want canceled", outcome.Name(), err)
	}
}

func TestLowerFoldsExactlyASCIILetters(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := byte(c)
		if c >= 'A' && c <= 'Z' {
			want = byte(c) + 32
		}
		if got := lower(byte(c)); got != want {
			t.Errorf("lower(%q) = %q, want %q", byte(c), got, want)
		}
	}
}

// TestDecodeCostCountsEachToken: the estimate is the sum of the per-token costs, each token
// counted once (a number's digits, sign, point and exponent are one token).
func TestDecodeCostCountsEachToken(t *testing.T) {
	const number, literal = costValue + costNumber, costValue + costLiteral
	str := func(n int64, escapes bool) int64 { return costValue + costString + stringBytes(n, escapes) }
	tests := []struct {
		body string
		want int64
	}{
		{`1234567890`, number},
		{`-0.5e+10`, number},
		{`9E-3`, number},
		{`[0,9,10,99]`, costValue + costArray + 4*number},
		{`[true,false,null]`, costValue + costArray + 3*literal},
		{`"abcdefgh"`, str(8, false)},
		{`"a\nb"`, str(4, true)},
		{`{"a":1,"b":2,"c":3}`, costValue + costObject + 3*str(1, false) + costFirstMember + 2*costMember + 3*number},
		{`[{"a":1},{"b":2}]`, costValue + costArray + 2*(costValue+costObject+str(1, false)+costFirstMember+number)},
	}
	for _, tc := range tests {
		if got := decodeCost([]byte(tc.body)); got != tc.want {
			t.Errorf("decodeCost(%s) = %d, want %d", tc.body, got, tc.want)
		}
	}
}

func TestStringBytesRoundsUpLikeTheAllocator(t *testing.T) {
	for _, tc := range []struct {
		n       int64
		escapes bool
		want    int64
	}{
		{0, false, 0},
		{16, false, 18},
		{16, true, 2*18 + costEscapes},
		{largeAlloc, false, largeAlloc + largeAlloc/8},
		{largeAlloc + 1, false, largeAlloc + 1 + pageSize},
		{largeAlloc + 1, true, 2*(largeAlloc+1+pageSize) + costEscapes},
	} {
		if got := stringBytes(tc.n, tc.escapes); got != tc.want {
			t.Errorf("stringBytes(%d, %v) = %d, want %d", tc.n, tc.escapes, got, tc.want)
		}
	}
}

// TestWriteReserve: a tenth of the request budget is kept for writing the answer, at most 1s.
func TestWriteReserve(t *testing.T) {
	for budget, want := range map[time.Duration]time.Duration{
		2 * time.Second:  200 * time.Millisecond,
		10 * time.Second: time.Second,
		time.Minute:      time.Second,
	} {
		if got := writeReserve(budget); got != want {
			t.Errorf("writeReserve(%v) = %v, want %v", budget, got, want)
		}
	}
}

// TestBodyOfExactlyTheLimit: the limit is inclusive, whether the length is announced or
// the body is chunked.
func TestBodyOfExactlyTheLimit(t *testing.T) {
	h := httpHarness(t, echoSet(t, nil), Config{MaxBodyBytes: 7})
	if status, body := h.post("/v1/policies/echo/execute", "application/json", `{"a":1}`); status != 200 {
		t.Fatalf("7-byte body at a 7-byte limit = %d %s, want 200", status, body)
	}
	if status, body := h.post("/v1/policies/echo/execute", "application/json", `{"a":12}`); status != 413 {
		t.Fatalf("8-byte body at a 7-byte limit = %d %s, want 413", status, body)
	}
}

// TestRefusedRequestsReturnTheirSlot: a request refused after admission (bad JSON, an empty
// body, over the decode budget) gives its slot back at once, like one that ran.
func TestRefusedRequestsReturnTheirSlot(t *testing.T) {
	h := httpHarness(t, echoSet(t, nil), Config{MaxInFlight: 1, MaxDecodeBytes: 1000})
	for i, body := range []string{`{`, ``, `[` + strings.Repeat(`{},`, 100) + `{}]`, `{} {}`} {
		if status, got := h.post("/v1/policies/echo/execute", "application/json", body); status == 503 || status == 200 {
			t.Fatalf("refusal %d = %d %s", i, status, got)
		}
	}
	if status, body := h.post("/v1/policies/echo/execute", "application/json", `{}`); status != 200 {
		t.Fatalf("after the refusals, with one slot = %d %s", status, body)
	}
	if n := h.srv.admitted.Load(); n != 0 {
		t.Fatalf("admitted = %d after every request finished", n)
	}
}

// TestLimitsAreInclusive: a body whose decode cost is exactly the budget, and a result whose
// encoding is exactly the response cap, are served.
func TestLimitsAreInclusive(t *testing.T) {
	set := echoSet(t, map[string]registry.Policy{"test/x.X": &testPolicy{name: "x", fn: func(context.Context, any) (any, error) {
		return "x", nil // encodes to 3 bytes
	}}})
	h := httpHarness(t, set, Config{MaxDecodeBytes: costValue + costNumber, MaxResponseBytes: 3})
	if status, body := h.post("/v1/policies/x/execute", "application/json", `1`); status != 200 || body != `"x"` {
		t.Fatalf("cost and result exactly at their limits = %d %s, want 200", status, body)
	}
	if status, body := h.post("/v1/policies/x/execute", "application/json", `[1]`); status != 413 {
		t.Fatalf("decode cost over the budget = %d %s, want 413", status, body)
	}
	set = echoSet(t, map[string]registry.Policy{"test/x.X": &testPolicy{name: "x", fn: func(context.Context, any) (any, error) {
		return "xy", nil // 4 bytes
	}}})
	h = httpHarness(t, set, Config{MaxResponseBytes: 3})
	if status, body := h.post("/v1/policies/x/execute", "application/json", `1`); status != 500 || !strings.Contains(body, "4 bytes encoded, limit 3 bytes") {
		t.Fatalf("result one byte over the cap = %d %s, want 500", status, body)
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "abc…(truncated)"},
		{"aé", 2, "a…(truncated)"}, // é is 2 bytes: cut before it, not inside it
		{"\x80\x80\x80", 2, "…(truncated)"},
	} {
		if got := truncate(tc.s, tc.n); got != tc.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestValidRequestIDCharacters(t *testing.T) {
	allowed := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/+=@"
	for c := 0; c < 256; c++ {
		want := strings.IndexByte(allowed, byte(c)) >= 0
		if got := validRequestID(string([]byte{byte(c)})); got != want {
			t.Errorf("validRequestID(%q) = %v, want %v", byte(c), got, want)
		}
	}
	if !validRequestID(strings.Repeat("a", 128)) || validRequestID(strings.Repeat("a", 129)) || validRequestID("") {
		t.Error("want 1-128 characters")
	}
}

// TestRecorder: what the access log and the metrics learn about a response.
func TestRecorder(t *testing.T) {
	rec := &recorder{ResponseWriter: &failingWriter{ResponseWriter: httptestRecorder(), fail: 0}}
	if n, err := rec.Write([]byte("hello")); n != 5 || err != nil {
		t.Fatalf("Write = %d, %v", n, err)
	}
	if rec.status != 200 || rec.bytes != 5 || rec.writeErr != nil {
		t.Errorf("after a write without WriteHeader: status %d, bytes %d, err %v; want 200, 5, nil", rec.status, rec.bytes, rec.writeErr)
	}
	rec.WriteHeader(500) // too late: the status is sent
	if rec.status != 200 {
		t.Errorf("status = %d after a late WriteHeader", rec.status)
	}

	fw := &failingWriter{ResponseWriter: httptestRecorder(), fail: 2}
	rec = &recorder{ResponseWriter: fw, route: RouteHealth}
	_, _ = rec.Write([]byte("ab"))
	_, _ = rec.Write([]byte("cd"))
	_, _ = rec.Write([]byte("ef"))
	if rec.bytes != 3 || !errors.Is(rec.writeErr, errWrite1) {
		t.Errorf("bytes %d, writeErr %v; want 3 (2 + 1 short), the first error", rec.bytes, rec.writeErr)
	}
}

var (
	errWrite1 = errors.New("first write error")
	errWrite2 = errors.New("second write error")
)

// failingWriter fails every write from the fail-th on (0: never), writing one byte of it.
type failingWriter struct {
	http.ResponseWriter
	fail, n int
}

func (w *failingWriter) Write(p []byte) (int, error) {
	w.n++
	switch {
	case w.fail == 0 || w.n < w.fail:
		return w.ResponseWriter.Write(p)
	case w.n == w.fail:
		return 1, errWrite1
	default:
		return 0, errWrite2
	}
}

func httptestRecorder() http.ResponseWriter { return &headerOnly{h: http.Header{}} }

type headerOnly struct{ h http.Header }

func (w *headerOnly) Header() http.Header         { return w.h }
func (w *headerOnly) Write(p []byte) (int, error) { return len(p), nil }
func (w *headerOnly) WriteHeader(int)             {}

// TestRouterErrorMessages: the router's 404 and 405 say what happened.
func TestRouterErrorMessages(t *testing.T) {
	h := httpHarness(t, echoSet(t, nil), Config{})
	for path, want := range map[string]string{
		"/nope":                     `{"error":"no such endpoint; see GET /v1/policies"}`,
		"/v1/policies/echo/execute": `{"error":"method not allowed; allowed: POST"}`,
	} {
		resp, err := http.Get(h.base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.TrimSpace(string(b)) != want {
			t.Errorf("GET %s = %s, want %s", path, b, want)
		}
	}
}

// TestReadyGauge: policy_engine_ready follows SetReady.
func TestReadyGauge(t *testing.T) {
	s := New(echoSet(t, nil), Config{})
	gauge := func() string {
		var sb strings.Builder
		_, _ = s.Metrics().WriteTo(&sb)
		for _, line := range strings.Split(sb.String(), "\n") {
			if strings.HasPrefix(line, "policy_engine_ready ") {
				return line
			}
		}
		return ""
	}
	if g := gauge(); g != "policy_engine_ready 1" {
		t.Errorf("ready: %q", g)
	}
	s.SetReady(false)
	if g := gauge(); g != "policy_engine_ready 0" {
		t.Errorf("shutting down: %q", g)
	}
}

func TestMilliseconds(t *testing.T) {
	if got := ms(1500 * time.Microsecond); got != 1.5 {
		t.Errorf("ms(1.5ms) = %v", got)
	}
}

// TestAccessLogRemoteAndClientGone: the access log names the client's address without its
// port, and a request whose client left before any answer is logged as 499.
func TestAccessLogRemoteAndClientGone(t *testing.T) {
	var buf lockedBuffer
	access := NewAccessLog(slog.New(slog.NewJSONHandler(&buf, nil)), 0)
	h := httpHarness(t, echoSet(t, nil), Config{AccessLog: access, ExecTimeout: 5 * time.Second})
	h.post("/v1/policies/echo/execute", "application/json", "{}")
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "POST", h.base+"/v1/policies/polite/execute", strings.NewReader(`{}`))
	req.Header.Set("Content-Type", "application/json")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		t.Fatal("the client's deadline did not cut the request")
	}
	waitFor(t, func() bool { return len(buf.lines(t)) == 2 })
	lines := buf.lines(t)
	if lines[0]["remote"] != "127.0.0.1" {
		t.Errorf("remote = %v, want the address without the port", lines[0]["remote"])
	}
	if lines[1]["status"] != 499.0 || lines[1]["policy"] != "polite" {
		t.Errorf("client gone: %v, want status 499", lines[1])
	}
}

// TestExecTimeoutWithinTheRequestBudget: the policy gets what is left of the request budget
// after reading the request, minus the write reserve, and never more than --timeout.
func TestExecTimeoutWithinTheRequestBudget(t *testing.T) {
	s := New(echoSet(t, nil), Config{ExecTimeout: 30 * time.Second, RequestTimeout: time.Second})
	got, err := s.execTimeout(&recorder{start: time.Now().Add(-300 * time.Millisecond)})
	if err != nil || got > 600*time.Millisecond || got < 500*time.Millisecond {
		t.Errorf("1s budget, 300ms spent reading, 100ms reserve: %v, %v; want just under 600ms", got, err)
	}
	if _, err := s.execTimeout(&recorder{start: time.Now().Add(-950 * time.Millisecond)}); !errors.Is(err, ErrRequestDeadline) {
		t.Errorf("budget used up by the upload: %v, want ErrRequestDeadline", err)
	}
	if got, err := s.execTimeout(nil); got != 30*time.Second || err != nil {
		t.Errorf("without a recorder: %v, %v; want --timeout", got, err)
	}
	s = New(echoSet(t, nil), Config{ExecTimeout: 200 * time.Millisecond, RequestTimeout: time.Second})
	if got, err := s.execTimeout(&recorder{start: time.Now()}); got != 200*time.Millisecond || err != nil {
		t.Errorf("--timeout shorter than the budget: %v, %v; want 200ms", got, err)
	}
	s = New(echoSet(t, nil), Config{ExecTimeout: 200 * time.Millisecond})
	if got, err := s.execTimeout(&recorder{start: time.Now().Add(-time.Hour)}); got != 200*time.Millisecond || err != nil {
		t.Errorf("no request budget: %v, %v; want --timeout", got, err)
	}
}

// TestServeWithoutDrain: Drain 0 goes straight to the shutdown, and Serve logs the phases.
func TestServeWithoutDrain(t *testing.T) {
	var logs lockedBuffer
	log := slog.New(slog.NewJSONHandler(&logs, nil))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := New(echoSet(t, nil), Config{})
	tm := quickTimeouts()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Serve(ctx, NewHTTPServer(s, tm, log), ln, s, tm, log); err != nil {
		t.Fatalf("Serve = %v", err)
	}
	var msgs []string
	for _, l := range logs.lines(t) {
		msgs = append(msgs, l["msg"].(string))
	}
	if got := strings.Join(msgs, " | "); got != "shutting down: listener closed, waiting for requests in flight | stopped" {
		t.Errorf("log = %s", got)
	}
	if s.ready.Load() {
		t.Error("still ready after Serve returned")
	}
}

// TestServeReportsAListenerError: Serve returns the listener's error instead of waiting for
// a signal.
func TestServeReportsAListenerError(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln.Close()
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	s := New(echoSet(t, nil), Config{})
	done := make(chan error, 1)
	go func() {
		done <- Serve(context.Background(), NewHTTPServer(s, quickTimeouts(), log), ln, s, quickTimeouts(), log)
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "serving on") {
			t.Fatalf("Serve = %v, want the listener's error", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return on a closed listener")
	}
}

// TestFailedAcceptReturnsItsSlot: an Accept that fails gives its slot back, so the next
// Accept reports the failure too instead of waiting for a slot forever.
func TestFailedAcceptReturnsItsSlot(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := NewLimitListener(inner, 1)
	defer ln.Close()
	inner.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 2; i++ {
			if _, err := ln.Accept(); err == nil {
				t.Error("Accept on a closed listener succeeded")
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the second Accept waits for the slot the failed one took")
	}
	if ln.Open() != 0 {
		t.Errorf("Open() = %d after failed accepts", ln.Open())
	}
}
