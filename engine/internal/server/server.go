// Package server exposes a policy set over HTTP: listing, execution,
// health, readiness and metrics.
package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
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
	DefaultExecTimeout  = 10 * time.Second
	// DefaultMaxInFlight bounds executions running at once, counting ones
	// whose request already timed out but whose policy has not returned.
	DefaultMaxInFlight = 1024
)

// Sentinel errors an execution can end with; handlers map them to statuses.
var (
	ErrPolicyPanic   = errors.New("policy panicked")
	ErrPolicyTimeout = errors.New("policy did not finish before the deadline")
	ErrEncodeResult  = errors.New("policy result cannot be encoded as JSON")
)

// Config tunes the handler. Zero values take the defaults above.
type Config struct {
	MaxBodyBytes int64
	ExecTimeout  time.Duration
	MaxInFlight  int64
	Logger       *slog.Logger
	Metrics      *metrics.Registry
}

// Server is the HTTP handler for one policy set.
type Server struct {
	set     *registry.Set
	cfg     Config
	log     *slog.Logger
	metrics *metrics.Registry
	mux     *http.ServeMux
	ready   atomic.Bool
	// running counts policy goroutines; a stuck policy keeps its slot until
	// it returns, so stuck policies cannot pile up goroutines without bound.
	running atomic.Int64
}

// New builds the handler. It starts ready; call SetReady(false) when
// shutting down so load balancers stop sending traffic.
func New(set *registry.Set, cfg Config) *Server {
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.ExecTimeout <= 0 {
		cfg.ExecTimeout = DefaultExecTimeout
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = DefaultMaxInFlight
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
	s := &Server{set: set, cfg: cfg, log: cfg.Logger, metrics: cfg.Metrics, mux: http.NewServeMux()}
	s.ready.Store(true)
	s.mux.HandleFunc("GET /v1/policies", s.handleList)
	s.mux.HandleFunc("POST /v1/policies/{name}/execute", s.handleExecute)
	s.mux.HandleFunc("GET /healthz", s.handleHealth)
	s.mux.HandleFunc("GET /readyz", s.handleReady)
	s.mux.HandleFunc("GET /metrics", s.handleMetrics)
	return s
}

// SetReady switches what /readyz answers.
func (s *Server) SetReady(ready bool) { s.ready.Store(ready) }

// Metrics returns the registry the handler records into.
func (s *Server) Metrics() *metrics.Registry { return s.metrics }

// ServeHTTP recovers from a panic in a handler itself (policy panics are
// handled closer to the policy) so a bug answers 500 instead of dropping
// the connection.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			writeError(w, http.StatusInternalServerError, "internal server error", "")
		}
	}()
	s.mux.ServeHTTP(w, r)
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

func (s *Server) handleExecute(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	entry, ok := s.set.Lookup(name)
	if !ok {
		s.metrics.Reject(metrics.RejectUnknownPolicy)
		writeError(w, http.StatusNotFound, fmt.Sprintf("unknown policy %q; GET /v1/policies lists the registered ones", name), name)
		return
	}

	input, status, err := s.readInput(w, r)
	if err != nil {
		writeError(w, status, err.Error(), name)
		return
	}

	if n := s.running.Add(1); n > s.cfg.MaxInFlight {
		s.running.Add(-1)
		s.metrics.Reject(metrics.RejectOverloaded)
		s.log.Warn("shedding load", "policy", name, "max_in_flight", s.cfg.MaxInFlight)
		w.Header().Set("Retry-After", "1")
		writeError(w, http.StatusServiceUnavailable,
			fmt.Sprintf("%d policy executions already running (limit --max-in-flight); retry later", s.cfg.MaxInFlight), name)
		return
	}
	result, outcome, elapsed, err := s.execute(r.Context(), entry, input)
	switch {
	case err == nil:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(result)
		s.log.Debug("policy executed", "policy", name, "duration_ms", ms(elapsed))
	case outcome == metrics.OutcomeCanceled:
		// The client went away; nobody reads the answer.
		s.log.Info("client canceled execution", "policy", name, "duration_ms", ms(elapsed))
	case outcome == metrics.OutcomeTimeout:
		s.log.Warn("policy timed out", "policy", name, "timeout", s.cfg.ExecTimeout.String())
		writeError(w, http.StatusGatewayTimeout, err.Error(), name)
	default:
		s.log.Warn("policy failed", "policy", name, "kind", outcome.Name(), "error", err.Error(), "duration_ms", ms(elapsed))
		writeError(w, http.StatusInternalServerError, err.Error(), name)
	}
}

// readInput reads at most MaxBodyBytes and decodes exactly one JSON value.
func (s *Server) readInput(w http.ResponseWriter, r *http.Request) (any, int, error) {
	limit := s.cfg.MaxBodyBytes
	if r.ContentLength > limit {
		s.metrics.Reject(metrics.RejectTooLarge)
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body of %d bytes exceeds the limit of %d bytes", r.ContentLength, limit)
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			s.metrics.Reject(metrics.RejectTooLarge)
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body exceeds the limit of %d bytes", limit)
		}
		s.metrics.Reject(metrics.RejectReadError)
		return nil, http.StatusBadRequest, fmt.Errorf("reading request body: %w", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		s.metrics.Reject(metrics.RejectBadJSON)
		return nil, http.StatusBadRequest, errors.New("request body is empty; send the policy input as a JSON value")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	var input any
	if err := dec.Decode(&input); err != nil {
		s.metrics.Reject(metrics.RejectBadJSON)
		return nil, http.StatusBadRequest, fmt.Errorf("request body is not valid JSON: %w", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		s.metrics.Reject(metrics.RejectBadJSON)
		return nil, http.StatusBadRequest, errors.New("request body has data after the JSON value; send exactly one value")
	}
	return input, 0, nil
}

type execResult struct {
	value any
	err   error
}

// execute runs the policy in its own goroutine under the execution deadline.
// A policy that ignores its context cannot hold the request past the
// deadline; its goroutine finishes on its own and is counted as in flight
// until then.
func (s *Server) execute(parent context.Context, entry registry.Entry, input any) ([]byte, metrics.Outcome, time.Duration, error) {
	ctx, cancel := context.WithTimeout(parent, s.cfg.ExecTimeout)
	defer cancel()

	done := s.metrics.Start(entry.Name)
	start := time.Now()
	ch := make(chan execResult, 1) // buffered: a late policy never blocks
	go func() {
		var res execResult
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("policy panic", "policy", entry.Name, "source", entry.Source,
					"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				res = execResult{err: fmt.Errorf("%w: %v", ErrPolicyPanic, v)}
			}
			s.running.Add(-1) // the slot taken in handleExecute
			ch <- res
		}()
		v, err := entry.Policy.Execute(ctx, input)
		res = execResult{value: v, err: err}
	}()

	var res execResult
	select {
	case res = <-ch:
	case <-ctx.Done():
		elapsed := time.Since(start)
		outcome := metrics.OutcomeTimeout
		err := fmt.Errorf("policy %q: %w (%s)", entry.Name, ErrPolicyTimeout, s.cfg.ExecTimeout)
		if parent.Err() != nil {
			outcome = metrics.OutcomeCanceled
			err = fmt.Errorf("policy %q: client canceled the request: %w", entry.Name, parent.Err())
		}
		// Recorded when the policy really returns, so in-flight stays honest.
		go func() { <-ch; done(outcome, time.Since(start)) }()
		return nil, outcome, elapsed, err
	}
	elapsed := time.Since(start)

	if res.err != nil {
		outcome := metrics.OutcomeError
		err := fmt.Errorf("policy %q: %w", entry.Name, res.err)
		switch {
		case errors.Is(res.err, ErrPolicyPanic):
			outcome = metrics.OutcomePanic
		case parent.Err() != nil && errors.Is(res.err, parent.Err()):
			outcome = metrics.OutcomeCanceled
		case ctx.Err() != nil && errors.Is(res.err, ctx.Err()):
			// The policy noticed the deadline itself and returned ctx.Err().
			outcome = metrics.OutcomeTimeout
			err = fmt.Errorf("policy %q: %w (%s): %w", entry.Name, ErrPolicyTimeout, s.cfg.ExecTimeout, res.err)
		}
		done(outcome, elapsed)
		return nil, outcome, elapsed, err
	}
	body, err := json.Marshal(res.value)
	if err != nil {
		done(metrics.OutcomeEncode, elapsed)
		return nil, metrics.OutcomeEncode, elapsed, fmt.Errorf("policy %q: %w: %w", entry.Name, ErrEncodeResult, err)
	}
	done(metrics.OutcomeOK, elapsed)
	return body, metrics.OutcomeOK, elapsed, nil
}

type errorBody struct {
	Error  string `json:"error"`
	Policy string `json:"policy,omitempty"`
}

func writeError(w http.ResponseWriter, status int, msg, policy string) {
	writeJSON(w, status, errorBody{Error: msg, Policy: policy})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		body = []byte(`{"error":"internal server error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
