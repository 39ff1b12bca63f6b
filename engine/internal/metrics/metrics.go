// Package metrics keeps the engine's counters and writes them in the
// Prometheus text exposition format (version 0.0.4) without any dependency.
//
// Per-policy series are created once, before serving, from the fixed policy
// set, so the hot path only touches atomics and never takes a lock.
package metrics

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// ContentType is the media type of the text exposition format.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// DefaultBuckets are latency histogram upper bounds in seconds. They span a
// fast in-memory check (sub-millisecond) up to the default 10s timeout.
var DefaultBuckets = []float64{0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Outcome classifies a finished execution.
type Outcome int

// Outcomes counted in policy_engine_execution_errors_total{kind=...}.
const (
	OutcomeOK       Outcome = iota
	OutcomeError            // Execute returned an error
	OutcomePanic            // Execute panicked and was recovered
	OutcomeTimeout          // the execution deadline passed first
	OutcomeEncode           // the result could not be encoded as JSON
	OutcomeCanceled         // the client went away before the policy finished
	OutcomeTooLarge         // the encoded result was over the response cap
	outcomeCount
)

var outcomeNames = [outcomeCount]string{"ok", "error", "panic", "timeout", "encode", "canceled", "response_too_large"}

// Name is the kind label of the outcome ("ok" for success).
func (o Outcome) Name() string {
	if o < 0 || o >= outcomeCount {
		return "unknown"
	}
	return outcomeNames[o]
}

// Reject reasons counted in policy_engine_rejected_requests_total.
const (
	RejectUnknownPolicy = "unknown_policy"
	RejectBadJSON       = "bad_json"
	RejectTooLarge      = "too_large"
	RejectReadError     = "read_error"
	RejectOverloaded    = "overloaded"
	RejectMediaType     = "unsupported_media_type"
	RejectDecodeBudget  = "decode_budget"
	RejectAmbiguous     = "ambiguous_framing"
	RejectDeadline      = "request_deadline"
)

var rejectReasons = []string{RejectUnknownPolicy, RejectBadJSON, RejectTooLarge, RejectReadError, RejectOverloaded,
	RejectMediaType, RejectDecodeBudget, RejectAmbiguous, RejectDeadline}

// Registry holds every series the engine exports.
type Registry struct {
	buckets  []float64
	policies map[string]*policySeries
	names    []string

	inFlight atomic.Int64

	rejectMu sync.Mutex
	rejected map[string]uint64

	buildInfo map[string]string

	http   *httpSeries
	gauges []gaugeFunc
}

type gaugeFunc struct {
	name, help string
	value      func() int64
}

// Gauge adds a gauge read from value at every scrape (limits, open
// connections, readiness). Call it before serving.
func (r *Registry) Gauge(name, help string, value func() int64) {
	r.gauges = append(r.gauges, gaugeFunc{name: name, help: help, value: value})
}

type policySeries struct {
	executions atomic.Uint64
	outcomes   [outcomeCount]atomic.Uint64
	counts     []atomic.Uint64 // one per bucket, non-cumulative
	sumNanos   atomic.Int64
}

// New creates series for the given policy names. buildInfo becomes the
// labels of policy_engine_build_info.
func New(policyNames []string, buildInfo map[string]string) *Registry {
	r := &Registry{
		buckets:   DefaultBuckets,
		policies:  make(map[string]*policySeries, len(policyNames)),
		rejected:  make(map[string]uint64),
		buildInfo: buildInfo,
	}
	for _, n := range policyNames {
		if _, ok := r.policies[n]; ok {
			continue
		}
		r.policies[n] = &policySeries{counts: make([]atomic.Uint64, len(r.buckets)+1)}
		r.names = append(r.names, n)
	}
	sort.Strings(r.names)
	return r
}

// Start marks an execution as in flight and returns the function that
// records its outcome and duration. The policy must be one passed to New.
func (r *Registry) Start(policy string) func(Outcome, time.Duration) {
	r.inFlight.Add(1)
	s := r.policies[policy]
	return func(o Outcome, d time.Duration) {
		r.inFlight.Add(-1)
		if s == nil {
			return
		}
		s.executions.Add(1)
		s.outcomes[o].Add(1)
		s.sumNanos.Add(int64(d))
		secs := d.Seconds()
		i := sort.SearchFloat64s(r.buckets, secs) // first bucket with bound >= secs
		s.counts[i].Add(1)
	}
}

// Reject counts a request refused before any policy ran.
func (r *Registry) Reject(reason string) {
	r.rejectMu.Lock()
	r.rejected[reason]++
	r.rejectMu.Unlock()
}

// InFlight reports executions started but not finished. A policy that
// ignores its context keeps counting here after its request timed out.
func (r *Registry) InFlight() int64 { return r.inFlight.Load() }

// WriteTo writes all series in the Prometheus text format.
func (r *Registry) WriteTo(w io.Writer) (int64, error) {
	var b strings.Builder

	header(&b, "policy_engine_build_info", "gauge", "Build metadata of the running engine; the value is always 1.")
	b.WriteString("policy_engine_build_info")
	writeLabels(&b, sortedPairs(r.buildInfo)...)
	b.WriteString(" 1\n")

	header(&b, "policy_engine_policies", "gauge", "Number of registered policies.")
	fmt.Fprintf(&b, "policy_engine_policies %d\n", len(r.names))

	header(&b, "policy_engine_in_flight_executions", "gauge", "Policy executions currently running, including ones whose request already timed out.")
	fmt.Fprintf(&b, "policy_engine_in_flight_executions %d\n", r.inFlight.Load())

	header(&b, "policy_engine_executions_total", "counter", "Finished policy executions, whatever the outcome.")
	for _, n := range r.names {
		b.WriteString("policy_engine_executions_total")
		writeLabels(&b, "policy", n)
		fmt.Fprintf(&b, " %d\n", r.policies[n].executions.Load())
	}

	header(&b, "policy_engine_execution_errors_total", "counter", "Failed policy executions by kind (error, panic, timeout, encode, canceled, response_too_large).")
	for _, n := range r.names {
		s := r.policies[n]
		for o := OutcomeError; o < outcomeCount; o++ {
			b.WriteString("policy_engine_execution_errors_total")
			writeLabels(&b, "policy", n, "kind", outcomeNames[o])
			fmt.Fprintf(&b, " %d\n", s.outcomes[o].Load())
		}
	}

	header(&b, "policy_engine_execution_duration_seconds", "histogram", "Policy execution latency in seconds.")
	for _, n := range r.names {
		s := r.policies[n]
		var cum uint64
		for i, ub := range r.buckets {
			cum += s.counts[i].Load()
			b.WriteString("policy_engine_execution_duration_seconds_bucket")
			writeLabels(&b, "policy", n, "le", formatFloat(ub))
			fmt.Fprintf(&b, " %d\n", cum)
		}
		cum += s.counts[len(r.buckets)].Load()
		b.WriteString("policy_engine_execution_duration_seconds_bucket")
		writeLabels(&b, "policy", n, "le", "+Inf")
		fmt.Fprintf(&b, " %d\n", cum)
		b.WriteString("policy_engine_execution_duration_seconds_sum")
		writeLabels(&b, "policy", n)
		fmt.Fprintf(&b, " %s\n", formatFloat(time.Duration(s.sumNanos.Load()).Seconds()))
		b.WriteString("policy_engine_execution_duration_seconds_count")
		writeLabels(&b, "policy", n)
		fmt.Fprintf(&b, " %d\n", cum)
	}

	header(&b, "policy_engine_rejected_requests_total", "counter", "Execute requests refused before a policy ran, by reason.")
	r.rejectMu.Lock()
	for _, reason := range rejectReasons {
		b.WriteString("policy_engine_rejected_requests_total")
		writeLabels(&b, "reason", reason)
		fmt.Fprintf(&b, " %d\n", r.rejected[reason])
	}
	r.rejectMu.Unlock()

	for _, g := range r.gauges {
		header(&b, g.name, "gauge", g.help)
		fmt.Fprintf(&b, "%s %d\n", g.name, g.value())
	}
	r.writeHTTP(&b)
	r.writeRuntime(&b)

	n, err := io.WriteString(w, b.String())
	return int64(n), err
}

func header(b *strings.Builder, name, typ, help string) {
	fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// writeLabels writes {k="v",...} from alternating key/value arguments.
func writeLabels(b *strings.Builder, kv ...string) {
	if len(kv) == 0 {
		return
	}
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(kv[i])
		b.WriteString(`="`)
		b.WriteString(EscapeLabelValue(kv[i+1]))
		b.WriteByte('"')
	}
	b.WriteByte('}')
}

func sortedPairs(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, 0, 2*len(keys))
	for _, k := range keys {
		out = append(out, k, m[k])
	}
	return out
}

var labelEscaper = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)

// EscapeLabelValue escapes a label value as the text format requires, so a
// policy name can never break the exposition.
func EscapeLabelValue(v string) string { return labelEscaper.Replace(v) }

func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "+Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	case math.IsNaN(f):
		return "NaN"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}
