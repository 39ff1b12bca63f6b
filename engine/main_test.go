package main

import (
	"context"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// valuePolicy uses value receivers, as a generated `pkg.T{}` registration does.
type valuePolicy struct{}

func (valuePolicy) Name() string                                   { return "value" }
func (valuePolicy) Validate() error                                { return nil }
func (valuePolicy) Execute(_ context.Context, in any) (any, error) { return in, nil }

// The same assertion the generated imports.go writes for each policy.
var _ Policy = valuePolicy{}

func TestRegisterPolicyFeedsTheRegistry(t *testing.T) {
	before := policies.Len()
	registerPolicy("example.com/test.valuePolicy", valuePolicy{})
	entries := policies.Entries()
	if policies.Len() != before+1 {
		t.Fatalf("Len() = %d, want %d", policies.Len(), before+1)
	}
	found := false
	for _, e := range entries {
		if e.Name == "value" && e.Source == "example.com/test.valuePolicy" {
			found = true
		}
	}
	if !found {
		t.Fatalf("registered policy not listed: %+v", entries)
	}
}

// TestBuiltBinary compiles the engine exactly as the pipeline does (no
// imports.go, so zero policies) and checks the -X stamping and --list.
func TestBuiltBinary(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("go toolchain not on PATH: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "pe")
	ldflags := "-X main.version=v9.8.7 -X main.commit=0123abc -X main.date=2026-01-02T03:04:05Z"
	build := exec.Command(goBin, "build", "-trimpath", "-ldflags", ldflags, "-o", bin, ".")
	build.Env = append(build.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	out, err := exec.Command(bin, "--version", "--json").Output()
	if err != nil {
		t.Fatalf("--version --json: %v", err)
	}
	var info map[string]string
	if err := json.Unmarshal(out, &info); err != nil {
		t.Fatalf("--version --json is not JSON: %v\n%s", err, out)
	}
	for k, want := range map[string]string{"version": "v9.8.7", "commit": "0123abc", "date": "2026-01-02T03:04:05Z"} {
		if info[k] != want {
			t.Errorf("%s = %q, want %q", k, info[k], want)
		}
	}
	if !strings.HasPrefix(info["go"], "go1.") || info["os"] == "" || info["arch"] == "" {
		t.Errorf("runtime fields missing: %v", info)
	}

	out, err = exec.Command(bin, "--list").Output()
	if err != nil {
		t.Fatalf("--list: %v", err)
	}
	if strings.TrimSpace(string(out)) != "[]" {
		t.Fatalf("--list with no imports.go = %q, want []", out)
	}
}
