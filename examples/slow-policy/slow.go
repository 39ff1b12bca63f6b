// Package slow is an example policy whose work takes time the honest way:
// it waits on its context for a delay the input asks for, and can call an
// upstream URL with that same context. With it, the engine's --timeout,
// --max-in-flight, request budget and shutdown drain can be watched with a
// shipped example instead of a policy written for the purpose.
package slow

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// ErrInput is wrapped by every error about the request's input.
var ErrInput = errors.New("invalid slow-policy input")

// DefaultMaxDelay caps the delay an input may ask for.
const DefaultMaxDelay = time.Minute

// Policy waits, then optionally calls an upstream, then allows. The zero
// value is ready to use.
type Policy struct {
	// MaxDelay caps "delay"; zero means DefaultMaxDelay.
	MaxDelay time.Duration
	// Client calls "upstream"; nil means a client with no timeout of its
	// own, so the engine's deadline (through the context) is the one limit.
	Client *http.Client
}

// New is what discovery registers.
func New() *Policy { return &Policy{} }

// Name is the name in /v1/policies/slow/execute.
func (*Policy) Name() string { return "slow" }

// Validate checks the configuration.
func (p *Policy) Validate() error {
	if p.MaxDelay < 0 {
		return fmt.Errorf("slow: MaxDelay %s is negative", p.MaxDelay)
	}
	return nil
}

// Execute reads {"delay": "1.5s", "upstream": "http://..."}; both optional.
// It returns ctx.Err() when the engine's deadline or the client's
// cancellation comes first, which the engine answers with 504 (or counts as
// canceled).
func (p *Policy) Execute(ctx context.Context, input any) (any, error) {
	in, _ := input.(map[string]any)
	delay, err := p.delay(in["delay"])
	if err != nil {
		return nil, err
	}
	start := time.Now()
	if delay > 0 {
		t := time.NewTimer(delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	out := map[string]any{"allow": true, "waited": delay.String()}
	if raw, ok := in["upstream"]; ok {
		status, err := p.call(ctx, raw)
		if err != nil {
			return nil, err
		}
		out["upstream_status"] = status
	}
	out["took_ms"] = time.Since(start).Milliseconds()
	return out, nil
}

func (p *Policy) delay(v any) (time.Duration, error) {
	if v == nil {
		return 0, nil
	}
	var d time.Duration
	switch x := v.(type) {
	case string:
		var err error
		if d, err = time.ParseDuration(x); err != nil {
			return 0, fmt.Errorf("%w: delay %q: %w", ErrInput, x, err)
		}
	case float64:
		d = time.Duration(x * float64(time.Millisecond)) // a number is milliseconds
	default:
		return 0, fmt.Errorf("%w: delay must be a duration string like \"2s\" or milliseconds", ErrInput)
	}
	limit := p.MaxDelay
	if limit == 0 {
		limit = DefaultMaxDelay
	}
	if d < 0 || d > limit {
		return 0, fmt.Errorf("%w: delay %s is outside 0..%s", ErrInput, d, limit)
	}
	return d, nil
}

// call GETs the upstream with the policy's context, so the engine's deadline
// cancels the call too.
func (p *Policy) call(ctx context.Context, raw any) (int, error) {
	s, ok := raw.(string)
	u, err := url.Parse(s)
	if !ok || err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return 0, fmt.Errorf("%w: upstream must be an http(s) URL", ErrInput)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return 0, fmt.Errorf("%w: upstream: %w", ErrInput, err)
	}
	client := p.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return 0, ctx.Err()
		}
		return 0, fmt.Errorf("calling upstream %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, nil
}
