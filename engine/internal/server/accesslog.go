package server

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"
)

// DefaultAccessLogRate is how many access log lines a second are written in
// full before sampling starts.
const DefaultAccessLogRate = 1000

// sampleEvery is the sampling ratio past the rate: one line in 100, marked
// "sample":100 so a reader can scale counts back up. The HTTP metrics count
// every request whatever the log keeps.
const sampleEvery = 100

// AccessLog writes one JSON line per request. Under overload, when lines
// would come faster than Rate a second, it keeps one in sampleEvery: a
// request flood must not turn into a log flood that costs more CPU and disk
// than the requests themselves.
type AccessLog struct {
	log    *slog.Logger
	rate   int64 // <= 0: never sample
	window atomic.Int64
	count  atomic.Int64
}

// NewAccessLog logs through log at level Info; rate <= 0 logs every request.
func NewAccessLog(log *slog.Logger, rate int64) *AccessLog {
	return &AccessLog{log: log, rate: rate}
}

// admit decides whether this request gets a line and with which sample
// ratio (1: not sampled).
func (a *AccessLog) admit(now time.Time) (int64, bool) {
	if a.rate <= 0 {
		return 1, true
	}
	sec := now.Unix()
	if w := a.window.Load(); w != sec && a.window.CompareAndSwap(w, sec) {
		a.count.Store(0)
	}
	n := a.count.Add(1)
	if n <= a.rate {
		return 1, true
	}
	if (n-a.rate)%sampleEvery == 0 {
		return sampleEvery, true
	}
	return 0, false
}

type accessEntry struct {
	method, route, path, policy, id, remote string
	status                                  int
	bytes                                   int64
	duration                                time.Duration
	writeErr                                error
}

func (a *AccessLog) write(e accessEntry) {
	if a == nil {
		return
	}
	ratio, ok := a.admit(time.Now())
	if !ok {
		return
	}
	attrs := make([]slog.Attr, 0, 12)
	attrs = append(attrs,
		slog.String("method", e.method),
		slog.String("route", e.route),
		slog.String("path", truncate(e.path, 256)),
	)
	if e.policy != "" {
		attrs = append(attrs, slog.String("policy", e.policy))
	}
	attrs = append(attrs,
		slog.Int("status", e.status),
		slog.Int64("bytes", e.bytes),
		slog.Float64("duration_ms", ms(e.duration)),
		slog.String("request_id", e.id),
		slog.String("remote", e.remote),
	)
	if e.writeErr != nil {
		attrs = append(attrs, slog.String("write_error", truncate(e.writeErr.Error(), 256)))
	}
	if ratio > 1 {
		attrs = append(attrs, slog.Int64("sample", ratio))
	}
	a.log.LogAttrs(context.Background(), slog.LevelInfo, "request", attrs...)
}
