package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/policy-engine-build/engine/internal/metrics"
	"github.com/policy-engine-build/engine/internal/registry"
)

// Sentinel errors an execution can end with; handlers map them to statuses.
var (
	ErrPolicyPanic     = errors.New("policy panicked")
	ErrPolicyTimeout   = errors.New("policy did not finish before the deadline")
	ErrEncodeResult    = errors.New("policy result cannot be encoded as JSON")
	ErrResultTooLarge  = errors.New("policy result is over the response size limit")
	ErrRequestDeadline = errors.New("request deadline reached before the policy could run")
)

// errMaxNameInMessage bounds a policy name quoted back from the URL.
const errMaxNameInMessage = 128

// maxErrorMessage bounds an error message sent to a client: a policy's error
// (or a decoder's) may quote the input, and the answer must not echo a
// megabyte back.
const maxErrorMessage = 512

// writeReserve is kept from the request budget for writing the answer.
func writeReserve(budget time.Duration) time.Duration {
	return min(time.Second, budget/10)
}

func (s *Server) handleExecute(w http.ResponseWriter, r *http.Request) {
	rec := recorderOf(w)
	name := r.PathValue("name")
	if rec != nil {
		rec.policy = truncate(name, errMaxNameInMessage)
	}
	entry, ok := s.set.Lookup(name)
	if !ok {
		s.metrics.Reject(metrics.RejectUnknownPolicy)
		writeError(w, http.StatusNotFound, fmt.Sprintf("unknown policy %q; GET /v1/policies lists the registered ones", truncate(name, errMaxNameInMessage)), name)
		return
	}
	if !isJSON(r.Header.Get("Content-Type")) {
		// Also closes the door on cross-origin "simple" POSTs from browsers,
		// which can only send form or text content types.
		s.metrics.Reject(metrics.RejectMediaType)
		writeError(w, http.StatusUnsupportedMediaType, "Content-Type must be application/json", name)
		return
	}
	if r.ContentLength > s.cfg.MaxBodyBytes {
		s.metrics.Reject(metrics.RejectTooLarge)
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body of %d bytes exceeds the limit of %d bytes", r.ContentLength, s.cfg.MaxBodyBytes), name)
		return
	}

	// Admission comes before the body is read: a request that would be
	// shed must not cost a body's worth of memory first.
	if n := s.admitted.Add(1); n > s.cfg.MaxInFlight {
		s.admitted.Add(-1)
		s.metrics.Reject(metrics.RejectOverloaded)
		s.log.Debug("shedding load", "policy", name, "max_in_flight", s.cfg.MaxInFlight)
		w.Header().Set("Retry-After", "1")
		writeError(w, s.cfg.OverloadStatus,
			fmt.Sprintf("%d requests already admitted (limit --max-in-flight); retry later", s.cfg.MaxInFlight), name)
		return
	}
	handedOver := false // to the policy goroutine, which releases the slot when the policy returns
	defer func() {
		if !handedOver {
			s.admitted.Add(-1)
		}
	}()

	input, status, err := s.readInput(w, r)
	if err != nil {
		writeError(w, status, err.Error(), name)
		return
	}
	timeout, err := s.execTimeout(rec)
	if err != nil {
		s.metrics.Reject(metrics.RejectDeadline)
		writeError(w, http.StatusGatewayTimeout, err.Error(), name)
		return
	}
	handedOver = true
	result, outcome, elapsed, err := s.execute(r.Context(), entry, input, timeout)
	switch {
	case err == nil:
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(result)))
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(result)
	case outcome == metrics.OutcomeCanceled:
		// The client went away; nobody reads the answer.
		s.log.Debug("client canceled execution", "policy", name, "duration_ms", ms(elapsed))
	case outcome == metrics.OutcomeTimeout:
		writeError(w, http.StatusGatewayTimeout, err.Error(), name)
	default:
		s.log.Warn("policy failed", "policy", name, "kind", outcome.Name(), "error", truncate(err.Error(), maxErrorMessage), "duration_ms", ms(elapsed))
		writeError(w, http.StatusInternalServerError, err.Error(), name)
	}
}

// execTimeout is the policy's deadline: --timeout, shortened so the answer
// can still be written within the request budget after a slow upload.
func (s *Server) execTimeout(rec *recorder) (time.Duration, error) {
	budget := s.cfg.RequestTimeout
	if budget <= 0 || rec == nil {
		return s.cfg.ExecTimeout, nil
	}
	left := budget - writeReserve(budget) - time.Since(rec.start)
	if left <= 0 {
		return 0, fmt.Errorf("%w: reading the request took %s of the %s request budget (--write-timeout)",
			ErrRequestDeadline, time.Since(rec.start).Round(time.Millisecond), budget)
	}
	return min(left, s.cfg.ExecTimeout), nil
}

// isJSON accepts application/json and application/*+json, with parameters.
func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mt == "application/json" || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))
}

// readInput reads at most MaxBodyBytes, checks the decode budget, then
// decodes exactly one JSON value.
func (s *Server) readInput(w http.ResponseWriter, r *http.Request) (any, int, error) {
	limit := s.cfg.MaxBodyBytes
	var buf bytes.Buffer
	if r.ContentLength > 0 {
		buf.Grow(int(r.ContentLength)) // exact: no doubling on the way
	}
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			s.metrics.Reject(metrics.RejectTooLarge)
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body exceeds the limit of %d bytes", limit)
		}
		s.metrics.Reject(metrics.RejectReadError)
		return nil, http.StatusBadRequest, fmt.Errorf("reading request body: %w", err)
	}
	body := buf.Bytes()
	if len(bytes.TrimSpace(body)) == 0 {
		s.metrics.Reject(metrics.RejectBadJSON)
		return nil, http.StatusBadRequest, errors.New("request body is empty; send the policy input as a JSON value")
	}
	if cost := decodeCost(body); cost > s.cfg.MaxDecodeBytes {
		s.metrics.Reject(metrics.RejectDecodeBudget)
		return nil, http.StatusRequestEntityTooLarge, fmt.Errorf(
			"request body of %d bytes would take about %d bytes to decode, over the decode budget of %d bytes (--max-decode-bytes); send fewer, larger values",
			len(body), cost, s.cfg.MaxDecodeBytes)
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
// deadline; its goroutine finishes on its own and keeps its admission slot
// until then.
func (s *Server) execute(parent context.Context, entry registry.Entry, input any, timeout time.Duration) ([]byte, metrics.Outcome, time.Duration, error) {
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()

	done := s.metrics.Start(entry.Name)
	start := time.Now()
	ch := make(chan execResult, 1) // buffered: a late policy never blocks
	go func() {
		var res execResult
		defer func() {
			if v := recover(); v != nil {
				s.log.Error("policy panic", "policy", entry.Name, "source", entry.Source,
					"panic", truncate(fmt.Sprint(v), maxErrorMessage), "stack", string(debug.Stack()))
				res = execResult{err: fmt.Errorf("%w: %v", ErrPolicyPanic, v)}
			}
			s.admitted.Add(-1) // the slot taken in handleExecute
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
		err := fmt.Errorf("policy %q: %w (%s)", entry.Name, ErrPolicyTimeout, timeout)
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
			err = fmt.Errorf("policy %q: %w (%s): %w", entry.Name, ErrPolicyTimeout, timeout, res.err)
		}
		done(outcome, elapsed)
		return nil, outcome, elapsed, err
	}
	body, err := json.Marshal(res.value)
	if err != nil {
		done(metrics.OutcomeEncode, elapsed)
		return nil, metrics.OutcomeEncode, elapsed, fmt.Errorf("policy %q: %w: %w", entry.Name, ErrEncodeResult, err)
	}
	if int64(len(body)) > s.cfg.MaxResponseBytes {
		done(metrics.OutcomeTooLarge, elapsed)
		return nil, metrics.OutcomeTooLarge, elapsed, fmt.Errorf("policy %q: %w: %d bytes encoded, limit %d bytes (--max-response-bytes)",
			entry.Name, ErrResultTooLarge, len(body), s.cfg.MaxResponseBytes)
	}
	done(metrics.OutcomeOK, elapsed)
	return body, metrics.OutcomeOK, elapsed, nil
}

type errorBody struct {
	Error  string `json:"error"`
	Policy string `json:"policy,omitempty"`
}

func writeError(w http.ResponseWriter, status int, msg, policy string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(jsonError(msg, policy))
}

// jsonError encodes an error body, its message cut to maxErrorMessage bytes.
func jsonError(msg, policy string) []byte {
	body, err := json.Marshal(errorBody{Error: truncate(msg, maxErrorMessage), Policy: truncate(policy, errMaxNameInMessage)})
	if err != nil {
		return []byte(`{"error":"internal server error"}` + "\n")
	}
	return append(body, '\n')
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

// truncate cuts s to at most n bytes on a rune boundary, marking the cut.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…(truncated)"
}
