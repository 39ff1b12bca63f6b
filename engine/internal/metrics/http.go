package metrics

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// RouteUnmatched labels requests no route claimed (the router's 404/405).
const RouteUnmatched = "unmatched"

// Status codes are counted in a fixed array per route, so the hot path is
// one atomic add and the label set stays bounded whatever clients send.
const maxStatus = 600

type routeSeries struct {
	codes    [maxStatus]atomic.Uint64
	counts   []atomic.Uint64 // latency buckets, non-cumulative
	sumNanos atomic.Int64
}

type httpSeries struct {
	routes map[string]*routeSeries // fixed after SetRoutes; read without a lock
	names  []string
}

// SetRoutes creates the HTTP series for the given route labels plus
// RouteUnmatched. Call it before serving.
func (r *Registry) SetRoutes(routes []string) {
	h := &httpSeries{routes: make(map[string]*routeSeries)}
	for _, name := range append(append([]string(nil), routes...), RouteUnmatched) {
		if _, ok := h.routes[name]; ok {
			continue
		}
		h.routes[name] = &routeSeries{counts: make([]atomic.Uint64, len(r.buckets)+1)}
		h.names = append(h.names, name)
	}
	sort.Strings(h.names)
	r.http = h
}

// ObserveHTTP counts one finished request by route and status code.
func (r *Registry) ObserveHTTP(route string, code int, d time.Duration) {
	if r.http == nil {
		return
	}
	s, ok := r.http.routes[route]
	if !ok {
		s = r.http.routes[RouteUnmatched]
	}
	if code < 0 || code >= maxStatus {
		code = 0
	}
	s.codes[code].Add(1)
	s.sumNanos.Add(int64(d))
	s.counts[sort.SearchFloat64s(r.buckets, d.Seconds())].Add(1)
}

func (r *Registry) writeHTTP(b *strings.Builder) {
	if r.http == nil {
		return
	}
	header(b, "policy_engine_http_requests_total", "counter", "HTTP requests answered, by route and status code; a route's series appear with its first request.")
	for _, name := range r.http.names {
		s := r.http.routes[name]
		for code := range s.codes {
			if n := s.codes[code].Load(); n > 0 {
				b.WriteString("policy_engine_http_requests_total")
				writeLabels(b, "route", name, "code", strconv.Itoa(code))
				fmt.Fprintf(b, " %d\n", n)
			}
		}
	}
	header(b, "policy_engine_http_request_duration_seconds", "histogram", "Time from the request's headers to the handler's return, by route.")
	for _, name := range r.http.names {
		s := r.http.routes[name]
		var cum uint64
		for i, ub := range r.buckets {
			cum += s.counts[i].Load()
			b.WriteString("policy_engine_http_request_duration_seconds_bucket")
			writeLabels(b, "route", name, "le", formatFloat(ub))
			fmt.Fprintf(b, " %d\n", cum)
		}
		cum += s.counts[len(r.buckets)].Load()
		b.WriteString("policy_engine_http_request_duration_seconds_bucket")
		writeLabels(b, "route", name, "le", "+Inf")
		fmt.Fprintf(b, " %d\n", cum)
		b.WriteString("policy_engine_http_request_duration_seconds_sum")
		writeLabels(b, "route", name)
		fmt.Fprintf(b, " %s\n", formatFloat(time.Duration(s.sumNanos.Load()).Seconds()))
		b.WriteString("policy_engine_http_request_duration_seconds_count")
		writeLabels(b, "route", name)
		fmt.Fprintf(b, " %d\n", cum)
	}
}
