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
