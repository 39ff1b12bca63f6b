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
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// maxSyntaxErrorsPerFile keeps a badly broken file from flooding the report.
const maxSyntaxErrorsPerFile = 10

// scanner holds what is shared by every module of one run: the file set and the standard
// library importer, whose parsed packages are cached so `context` is read only once.
type scanner struct {
	ctx      build.Context
	fset     *token.FileSet
	std      types.ImporterFrom
	contract contract
}

func newScanner(ctx build.Context) *scanner {
	fset := token.NewFileSet()
	s := &scanner{ctx: ctx, fset: fset}
	s.std = importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
	s.contract = newContract(s.std)
	return s
}

// forTarget is a scanner for another platform sharing the file set, the standard library
// importer and the contract.
func (s *scanner) forTarget(ctx build.Context) *scanner {
	return &scanner{ctx: ctx, fset: s.fset, std: s.std, contract: s.contract}
}

// loadedPackage is one parsed and type-checked package.
type loadedPackage struct {
	importPath   string
	dir          string
	name         string
	files        []*ast.File
	pkg          *types.Package
	info         *types.Info
	syntaxErrors []Diagnostic
	noGo         bool
}

// methodDecl links a method object back to its source, to read constant Name() results.
type methodDecl struct {
	decl *ast.FuncDecl
	info *types.Info
}

// moduleLoader loads the packages of one module. Packages of the same module are
// type-checked from source (so methods promoted from a sibling package's embedded type are
// seen); the standard library is read from GOROOT; other modules are not available to a
// scanner that must not download anything, so they become empty packages and errors about
// them are ignored.
type moduleLoader struct {
	s       *scanner
	root    string
	modPath string
	pkgs    map[string]*loadedPackage
	loading map[string]bool
	decls   map[*types.Func]methodDecl
}

func (s *scanner) scanModule(dir string) ModuleResult {
	result := ModuleResult{Dir: dir, Packages: []PackageResult{}, Errors: []Diagnostic{}}
	root, err := filepath.Abs(dir)
	if err != nil {
		result.Errors = append(result.Errors, Diagnostic{File: dir, Message: err.Error()})
		return result
	}
	result.Dir = root
	modPath, err := readModulePath(filepath.Join(root, "go.mod"))
	if err != nil {
		result.Errors = append(result.Errors, Diagnostic{File: filepath.Join(root, "go.mod"), Message: err.Error()})
		return result
	}
	result.Module = modPath
	l := &moduleLoader{
		s: s, root: root, modPath: modPath,
		pkgs: map[string]*loadedPackage{}, loading: map[string]bool{}, decls: map[*types.Func]methodDecl{},
	}
	walkErr := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			result.Errors = append(result.Errors, Diagnostic{File: p, Message: err.Error()})
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != root && skipDir(p, d.Name()) {
			return filepath.SkipDir
		}
		lp := l.load(l.importPathOf(p), p)
		if lp.noGo {
			return nil
		}
		result.Packages = append(result.Packages, l.examine(lp))
		return nil
	})
	if walkErr != nil {
		result.Errors = append(result.Errors, Diagnostic{File: root, Message: walkErr.Error()})
	}
	return result
}

// skipDir applies SPEC section 2 rule 3: internal/ trees, testdata/, vendor/, hidden and
// _-prefixed directories, and nested modules are not part of a policy module's packages.
func skipDir(p, name string) bool {
	switch {
	case strings.HasPrefix(name, "."), strings.HasPrefix(name, "_"):
		return true
	case name == "testdata", name == "vendor", name == "internal":
		return true
	}
	if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
		return true
	}
	return false
}

func (l *moduleLoader) importPathOf(dir string) string {
	rel, err := filepath.Rel(l.root, dir)
	if err != nil || rel == "." {
		return l.modPath
	}
	return l.modPath + "/" + filepath.ToSlash(rel)
}

func (l *moduleLoader) dirOf(importPath string) (string, bool) {
	if importPath == l.modPath {
		return l.root, true
	}
	if rest, ok := strings.CutPrefix(importPath, l.modPath+"/"); ok {
		return filepath.Join(l.root, filepath.FromSlash(rest)), true
	}
	return "", false
}

// load parses the files `go build` would compile in dir for the target, then type-checks
// them unless they have syntax errors.
func (l *moduleLoader) load(importPath, dir string) *loadedPackage {
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
	lp.name = bp.Name
	// Files whose header does not parse are listed as invalid rather than dropped: parse
	// them too so their syntax errors are reported.
	names := append(append([]string{}, bp.GoFiles...), bp.InvalidGoFiles...)
	if len(names) == 0 {
		lp.noGo = true
		return lp
	}
	for _, name := range names {
		file := filepath.Join(dir, name)
		f, err := parser.ParseFile(l.s.fset, file, nil, parser.ParseComments|parser.AllErrors|parser.SkipObjectResolution)
		if err != nil {
			lp.syntaxErrors = append(lp.syntaxErrors, syntaxDiagnostics(file, err)...)
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
	if len(lp.syntaxErrors) > 0 {
		return lp
	}
	l.check(lp)
	return lp
}

func (l *moduleLoader) check(lp *loadedPackage) {
	l.loading[lp.importPath] = true
	defer delete(l.loading, lp.importPath)
	lp.info = &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
	}
	conf := types.Config{
		Importer:    importerFunc(l.importPackage),
		FakeImportC: true,
		// Identifiers from modules the scanner does not load are unresolved; the rest of
		// the package is still checked, which is all discovery needs.
		Error: func(error) {},
	}
	lp.pkg, _ = conf.Check(lp.importPath, l.s.fset, lp.files, lp.info)
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
	if dir, ok := l.dirOf(importPath); ok {
		if l.loading[importPath] {
			return fakePackage(importPath), nil
		}
		lp := l.load(importPath, dir)
		if lp.pkg != nil {
			return lp.pkg, nil
		}
		return fakePackage(importPath), nil
	}
	if isStandard(importPath) {
		if pkg, err := l.s.std.ImportFrom(importPath, "", 0); err == nil {
			return pkg, nil
		}
	}
	return fakePackage(importPath), nil
}

// isStandard follows the go command's convention: only standard library import paths have
// no dot in their first element.
func isStandard(importPath string) bool {
	first, _, _ := strings.Cut(importPath, "/")
	return !strings.Contains(first, ".")
}

var majorSuffix = regexp.MustCompile(`^v[0-9]+$`)

// fakePackage stands in for a package of another module: complete and empty, so every use
// of it is an (ignored) error and the importing package is still checked.
func fakePackage(importPath string) *types.Package {
	name := path.Base(importPath)
	if majorSuffix.MatchString(name) && path.Dir(importPath) != "." {
		name = path.Base(path.Dir(importPath))
	}
	name = strings.Map(func(r rune) rune {
		if r == '-' || r == '.' {
			return '_'
		}
		return r
	}, name)
	pkg := types.NewPackage(importPath, name)
	pkg.MarkComplete()
	return pkg
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

// readModulePath reads the module directive; the TypeScript side parses go.mod fully with
// `go mod edit -json`, this only needs the path to name packages.
func readModulePath(gomod string) (string, error) {
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 2 && fields[0] == "module" {
			p := fields[1]
			if strings.HasPrefix(p, `"`) || strings.HasPrefix(p, "`") {
				if unq, err := strconv.Unquote(p); err == nil {
					p = unq
				}
			}
			return p, nil
		}
	}
	return "", fmt.Errorf("no module directive")
}
