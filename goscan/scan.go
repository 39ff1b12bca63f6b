package main

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// scanAll scans every module for every target. The slow part is `go list -export` (one run
// per target for the standard library, one per target and module for modules that import
// other modules), so those run in parallel; type checking from export data is fast.
func scanAll(targets []target, dirs []string, opts listOptions) Result {
	files := newParseCache()
	jobs := newJobQueue()
	result := Result{Targets: make([]Output, len(targets))}
	loaders := make([][]*moduleLoader, len(targets))
	stdLists := make([]*listing, len(targets))

	// Read every module's files for every target first: what they import decides which
	// go list runs are needed.
	for i, t := range targets {
		s := &scanner{t: t, ctx: targetContext(t, opts.tags), fset: files.fset, files: files, opts: opts}
		std := map[string]bool{"context": true}
		for _, dir := range dirs {
			l := s.prepare(dir)
			loaders[i] = append(loaders[i], l)
			for _, p := range l.stdImports {
				std[p] = true
			}
		}
		i := i
		stdPaths := sortedKeys(std)
		jobs.add(func() {
			stdLists[i] = stdListing(targets[i], opts, stdPaths)
		})
		for _, l := range loaders[i] {
			if l.fatal || len(l.extImports) == 0 {
				continue
			}
			l := l
			paths := append(append([]string{}, l.extImports...), l.stdImports...)
			jobs.add(func() {
				root, listOpts, cleanup := dependencyRoot(l.root, l.mod, opts)
				defer cleanup()
				l.deps = goList(root, l.s.t, listOpts, paths)
			})
		}
	}
	jobs.wait()

	for i, t := range targets {
		out := Output{GOOS: t.GOOS, GOARCH: t.GOARCH, Variant: t.Variant, Modules: []ModuleResult{}}
		// Modules that import only the standard library share one importer per target, so
		// its export data is decoded once.
		var shared types.ImporterFrom
		var sharedContract *contract
		for _, l := range loaders[i] {
			if !l.fatal {
				switch {
				case stdLists[i].failure != "":
					l.errors = append(l.errors, Diagnostic{File: l.mod.file, Code: "go-list",
						Message: "go list of the standard library failed: " + stdLists[i].failure,
						Fix:     "check that `go list std` works with GOOS=" + t.GOOS + " GOARCH=" + t.GOARCH})
				case l.deps != nil:
					l.errors = append(l.errors, moduleErrors(l.mod, l.root, l.deps)...)
					if l.deps.failure == "" {
						l.imp = newImporter(files.fset, l.deps)
						c := newContract(l.imp)
						l.contract = c
					}
				default:
					if shared == nil {
						shared = newImporter(files.fset, stdLists[i])
						c := newContract(shared)
						sharedContract = &c
					}
					l.imp, l.contract = shared, *sharedContract
				}
			}
			out.Modules = append(out.Modules, l.result())
		}
		result.Targets[i] = out
	}
	return result
}

// result type-checks the module's candidate packages and applies the discovery rules.
func (l *moduleLoader) result() ModuleResult {
	res := ModuleResult{Dir: l.root, Packages: []PackageResult{}, Errors: l.errors}
	if res.Errors == nil {
		res.Errors = []Diagnostic{}
	}
	if l.mod == nil {
		return res
	}
	res.Module = l.mod.module
	res.GoVersion = l.mod.go_
	if l.imp == nil {
		return res
	}
	for _, lp := range l.candidates {
		l.check(lp)
	}
	for _, lp := range l.candidates {
		res.Packages = append(res.Packages, l.examine(lp))
	}
	l.placeTypeErrors(&res)
	return res
}

// placeTypeErrors decides which type errors make the module fail. The generated imports.go
// imports the packages that have policies, so `go build` compiles them and the module's
// packages they import, and nothing else: a type error there is an error (typeErrors), a type
// error in another package is a warning, since the build never sees it. When no package
// has a policy the module is refused anyway, and the type errors, the likely reason, are
// all reported as errors. Each error is reported once, on the first candidate package
// (in walk order) that compiles the package it is in.
func (l *moduleLoader) placeTypeErrors(res *ModuleResult) {
	anyPolicy := false
	for _, p := range res.Packages {
		anyPolicy = anyPolicy || len(p.Policies) > 0
	}
	type owner struct {
		candidate int
		compiled  bool
	}
	owners := map[string]owner{}
	var order []string
	var walk func(p *loadedPackage, o owner)
	walk = func(p *loadedPackage, o owner) {
		if _, done := owners[p.importPath]; done {
			return
		}
		owners[p.importPath] = o
		order = append(order, p.importPath)
		for _, imp := range p.ownImports {
			if dep, ok := l.pkgs[imp]; ok {
				walk(dep, o)
			}
		}
	}
	for _, compiled := range []bool{true, false} {
		for i, lp := range l.candidates {
			if (!anyPolicy || len(res.Packages[i].Policies) > 0) == compiled {
				walk(lp, owner{i, compiled})
			}
		}
	}
	for _, path := range order {
		o := owners[path]
		pr := &res.Packages[o.candidate]
		for _, d := range l.pkgs[path].typeErrors {
			if o.compiled {
				pr.TypeErrors = append(pr.TypeErrors, d)
				continue
			}
			d.Code = "type-error-unused"
			d.Message = fmt.Sprintf("package %s does not compile: %s (not an error here: the engine does not import that package, since it has no policy)", path, d.Message)
			pr.Warnings = append(pr.Warnings, d)
		}
	}
}

// explain adds what the compiler's message cannot know: an undefined name declared in a
// file that CGO_ENABLED=0 leaves out.
func (l *moduleLoader) explain(lp *loadedPackage, msg string) string {
	name, ok := strings.CutPrefix(msg, "undefined: ")
	if !ok || len(lp.cgoFiles) == 0 {
		return msg
	}
	for _, file := range lp.cgoFiles {
		f, err := l.s.files.parse(file)
		if f == nil || err != nil && f.Decls == nil {
			continue
		}
		if declares(f, name) {
			return fmt.Sprintf("%s (declared in %s, which is not compiled: the engine is built with CGO_ENABLED=0 and that file needs cgo; move %s to a file without import \"C\" and without a cgo build constraint)", msg, filepath.Base(file), name)
		}
	}
	return msg
}

// declares reports whether f declares name at package level.
func declares(f *ast.File, name string) bool {
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name == name {
				return true
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					if s.Name.Name == name {
						return true
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.Name == name {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// cgoWarnings names declarations that would make a policy but sit in files CGO_ENABLED=0
// leaves out: contract methods and New/NewPolicy functions.
func (l *moduleLoader) cgoWarnings(lp *loadedPackage) []Diagnostic {
	var out []Diagnostic
	for _, file := range lp.cgoFiles {
		f, _ := l.s.files.parse(file)
		if f == nil {
			continue
		}
		var found []string
		var first token.Pos
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			n := fd.Name.Name
			if fd.Recv != nil && (n == "Name" || n == "Execute" || n == "Validate") ||
				fd.Recv == nil && (n == "New" || n == "NewPolicy") {
				if first == token.NoPos {
					first = fd.Pos()
				}
				found = append(found, n)
			}
		}
		if len(found) == 0 {
			continue
		}
		p := l.s.fset.Position(first)
		out = append(out, Diagnostic{File: file, Line: p.Line, Column: p.Column, Code: "cgo-excluded",
			Message: fmt.Sprintf("%s is not compiled: the engine is built with CGO_ENABLED=0 and this file needs cgo (import \"C\" or a cgo build constraint), so its %s are not part of any policy", filepath.Base(file), strings.Join(dedupe(found), ", ")),
			Fix:     "move the policy code to a file without import \"C\" (the engine is a static CGO_ENABLED=0 binary)"})
	}
	return out
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// jobQueue runs go commands in parallel, as many as there are CPUs.
type jobQueue struct {
	sem chan struct{}
	wg  sync.WaitGroup
}

func newJobQueue() *jobQueue {
	return &jobQueue{sem: make(chan struct{}, max(2, runtime.NumCPU()))}
}

func (q *jobQueue) add(f func()) {
	q.wg.Add(1)
	go func() {
		defer q.wg.Done()
		q.sem <- struct{}{}
		defer func() { <-q.sem }()
		f()
	}()
}

func (q *jobQueue) wait() { q.wg.Wait() }
