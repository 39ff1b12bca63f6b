package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// listOptions are the settings every go command goscan runs shares: the build tags, whether
// the go command may download missing modules (GOPROXY=off unless it may: -offline) and the
// environment goscan was started with.
type listOptions struct {
	tags     []string
	download bool
	env      []string
	// modMod lets go list complete go.mod/go.sum: only for the throw-away main module that
	// stands in for a module from the module cache (see dependencyRoot).
	modMod bool
	// stdCache is the folder of the standard library's listings (stdcache.go); "" lists
	// every time.
	stdCache string
}

// listedPackage is one package of `go list -deps -export -json`.
type listedPackage struct {
	ImportPath string
	Dir        string
	Export     string
	Standard   bool
	Module     *listedModule
	Error      *listedError
	DepsErrors []*listedError
}

type listedModule struct {
	Path    string
	Version string
	Main    bool
	Dir     string
}

type listedError struct {
	ImportStack []string
	Pos         string
	Err         string
	// The package the error is about (set by goList).
	importPath string
}

// listing is the outcome of one `go list` run: the export data file of every package it
// compiled and the errors it reported.
type listing struct {
	export   map[string]string
	packages map[string]*listedPackage
	errors   []*listedError
	// The command itself failed (no JSON): a broken go.mod, a missing go command, ...
	failure string
}

// goListEnv is the environment of `go list` for one target: exactly what the compile step
// sets for `go build` (GOOS, GOARCH, the variant as GOAMD64/GOARM, CGO_ENABLED=0), plus
// GOWORK=off (a go.work of the user must not change what a policy module means),
// GOTOOLCHAIN=local and -mod=readonly (discovery never edits a go.mod or go.sum).
func goListEnv(t target, opts listOptions) []string {
	drop := map[string]bool{
		"GOOS": true, "GOARCH": true, "GOAMD64": true, "GOARM": true, "GOARM64": true,
		"GO386": true, "GOMIPS": true, "GOMIPS64": true, "GOPPC64": true, "GORISCV64": true,
		"GOWASM": true, "CGO_ENABLED": true, "GOWORK": true, "GOTOOLCHAIN": true, "GOFLAGS": true,
	}
	if !opts.download {
		drop["GOPROXY"] = true
	}
	var env []string
	goflags := []string{}
	for _, kv := range opts.env {
		name, value, _ := strings.Cut(kv, "=")
		if name == "GOFLAGS" {
			for _, f := range strings.Fields(value) {
				if !strings.HasPrefix(f, "-mod=") && !strings.HasPrefix(f, "--mod=") {
					goflags = append(goflags, f)
				}
			}
		}
		if !drop[name] {
			env = append(env, kv)
		}
	}
	if opts.modMod {
		goflags = append(goflags, "-mod=mod")
	} else {
		goflags = append(goflags, "-mod=readonly")
	}
	env = append(env, "GOOS="+t.GOOS, "GOARCH="+t.GOARCH, "CGO_ENABLED=0", "GOWORK=off",
		"GOTOOLCHAIN=local", "GOFLAGS="+strings.Join(goflags, " "))
	switch t.GOARCH {
	case "amd64":
		if t.Variant != "" {
			env = append(env, "GOAMD64="+t.Variant)
		}
	case "arm":
		level := strings.TrimPrefix(t.Variant, "v")
		if level == "" {
			level = "7"
		}
		env = append(env, "GOARM="+level)
	}
	if !opts.download {
		env = append(env, "GOPROXY=off")
	}
	return env
}

// goList runs `go list -e -deps -export -trimpath -json` for the given import paths in dir.
// -export compiles each package (into GOCACHE, with the flags the engine build uses, so the
// build finds them there) and names its export data, which the gc importer reads: other
// modules' types are then exactly what the compiler sees, without parsing their source.
func goList(dir string, t target, opts listOptions, paths []string) *listing {
	args := []string{"list", "-e", "-deps", "-export", "-trimpath",
		"-json=ImportPath,Dir,Export,Standard,Module,Error,DepsErrors"}
	if len(opts.tags) > 0 {
		args = append(args, "-tags="+strings.Join(opts.tags, ","))
	}
	args = append(args, "--")
	args = append(args, paths...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = goListEnv(t, opts)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	l := &listing{export: map[string]string{}, packages: map[string]*listedPackage{}}
	dec := json.NewDecoder(&stdout)
	for {
		var p listedPackage
		if derr := dec.Decode(&p); derr == io.EOF {
			break
		} else if derr != nil {
			l.failure = "reading go list output: " + derr.Error()
			break
		}
		l.packages[p.ImportPath] = &p
		if p.Export != "" {
			l.export[p.ImportPath] = p.Export
		}
		if p.Error != nil {
			p.Error.importPath = p.ImportPath
			l.errors = append(l.errors, p.Error)
		}
	}
	if err != nil && len(l.packages) == 0 {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		var execErr *exec.Error
		if errors.As(err, &execErr) {
			msg = "cannot run the go command: " + execErr.Error()
		}
		l.failure = msg
	}
	return l
}

// lookup opens export data files for the gc importer.
func (l *listing) lookup(path string) (io.ReadCloser, error) {
	file, ok := l.export[path]
	if !ok {
		if p := l.packages[path]; p != nil && p.Error != nil {
			return nil, errors.New(strings.TrimSpace(p.Error.Err))
		}
		return nil, fmt.Errorf("no export data for %s", path)
	}
	return os.Open(file)
}

var (
	goModPos        = regexp.MustCompile(`(?m)(\S*go\.mod):(\d+)(?::\d+)?: `)
	moduleAtVersion = regexp.MustCompile(`([^\s:@"]+)@(v[^\s:"]+)`)
	missingSum      = regexp.MustCompile(`missing go\.sum entry for module providing package ([^\s;]+)`)
	noProvider      = regexp.MustCompile(`no required module provides package ([^\s;]+)`)
)

// moduleErrors turns what `go list` reported into module errors that name the go.mod line
// and the fix. Problems of the standard library never happen; problems of one dependency are
// reported once however many packages import it.
func moduleErrors(mod *goMod, dir string, l *listing) []Diagnostic {
	var out []Diagnostic
	seen := map[string]bool{}
	add := func(d Diagnostic) {
		key := d.Code + "\x00" + d.Message
		if !seen[key] {
			seen[key] = true
			out = append(out, d)
		}
	}
	if l.failure != "" {
		d := Diagnostic{File: mod.file, Code: "go-list", Message: "go list failed: " + l.failure,
			Fix: "run `go mod tidy` (or `go build ./...`) in " + dir + " and fix what it reports"}
		if m := goModPos.FindStringSubmatch(l.failure); m != nil {
			d.Line, _ = strconv.Atoi(m[2])
		}
		add(d)
		return out
	}
	for _, e := range l.errors {
		if d, ok := dependencyError(mod, dir, e); ok {
			add(d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

// dependencyError classifies one go list error of a package that is not the module's own.
func dependencyError(mod *goMod, dir string, e *listedError) (Diagnostic, bool) {
	msg := strings.TrimSpace(e.Err)
	switch {
	case strings.HasPrefix(msg, "# "):
		// A compile error of a dependency: reported where it is (the dependency's own
		// files); the policy module's type errors are goscan's own findings.
		return Diagnostic{File: mod.file, Code: "dependency-build", Message: "a dependency does not compile for this target: " + msg,
			Fix: "upgrade or fix the dependency (go get <module>@<version>)"}, true
	case missingSum.MatchString(msg):
		pkg := missingSum.FindStringSubmatch(msg)[1]
		modPath, line := mod.requireLine(pkg)
		if modPath == "" {
			modPath = pkg
		}
		return Diagnostic{File: mod.file, Line: line, Code: "missing-go-sum",
			Message: fmt.Sprintf("go.sum has no checksum for module %s (providing package %s), so it cannot be verified or read from the module cache", modPath, pkg),
			Fix:     fmt.Sprintf("run `go mod tidy` (or `go mod download %s`) in %s and commit go.sum", modPath, dir)}, true
	case noProvider.MatchString(msg):
		pkg := noProvider.FindStringSubmatch(msg)[1]
		return Diagnostic{File: mod.file, Code: "missing-require",
			Message: fmt.Sprintf("no module required in go.mod provides package %s", pkg),
			Fix:     fmt.Sprintf("run `go get %s` (or `go mod tidy`) in %s", pkg, dir)}, true
	case strings.Contains(msg, "GOPROXY=off") || strings.Contains(msg, "module lookup disabled") ||
		strings.Contains(msg, "not found") || strings.Contains(msg, "verifying module") ||
		strings.Contains(msg, "reading ") || strings.Contains(msg, "dial tcp"):
		modPath := ""
		if m := moduleAtVersion.FindStringSubmatch(msg); m != nil {
			modPath = m[1]
		}
		if modPath == "" {
			modPath = e.importPath
		}
		reqPath, line := mod.requireLine(modPath)
		if reqPath != "" {
			modPath = reqPath
		}
		return Diagnostic{File: mod.file, Line: line, Code: "missing-module",
			Message: fmt.Sprintf("module %s is not in the module cache (GOMODCACHE) and could not be downloaded: %s", orUnknown(modPath), firstLine(msg)),
			Fix:     "run `go mod download` in " + dir + " (with network access to GOPROXY), and check that go.sum lists the module"}, true
	}
	return Diagnostic{File: mod.file, Code: "dependency", Message: firstLine(msg),
		Fix: "run `go build ./...` in " + dir + " and fix what it reports"}, true
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown module"
	}
	return s
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
