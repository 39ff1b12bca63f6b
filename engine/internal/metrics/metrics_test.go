package metrics

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func TestExposition(t *testing.T) {
	r := New([]string{"b", "a", "a"}, map[string]string{"version": "v1.0.0", "commit": `we"ird`})
	r.Start("a")(OutcomeOK, 300*time.Microsecond)
	r.Start("a")(OutcomeOK, 2*time.Millisecond)
	r.Start("a")(OutcomeError, 20*time.Second)
	r.Start("b")(OutcomePanic, time.Millisecond)
	r.Start("b")(OutcomeTimeout, 10*time.Second)
	r.Reject(RejectBadJSON)
	r.Reject(RejectBadJSON)
	r.Reject(RejectTooLarge)
	finish := r.Start("a") // still in flight

	var sb strings.Builder
	if _, err := r.WriteTo(&sb); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	for _, want := range []string{
		"# TYPE policy_engine_executions_total counter",
		"# TYPE policy_engine_execution_duration_seconds histogram",
		`policy_engine_build_info{commit="we\"ird",version="v1.0.0"} 1`,
		"policy_engine_policies 2",
		"policy_engine_in_flight_executions 1",
		`policy_engine_executions_total{policy="a"} 3`,
		`policy_engine_executions_total{policy="b"} 2`,
		`policy_engine_execution_errors_total{policy="a",kind="error"} 1`,
		`policy_engine_execution_errors_total{policy="b",kind="panic"} 1`,
		`policy_engine_execution_errors_total{policy="b",kind="timeout"} 1`,
		`policy_engine_execution_duration_seconds_bucket{policy="a",le="0.0001"} 0`,
		`policy_engine_execution_duration_seconds_bucket{policy="a",le="0.0005"} 1`,
		`policy_engine_execution_duration_seconds_bucket{policy="a",le="0.0025"} 2`,
		`policy_engine_execution_duration_seconds_bucket{policy="a",le="10"} 2`,
		`policy_engine_execution_duration_seconds_bucket{policy="a",le="+Inf"} 3`,
		`policy_engine_execution_duration_seconds_count{policy="a"} 3`,
		`policy_engine_execution_duration_seconds_bucket{policy="b",le="10"} 2`,
		`policy_engine_rejected_requests_total{reason="bad_json"} 2`,
		`policy_engine_rejected_requests_total{reason="too_large"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("exposition lacks %q\n%s", want, out)
		}
	}
	finish(OutcomeOK, time.Millisecond)
	if r.InFlight() != 0 {
		t.Fatalf("InFlight() = %d after finishing", r.InFlight())
	}
}

func TestEscapeLabelValue(t *testing.T) {
	tests := map[string]string{
		"plain":      "plain",
		`a"b`:        `a\"b`,
		`back\slash`: `back\\slash`,
		"new\nline":  `new\nline`,
		"}{,=\" ok":  `}{,=\" ok`,
	}
	for in, want := range tests {
		if got := EscapeLabelValue(in); got != want {
			t.Errorf("EscapeLabelValue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestConcurrentRecording(t *testing.T) {
	r := New([]string{"p"}, nil)
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				r.Start("p")(OutcomeOK, time.Millisecond)
				r.Reject(RejectBadJSON)
			}
		}()
	}
	var sb strings.Builder
	_, _ = r.WriteTo(&sb) // concurrent read while writers run
	wg.Wait()
	sb.Reset()
	_, _ = r.WriteTo(&sb)
	if !strings.Contains(sb.String(), `policy_engine_executions_total{policy="p"} 8000`) {
		t.Fatalf("lost increments:\n%s", sb.String())
	}
}
