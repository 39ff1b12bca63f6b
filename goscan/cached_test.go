package main

import (
	"path/filepath"
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
