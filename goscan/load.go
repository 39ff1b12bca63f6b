package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	goscanner "go/scanner"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
)

// maxSyntaxErrorsPerFile keeps a badly broken file from flooding the report.
const maxSyntaxErrorsPerFile = 10

// maxTypeErrorsPerPackage is the compiler's own limit (it stops after 10 errors).
const maxTypeErrorsPerPackage = 10

// parseCache parses each file once for every target of a run: the file sets of the targets
// differ (build constraints), the files do not.
type parseCache struct {
	fset  *token.FileSet
	mu    sync.Mutex
	files map[string]parsed
}

type parsed struct {
	file *ast.File
	err  error
}

func newParseCache() *parseCache {
	return &parseCache{fset: token.NewFileSet(), files: map[string]parsed{}}
}

func (c *parseCache) parse(file string) (*ast.File, error) {
	c.mu.Lock()
	p, ok := c.files[file]
	c.mu.Unlock()
	if ok {
		return p.file, p.err
	}
	f, err := parser.ParseFile(c.fset, file, nil, parser.ParseComments|parser.AllErrors|parser.SkipObjectResolution)
	c.mu.Lock()
	c.files[file] = parsed{f, err}
	c.mu.Unlock()
	return f, err
}

// scanner scans modules for one target platform.
type scanner struct {
	t     target
	ctx   build.Context
	fset  *token.FileSet
	files *parseCache
	opts  listOptions
}

// loadedPackage is one package of the module being scanned.
type loadedPackage struct {
	importPath string
	dir        string
	name       string
	bp         *build.Package
	// The files go build compiles for the target, parsed.
	files        []*ast.File
	syntaxErrors []Diagnostic
	noGo         bool
	// Own-module packages it imports.
	ownImports []string
	// Files left out only because the engine is built with CGO_ENABLED=0.
	cgoFiles []string

	pkg        *types.Package
	info       *types.Info
	typeErrors []Diagnostic
	checked    bool
}

// methodDecl links a method object back to its source, to read constant Name() results.
type methodDecl struct {
	decl *ast.FuncDecl
	info *types.Info
}

// moduleLoader loads the packages of one module for one target. Its own packages are
// type-checked from source (discovery needs their syntax); every other package, standard
// library and other modules alike, comes from the export data `go list -export` names.
type moduleLoader struct {
	s    *scanner
	root string
	mod  *goMod
	// Every package directory of the module, by import path (internal/ included).
	pkgs map[string]*loadedPackage
	// Candidate packages (SPEC section 2 rule 3), in walk order.
	candidates []*loadedPackage
	errors     []Diagnostic
	// The module cannot be scanned at all (no go.mod, a Go version newer than the toolchain).
	fatal bool
	// Imports from outside the module, standard library or not, of the packages the engine
	// would compile.
	stdImports, extImports []string

	imp      types.ImporterFrom
	contract contract
	loading  map[string]bool
	decls    map[*types.Func]methodDecl
	deps     *listing
}

// prepare reads the module's go.mod and the files of its packages for the target, without
// type checking: what the module imports decides how its dependencies are loaded.
func (s *scanner) prepare(dir string) *moduleLoader {
	l := &moduleLoader{s: s, pkgs: map[string]*loadedPackage{}, loading: map[string]bool{}, decls: map[*types.Func]methodDecl{}}
	root, err := filepath.Abs(dir)
	if err != nil {
		l.root = dir
		l.errors = append(l.errors, Diagnostic{File: dir, Message: err.Error()})
		l.fatal = true
		return l
	}
	l.root = root
	mod, err := readGoMod(filepath.Join(root, "go.mod"))
	if err != nil {
		l.errors = append(l.errors, Diagnostic{File: filepath.Join(root, "go.mod"), Message: err.Error()})
		l.fatal = true
		return l
	}
	l.mod = mod
	if d := mod.checkToolchain(runtime.Version()); d != nil {
		l.errors = append(l.errors, *d)
		l.fatal = true
		return l
	}
	walkErr := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			l.errors = append(l.errors, Diagnostic{File: p, Message: err.Error()})
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && skipDir(p, d.Name()) {
			return filepath.SkipDir
		}
		lp := l.read(l.importPathOf(p), p)
		if !lp.noGo && !underInternal(root, p) {
			l.candidates = append(l.candidates, lp)
		}
		return nil
	})
	if walkErr != nil {
		l.errors = append(l.errors, Diagnostic{File: root, Message: walkErr.Error()})
	}
	// The imports of the candidates and of the module's packages they import.
	std, ext := map[string]bool{"context": true}, map[string]bool{}
	seen := map[string]bool{}
	var visit func(lp *loadedPackage)
	visit = func(lp *loadedPackage) {
		if seen[lp.importPath] || lp.bp == nil {
			return
		}
		seen[lp.importPath] = true
		for _, imp := range lp.bp.Imports {
			switch {
			case imp == "C" || imp == "unsafe":
			case l.isOwn(imp):
				if dep, ok := l.pkgs[imp]; ok {
					lp.ownImports = append(lp.ownImports, imp)
					visit(dep)
				} else {
					// A package of the module that is not there: the type checker says so.
					lp.ownImports = append(lp.ownImports, imp)
				}
			case isStandard(imp):
				std[imp] = true
			default:
				ext[imp] = true
			}
		}
	}
	for _, lp := range l.candidates {
		visit(lp)
	}
	l.stdImports, l.extImports = sortedKeys(std), sortedKeys(ext)
	return l
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// skipDir applies SPEC section 2 rule 3: testdata/, vendor/, hidden and _-prefixed
// directories, and nested modules are not part of a policy module's packages (internal/
// trees are read, since candidates may import them, but are not candidates).
func skipDir(p, name string) bool {
	switch {
	case strings.HasPrefix(name, "."), strings.HasPrefix(name, "_"):
		return true
	case name == "testdata", name == "vendor":
		return true
	}
	if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
		return true
	}
	return false
}

func underInternal(root, dir string) bool {
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		return false
	}
	for _, elem := range strings.Split(filepath.ToSlash(rel), "/") {
		if elem == "internal" {
			return true
		}
	}
	return false
}

func (l *moduleLoader) importPathOf(dir string) string {
	rel, err := filepath.Rel(l.root, dir)
	if err != nil || rel == "." {
		return l.mod.module
	}
	return l.mod.module + "/" + filepath.ToSlash(rel)
}

// isOwn reports whether importPath names a package of this module (and not of a module
// nested in its tree, which the walk skipped).
func (l *moduleLoader) isOwn(importPath string) bool {
	if importPath == l.mod.module {
		return true
	}
	rest, ok := strings.CutPrefix(importPath, l.mod.module+"/")
	if !ok {
		return false
	}
	dir := l.root
	for _, elem := range strings.Split(rest, "/") {
		dir = filepath.Join(dir, elem)
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return false
		}
	}
	return true
}

// read selects and parses the files `go build` would compile in dir for the target.
func (l *moduleLoader) read(importPath, dir string) *loadedPackage {
	if lp, ok := l.pkgs[importPath]; ok {
		return lp
	}
	lp := &loadedPackage{importPath: importPath, dir: dir}
	l.pkgs[importPath] = lp
	bp, err := l.s.ctx.ImportDir(dir, 0)
	var noGo *build.NoGoError
	var multi *build.MultiplePackageError
	switch {
	case errors.As(err, &noGo):
		lp.noGo = true
		lp.cgoFiles = l.cgoOnlyFiles(dir, bp)
		if len(lp.cgoFiles) > 0 {
			// Only cgo files: nothing to compile with CGO_ENABLED=0, but worth a word.
			lp.noGo = false
			lp.bp = bp
			lp.name = bp.Name
		}
		return lp
	case errors.As(err, &multi):
		lp.syntaxErrors = append(lp.syntaxErrors, Diagnostic{
			File:    multi.Dir,
			Message: fmt.Sprintf("found packages %s (%s) and %s (%s) in one directory", multi.Packages[0], filepath.Base(multi.Files[0]), multi.Packages[1], filepath.Base(multi.Files[1])),
		})
	}
	if bp == nil {
		lp.noGo = true
		return lp
	}
	lp.bp = bp
	lp.name = bp.Name
	lp.cgoFiles = l.cgoOnlyFiles(dir, bp)
	// Files whose header does not parse are listed as invalid rather than dropped: parse
	// them too so their syntax errors are reported.
	names := append(append([]string{}, bp.GoFiles...), bp.InvalidGoFiles...)
	if len(names) == 0 {
		if len(lp.cgoFiles) == 0 {
			lp.noGo = true
		}
		return lp
	}
	for _, name := range names {
		file := filepath.Join(dir, name)
		f, perr := l.s.files.parse(file)
		if perr != nil {
			lp.syntaxErrors = append(lp.syntaxErrors, syntaxDiagnostics(file, perr)...)
		}
		if f != nil {
			lp.files = append(lp.files, f)
			if lp.name == "" {
				lp.name = f.Name.Name
			}
		}
	}
	if err != nil && len(lp.syntaxErrors) == 0 && !errors.As(err, &noGo) {
		lp.syntaxErrors = append(lp.syntaxErrors, Diagnostic{File: dir, Message: err.Error()})
	}
	return lp
}

// cgoOnlyFiles lists the files of dir that a cgo build would compile for the target and
// this one does not: the files importing "C" and those constrained by the cgo tag.
func (l *moduleLoader) cgoOnlyFiles(dir string, bp *build.Package) []string {
	if bp == nil || !slices.Contains(bp.AllTags, "cgo") && !hasCgoIgnored(bp) {
		return nil
	}
	ctx := l.s.ctx
	ctx.CgoEnabled = true
	withCgo, err := ctx.ImportDir(dir, 0)
	if withCgo == nil || err != nil && withCgo.Name == "" {
		return nil
	}
	compiled := map[string]bool{}
	for _, f := range bp.GoFiles {
		compiled[f] = true
	}
	var out []string
	for _, f := range append(append([]string{}, withCgo.GoFiles...), withCgo.CgoFiles...) {
		if !compiled[f] {
			out = append(out, filepath.Join(dir, f))
		}
	}
	sort.Strings(out)
	return out
}

// hasCgoIgnored: go/build records the cgo tag only for constraint lines; a file importing
// "C" without one lands in IgnoredGoFiles with CGO_ENABLED=0.
func hasCgoIgnored(bp *build.Package) bool {
	return len(bp.IgnoredGoFiles) > 0
}

// check type-checks a package of the module from source, with the module's language version,
// collecting every error the compiler would report.
func (l *moduleLoader) check(lp *loadedPackage) {
	if lp.checked {
		return
	}
	lp.checked = true
	if len(lp.syntaxErrors) > 0 || len(lp.files) == 0 {
		return
	}
	l.loading[lp.importPath] = true
	defer delete(l.loading, lp.importPath)
	lp.info = &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	var errs []types.Error
	conf := types.Config{
		Importer:  importerFunc(l.importPackage),
		GoVersion: l.mod.languageVersion(),
		Sizes:     types.SizesFor("gc", l.s.t.GOARCH),
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				errs = append(errs, te)
			}
		},
	}
	lp.pkg, _ = conf.Check(lp.importPath, l.s.fset, lp.files, lp.info)
	sort.SliceStable(errs, func(i, j int) bool { return errs[i].Pos < errs[j].Pos })
	for i, e := range errs {
		if i == maxTypeErrorsPerPackage {
			p := l.s.fset.Position(e.Pos)
			lp.typeErrors = append(lp.typeErrors, Diagnostic{File: p.Filename, Line: p.Line, Column: p.Column, Message: fmt.Sprintf("too many errors (%d more)", len(errs)-i)})
			break
		}
		p := l.s.fset.Position(e.Pos)
		lp.typeErrors = append(lp.typeErrors, Diagnostic{File: p.Filename, Line: p.Line, Column: p.Column, Message: l.explain(lp, e.Msg)})
	}
	for _, f := range lp.files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv == nil {
				continue
			}
			if fn, ok := lp.info.Defs[fd.Name].(*types.Func); ok {
				l.decls[fn] = methodDecl{decl: fd, info: lp.info}
			}
		}
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func (l *moduleLoader) importPackage(importPath string) (*types.Package, error) {
	if l.isOwn(importPath) {
		if l.loading[importPath] {
			return nil, fmt.Errorf("import cycle through %s", importPath)
		}
		lp, ok := l.pkgs[importPath]
		if !ok || lp.noGo {
			return nil, fmt.Errorf("no Go files for this target in module %s's folder for %s", l.mod.module, importPath)
		}
		l.check(lp)
		if lp.pkg == nil {
			return nil, fmt.Errorf("package %s has syntax errors", importPath)
		}
		if len(lp.typeErrors) > 0 {
			// The compiler would stop at that package; the importer goes on with what
			// was checked so this package's own errors are still found.
			return lp.pkg, nil
		}
		return lp.pkg, nil
	}
	return l.imp.ImportFrom(importPath, l.root, 0)
}

// isStandard follows the go command's convention: only standard library import paths have
// no dot in their first element.
func isStandard(importPath string) bool {
	first, _, _ := strings.Cut(importPath, "/")
	return !strings.Contains(first, ".")
}

// newImporter reads packages from the export data files a listing names.
func newImporter(fset *token.FileSet, l *listing) types.ImporterFrom {
	return importer.ForCompiler(fset, "gc", l.lookup).(types.ImporterFrom)
}

func syntaxDiagnostics(file string, err error) []Diagnostic {
	var list goscanner.ErrorList
	if !errors.As(err, &list) {
		return []Diagnostic{{File: file, Message: err.Error()}}
	}
	var out []Diagnostic
	for i, e := range list {
		if i == maxSyntaxErrorsPerFile {
			out = append(out, Diagnostic{File: file, Line: e.Pos.Line, Column: e.Pos.Column, Message: fmt.Sprintf("and %d more syntax errors", len(list)-i)})
			break
		}
		out = append(out, Diagnostic{File: file, Line: e.Pos.Line, Column: e.Pos.Column, Message: e.Msg})
	}
	return out
}
