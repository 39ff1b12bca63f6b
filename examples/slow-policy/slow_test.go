package slow

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestWaitsForTheDelay(t *testing.T) {
	start := time.Now()
	out, err := New().Execute(context.Background(), map[string]any{"delay": "50ms"})
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(start) < 50*time.Millisecond {
		t.Fatalf("returned after %v, before the 50ms delay", time.Since(start))
	}
	if m := out.(map[string]any); m["allow"] != true || m["waited"] != "50ms" {
		t.Fatalf("result = %v", m)
	}
}

func TestStopsAtTheDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := New().Execute(ctx, map[string]any{"delay": 30000.0})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the context's deadline", err)
	}
}

func TestUpstreamCallUsesTheContext(t *testing.T) {
	release := make(chan struct{})
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer upstream.Close()
	defer close(release)

	// The upstream never answers on its own: only the context can end the call.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := New().Execute(ctx, map[string]any{"upstream": upstream.URL})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the deadline to cancel the upstream call", err)
	}
}

func TestUpstreamStatusIsReported(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusTeapot) }))
	defer upstream.Close()
	out, err := New().Execute(context.Background(), map[string]any{"upstream": upstream.URL})
	if err != nil || out.(map[string]any)["upstream_status"] != http.StatusTeapot {
		t.Fatalf("out = %v, err = %v", out, err)
	}
}

func TestBadInput(t *testing.T) {
	for _, in := range []map[string]any{
		{"delay": "soon"}, {"delay": true}, {"delay": "-1s"}, {"delay": "2h"},
		{"upstream": "file:///etc/passwd"}, {"upstream": 7.0},
	} {
		if _, err := New().Execute(context.Background(), in); !errors.Is(err, ErrInput) {
			t.Errorf("%v: err = %v, want ErrInput", in, err)
		}
	}
	if err := (&Policy{MaxDelay: -time.Second}).Validate(); err == nil {
		t.Error("negative MaxDelay accepted")
	}
}
