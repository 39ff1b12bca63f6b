package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	memoryLimit    = 256 << 20
	loadClients    = 128
	loadBodyBytes  = 1_000_000
	loadDuration   = 15 * time.Second
	cgroupV2Root   = "/sys/fs/cgroup"
	loadPolicyFile = `package main

import "context"

type sizePolicy struct{}

func (sizePolicy) Name() string    { return "size" }
func (sizePolicy) Validate() error { return nil }
func (sizePolicy) Execute(_ context.Context, in any) (any, error) {
	n := 0
	if a, ok := in.([]any); ok {
		n = len(a)
	}
	return map[string]any{"allow": true, "items": n}, nil
}

func init() { registerPolicy("load.sizePolicy", sizePolicy{}) }
`
)

// TestHostileLoadStaysUnderTheMemoryLimit: 128 clients send 1 MB bodies
// (ordinary, token-dense, and over the limit) to the engine binary run with
// a 256 MiB memory limit. The engine must stay up, answer only 200, 413 and
// 503, and its peak RSS (VmHWM) must stay under the limit.
func TestHostileLoadStaysUnderTheMemoryLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("15 s load run")
	}
	bin := buildEngine(t)
	args := []string{"serve", "--addr", "127.0.0.1:0", "--max-body-bytes", strconv.Itoa(1 << 20)}
	cg, mode := makeCgroup(t)
	var cmd *exec.Cmd
	if cg != "" {
		// The engine must start inside the cgroup to read its limit itself.
		cmd = exec.Command("sh", append([]string{"-c", `echo $$ > "$CG/cgroup.procs" && exec "$0" "$@"`, bin}, args...)...)
		cmd.Env = append(os.Environ(), "CG="+cg)
	} else {
		cmd = exec.Command(bin, append(args, "--memory-limit", strconv.Itoa(memoryLimit))...)
	}
	t.Logf("memory limit: %s", mode)
	base, logs := startEngineProcess(t, cmd)

	bodies := [][]byte{ordinaryBody(), denseBody(), oversizedBody()}
	var mu sync.Mutex
	statuses := map[string]int{}
	deadline := time.Now().Add(loadDuration)
	var wg sync.WaitGroup
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: loadClients}}
	for c := 0; c < loadClients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := c; time.Now().Before(deadline); i++ {
				key := post(client, base+"/v1/policies/size/execute", bodies[i%len(bodies)])
				mu.Lock()
				statuses[key]++
				mu.Unlock()
			}
		}(c)
	}
	wg.Wait()

	peak := statusKiB(t, cmd.Process.Pid, "VmHWM:") << 10
	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("engine not healthy after the load: %v %v\n%s", resp, err, logs())
	}
	resp.Body.Close()
	report := fmt.Sprintf("mode: %s; %d clients x %s for %s; answers: %s; engine peak RSS (VmHWM) %.1f MiB of %d MiB",
		mode, loadClients, "1 MB", loadDuration, formatCounts(statuses), float64(peak)/(1<<20), memoryLimit>>20)
	t.Log(report)
	fmt.Println("engine-load memory:", report) // visible in the go-test.sh summary too

	for key := range statuses {
		if !strings.HasPrefix(key, "200") && !strings.HasPrefix(key, "413") && !strings.HasPrefix(key, "503") && !strings.HasPrefix(key, "transport") {
			t.Errorf("unexpected answer %q (x%d)", key, statuses[key])
		}
	}
	for _, want := range []string{"200", "413 decode budget", "413 body limit", "503"} {
		if statuses[want] == 0 {
			t.Errorf("no %q answer under load: %s", want, formatCounts(statuses))
		}
	}
	if peak <= 0 || peak >= memoryLimit {
		t.Errorf("peak RSS %d bytes, want under %d", peak, memoryLimit)
	}
	if cg != "" {
		if b, err := os.ReadFile(filepath.Join(cg, "memory.events")); err == nil && regexp.MustCompile(`oom_kill [1-9]`).Match(b) {
			t.Errorf("the cgroup OOM-killed something:\n%s", b)
		}
	}
}

// post sends one body and classifies the answer.
func post(client *http.Client, url string, body []byte) string {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		// An early 413 closes the connection while a 1 MB body is still
		// being written; the client may see that as a reset instead.
		return "transport error"
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	resp.Body.Close()
	switch {
	case resp.StatusCode == 413 && bytes.Contains(b, []byte("decode budget")):
		return "413 decode budget"
	case resp.StatusCode == 413:
		return "413 body limit"
	}
	return strconv.Itoa(resp.StatusCode)
}

// ordinaryBody is 1 MB of short strings: decodes to a few MB.
func ordinaryBody() []byte {
	var b bytes.Buffer
	b.WriteByte('[')
	for b.Len() < loadBodyBytes-70 {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + strings.Repeat("x", 60) + `"`)
	}
	b.WriteByte(']')
	return b.Bytes()
}

// denseBody is 1 MB of empty objects: about 40 MB to decode.
func denseBody() []byte {
	return []byte("[" + strings.TrimSuffix(strings.Repeat("{},", loadBodyBytes/3), ",") + "]")
}

// oversizedBody is over the 1 MiB body limit.
func oversizedBody() []byte { return bytes.Repeat([]byte(" "), 1<<20+1) }

func formatCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s: %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// makeCgroup creates a cgroup v2 with memory.max when the unified hierarchy
// is mounted at /sys/fs/cgroup with the memory controller and writable (a
// root container or VM). Otherwise the engine gets --memory-limit (so
// GOMEMLIMIT) and the peak RSS is measured from VmHWM: a real limit is
// better evidence, but the measurement holds either way.
func makeCgroup(t *testing.T) (string, string) {
	controllers, err := os.ReadFile(filepath.Join(cgroupV2Root, "cgroup.controllers"))
	if err != nil || !strings.Contains(string(controllers), "memory") {
		return "", "GOMEMLIMIT via --memory-limit 256MiB, peak from /proc VmHWM (no cgroup v2 memory controller at /sys/fs/cgroup)"
	}
	dir := filepath.Join(cgroupV2Root, fmt.Sprintf("policy-engine-load-%d", os.Getpid()))
	if err := os.Mkdir(dir, 0o755); err != nil {
		return "", "GOMEMLIMIT via --memory-limit 256MiB, peak from /proc VmHWM (cgroup v2 not writable: " + err.Error() + ")"
	}
	if err := os.WriteFile(filepath.Join(dir, "memory.max"), []byte(strconv.Itoa(memoryLimit)), 0o644); err != nil {
		_ = os.Remove(dir)
		return "", "GOMEMLIMIT via --memory-limit 256MiB, peak from /proc VmHWM (memory.max not writable: " + err.Error() + ")"
	}
	// Removed once the engine has exited (a cgroup with processes cannot be).
	t.Cleanup(func() { _ = os.Remove(dir) })
	return dir, "cgroup v2 memory.max = 256 MiB at " + dir + " (the engine reads it and sets GOMEMLIMIT), peak from /proc VmHWM"
}

// buildEngine compiles ../../engine with loadPolicyFile linked in through an
// overlay, as the generated imports.go would be.
func buildEngine(t *testing.T) string {
	t.Helper()
	engineDir, err := filepath.Abs("../../engine")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "load_policy.go")
	if err := os.WriteFile(src, []byte(loadPolicyFile), 0o644); err != nil {
		t.Fatal(err)
	}
	overlay, _ := json.Marshal(map[string]any{"Replace": map[string]string{filepath.Join(engineDir, "zz_load_policy.go"): src}})
	overlayFile := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(overlayFile, overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "policy-engine")
	build := exec.Command("go", "build", "-overlay", overlayFile, "-o", bin, ".")
	build.Dir = engineDir
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startEngineProcess starts cmd, waits for its "listening" line and stops
// it with SIGTERM at the end of the test.
func startEngineProcess(t *testing.T, cmd *exec.Cmd) (string, func() string) {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var tail []string // the last lines, for failure messages
	addrCh := make(chan string, 1)
	go func() {
		re := regexp.MustCompile(`"msg":"listening","addr":"([^"]+)"`)
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			mu.Lock()
			if !strings.Contains(line, `"msg":"request"`) {
				tail = append(tail, line)
			}
			mu.Unlock()
			if m := re.FindStringSubmatch(line); m != nil {
				addrCh <- m[1]
			}
		}
	}()
	logs := func() string { mu.Lock(); defer mu.Unlock(); return strings.Join(tail, "\n") }
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
	})
	select {
	case addr := <-addrCh:
		return "http://" + addr, logs
	case <-time.After(30 * time.Second):
		t.Fatalf("engine did not start:\n%s", logs())
		return "", logs
	}
}

func statusKiB(t *testing.T, pid int, field string) int64 {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatalf("reading the engine's /proc status: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, field) {
			f := strings.Fields(strings.TrimPrefix(line, field))
			if len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n
			}
		}
	}
	t.Fatalf("%s not in /proc/%d/status", field, pid)
	return 0
}
