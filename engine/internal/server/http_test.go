package server

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/policy-engine-build/engine/internal/registry"
)

func startReal(t *testing.T, set *registry.Set, cfg Config, tm Timeouts) (addr string, stop func() error) {
	t.Helper()
	addr, stop, _ = startLimited(t, set, cfg, tm, 0)
	return addr, stop
}

// startLimited serves like the engine does: on a LimitListener with at most
// maxConns connections (0: no cap).
func startLimited(t *testing.T, set *registry.Set, cfg Config, tm Timeouts, maxConns int64) (addr string, stop func() error, ln *LimitListener) {
	t.Helper()
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln = NewLimitListener(inner, maxConns)
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	h := New(set, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, NewHTTPServer(h, tm, log), ln, h, tm, log) }()
	return ln.Addr().String(), func() error { cancel(); return <-done }, ln
}

func TestSlowClientHeadersAreCutOff(t *testing.T) {
	set, _ := registry.NewSet(nil)
	tm := Timeouts{ReadHeader: 150 * time.Millisecond, Read: time.Second, Write: time.Second, Idle: time.Second, Shutdown: time.Second}
	addr, stop := startReal(t, set, Config{}, tm)
	defer func() {
		if err := stop(); err != nil {
			t.Error(err)
		}
	}()

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Slowloris: start a request and never finish the headers.
	if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: x\r\n"); err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	start := time.Now()
	_, err = io.ReadAll(conn) // returns when the server closes the connection
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("server kept a header-less connection open for %v", time.Since(start))
	}
	if time.Since(start) > 2*time.Second {
		t.Fatalf("connection closed after %v, want about the 150ms header timeout", time.Since(start))
	}
}

func TestGracefulShutdownFinishesInFlightRequest(t *testing.T) {
	started := make(chan struct{})
	set, err := registry.NewSet(map[string]registry.Policy{
		"test/slow.Slow": &testPolicy{name: "slow", fn: func(ctx context.Context, _ any) (any, error) {
			close(started)
			select {
			case <-time.After(300 * time.Millisecond):
				return map[string]bool{"allow": true}, nil
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tm := Timeouts{ReadHeader: time.Second, Read: time.Second, Write: 5 * time.Second, Idle: time.Second, Shutdown: 5 * time.Second}
	addr, stop := startReal(t, set, Config{ExecTimeout: 5 * time.Second}, tm)

	type result struct {
		status int
		body   string
		err    error
	}
	resCh := make(chan result, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/v1/policies/slow/execute", "application/json", strings.NewReader(`{}`))
		if err != nil {
			resCh <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		resCh <- result{status: resp.StatusCode, body: string(b)}
	}()
	<-started
	if err := stop(); err != nil { // returns only after the request finished
		t.Fatalf("Serve() = %v", err)
	}
	res := <-resCh
	if res.err != nil || res.status != 200 || !strings.Contains(res.body, `"allow":true`) {
		t.Fatalf("in-flight request during shutdown: %+v", res)
	}
	if _, err := net.DialTimeout("tcp", addr, 200*time.Millisecond); err == nil {
		t.Fatal("server still accepts connections after shutdown")
	}
}

func TestKeepAliveConnectionServesManyRequests(t *testing.T) {
	set, _ := registry.NewSet(nil)
	tm := DefaultTimeouts(time.Second)
	tm.Drain = 0
	addr, stop := startReal(t, set, Config{}, tm)
	defer func() { _ = stop() }()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	br := bufio.NewReader(conn)
	for i := 0; i < 3; i++ {
		if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("request %d: status %d", i, resp.StatusCode)
		}
	}
}

func TestSlowClientBodyIsCutOff(t *testing.T) {
	set, err := registry.NewSet(map[string]registry.Policy{
		"test/echo.Echo": &testPolicy{name: "echo", fn: func(_ context.Context, in any) (any, error) { return in, nil }},
	})
	if err != nil {
		t.Fatal(err)
	}
	tm := Timeouts{ReadHeader: time.Second, Read: 300 * time.Millisecond, Write: time.Second, Idle: time.Second, Shutdown: time.Second}
	addr, stop := startReal(t, set, Config{}, tm)
	defer func() { _ = stop() }()

	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// Headers promise 100 bytes; the body trickles and never completes.
	_, err = io.WriteString(conn, "POST /v1/policies/echo/execute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":")
	if err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(3 * time.Second))
	start := time.Now()
	b, err := io.ReadAll(conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("server kept a stalled body open for %v", time.Since(start))
	}
	if strings.Contains(string(b), "200 OK") {
		t.Fatalf("stalled request was executed: %s", b)
	}
	// The server is still healthy for everyone else.
	resp, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("healthz after slow client = %d", resp.StatusCode)
	}
}
