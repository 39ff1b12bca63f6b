// Package ratelimit is a policy that admits requests per key with a token
// bucket (golang.org/x/time/rate), e.g. one bucket per API client.
//
// The zero Limiter is ready to use with the defaults below, because the
// engine registers it as &ratelimit.Limiter{}.
package ratelimit

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Defaults applied to zero fields.
const (
	DefaultRatePerSecond = 10
	DefaultBurst         = 20
	DefaultMaxKeys       = 10000
	DefaultKeyField      = "key"
)

// ErrConfig is wrapped by every Validate error.
var ErrConfig = errors.New("invalid rate limiter configuration")

// Limiter is a per-key token bucket. Safe for concurrent use.
type Limiter struct {
	// RatePerSecond is how many tokens each bucket regains per second.
	RatePerSecond float64
	// Burst is the bucket size: the most requests a key may make at once.
	Burst int
	// MaxKeys bounds memory: past it, idle (full) buckets are dropped first.
	MaxKeys int
	// KeyField is the input field that names the bucket.
	KeyField string

	// now is replaced in tests; nil means time.Now.
	now func() time.Time

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

// Decision is the JSON answer of Execute.
type Decision struct {
	Allow        bool    `json:"allow"`
	Reason       string  `json:"reason"`
	Key          string  `json:"key,omitempty"`
	Remaining    float64 `json:"remaining"`
	RetryAfterMS int64   `json:"retry_after_ms,omitempty"`
}

// Name is the policy's registered name.
func (l *Limiter) Name() string { return "ratelimit" }

// Validate checks the configuration; the zero value is valid.
func (l *Limiter) Validate() error {
	var errs []error
	if l.RatePerSecond < 0 || math.IsNaN(l.RatePerSecond) || math.IsInf(l.RatePerSecond, 0) {
		errs = append(errs, fmt.Errorf("%w: RatePerSecond must be a finite number >= 0 (0 means %d), got %v", ErrConfig, DefaultRatePerSecond, l.RatePerSecond))
	}
	if l.Burst < 0 {
		errs = append(errs, fmt.Errorf("%w: Burst must be >= 0 (0 means %d), got %d", ErrConfig, DefaultBurst, l.Burst))
	}
	if l.MaxKeys < 0 {
		errs = append(errs, fmt.Errorf("%w: MaxKeys must be >= 0 (0 means %d), got %d", ErrConfig, DefaultMaxKeys, l.MaxKeys))
	}
	return errors.Join(errs...)
}

// Execute takes {"key": "client-42", "cost": 1} and spends cost tokens
// from that key's bucket. cost defaults to 1.
func (l *Limiter) Execute(_ context.Context, input any) (any, error) {
	fields, ok := input.(map[string]any)
	if !ok {
		return Decision{Allow: false, Reason: "input must be a JSON object"}, nil
	}
	keyField := l.keyField()
	key, _ := fields[keyField].(string)
	key = strings.TrimSpace(key)
	if key == "" {
		return Decision{Allow: false, Reason: fmt.Sprintf("input field %q (a non-empty string) is required", keyField)}, nil
	}
	cost := 1
	if raw, present := fields["cost"]; present {
		f, isNum := raw.(float64)
		if !isNum || f < 1 || f != math.Trunc(f) || f > math.MaxInt32 {
			return Decision{Allow: false, Key: key, Reason: `"cost" must be a whole number >= 1`}, nil
		}
		cost = int(f)
	}

	now := l.clock()
	b := l.bucket(key, now)
	if cost > b.Burst() {
		return Decision{Allow: false, Key: key, Reason: fmt.Sprintf("cost %d exceeds the burst size %d", cost, b.Burst())}, nil
	}
	r := b.ReserveN(now, cost)
	if delay := r.DelayFrom(now); delay > 0 {
		r.CancelAt(now) // give the tokens back: a denied request must not spend them
		return Decision{
			Allow:        false,
			Key:          key,
			Reason:       "rate limit exceeded",
			Remaining:    math.Max(0, math.Floor(b.TokensAt(now))),
			RetryAfterMS: int64(math.Ceil(float64(delay) / float64(time.Millisecond))),
		}, nil
	}
	return Decision{Allow: true, Key: key, Reason: "within rate limit", Remaining: math.Max(0, math.Floor(b.TokensAt(now)))}, nil
}

// bucket returns the key's limiter, creating it (and evicting if the map is
// full) under the lock. rate.Limiter has its own lock for the spending.
func (l *Limiter) bucket(key string, now time.Time) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	if b, ok := l.buckets[key]; ok {
		return b
	}
	if l.buckets == nil {
		l.buckets = make(map[string]*rate.Limiter)
	}
	if len(l.buckets) >= l.maxKeys() {
		l.evict(now)
	}
	b := rate.NewLimiter(rate.Limit(l.ratePerSecond()), l.burst())
	l.buckets[key] = b
	return b
}

// evict first drops full buckets, which lose nothing: a new bucket starts
// full anyway. If every bucket is in use it drops an arbitrary one, which
// can over-admit that key once but keeps memory bounded under a flood of
// distinct keys.
func (l *Limiter) evict(now time.Time) {
	burst := float64(l.burst())
	for k, b := range l.buckets {
		if b.TokensAt(now) >= burst {
			delete(l.buckets, k)
		}
	}
	for k := range l.buckets {
		if len(l.buckets) < l.maxKeys() {
			break
		}
		delete(l.buckets, k)
	}
}

// Keys reports how many buckets are held (for tests and diagnostics).
func (l *Limiter) Keys() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}

func (l *Limiter) clock() time.Time {
	if l.now != nil {
		return l.now()
	}
	return time.Now()
}

func (l *Limiter) ratePerSecond() float64 {
	if l.RatePerSecond == 0 {
		return DefaultRatePerSecond
	}
	return l.RatePerSecond
}

func (l *Limiter) burst() int {
	if l.Burst == 0 {
		return DefaultBurst
	}
	return l.Burst
}

func (l *Limiter) maxKeys() int {
	if l.MaxKeys == 0 {
		return DefaultMaxKeys
	}
	return l.MaxKeys
}

func (l *Limiter) keyField() string {
	if l.KeyField == "" {
		return DefaultKeyField
	}
	return l.KeyField
}
