package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stdCacheEnv is an environment with an absolute GOCACHE: the go command's own, so the test
// lists against the export data the suite has already built.
func stdCacheEnv(t *testing.T) []string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOCACHE: %v", err)
	}
	return append(os.Environ(), "GOCACHE="+strings.TrimSpace(string(out)))
}

func readStdCache(t *testing.T, file string) stdCacheFile {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("the listing was not kept: %v", err)
	}
	var f stdCacheFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

func writeStdCache(t *testing.T, file string, f stdCacheFile) {
	t.Helper()
	data, _ := json.Marshal(f)
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestStdListingCache: the standard library's listing is kept per key and taken back while it
// covers what is asked and every export file it names is in GOCACHE; otherwise go list runs
// again (for the union of what was ever asked) and the file is rewritten.
func TestStdListingCache(t *testing.T) {
	tgt := target{GOOS: "linux", GOARCH: "amd64"}
	opts := listOptions{env: stdCacheEnv(t), stdCache: t.TempDir()}
	file := filepath.Join(opts.stdCache, stdCacheKey(tgt, opts)+".json")
	gocache := envValue(opts.env, "GOCACHE")

	first := stdListing(tgt, opts, []string{"context", "strings"})
	if first.failure != "" || first.export["strings"] == "" || first.export["context"] == "" {
		t.Fatalf("listing: failure %q, %d exports", first.failure, len(first.export))
	}
	kept := readStdCache(t, file)
	if strings.Join(kept.Requested, ",") != "context,strings" || len(kept.Packages) != len(first.packages) {
		t.Fatalf("kept %v with %d packages, listed %d", kept.Requested, len(kept.Packages), len(first.packages))
	}

	// A marker package proves where the next listing came from.
	marker := &listedPackage{ImportPath: "zz/marker", Export: first.export["strings"], Standard: true}
	kept.Packages = append(kept.Packages, marker)
	writeStdCache(t, file, kept)
	if l := stdListing(tgt, opts, []string{"strings"}); l.packages["zz/marker"] == nil {
		t.Fatal("a covering listing whose export data is in GOCACHE was not taken back")
	}

	// Export data gone from GOCACHE (trimmed): listed again, marker gone.
	marker.Export = filepath.Join(gocache, "ff", "gone-d")
	writeStdCache(t, file, kept)
	if l := stdListing(tgt, opts, []string{"strings"}); l.packages["zz/marker"] != nil || l.export["strings"] == "" {
		t.Fatal("a listing naming a missing export file was taken back")
	}

	// Export data outside GOCACHE is never opened: listed again.
	outside := filepath.Join(t.TempDir(), "export")
	os.WriteFile(outside, []byte("x"), 0o644)
	kept = readStdCache(t, file)
	kept.Packages = append(kept.Packages, &listedPackage{ImportPath: "zz/marker", Export: outside})
	writeStdCache(t, file, kept)
	if l := stdListing(tgt, opts, []string{"strings"}); l.packages["zz/marker"] != nil {
		t.Fatal("a listing naming an export file outside GOCACHE was taken back")
	}

	// A package not in the listing: go list runs for the union, which is kept.
	l := stdListing(tgt, opts, []string{"encoding/json"})
	if l.export["encoding/json"] == "" || l.export["context"] == "" {
		t.Fatalf("the union was not listed: %d exports", len(l.export))
	}
	if got := strings.Join(readStdCache(t, file).Requested, ","); got != "context,encoding/json,strings" {
		t.Fatalf("kept requested %s", got)
	}
}

// TestStdCacheKey: another target, variant, tag set or Go variable is another listing; a
// variable the go command ignores for the build is not.
func TestStdCacheKey(t *testing.T) {
	base := listOptions{env: []string{"GOCACHE=/c", "GOROOT=/go", "HOME=/h", "PATH=/bin"}}
	key := stdCacheKey(target{GOOS: "linux", GOARCH: "amd64"}, base)
	other := func(o listOptions) listOptions { o.env = append(append([]string{}, base.env...), o.env...); return o }
	differ := map[string]string{
		"arm64":     stdCacheKey(target{GOOS: "linux", GOARCH: "arm64"}, base),
		"variant":   stdCacheKey(target{GOOS: "linux", GOARCH: "amd64", Variant: "v3"}, base),
		"tags":      stdCacheKey(target{GOOS: "linux", GOARCH: "amd64"}, listOptions{env: base.env, tags: []string{"x"}}),
		"GOROOT":    stdCacheKey(target{GOOS: "linux", GOARCH: "amd64"}, listOptions{env: []string{"GOCACHE=/c", "GOROOT=/go2", "HOME=/h", "PATH=/bin"}}),
		"GOFLAGS":   stdCacheKey(target{GOOS: "linux", GOARCH: "amd64"}, other(listOptions{env: []string{"GOFLAGS=-race"}})),
		"GOEXPERIM": stdCacheKey(target{GOOS: "linux", GOARCH: "amd64"}, other(listOptions{env: []string{"GOEXPERIMENT=loopvar"}})),
		"PATH":      stdCacheKey(target{GOOS: "linux", GOARCH: "amd64"}, listOptions{env: []string{"GOCACHE=/c", "GOROOT=/go", "HOME=/h", "PATH=/opt/go/bin"}}),
	}
	for name, k := range differ {
		if k == key {
			t.Errorf("%s does not change the key", name)
		}
	}
	if k := stdCacheKey(target{GOOS: "linux", GOARCH: "amd64"}, listOptions{env: []string{"GOCACHE=/c", "GOROOT=/go", "HOME=/elsewhere", "PATH=/bin"}}); k != key {
		t.Error("HOME changes the key")
	}
}
