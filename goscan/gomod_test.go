package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadGoMod(t *testing.T) {
	file := filepath.Join(t.TempDir(), "go.mod")
	text := strings.Join([]string{
		`// Package comment`,
		`module "example.com/pol" // quoted`,
		``,
		`go 1.22.3`,
		``,
		`require example.com/one v1.0.0`,
		`require (`,
		`	example.com/two v1.0.0 // indirect`,
		`	"example.com/three" v1.0.0`,
		`	// example.com/commented v1.0.0`,
		`// example.com/unindented v1.0.0`,
		`)`,
		`replace (`,
		`	example.com/two => ../two`,
		`)`,
		`exclude example.com/four v1.0.0`,
		`require example.com/five v1.0.0 // after a block`,
		`toolchain go1.23.0`,
	}, "\n")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := readGoMod(file)
	if err != nil {
		t.Fatal(err)
	}
	if m.module != "example.com/pol" || m.go_ != "1.22.3" || m.goLine != 4 || m.file != file {
		t.Errorf("module %q go %q on line %d (%s)", m.module, m.go_, m.goLine, m.file)
	}
	want := map[string]int{"example.com/one": 6, "example.com/two": 8, "example.com/three": 9, "example.com/five": 17}
	if !reflect.DeepEqual(m.requires, want) {
		t.Errorf("requires = %v, want %v", m.requires, want)
	}

	for name, text := range map[string]string{
		"no module directive":               "go 1.22\n",
		"a module directive without a path": "module\ngo 1.22\n",
	} {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readGoMod(file); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := readGoMod(filepath.Join(t.TempDir(), "missing", "go.mod")); err == nil {
		t.Error("a missing go.mod: no error")
	}
}

func TestLanguageVersion(t *testing.T) {
	if v := (&goMod{}).languageVersion(); v != "go1.16" {
		t.Errorf("without a go directive: %s, want go1.16 (the go command's assumption)", v)
	}
	if v := (&goMod{go_: "1.21.0"}).languageVersion(); v != "go1.21.0" {
		t.Errorf("go 1.21.0: %s", v)
	}
}

func TestRequireLine(t *testing.T) {
	m := &goMod{requires: map[string]int{"example.com/kit": 5, "example.com/kit/v2": 6, "example.com/kitchen": 7}}
	for path, want := range map[string]struct {
		mod  string
		line int
	}{
		"example.com/kit":         {"example.com/kit", 5},
		"example.com/kit/sub":     {"example.com/kit", 5},
		"example.com/kit/v2/sub":  {"example.com/kit/v2", 6},
		"example.com/kitchen/sub": {"example.com/kitchen", 7},
		"example.com/ki":          {"", 0},
		"other.org/x":             {"", 0},
	} {
		if mod, line := m.requireLine(path); mod != want.mod || line != want.line {
			t.Errorf("requireLine(%s) = %s:%d, want %s:%d", path, mod, line, want.mod, want.line)
		}
	}
}

func TestCheckToolchain(t *testing.T) {
	m := &goMod{file: "go.mod", goLine: 3, go_: "1.23"}
	for running, refuse := range map[string]bool{"go1.22.5": true, "go1.23": false, "go1.23.0": false, "go1.24.1": false, "devel": false} {
		d := m.checkToolchain(running)
		if (d != nil) != refuse {
			t.Errorf("go 1.23 on %s: %v, want refused %v", running, d, refuse)
			continue
		}
		if d != nil && (d.Code != "go-version" || d.Line != 3 || d.File != "go.mod" || !strings.Contains(d.Message, "go >= 1.23 (running go 1.22.5") || !strings.Contains(d.Fix, "install Go 1.23")) {
			t.Errorf("diagnostic = %+v", d)
		}
	}
	for _, m := range []*goMod{{}, {go_: "banana"}} {
		if d := m.checkToolchain("go1.22.0"); d != nil {
			t.Errorf("go directive %q: %v, want nothing (go mod edit validates it)", m.go_, d)
		}
	}
}

func TestParsePlatforms(t *testing.T) {
	got, err := parsePlatforms(" linux/amd64 ,linux/arm/v7,linux/amd64,linux/arm64/v8")
	want := []target{{"linux", "amd64", ""}, {"linux", "arm", "v7"}, {"linux", "arm64", "v8"}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("parsePlatforms = %v, %v; want %v (in order, without duplicates)", got, err, want)
	}
	for _, bad := range []string{"linux", "linux/amd64/v3/x", "/amd64", "linux/", "linux/amd64,", ""} {
		if got, err := parsePlatforms(bad); err == nil {
			t.Errorf("parsePlatforms(%q) = %v, want an error", bad, got)
		}
	}
}

func TestSplitTags(t *testing.T) {
	if got := splitTags(" a, b,,c "); !reflect.DeepEqual(got, []string{"a", "b", "c"}) {
		t.Errorf("splitTags = %q", got)
	}
	if got := splitTags(""); got != nil {
		t.Errorf("splitTags(\"\") = %q, want none", got)
	}
}
