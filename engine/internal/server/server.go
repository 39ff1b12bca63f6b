// Package server exposes a policy set over HTTP: listing, execution,
// health, readiness and metrics.
package server

import (
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/policy-engine-build/engine/internal/metrics"
	"github.com/policy-engine-build/engine/internal/registry"
)

// Defaults used when a Config field is zero.
const (
	DefaultMaxBodyBytes = 1 << 20
	// DefaultMaxDecodeBytes is the decode budget: what decoding one body
	// into Go values may allocate. Typical JSON decodes to 5-15 times its
	// size; token-dense bodies ([{},{},...]) to over 50 times.
	DefaultMaxDecodeBytes = 16 << 20
	// DefaultMaxResponseBytes caps an encoded policy result.
	DefaultMaxResponseBytes = 1 << 20
	DefaultExecTimeout      = 10 * time.Second
	// DefaultMaxInFlight bounds requests admitted at once (reading their
	// body, decoding, executing), counting executions whose request already
	// timed out but whose policy has not returned.
	DefaultMaxInFlight = 1024
)

// Route labels, as they appear in metrics and the access log.
const (
	RouteList    = "/v1/policies"
	RouteExecute = "/v1/policies/{name}/execute"
	RouteHealth  = "/healthz"
	RouteReady   = "/readyz"
	RouteMetrics = "/metrics"
)

// Config tunes the handler. Zero values take the defaults above.
type Config struct {
	MaxBodyBytes     int64
	MaxDecodeBytes   int64
	MaxResponseBytes int64
	ExecTimeout      time.Duration
	// RequestTimeout is the budget of a whole request from its headers to
	// the last byte of the answer (the server's write timeout). Time spent
	// reading the body comes out of the policy's deadline, so a slow upload
	// plus a slow policy ends in a 504 the client sees, not in an answer
	// written after the connection's deadline. 0: no such budget.
	RequestTimeout time.Duration
	MaxInFlight    int64
	// OverloadStatus answers requests over MaxInFlight: 503 (default) or 429.
	OverloadStatus int
	Logger         *slog.Logger
	AccessLog      *AccessLog // nil: no access log
	Metrics        *metrics.Registry
}

// Server is the HTTP handler for one policy set.
type Server struct {
	set     *registry.Set
	cfg     Config
	log     *slog.Logger
	access  *AccessLog
	metrics *metrics.Registry
	mux     *http.ServeMux
	ids     *requestIDs
	ready   atomic.Bool
	// admitted counts execute requests from admission (before the body is
	// read) until their policy goroutine returns; a stuck policy keeps its
	// slot, so neither bodies nor stuck goroutines can pile up without bound.
	admitted atomic.Int64
}

// New builds the handler. It starts ready; call SetReady(false) when
// shutting down so load balancers stop sending traffic.
func New(set *registry.Set, cfg Config) *Server {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxDecodeBytes <= 0 {
		cfg.MaxDecodeBytes = DefaultMaxDecodeBytes
	}
	if cfg.MaxResponseBytes <= 0 {
		cfg.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if cfg.ExecTimeout <= 0 {
		cfg.ExecTimeout = DefaultExecTimeout
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = DefaultMaxInFlight
	}
	if cfg.OverloadStatus != http.StatusTooManyRequests {
		cfg.OverloadStatus = http.StatusServiceUnavailable
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewJSONHandler(io.Discard, nil))
	}
	if cfg.Metrics == nil {
		names := make([]string, 0, set.Len())
		for _, e := range set.Entries() {
			names = append(names, e.Name)
		}
		cfg.Metrics = metrics.New(names, nil)
	}
	s := &Server{set: set, cfg: cfg, log: cfg.Logger, access: cfg.AccessLog, metrics: cfg.Metrics,
		mux: http.NewServeMux(), ids: newRequestIDs()}
	s.ready.Store(true)
	s.mux.HandleFunc("GET "+RouteList, route(RouteList, s.handleList))
	s.mux.HandleFunc("POST "+RouteExecute, route(RouteExecute, s.handleExecute))
	s.mux.HandleFunc("GET "+RouteHealth, route(RouteHealth, s.handleHealth))
	s.mux.HandleFunc("GET "+RouteReady, route(RouteReady, s.handleReady))
	s.mux.HandleFunc("GET "+RouteMetrics, route(RouteMetrics, s.handleMetrics))
	s.metrics.SetRoutes([]string{RouteList, RouteExecute, RouteHealth, RouteReady, RouteMetrics})
	s.metrics.Gauge("policy_engine_ready", "1 while /readyz answers 200, 0 from the start of shutdown.", func() int64 {
		if s.ready.Load() {
			return 1
		}
		return 0
	})
	s.metrics.Gauge("policy_engine_admitted_requests", "Execute requests admitted and not finished (body read, decoding or policy running).", s.admitted.Load)
	s.metrics.Gauge("policy_engine_max_in_flight", "Limit on admitted execute requests (--max-in-flight).", func() int64 { return cfg.MaxInFlight })
	return s
}

// SetReady switches what /readyz answers.
func (s *Server) SetReady(ready bool) { s.ready.Store(ready) }

// Metrics returns the registry the handler records into.
func (s *Server) Metrics() *metrics.Registry { return s.metrics }

// ServeHTTP gives every request an id, refuses ambiguous framing, recovers
// from a panic in a handler itself (policy panics are handled closer to the
// policy) and records the request in the metrics and the access log.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w, start: time.Now()}
	id := s.ids.id(r.Header.Get("X-Request-Id"))
	w.Header().Set("X-Request-Id", id)
	defer s.finish(rec, r, id)
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("handler panic", "path", truncate(r.URL.Path, 256), "request_id", id, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			writeError(rec, http.StatusInternalServerError, "internal server error", "")
		}
	}()
	if ambiguousFraming(r.Context()) {
		s.metrics.Reject(metrics.RejectAmbiguous)
		rec.route = metrics.RouteUnmatched
		w.Header().Set("Connection", "close") // net/http closes the connection after this answer
		writeError(rec, http.StatusBadRequest, "request has both Transfer-Encoding and Content-Length; refused and the connection closed (RFC 9112 section 6.1)", "")
		return
	}
	s.mux.ServeHTTP(rec, r)
}

func (s *Server) finish(rec *recorder, r *http.Request, id string) {
	d := time.Since(rec.start)
	routeLabel := rec.route
	if routeLabel == "" {
		routeLabel = metrics.RouteUnmatched
	}
	status := rec.status
	if status == 0 {
		// The handler wrote nothing: a client that went away mid-execution.
		// 499 is the conventional "client closed request".
		status = 499
	}
	s.metrics.ObserveHTTP(routeLabel, status, d)
	if s.access == nil {
		return
	}
	remote, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		remote = r.RemoteAddr
	}
	s.access.write(accessEntry{
		method: truncate(r.Method, 16), route: routeLabel, path: r.URL.Path, policy: rec.policy, id: id,
		remote: remote, status: status, bytes: rec.bytes, duration: d, writeErr: rec.writeErr,
	})
}

type policyInfo struct {
	Name   string `json:"name"`
	Source string `json:"source"`
}

func (s *Server) handleList(w http.ResponseWriter, _ *http.Request) {
	entries := s.set.Entries()
	out := make([]policyInfo, 0, len(entries))
	for _, e := range entries {
		out = append(out, policyInfo{Name: e.Name, Source: e.Source})
	}
	writeJSON(w, http.StatusOK, map[string]any{"policies": out})
}

func (s *Server) handleHealth(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) handleReady(w http.ResponseWriter, _ *http.Request) {
	if !s.ready.Load() {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "shutting down"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "policies": s.set.Len()})
}

func (s *Server) handleMetrics(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", metrics.ContentType)
	w.WriteHeader(http.StatusOK)
	_, _ = s.metrics.WriteTo(w)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
