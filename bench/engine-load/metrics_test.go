package main

import (
	"context"

	"net"
	"net/http"
	"strings"
	"testing"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/policy-engine-build/engine/internal/metrics"
	"github.com/policy-engine-build/engine/internal/registry"
	"github.com/policy-engine-build/engine/internal/server"
)

// TestMetricsParseWithPrometheus reads /metrics with Prometheus' own text
// parser after a known mix of requests; every counter must equal what was
// sent, by route and status code.
func TestMetricsParseWithPrometheus(t *testing.T) {
	set, err := registry.NewSet(map[string]registry.Policy{"bench.allowPolicy": allowPolicy{}})
	if err != nil {
		t.Fatal(err)
	}
	h := server.New(set, server.Config{MaxBodyBytes: 1024, Metrics: metrics.New([]string{"allow"}, map[string]string{"version": "test"})})
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := server.NewLimitListener(inner, 0)
	srv := &http.Server{Handler: h, ConnContext: server.ConnContext}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Shutdown(context.Background())
	base := "http://" + ln.Addr().String()

	send := func(method, path, contentType, body string, n int) {
		for i := 0; i < n; i++ {
			req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
			if contentType != "" {
				req.Header.Set("Content-Type", contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
		}
	}
	send("POST", "/v1/policies/allow/execute", "application/json", `{"user":"ann"}`, 7)
	send("POST", "/v1/policies/allow/execute", "application/json", `{"user":`, 3)
	send("POST", "/v1/policies/allow/execute", "text/plain", `{}`, 2)
	send("POST", "/v1/policies/allow/execute", "application/json", strings.Repeat(" ", 2000), 1)
	send("POST", "/v1/policies/ghost/execute", "application/json", `{}`, 4)
	send("GET", "/healthz", "", "", 5)
	send("GET", "/nope", "", "", 2)
	send("DELETE", "/readyz", "", "", 1)

	resp, err := http.Get(base + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	parser := expfmt.NewTextParser(model.UTF8Validation)
	families, err := parser.TextToMetricFamilies(resp.Body)
	if err != nil {
		t.Fatalf("Prometheus' parser rejects /metrics: %v", err)
	}

	want := map[string]float64{
		"/v1/policies/{name}/execute 200": 7,
		"/v1/policies/{name}/execute 400": 3,
		"/v1/policies/{name}/execute 415": 2,
		"/v1/policies/{name}/execute 413": 1,
		"/v1/policies/{name}/execute 404": 4,
		"/healthz 200":                    5,
		"unmatched 404":                   2,
		"unmatched 405":                   1,
	}
	got := map[string]float64{}
	fam := families["policy_engine_http_requests_total"]
	if fam == nil || fam.GetType() != dto.MetricType_COUNTER {
		t.Fatalf("policy_engine_http_requests_total missing or not a counter: %v", fam)
	}
	for _, m := range fam.GetMetric() {
		got[label(m, "route")+" "+label(m, "code")] = m.GetCounter().GetValue()
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("http_requests_total{%s} = %v, want %v", k, got[k], v)
		}
	}
	for k, v := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected series http_requests_total{%s} = %v", k, v)
		}
	}
	if v := single(t, families, "policy_engine_executions_total", "policy", "allow"); v != 7 {
		t.Errorf("executions_total{allow} = %v, want 7", v)
	}
	for reason, n := range map[string]float64{"bad_json": 3, "unsupported_media_type": 2, "too_large": 1, "unknown_policy": 4} {
		if v := single(t, families, "policy_engine_rejected_requests_total", "reason", reason); v != n {
			t.Errorf("rejected_requests_total{%s} = %v, want %v", reason, v, n)
		}
	}
	hist := families["policy_engine_http_request_duration_seconds"]
	if hist == nil || hist.GetType() != dto.MetricType_HISTOGRAM {
		t.Fatalf("request duration histogram missing: %v", hist)
	}
	for _, m := range hist.GetMetric() {
		if label(m, "route") == "/v1/policies/{name}/execute" && m.GetHistogram().GetSampleCount() != 17 {
			t.Errorf("execute duration count = %d, want 17", m.GetHistogram().GetSampleCount())
		}
	}
	for _, name := range []string{"go_goroutines", "go_gc_gomemlimit_bytes", "go_memory_total_bytes", "process_resident_memory_bytes", "process_cpu_seconds_total", "process_open_fds", "policy_engine_ready"} {
		if families[name] == nil {
			t.Errorf("%s missing", name)
		}
	}
}

func label(m *dto.Metric, name string) string {
	for _, l := range m.GetLabel() {
		if l.GetName() == name {
			return l.GetValue()
		}
	}
	return ""
}

func single(t *testing.T, families map[string]*dto.MetricFamily, family, labelName, labelValue string) float64 {
	t.Helper()
	for _, m := range families[family].GetMetric() {
		if label(m, labelName) == labelValue {
			if c := m.GetCounter(); c != nil {
				return c.GetValue()
			}
		}
	}
	t.Errorf("%s{%s=%q} missing", family, labelName, labelValue)
	return -1
}
