// Command goscan finds policy types and constructors in Go modules, for policy-engine-build.
//
// It sees each module as the compiler will for every target platform: go/build selects the
// files `go build` compiles (build constraints, the variant's tool tags, -tags,
// CGO_ENABLED=0), `go list -export` compiles the dependencies (standard library and other
// modules) and names their export data, and go/types checks the module's own packages against
// it with the module's language version, so method sets, promoted methods from other
// modules' embedded types and type errors are the compiler's.
//
// Usage:
//
//	goscan [-platforms linux/amd64,linux/arm/v7] [-tags a,b] [-offline] <moduleDir>...
//
// It prints one JSON document (see Result and README.md) on stdout. Problems in the scanned
// code are data in that document; the exit code is non-zero only when goscan itself cannot run.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/build"
	"os"
	"strings"
)

// Result is the JSON document goscan prints: one Output per target platform, in the order
// the platforms were given.
type Result struct {
	Targets []Output `json:"targets"`
}

// Output is what goscan found for one target platform.
type Output struct {
	GOOS    string         `json:"goos"`
	GOARCH  string         `json:"goarch"`
	Variant string         `json:"variant,omitempty"`
	Modules []ModuleResult `json:"modules"`
}

// ModuleResult is what goscan found in one module directory.
type ModuleResult struct {
	Dir    string `json:"dir"`
	Module string `json:"module"`
	// The go directive of go.mod ("1.22.0"; "" when there is none, which Go reads as 1.16):
	// the language version the module's packages were checked with.
	GoVersion string          `json:"goVersion,omitempty"`
	Packages  []PackageResult `json:"packages"`
	// Errors that stop the module from being built: unreadable go.mod, a go directive newer
	// than the toolchain, dependencies missing from the module cache or from go.sum, ...
	// Each has a code and a fix.
	Errors []Diagnostic `json:"errors"`
}

// PackageResult is what goscan found in one package.
type PackageResult struct {
	ImportPath   string       `json:"importPath"`
	Dir          string       `json:"dir"`
	Name         string       `json:"name"`
	Policies     []Policy     `json:"policies"`
	Warnings     []Diagnostic `json:"warnings"`
	SyntaxErrors []Diagnostic `json:"syntaxErrors"`
	// Compile errors (go/types, with the module's language version and its real
	// dependencies) in this package or in a package of the module it imports, when the
	// engine build would compile them: bad input, like syntax errors. Type errors in packages
	// the engine never imports are warnings instead.
	TypeErrors []Diagnostic `json:"typeErrors"`
	// Problems that compile but make the engine refuse to start (an empty constant Name()),
	// or make a registration impossible: bad input.
	Errors []Diagnostic `json:"errors"`
}

// Policy is one registrable policy.
type Policy struct {
	Symbol string `json:"symbol"`
	// constructor (pkg.New()), pointer (&pkg.T{}) or value (pkg.T{}).
	Kind string `json:"kind"`
	// Whether T{} is a valid composite literal (struct, array, slice or map underlying type).
	Composite bool `json:"composite"`
	// The constant Name() returns, when its body is `return <constant>`.
	Name *string `json:"name,omitempty"`
	File string  `json:"file"`
	Line int     `json:"line"`
	// For a policy registered through an exported alias (type Policy = impl): the type the
	// alias denotes, as Go prints it relative to the package ("impl", "kit.Ready[int]").
	AliasOf string `json:"aliasOf,omitempty"`
	// Where the contract methods are declared when not on the type itself: one entry per
	// method promoted from an embedded field ("Name: kit.Base (example.com/kit)").
	Promoted []string `json:"promoted,omitempty"`
}

// Diagnostic points at a place in a file.
type Diagnostic struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
	// A stable identifier of the kind of finding, for callers that act on some of them
	// (for example missing-module: run go mod download and scan again). See README.md.
	Code string `json:"code,omitempty"`
	// What to do about it, when goscan knows.
	Fix string `json:"fix,omitempty"`
}

func main() {
	platforms := flag.String("platforms", "linux/amd64", "comma-separated GOOS/GOARCH[/variant] targets whose build constraints select the files")
	tags := flag.String("tags", "", "comma-separated build tags, as go build -tags takes them")
	offline := flag.Bool("offline", false, "read dependencies from the module cache only (GOPROXY=off); a missing module is a module error. Default: the go command may download missing modules through the caller's GOPROXY, as go build would")
	stdCache := flag.String("std-cache", "", "folder where the standard library's listing is kept per toolchain, target, tags and Go environment, and taken back while its export data is still in GOCACHE (an absolute GOCACHE must be set); default: list it every run")
	flag.Bool("json", true, "print JSON (the only format; accepted for clarity)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: goscan [-platforms linux/amd64,linux/arm64/v8] [-tags a,b] [-offline] [-std-cache dir] <moduleDir>...")
		flag.PrintDefaults()
	}
	flag.Parse()
	targets, err := parsePlatforms(*platforms)
	buildTags := splitTags(*tags)
	if err != nil || flag.NArg() == 0 {
		if err != nil {
			fmt.Fprintln(os.Stderr, "goscan:", err)
		}
		flag.Usage()
		os.Exit(2)
	}

	result := scanAll(targets, flag.Args(), listOptions{tags: buildTags, download: !*offline, env: os.Environ(), stdCache: *stdCache})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(result); err != nil {
		fmt.Fprintln(os.Stderr, "goscan:", err)
		os.Exit(1)
	}
}

// target is one platform to scan for: the variant (amd64 v1-v4, arm v5-v7) matters because
// the compiler's tool tags (amd64.v3, arm.7, ...) select files with //go:build lines.
type target struct {
	GOOS, GOARCH, Variant string
}

// parsePlatforms reads "linux/amd64/v3,linux/arm/v7" into targets, without duplicates. The
// caller (src/discover) has already normalised the spelling; this only splits it.
func parsePlatforms(list string) ([]target, error) {
	var out []target
	seen := map[target]bool{}
	for _, item := range strings.Split(list, ",") {
		parts := strings.Split(strings.TrimSpace(item), "/")
		if len(parts) < 2 || len(parts) > 3 || parts[0] == "" || parts[1] == "" {
			return nil, fmt.Errorf("platform %q is not GOOS/GOARCH[/variant]", item)
		}
		t := target{GOOS: parts[0], GOARCH: parts[1]}
		if len(parts) == 3 {
			t.Variant = parts[2]
		}
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out, nil
}

func splitTags(list string) []string {
	var tags []string
	for _, tag := range strings.Split(list, ",") {
		if tag = strings.TrimSpace(tag); tag != "" {
			tags = append(tags, tag)
		}
	}
	return tags
}

// targetContext is the go/build context of the platform the engine is compiled for.
// CGO is off because the engine is built with CGO_ENABLED=0, so files importing "C" are
// excluded exactly as they will be at compile time. The tool tags are the compiler's for the
// target (toolTags), not the host's.
func targetContext(t target, buildTags []string) build.Context {
	ctx := build.Default
	ctx.GOOS = t.GOOS
	ctx.GOARCH = t.GOARCH
	ctx.CgoEnabled = false
	ctx.BuildTags = append([]string(nil), buildTags...)
	ctx.ToolTags = toolTags(t)
	return ctx
}
