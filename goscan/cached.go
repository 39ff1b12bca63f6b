package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// dependencyRoot is where `go list` resolves a module's imports. A local module is its own
// main module. A module read from the module cache (a remote policy, path@version) is not: its
// go.sum there covers only what its own build needed, as Go ships it, so listing in that folder
// fails on missing go.sum lines. It is listed instead as a dependency of a throw-away main
// module that requires exactly path@version, as the engine workspace will; go list may complete
// that module's go.mod and go.sum (-mod=mod), never the cached module.
func dependencyRoot(dir string, mod *goMod, opts listOptions) (string, listOptions, func()) {
	nothing := func() {}
	version, ok := cachedVersion(dir, opts.env)
	if !ok || mod == nil || mod.module == "" {
		return dir, opts, nothing
	}
	tmp, err := os.MkdirTemp("", "goscan-dep-")
	if err != nil {
		return dir, opts, nothing
	}
	text := fmt.Sprintf("module goscan.invalid/main\n\ngo 1.22\n\nrequire %s %s\n", mod.module, version)
	if err := os.WriteFile(filepath.Join(tmp, "go.mod"), []byte(text), 0o644); err != nil {
		os.RemoveAll(tmp)
		return dir, opts, nothing
	}
	listOpts := opts
	listOpts.modMod = true
	return tmp, listOpts, func() { os.RemoveAll(tmp) }
}

// cachedVersion is the version of a module folder inside GOMODCACHE (<path>@<version>), or
// false for any other folder.
func cachedVersion(dir string, env []string) (string, bool) {
	cache := envValue(env, "GOMODCACHE")
	if cache == "" {
		return "", false
	}
	rel, err := filepath.Rel(cache, dir)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") || filepath.IsAbs(rel) {
		return "", false
	}
	base := filepath.Base(dir)
	at := strings.LastIndex(base, "@")
	if at < 0 || at == len(base)-1 {
		return "", false
	}
	return unescape(base[at+1:]), true
}

// unescape undoes the module cache's case encoding ("!r" for "R").
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '!' && i+1 < len(s) {
			i++
			b.WriteString(strings.ToUpper(s[i : i+1]))
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
