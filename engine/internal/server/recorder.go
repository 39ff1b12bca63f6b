package server

import (
	"net/http"
	"time"
)

// recorder wraps the ResponseWriter of one request to learn what was sent
// (for the access log and the HTTP metrics) and which route served it. It
// also turns the router's own plain-text 404 and 405 into JSON, so every
// error body a client sees has the same shape.
type recorder struct {
	http.ResponseWriter
	start    time.Time
	route    string // set by the handler the router chose; "" if none
	policy   string
	status   int
	bytes    int64
	writeErr error
	swallow  bool // the router's text body is replaced by JSON
}

func (rec *recorder) WriteHeader(code int) {
	if rec.status != 0 {
		return
	}
	rec.status = code
	if rec.route == "" && code >= 400 {
		// Only the router answers without claiming a route: its 404/405.
		h := rec.Header()
		h.Del("Content-Length")
		h.Set("Content-Type", "application/json")
		rec.ResponseWriter.WriteHeader(code)
		msg := "no such endpoint; see GET /v1/policies"
		if code == http.StatusMethodNotAllowed {
			msg = "method not allowed; allowed: " + h.Get("Allow")
		}
		rec.write(jsonError(msg, ""))
		rec.swallow = true
		return
	}
	rec.ResponseWriter.WriteHeader(code)
}

func (rec *recorder) Write(p []byte) (int, error) {
	if rec.status == 0 {
		rec.WriteHeader(http.StatusOK)
	}
	if rec.swallow {
		return len(p), nil
	}
	return rec.write(p)
}

func (rec *recorder) write(p []byte) (int, error) {
	n, err := rec.ResponseWriter.Write(p)
	rec.bytes += int64(n)
	if err != nil && rec.writeErr == nil {
		rec.writeErr = err
	}
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// route marks the request as served by pattern (the metrics and log label).
func route(label string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if rec, ok := w.(*recorder); ok {
			rec.route = label
		}
		h(w, r)
	}
}

func recorderOf(w http.ResponseWriter) *recorder {
	rec, _ := w.(*recorder)
	return rec
}
