package ratelimit

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock makes refill deterministic.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newLimiter(ratePerSec float64, burst int) (*Limiter, *fakeClock) {
	c := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	return &Limiter{RatePerSecond: ratePerSec, Burst: burst, now: c.now}, c
}

func decide(t *testing.T, l *Limiter, input any) Decision {
	t.Helper()
	out, err := l.Execute(context.Background(), input)
	if err != nil {
		t.Fatalf("Execute: %v", err)
	}
	d, ok := out.(Decision)
	if !ok {
		t.Fatalf("Execute returned %T", out)
	}
	return d
}

func TestBurstThenRefill(t *testing.T) {
	l, clock := newLimiter(2, 3)
	in := map[string]any{"key": "client-1"}
	for i := 0; i < 3; i++ {
		if d := decide(t, l, in); !d.Allow {
			t.Fatalf("request %d denied: %+v", i, d)
		}
	}
	d := decide(t, l, in)
	if d.Allow || d.Reason != "rate limit exceeded" || d.RetryAfterMS != 500 {
		t.Fatalf("4th request = %+v, want denied with retry_after_ms 500", d)
	}
	// Denials must not spend tokens: after 500ms exactly one token is back.
	clock.advance(500 * time.Millisecond)
	if d := decide(t, l, in); !d.Allow {
		t.Fatalf("after refill: %+v", d)
	}
	if d := decide(t, l, in); d.Allow {
		t.Fatalf("second request after one refill allowed: %+v", d)
	}
}

func TestKeysAreIndependent(t *testing.T) {
	l, _ := newLimiter(1, 1)
	if !decide(t, l, map[string]any{"key": "a"}).Allow {
		t.Fatal("a denied")
	}
	if decide(t, l, map[string]any{"key": "a"}).Allow {
		t.Fatal("a allowed twice")
	}
	if !decide(t, l, map[string]any{"key": "b"}).Allow {
		t.Fatal("b denied because of a")
	}
}

func TestInputs(t *testing.T) {
	tests := []struct {
		name       string
		input      any
		wantAllow  bool
		wantReason string
	}{
		{"not an object", []any{"x"}, false, "input must be a JSON object"},
		{"missing key", map[string]any{}, false, `input field "key"`},
		{"blank key", map[string]any{"key": "  "}, false, `input field "key"`},
		{"numeric key", map[string]any{"key": 7.0}, false, `input field "key"`},
		{"cost fraction", map[string]any{"key": "k", "cost": 1.5}, false, `"cost" must be a whole number`},
		{"cost zero", map[string]any{"key": "k", "cost": 0.0}, false, `"cost" must be a whole number`},
		{"cost string", map[string]any{"key": "k", "cost": "2"}, false, `"cost" must be a whole number`},
		{"cost above burst", map[string]any{"key": "k", "cost": 50.0}, false, "exceeds the burst size 20"},
		{"cost within burst", map[string]any{"key": "k2", "cost": 5.0}, true, "within rate limit"},
		{"defaults", map[string]any{"key": "k3"}, true, "within rate limit"},
	}
	l := &Limiter{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := decide(t, l, tc.input)
			if d.Allow != tc.wantAllow || !strings.Contains(d.Reason, tc.wantReason) {
				t.Fatalf("decision = %+v, want allow=%v reason containing %q", d, tc.wantAllow, tc.wantReason)
			}
		})
	}
}

func TestCustomKeyField(t *testing.T) {
	l := &Limiter{KeyField: "client_ip"}
	if d := decide(t, l, map[string]any{"client_ip": "10.0.0.1"}); !d.Allow || d.Key != "10.0.0.1" {
		t.Fatalf("decision = %+v", d)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		l       *Limiter
		wantErr string
	}{
		{"zero value", &Limiter{}, ""},
		{"configured", &Limiter{RatePerSecond: 0.5, Burst: 1, MaxKeys: 10}, ""},
		{"negative rate", &Limiter{RatePerSecond: -1}, "RatePerSecond"},
		{"negative burst and keys", &Limiter{Burst: -1, MaxKeys: -5}, "MaxKeys"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.l.Validate()
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("Validate() = %v", err)
				}
				return
			}
			if err == nil || !errors.Is(err, ErrConfig) || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("Validate() = %v, want ErrConfig mentioning %q", err, tc.wantErr)
			}
		})
	}
}

func TestMemoryIsBounded(t *testing.T) {
	l, clock := newLimiter(1, 2)
	l.MaxKeys = 100
	for i := 0; i < 1000; i++ {
		decide(t, l, map[string]any{"key": fmt.Sprintf("k%d", i)})
	}
	if n := l.Keys(); n > 100 {
		t.Fatalf("Keys() = %d, want <= 100", n)
	}
	// Once buckets refill they are evicted losslessly before live ones.
	clock.advance(10 * time.Second)
	decide(t, l, map[string]any{"key": "fresh"})
	if n := l.Keys(); n != 1 {
		t.Fatalf("Keys() after idle eviction = %d, want 1", n)
	}
}

func TestConcurrentSpendingNeverOverAdmits(t *testing.T) {
	l, _ := newLimiter(1, 50) // the fake clock never advances: exactly 50 tokens
	var allowed atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				out, _ := l.Execute(context.Background(), map[string]any{"key": "shared"})
				if out.(Decision).Allow {
					allowed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if got := allowed.Load(); got != 50 {
		t.Fatalf("allowed %d of 200 concurrent requests, want exactly 50", got)
	}
}

func TestDecisionIsJSON(t *testing.T) {
	out, _ := (&Limiter{}).Execute(context.Background(), map[string]any{"key": "k"})
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"allow":true`) || !strings.Contains(string(b), `"reason":"within rate limit"`) {
		t.Fatalf("JSON = %s", b)
	}
}
