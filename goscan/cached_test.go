package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCachedVersion(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "mod")
	env := []string{"GOMODCACHE=" + cache}
	cases := []struct {
		dir     string
		version string
		ok      bool
	}{
		{filepath.Join(cache, "rsc.io/quote@v1.5.2"), "v1.5.2", true},
		{filepath.Join(cache, "github.com/!acme/kit@v1.0.0-!r!c.1"), "v1.0.0-RC.1", true},
		{filepath.Join(cache, "rsc.io/quote"), "", false},
		{"/work/policies/quote@v1", "", false},
		{cache, "", false},
		{filepath.Join(cache, "example.com/x@"), "", false},
		{filepath.Join(cache, "example.com/x@v1.0.0-!"), "v1.0.0-!", true}, // a trailing ! escapes nothing
	}
	for _, c := range cases {
		version, ok := cachedVersion(c.dir, env)
		if version != c.version || ok != c.ok {
			t.Errorf("cachedVersion(%q) = %q, %v; want %q, %v", c.dir, version, ok, c.version, c.ok)
		}
	}
	if _, ok := cachedVersion(filepath.Join(cache, "a@v1"), nil); ok {
		t.Error("without GOMODCACHE no folder is a cached module")
	}
}

// TestDependencyRoot: a module read from the module cache is listed from a throw-away main
// module that requires exactly its path and version; any other folder is its own root.
func TestDependencyRoot(t *testing.T) {
	cache := filepath.Join(t.TempDir(), "mod")
	cached := filepath.Join(cache, "example.com/pol@v1.2.3")
	opts := listOptions{env: []string{"GOMODCACHE=" + cache}}
	mod := &goMod{module: "example.com/pol"}

	dir, got, cleanup := dependencyRoot(cached, mod, opts)
	if dir == cached || !got.modMod {
		t.Fatalf("cached module: root %q, modMod %v; want a throw-away main module with -mod=mod", dir, got.modMod)
	}
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || !strings.Contains(string(data), "\nrequire example.com/pol v1.2.3\n") {
		t.Fatalf("throw-away go.mod = %q, %v", data, err)
	}
	cleanup()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("cleanup left %s behind", dir)
	}

	for name, c := range map[string]struct {
		dir string
		mod *goMod
	}{
		"local module":        {filepath.Join(t.TempDir(), "pol"), mod},
		"no go.mod read":      {cached, nil},
		"no module directive": {cached, &goMod{}},
	} {
		dir, got, cleanup := dependencyRoot(c.dir, c.mod, opts)
		cleanup()
		if dir != c.dir || got.modMod {
			t.Errorf("%s: root %q, modMod %v; want the folder itself", name, dir, got.modMod)
		}
	}
}
