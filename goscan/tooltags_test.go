package main

import (
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

// TestToolTagsMatchTheCompiler asks the go command which tool tags it sets for every platform
// policy-engine-build supports, and compares them with what the scanner uses: a mismatch
// means discovery would select other files than `go build` compiles.
func TestToolTagsMatchTheCompiler(t *testing.T) {
	platforms := []string{
		"linux/amd64", "linux/amd64/v2", "linux/amd64/v3", "linux/amd64/v4", "linux/arm64",
		"linux/arm/v7", "linux/arm/v6", "linux/arm/v5", "linux/386", "linux/ppc64le",
		"linux/s390x", "linux/riscv64", "linux/loong64", "linux/mips64le",
	}
	for _, platform := range platforms {
		t.Run(platform, func(t *testing.T) {
			targets, err := parsePlatforms(platform)
			if err != nil {
				t.Fatal(err)
			}
			target := targets[0]
			cmd := exec.Command("go", "list", "-f", "{{join context.ToolTags \",\"}}", "runtime")
			cmd.Env = append(os.Environ(), "GOOS="+target.GOOS, "GOARCH="+target.GOARCH,
				"GOAMD64=", "GOARM=", "CGO_ENABLED=0", "GOFLAGS=", "GOTOOLCHAIN=local")
			if target.GOARCH == "amd64" && target.Variant != "" {
				cmd.Env = append(cmd.Env, "GOAMD64="+target.Variant)
			}
			if target.GOARCH == "arm" {
				cmd.Env = append(cmd.Env, "GOARM="+strings.TrimPrefix(target.Variant, "v"))
			}
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("go list: %v", err)
			}
			want := strings.Split(strings.TrimSpace(string(out)), ",")
			if got := toolTags(target); !reflect.DeepEqual(got, want) {
				t.Errorf("toolTags(%s) = %v, go list says %v", platform, got, want)
			}
		})
	}
}
