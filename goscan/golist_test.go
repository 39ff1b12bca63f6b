package main

import (
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestGoListEnv: the go command sees the caller's environment with the target's settings
// and goscan's fixed ones in place of the caller's.
func TestGoListEnv(t *testing.T) {
	caller := []string{"HOME=/h", "GOOS=windows", "GOARCH=386", "GOAMD64=v2", "GOARM=6", "GOARM64=v8.1", "GO386=sse2",
		"CGO_ENABLED=1", "GOWORK=/w/go.work", "GOTOOLCHAIN=auto", "GOPROXY=https://proxy", "GOMODCACHE=/m",
		"GOFLAGS=-mod=vendor -trimpath --mod=mod -tags=x"}
	base := []string{"HOME=/h", "GOMODCACHE=/m"}
	tests := []struct {
		name string
		t    target
		opts listOptions
		want []string
	}{
		{"offline amd64", target{"linux", "amd64", ""}, listOptions{env: caller},
			append(append([]string{}, base...), "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=0", "GOWORK=off", "GOTOOLCHAIN=local",
				"GOFLAGS=-trimpath -tags=x -mod=readonly", "GOPROXY=off")},
		{"downloads, amd64 v3", target{"linux", "amd64", "v3"}, listOptions{env: caller, download: true},
			[]string{"HOME=/h", "GOPROXY=https://proxy", "GOMODCACHE=/m", "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=0", "GOWORK=off",
				"GOTOOLCHAIN=local", "GOFLAGS=-trimpath -tags=x -mod=readonly", "GOAMD64=v3"}},
		{"arm without a variant is v7", target{"linux", "arm", ""}, listOptions{env: base, download: true},
			append(append([]string{}, base...), "GOOS=linux", "GOARCH=arm", "CGO_ENABLED=0", "GOWORK=off", "GOTOOLCHAIN=local",
				"GOFLAGS=-mod=readonly", "GOARM=7")},
		{"arm v6, a throw-away main module", target{"linux", "arm", "v6"}, listOptions{env: base, download: true, modMod: true},
			append(append([]string{}, base...), "GOOS=linux", "GOARCH=arm", "CGO_ENABLED=0", "GOWORK=off", "GOTOOLCHAIN=local",
				"GOFLAGS=-mod=mod", "GOARM=6")},
	}
	for _, tc := range tests {
		if got := goListEnv(tc.t, tc.opts); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestModuleErrors(t *testing.T) {
	mod := &goMod{file: "/p/go.mod", requires: map[string]int{"example.com/kit": 5, "example.com/other": 6}}
	l := &listing{errors: []*listedError{
		{Err: "no required module provides package example.com/none/x; to add it:\n\tgo get example.com/none/x", importPath: "example.com/none/x"},
		{Err: "missing go.sum entry for module providing package example.com/kit/sub; to add:", importPath: "example.com/kit/sub"},
		{Err: "missing go.sum entry for module providing package example.com/kit/sub; to add:", importPath: "example.com/kit/sub"},
		{Err: "example.com/other@v1.2.0: reading https://proxy/example.com/other/@v/v1.2.0.zip: 404 Not Found", importPath: "example.com/other"},
		{Err: "module lookup disabled by GOPROXY=off", importPath: "example.com/unlisted/pkg"},
		{Err: "# example.com/broken\nbroken.go:3:1: syntax error", importPath: "example.com/broken"},
		{Err: "something else\nsecond line", importPath: "example.com/else"},
		{Err: "missing go.sum entry for module providing package example.org/free", importPath: "example.org/free"},
	}}
	var got []string
	for _, d := range moduleErrors(mod, "/p", l) {
		got = append(got, strings.Join([]string{strconv.Itoa(d.Line), d.Code, d.Message, d.Fix}, " | "))
	}
	want := []string{
		"0 | missing-require | no module required in go.mod provides package example.com/none/x | run `go get example.com/none/x` (or `go mod tidy`) in /p",
		"0 | missing-module | module example.com/unlisted/pkg is not in the module cache (GOMODCACHE) and could not be downloaded: module lookup disabled by GOPROXY=off | run `go mod download` in /p (with network access to GOPROXY), and check that go.sum lists the module",
		"0 | dependency-build | a dependency does not compile for this target: # example.com/broken\nbroken.go:3:1: syntax error | upgrade or fix the dependency (go get <module>@<version>)",
		"0 | dependency | something else | run `go build ./...` in /p and fix what it reports",
		"0 | missing-go-sum | go.sum has no checksum for module example.org/free (providing package example.org/free), so it cannot be verified or read from the module cache | run `go mod tidy` (or `go mod download example.org/free`) in /p and commit go.sum",
		"5 | missing-go-sum | go.sum has no checksum for module example.com/kit (providing package example.com/kit/sub), so it cannot be verified or read from the module cache | run `go mod tidy` (or `go mod download example.com/kit`) in /p and commit go.sum",
		"6 | missing-module | module example.com/other is not in the module cache (GOMODCACHE) and could not be downloaded: example.com/other@v1.2.0: reading https://proxy/example.com/other/@v/v1.2.0.zip: 404 Not Found | run `go mod download` in /p (with network access to GOPROXY), and check that go.sum lists the module",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("module errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	failed := moduleErrors(mod, "/p", &listing{failure: "go: errors parsing go.mod:\n/p/go.mod:7: unknown directive: foo"})
	if len(failed) != 1 || failed[0].Code != "go-list" || failed[0].Line != 7 || !strings.HasPrefix(failed[0].Message, "go list failed: go: errors parsing go.mod") {
		t.Errorf("go list failure = %+v", failed)
	}
	if d := moduleErrors(mod, "/p", &listing{failure: "exec: go: not found"}); len(d) != 1 || d[0].Line != 0 {
		t.Errorf("failure without a position = %+v", d)
	}
}

func TestOrUnknown(t *testing.T) {
	if orUnknown("") != "unknown module" || orUnknown("m") != "m" {
		t.Error("orUnknown")
	}
}

// TestLookup: the importer gets a package's export data, or the reason go list gave for not
// compiling it, or says there is none.
func TestLookup(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.export")
	if err := os.WriteFile(file, []byte("export data"), 0o644); err != nil {
		t.Fatal(err)
	}
	l := &listing{export: map[string]string{"example.com/a": file}, packages: map[string]*listedPackage{
		"example.com/a":      {ImportPath: "example.com/a", Export: file},
		"example.com/broken": {ImportPath: "example.com/broken", Error: &listedError{Err: " broken.go:3:1: syntax error \n"}},
		"example.com/plain":  {ImportPath: "example.com/plain"},
	}}
	rc, err := l.lookup("example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(rc)
	rc.Close()
	if string(data) != "export data" {
		t.Errorf("export data = %q", data)
	}
	for path, want := range map[string]string{
		"example.com/broken":  "broken.go:3:1: syntax error",
		"example.com/plain":   "no export data for example.com/plain",
		"example.com/missing": "no export data for example.com/missing",
	} {
		if _, err := l.lookup(path); err == nil || err.Error() != want {
			t.Errorf("lookup(%s) = %v, want %q", path, err, want)
		}
	}
}
