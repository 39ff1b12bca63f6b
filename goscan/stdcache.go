package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// The standard library's listing is the slow part of a warm scan: `go list -export` must hash
// the sources of every package in the closure to find their export data in GOCACHE, some
// 0.1-0.4 s per target even when nothing there changed. The standard library of one
// toolchain, target, tag set and Go environment does not change, so its listing is kept in a
// file (-std-cache, beside the helper binary: a new toolchain or helper is a new folder) and
// taken back while every export file it names is still in GOCACHE. The type check is only
// discovery's reading: the build itself compiles from source whatever this says.

// stdCacheFile is what the cache keeps for one key: the import paths asked for so far (a
// listing for a new import set lists the union, so one file serves every module) and the
// packages go list returned for them.
type stdCacheFile struct {
	Requested []string
	Packages  []*listedPackage
}

// stdCacheKey names the listing of one target: the toolchain, the target and its variant, the
// tags and every Go variable of the go list environment (GOROOT, GOCACHE, GOFLAGS, ...), and
// PATH, which picks the go command.
func stdCacheKey(t target, opts listOptions) string {
	var vars []string
	for _, kv := range goListEnv(t, opts) {
		name, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, "GO") || strings.HasPrefix(name, "CGO_") || name == "PATH" {
			vars = append(vars, kv)
		}
	}
	sort.Strings(vars)
	h := sha256.New()
	for _, part := range append([]string{runtime.Version(), t.GOOS, t.GOARCH, t.Variant, strings.Join(opts.tags, ",")}, vars...) {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// envValue is a variable of an environment as the go command sees it: the last one wins, as
// os/exec keeps the last of duplicates.
func envValue(env []string, name string) string {
	value := ""
	for _, kv := range env {
		if n, v, _ := strings.Cut(kv, "="); n == name {
			value = v
		}
	}
	return value
}

// stdListing lists the standard packages paths (and their closure) for t: from the cache when
// it covers them, else with go list in an empty folder, caching a clean result.
func stdListing(t target, opts listOptions, paths []string) *listing {
	gocache := envValue(opts.env, "GOCACHE")
	if opts.stdCache == "" || gocache == "" || !filepath.IsAbs(gocache) {
		return listStd(t, opts, paths)
	}
	file := filepath.Join(opts.stdCache, stdCacheKey(t, opts)+".json")
	var cached stdCacheFile
	if data, err := os.ReadFile(file); err == nil && json.Unmarshal(data, &cached) == nil {
		if l := listingOf(cached.Packages); l.covers(paths, gocache) {
			return l
		}
		paths = union(paths, cached.Requested)
	}
	l := listStd(t, opts, paths)
	if l.failure == "" && len(l.errors) == 0 {
		saveStdCache(file, stdCacheFile{Requested: paths, Packages: sortedPackages(l)})
	}
	return l
}

// listStd runs go list for standard packages in an empty folder (no go.mod: nothing of the
// caller's module can change what the standard library is).
func listStd(t target, opts listOptions, paths []string) *listing {
	tmp, err := os.MkdirTemp("", "goscan-")
	if err != nil {
		return &listing{failure: err.Error()}
	}
	defer os.RemoveAll(tmp)
	return goList(tmp, t, opts, paths)
}

func listingOf(packages []*listedPackage) *listing {
	l := &listing{export: map[string]string{}, packages: map[string]*listedPackage{}}
	for _, p := range packages {
		if p == nil || p.ImportPath == "" {
			continue
		}
		l.packages[p.ImportPath] = p
		if p.Export != "" {
			l.export[p.ImportPath] = p.Export
		}
	}
	return l
}

// covers: every path asked for was listed without error, and every export file the listing
// names is still in GOCACHE (Go trims entries it has not used for days; so does our save).
func (l *listing) covers(paths []string, gocache string) bool {
	if len(l.packages) == 0 {
		return false
	}
	for _, path := range paths {
		p := l.packages[path]
		if p == nil || p.Error != nil || len(p.DepsErrors) > 0 || p.Export == "" {
			return false
		}
	}
	root := filepath.Clean(gocache) + string(filepath.Separator)
	for _, file := range l.export {
		if !strings.HasPrefix(filepath.Clean(file), root) {
			return false
		}
		if info, err := os.Stat(file); err != nil || !info.Mode().IsRegular() {
			return false
		}
	}
	return true
}

func sortedPackages(l *listing) []*listedPackage {
	out := make([]*listedPackage, 0, len(l.packages))
	for _, p := range l.packages {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ImportPath < out[j].ImportPath })
	return out
}

func union(a, b []string) []string {
	set := map[string]bool{}
	for _, s := range a {
		set[s] = true
	}
	for _, s := range b {
		set[s] = true
	}
	return sortedKeys(set)
}

// saveStdCache writes beside the final name and renames: a concurrent scan never reads half
// a file. Failing to cache is not an error.
func saveStdCache(file string, content stdCacheFile) {
	data, err := json.Marshal(content)
	if err != nil || os.MkdirAll(filepath.Dir(file), 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), ".std-*.tmp")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), file) != nil {
		os.Remove(tmp.Name())
	}
}
