// Command goscan finds policy types and constructors in Go modules, for policy-engine-build.
//
// It reads Go source with the toolchain's own packages: go/build selects the files `go build`
// would compile for the target platform (build constraints, _test.go exclusion), go/parser
// parses them and go/types computes method sets, so pointer and value receivers, embedded
// fields and `interface{}` versus `any` are judged exactly as the compiler judges them.
//
// Usage:
//
//	goscan [-goos linux] [-goarch amd64] <moduleDir>...
//
// It prints one JSON document (see Output) on stdout. Problems in the scanned code are data
// in that document; the exit code is non-zero only when goscan itself cannot run.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/build"
	"os"
	"strings"
)

// Output is the JSON document goscan prints.
type Output struct {
	GOOS    string         `json:"goos"`
	GOARCH  string         `json:"goarch"`
	Modules []ModuleResult `json:"modules"`
}

// ModuleResult is what goscan found in one module directory.
type ModuleResult struct {
	Dir      string          `json:"dir"`
	Module   string          `json:"module"`
	Packages []PackageResult `json:"packages"`
	// Errors that stop the module from being scanned at all (unreadable go.mod, ...).
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
}

// Diagnostic points at a place in a file.
type Diagnostic struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

func main() {
	goos := flag.String("goos", "linux", "target GOOS whose build constraints select the files")
	goarch := flag.String("goarch", "amd64", "target GOARCH whose build constraints select the files")
	flag.Bool("json", true, "print JSON (the only format; accepted for clarity)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: goscan [-goos OS] [-goarch ARCH] <moduleDir>...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}

	scanner := newScanner(targetContext(*goos, *goarch))
	out := Output{GOOS: *goos, GOARCH: *goarch, Modules: []ModuleResult{}}
	for _, dir := range flag.Args() {
		out.Modules = append(out.Modules, scanner.scanModule(dir))
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "goscan:", err)
		os.Exit(1)
	}
}

// targetContext is the go/build context of the platform the engine is compiled for.
// CGO is off because the engine is built with CGO_ENABLED=0, so files importing "C" are
// excluded exactly as they will be at compile time.
func targetContext(goos, goarch string) build.Context {
	ctx := build.Default
	ctx.GOOS = goos
	ctx.GOARCH = goarch
	ctx.CgoEnabled = false
	if goarch != build.Default.GOARCH {
		// Tool tags such as amd64.v1 describe the host architecture, not the target.
		var tags []string
		for _, tag := range ctx.ToolTags {
			if !strings.HasPrefix(tag, build.Default.GOARCH+".") {
				tags = append(tags, tag)
			}
		}
		ctx.ToolTags = tags
	}
	return ctx
}
