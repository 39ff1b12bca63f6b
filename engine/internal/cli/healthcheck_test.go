package cli

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/policy-engine-build/engine/internal/registry"
)

func TestHealthURL(t *testing.T) {
	tests := []struct {
		addr, want, wantErr string
	}{
		{addr: ":8080", want: "http://127.0.0.1:8080/healthz"},
		{addr: "0.0.0.0:9090", want: "http://127.0.0.1:9090/healthz"},
		{addr: "[::]:8080", want: "http://127.0.0.1:8080/healthz"},
		{addr: "127.0.0.1:8080", want: "http://127.0.0.1:8080/healthz"},
		{addr: "[::1]:8080", want: "http://[::1]:8080/healthz"},
		{addr: "engine.local:8080", want: "http://engine.local:8080/healthz"},
		{addr: "http://127.0.0.1:8080", want: "http://127.0.0.1:8080/healthz"},
		{addr: "http://127.0.0.1:8080/", want: "http://127.0.0.1:8080/healthz"},
		{addr: "http://localhost", want: "http://localhost:80/healthz"},
		{addr: "https://127.0.0.1:8443", wantErr: "only http://"},
		{addr: "http://127.0.0.1:8080/readyz", wantErr: "address only"},
		{addr: "nope", wantErr: "missing port"},
		{addr: ":0", wantErr: "1-65535"},
		{addr: ":99999", wantErr: "1-65535"},
	}
	for _, tc := range tests {
		got, err := healthURL(tc.addr)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("healthURL(%q) = %q, %v; want an error with %q", tc.addr, got, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("healthURL(%q) = %q, %v; want %q", tc.addr, got, err, tc.want)
		}
	}
}

// healthcheckOf runs `healthcheck --addr addr [extra...]` and returns its exit code and stderr.
func healthcheckOf(t *testing.T, addr string, extra ...string) (int, string, string) {
	t.Helper()
	e, out, errOut := env(registry.New())
	code := Run(context.Background(), append([]string{"healthcheck", "--addr", addr}, extra...), e)
	return code, out.String(), errOut.String()
}

func TestHealthcheckAgainstRealServers(t *testing.T) {
	var paths []string
	status := http.StatusOK
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		paths = append(paths, r.Method+" "+r.URL.Path)
		w.WriteHeader(status)
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")

	if code, out, errOut := healthcheckOf(t, addr); code != ExitOK || !strings.Contains(out, "healthy: http://"+addr+"/healthz") {
		t.Errorf("healthy server: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, errOut := healthcheckOf(t, srv.URL); code != ExitOK {
		t.Errorf("healthy server by URL: exit %d: %s", code, errOut)
	}
	status = http.StatusServiceUnavailable
	if code, _, errOut := healthcheckOf(t, addr); code != ExitFailure || !strings.Contains(errOut, "status 503") {
		t.Errorf("503: exit %d, stderr %q", code, errOut)
	}
	status = http.StatusFound // a redirect is not followed: not healthy
	if code, _, errOut := healthcheckOf(t, addr); code != ExitFailure || !strings.Contains(errOut, "status 302") {
		t.Errorf("302: exit %d, stderr %q", code, errOut)
	}
	for _, p := range paths {
		if p != "GET /healthz" {
			t.Errorf("probe requested %q, want GET /healthz", p)
		}
	}

	// Refused: a port that was just free.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := ln.Addr().String()
	ln.Close()
	if code, _, errOut := healthcheckOf(t, refused); code != ExitFailure || !strings.Contains(errOut, "refused") {
		t.Errorf("refused: exit %d, stderr %q", code, errOut)
	}
}

func TestHealthcheckTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	started := time.Now()
	code, _, errOut := healthcheckOf(t, strings.TrimPrefix(srv.URL, "http://"), "--timeout", "200ms")
	if code != ExitFailure || !strings.Contains(errOut, "deadline exceeded") {
		t.Errorf("hanging server: exit %d, stderr %q", code, errOut)
	}
	if took := time.Since(started); took > 2*time.Second {
		t.Errorf("--timeout 200ms took %v", took)
	}
}

// The container stays healthy while the engine drains after SIGTERM (/readyz is 503 then).
func TestHealthcheckHealthyDuringDrain(t *testing.T) {
	e, _, errOut := env(twoPolicies())
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() {
		done <- Run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--drain-delay", "1s", "--access-log=false"}, e)
	}()
	addr := waitForAddr(t, errOut)
	if code, _, herr := healthcheckOf(t, addr); code != ExitOK {
		t.Fatalf("before SIGTERM: exit %d: %s", code, herr)
	}
	cancel()
	deadline := time.Now().Add(900 * time.Millisecond)
	for {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusServiceUnavailable {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("/readyz never answered 503 after cancel")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if code, _, herr := healthcheckOf(t, addr); code != ExitOK {
		t.Errorf("during the drain (/readyz 503): healthcheck exit %d: %s", code, herr)
	}
	select {
	case code := <-done:
		if code != ExitOK {
			t.Errorf("serve exit %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if code, _, _ := healthcheckOf(t, addr); code != ExitFailure {
		t.Errorf("after exit: healthcheck exit %d, want 1", code)
	}
}
