package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// slowPolicySource is linked into the test binary through a build overlay,
// the way the generated imports.go is: the engine itself stays free of it.
const slowPolicySource = `package main

import (
	"context"
	"time"
)

type slowPolicy struct{}

func (slowPolicy) Name() string    { return "slow" }
func (slowPolicy) Validate() error { return nil }
func (slowPolicy) Execute(ctx context.Context, in any) (any, error) {
	d, _ := time.ParseDuration(in.(map[string]any)["delay"].(string))
	select {
	case <-time.After(d):
		return map[string]any{"allow": true}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func init() { registerPolicy("test.slowPolicy", slowPolicy{}) }
`

// buildWithSlowPolicy compiles the engine with slowPolicySource added.
func buildWithSlowPolicy(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("go toolchain not on PATH: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "slow_policy.go")
	if err := os.WriteFile(src, []byte(slowPolicySource), 0o644); err != nil {
		t.Fatal(err)
	}
	overlay, _ := json.Marshal(map[string]any{"Replace": map[string]string{filepath.Join(wd, "zz_slow_policy.go"): src}})
	overlayFile := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(overlayFile, overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "pe")
	build := exec.Command(goBin, "build", "-overlay", overlayFile, "-o", bin, ".")
	build.Env = append(build.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// lockedLog collects the engine's stderr while it runs.
type lockedLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *lockedLog) add(s string) { l.mu.Lock(); l.lines = append(l.lines, s); l.mu.Unlock() }
func (l *lockedLog) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

type probe struct {
	at     time.Time
	result string // "200", "503" or "refused"
}

// TestSIGTERMDrainsThenStops runs the real binary: requests in flight, a
// client polling /readyz, then SIGTERM. The probe must see 503 during the
// drain, the in-flight requests must complete after the listener closed,
// new connections must be refused only after the drain, and the exit code
// must be 0.
func TestSIGTERMDrainsThenStops(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the engine binary")
	}
	const drain = 1500 * time.Millisecond
	bin := buildWithSlowPolicy(t)
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--drain-delay", drain.String(), "--shutdown-timeout", "20s", "--timeout", "30s")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill() }()
	var logs lockedLog
	addrCh := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`"msg":"listening","addr":"([^"]+)"`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			logs.add(sc.Text())
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addrCh <- m[1]
			}
		}
	}()
	var base string
	select {
	case addr := <-addrCh:
		base = "http://" + addr
	case <-time.After(20 * time.Second):
		t.Fatalf("engine did not start:\n%s", strings.Join(logs.all(), "\n"))
	}

	// Three requests that outlast the drain, so they are still running when
	// the listener closes.
	const inFlight = 3
	results := make(chan string, inFlight)
	for i := 0; i < inFlight; i++ {
		go func() {
			resp, err := http.Post(base+"/v1/policies/slow/execute", "application/json", strings.NewReader(`{"delay":"5s"}`))
			if err != nil {
				results <- err.Error()
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			results <- fmt.Sprintf("%d %s", resp.StatusCode, strings.TrimSpace(string(b)))
		}()
	}
	waitForMetric(t, base, "policy_engine_in_flight_executions 3")

	// A prober like a load balancer's: a new connection every time.
	prober := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 5 * time.Second}
	var probes []probe
	stopProbing := make(chan struct{})
	probed := make(chan struct{})
	go func() {
		defer close(probed)
		for {
			select {
			case <-stopProbing:
				return
			default:
			}
			var p probe
			resp, err := prober.Get(base + "/readyz")
			p.at = time.Now() // when the answer (or the refusal) was seen: the bound below is on that
			if err != nil {
				p.result = "refused"
			} else {
				p.result = fmt.Sprint(resp.StatusCode)
				resp.Body.Close()
			}
			probes = append(probes, p)
			time.Sleep(25 * time.Millisecond)
		}
	}()

	time.Sleep(100 * time.Millisecond)
	sentAt := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// During the drain a new request is still served.
	waitForReadyz503(t, prober, base)
	resp, err := prober.Post(base+"/v1/policies/slow/execute", "application/json", strings.NewReader(`{"delay":"0s"}`))
	if err != nil {
		t.Fatalf("new request during the drain: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("new request during the drain = %d", resp.StatusCode)
	}

	for i := 0; i < inFlight; i++ {
		if got := <-results; !strings.HasPrefix(got, `200 {"allow":true}`) {
			t.Errorf("in-flight request during shutdown: %s", got)
		}
	}
	err = cmd.Wait()
	close(stopProbing)
	<-probed
	if err != nil {
		t.Fatalf("engine exit: %v (want code 0)\n%s", err, strings.Join(logs.all(), "\n"))
	}

	first503, firstRefused := -1, -1
	for i, p := range probes {
		switch {
		case p.result == "503" && first503 < 0:
			first503 = i
		case p.result == "refused" && firstRefused < 0:
			firstRefused = i
		case p.result == "200" && first503 >= 0:
			t.Errorf("probe %d: ready again after a 503", i)
		case p.result != "refused" && firstRefused >= 0:
			t.Errorf("probe %d: %s after the listener had closed", i, p.result)
		}
	}
	summary := summarise(probes, sentAt)
	t.Logf("probes after SIGTERM: %s", summary)
	if first503 < 0 || firstRefused < 0 || firstRefused < first503 {
		t.Fatalf("want 503s, then refused connections; got %s", summary)
	}
	if d := probes[firstRefused].at.Sub(sentAt); d < drain {
		t.Errorf("connections refused %v after SIGTERM, before the %v drain ended", d, drain)
	}
	assertLogOrder(t, logs.all())
}

func waitForMetric(t *testing.T, base, line string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := http.Get(base + "/metrics"); err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(b), line+"\n") {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("metrics never showed %q", line)
}

func waitForReadyz503(t *testing.T, c *http.Client, base string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if resp, err := c.Get(base + "/readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 503 {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("readyz never answered 503 after SIGTERM")
}

func summarise(probes []probe, since time.Time) string {
	var parts []string
	last, count := "", 0
	flush := func(at time.Time) {
		if count > 0 {
			parts = append(parts, fmt.Sprintf("%s x%d (from %+.2fs)", last, count, at.Sub(since).Seconds()))
		}
	}
	var start time.Time
	for _, p := range probes {
		if p.result != last {
			flush(start)
			last, count, start = p.result, 0, p.at
		}
		count++
	}
	flush(start)
	return strings.Join(parts, ", ")
}

// assertLogOrder: draining, then the listener closing, then the in-flight
// executions' access lines, then stopped.
func assertLogOrder(t *testing.T, lines []string) {
	t.Helper()
	idx := func(substr string) int {
		for i, l := range lines {
			if strings.Contains(l, substr) {
				return i
			}
		}
		return -1
	}
	draining, closing, stopped := idx(`"msg":"draining`), idx(`"msg":"shutting down`), idx(`"msg":"stopped"`)
	lastExec := -1
	for i, l := range lines {
		if strings.Contains(l, `"route":"/v1/policies/{name}/execute"`) && strings.Contains(l, `"status":200`) {
			lastExec = i
		}
	}
	if !(draining >= 0 && draining < closing && closing < lastExec && lastExec < stopped) {
		t.Errorf("log order draining=%d closing=%d last in-flight answer=%d stopped=%d; want increasing\n%s",
			draining, closing, lastExec, stopped, strings.Join(lines, "\n"))
	}
}
