package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// constructorNames are tried in this order (SPEC section 2 rule 1).
var constructorNames = []string{"New", "NewPolicy"}

// examine applies the discovery rules to one loaded package.
func (l *moduleLoader) examine(lp *loadedPackage) PackageResult {
	res := PackageResult{
		ImportPath: lp.importPath, Dir: lp.dir, Name: lp.name,
		Policies: []Policy{}, Warnings: l.cgoWarnings(lp), SyntaxErrors: lp.syntaxErrors,
		TypeErrors: []Diagnostic{}, Errors: []Diagnostic{},
	}
	if res.SyntaxErrors == nil {
		res.SyntaxErrors = []Diagnostic{}
	}
	if res.Warnings == nil {
		res.Warnings = []Diagnostic{}
	}
	if lp.pkg == nil {
		return res
	}
	scope := lp.pkg.Scope()
	warn := func(pos token.Pos, format string, args ...any) {
		res.Warnings = append(res.Warnings, l.diagnostic(pos, fmt.Sprintf(format, args...)))
	}

	// Rule 1: a constructor wins over the types.
	var ctor *types.Func
	for _, name := range constructorNames {
		fn, ok := scope.Lookup(name).(*types.Func)
		if !ok {
			continue
		}
		if p, ok := l.constructor(lp, fn, warn); ok {
			if len(res.Policies) > 0 {
				warn(fn.Pos(), "func %s is not registered: %s() already provides this package's policy", name, res.Policies[0].Symbol)
				continue
			}
			res.Policies = append(res.Policies, p)
			ctor = fn
		}
	}
	// The types the constructor builds are its policy, not policies left out.
	made := map[*types.TypeName]bool{}
	if ctor != nil {
		l.constructedTypes(lp, ctor, made)
	}
	besideConstructor := func(obj types.Object, what string) {
		warn(obj.Pos(), "%s satisfies the policy contract but is not registered: %s() provides this package's policy and a constructor wins over the types (SPEC section 2 rule 1); register it from a package of its own, or drop %s() so every complete type is registered", what, ctor.Name(), ctor.Name())
	}

	// Rule 2: exported, non-generic named types, in declaration order.
	aliasedBy := map[*types.TypeName]*types.TypeName{}
	var aliases []*types.TypeName
	for _, obj := range typesInOrder(scope) {
		if obj.IsAlias() {
			aliases = append(aliases, obj)
			if named, ok := types.Unalias(obj.Type()).(*types.Named); ok && obj.Exported() && aliasedBy[named.Obj()] == nil {
				aliasedBy[named.Obj()] = obj
			}
		}
	}
	for _, obj := range typesInOrder(scope) {
		if obj.IsAlias() {
			continue
		}
		named, ok := obj.Type().(*types.Named)
		if !ok || types.IsInterface(named) {
			continue
		}
		if _, isPtr := named.Underlying().(*types.Pointer); isPtr {
			continue
		}
		report := l.contract.measure(types.NewPointer(named), lp.pkg)
		switch {
		case report.satisfied() && !obj.Exported():
			if ctor == nil && aliasedBy[obj] == nil {
				warn(obj.Pos(), "type %s satisfies the policy contract but is unexported, so it is not registered: export it, add an exported alias (type Policy = %s) or add func New() returning it", obj.Name(), obj.Name())
			}
		case report.satisfied() && named.TypeParams().Len() > 0:
			warn(obj.Pos(), "generic type %s satisfies the policy contract but cannot be registered without type arguments: add func New() returning an instance", obj.Name())
		case report.satisfied():
			if ctor != nil {
				if !made[obj] {
					besideConstructor(obj, "type "+obj.Name())
				}
				continue
			}
			if p, ok := l.typePolicy(lp, obj, named, warn); ok {
				res.Policies = append(res.Policies, p)
			}
		case obj.Exported() && report.isNearMiss():
			warn(obj.Pos(), "type %s is not a policy: %s", obj.Name(), strings.Join(report.problems, "; "))
		}
	}

	// Exported aliases: registered when they are the only exported name of a policy type
	// (an unexported type, or a type of another package).
	for _, obj := range aliases {
		if p, ok := l.aliasPolicy(lp, obj, warn); ok {
			if ctor != nil {
				if named, isNamed := types.Unalias(obj.Type()).(*types.Named); !isNamed || !made[named.Obj()] {
					besideConstructor(obj, "alias "+obj.Name())
				}
				continue
			}
			res.Policies = append(res.Policies, p)
		}
	}

	if lp.name == "main" && len(res.Policies) > 0 {
		for _, p := range res.Policies {
			res.Warnings = append(res.Warnings, Diagnostic{File: p.File, Line: p.Line, Message: fmt.Sprintf("%s satisfies the policy contract but is in package main, which cannot be imported: move it to a library package", p.Symbol)})
		}
		res.Policies = []Policy{}
	}
	for _, p := range res.Policies {
		if p.Name != nil && *p.Name == "" {
			res.Errors = append(res.Errors, Diagnostic{File: p.File, Line: p.Line, Code: "empty-name",
				Message: fmt.Sprintf("%s.Name() returns \"\": the engine refuses to start with an empty policy name", p.Symbol),
				Fix:     "return a unique, non-empty name from Name()"})
		}
	}
	return res
}

// aliasPolicy decides whether an exported alias registers a policy: `type Policy = impl`
// with an unexported impl, or `type Policy = other.T` / `= G[int]` naming a type that is
// not registered under a name of this package otherwise.
func (l *moduleLoader) aliasPolicy(lp *loadedPackage, obj *types.TypeName, warn func(token.Pos, string, ...any)) (Policy, bool) {
	if !obj.Exported() {
		return Policy{}, false
	}
	// (*types.Alias).TypeParams is Go 1.23 API; goscan builds with Go 1.22, where aliases
	// cannot be generic.
	if a, ok := obj.Type().(*types.Alias); ok && isGenericAlias(a) {
		if l.contract.measure(types.NewPointer(types.Unalias(a)), lp.pkg).satisfied() {
			warn(obj.Pos(), "generic alias %s cannot be registered without type arguments: add func New() returning an instance", obj.Name())
		}
		return Policy{}, false
	}
	q := qualifier(lp.pkg)
	target := types.Unalias(obj.Type())
	if ptr, ok := target.(*types.Pointer); ok {
		if l.contract.measure(ptr, lp.pkg).satisfied() {
			warn(obj.Pos(), "alias %s denotes the pointer type %s, which cannot be registered as a composite literal: alias the type itself (type %s = %s) or add func New()", obj.Name(), types.TypeString(ptr, q), obj.Name(), types.TypeString(ptr.Elem(), q))
		}
		return Policy{}, false
	}
	named, ok := target.(*types.Named)
	if !ok || types.IsInterface(named) {
		return Policy{}, false
	}
	if _, isPtr := named.Underlying().(*types.Pointer); isPtr {
		return Policy{}, false
	}
	report := l.contract.measure(types.NewPointer(named), lp.pkg)
	sameExported := named.Obj().Pkg() == lp.pkg && named.Obj().Exported() && named.TypeArgs().Len() == 0
	switch {
	case sameExported:
		// T is registered (or reported) under its own name; a second registration of the
		// same type would be a duplicate name.
		return Policy{}, false
	case !report.satisfied():
		if report.isNearMiss() {
			warn(obj.Pos(), "alias %s denotes %s, which is not a policy: %s", obj.Name(), types.TypeString(named, q), strings.Join(report.problems, "; "))
		}
		return Policy{}, false
	}
	p, ok := l.typePolicy(lp, obj, named, warn)
	p.AliasOf = types.TypeString(named, q)
	return p, ok
}

// constructedTypes collects the named types a constructor returns: its result type and the
// types of the expressions its return statements return (for New() Policy { return &T{} }).
func (l *moduleLoader) constructedTypes(lp *loadedPackage, fn *types.Func, into map[*types.TypeName]bool) {
	addType := func(t types.Type) {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			into[n.Obj()] = true
		}
	}
	addType(fn.Type().(*types.Signature).Results().At(0).Type())
	for _, f := range lp.files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || lp.info.Defs[fd.Name] != fn {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.ReturnStmt:
					for _, r := range n.Results {
						if tv, ok := lp.info.Types[r]; ok {
							addType(tv.Type)
						}
					}
				}
				return true
			})
		}
	}
}

// constructor checks a New/NewPolicy function: no parameters, one result that satisfies
// the contract. The result may be an interface or an unexported type.
func (l *moduleLoader) constructor(lp *loadedPackage, fn *types.Func, warn func(token.Pos, string, ...any)) (Policy, bool) {
	sig := fn.Type().(*types.Signature)
	if sig.TypeParams().Len() > 0 {
		warn(fn.Pos(), "func %s is generic, so it is not called as a policy constructor", fn.Name())
		return Policy{}, false
	}
	if sig.Results().Len() != 1 {
		// func New() (*T, error) is a common shape; it is only worth a word when T is a policy.
		if sig.Params().Len() == 0 && sig.Results().Len() > 1 && l.contract.measure(sig.Results().At(0).Type(), lp.pkg).satisfied() {
			warn(fn.Pos(), "func %s returns a policy but has %d results; only a %s() with exactly one result is used as a constructor", fn.Name(), sig.Results().Len(), fn.Name())
		}
		return Policy{}, false
	}
	result := sig.Results().At(0).Type()
	report := l.contract.measure(result, lp.pkg)
	q := qualifier(lp.pkg)
	switch {
	case sig.Params().Len() > 0:
		if report.satisfied() {
			warn(fn.Pos(), "func %s returns a policy but takes parameters; only a %s() without parameters is used as a constructor", fn.Name(), fn.Name())
		}
		return Policy{}, false
	case !report.satisfied():
		if report.isNearMiss() {
			warn(fn.Pos(), "func %s() returns %s, which is not a policy: %s", fn.Name(), types.TypeString(result, q), strings.Join(report.problems, "; "))
		}
		return Policy{}, false
	}
	pos := l.s.fset.Position(fn.Pos())
	p := Policy{Symbol: fn.Name(), Kind: "constructor", File: pos.Filename, Line: pos.Line}
	if !types.IsInterface(result) {
		p.Name = l.staticName(report.funcs["Name"])
	}
	return p, true
}

func (l *moduleLoader) typePolicy(lp *loadedPackage, obj *types.TypeName, named *types.Named, warn func(token.Pos, string, ...any)) (Policy, bool) {
	value := l.contract.measure(named, lp.pkg)
	kind := "pointer"
	if value.satisfied() {
		kind = "value"
	}
	composite := false
	switch named.Underlying().(type) {
	case *types.Struct, *types.Array, *types.Slice, *types.Map:
		composite = true
	}
	pointer := l.contract.measure(types.NewPointer(named), lp.pkg)
	pos := l.s.fset.Position(obj.Pos())
	p := Policy{
		Symbol: obj.Name(), Kind: kind, Composite: composite,
		Name: l.staticName(pointer.funcs["Name"]), File: pos.Filename, Line: pos.Line,
	}
	q := qualifier(lp.pkg)
	var nilIface, nilValue, nilRecv []string
	for _, m := range l.contract.methods {
		_, index, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, lp.pkg, m.name)
		fn := pointer.funcs[m.name]
		if fn == nil || len(index) < 2 {
			continue
		}
		path := embeddingPath(named, index)
		if len(path) == 0 {
			continue
		}
		last := path[len(path)-1]
		p.Promoted = append(p.Promoted, fmt.Sprintf("%s: %s", m.name, types.TypeString(last.Type(), q)))
		// A field that is nil in T{}: an interface, or a pointer on the way.
		throughPointer := -1
		for i, f := range path {
			if _, ok := f.Type().Underlying().(*types.Pointer); ok && throughPointer < 0 {
				throughPointer = i
			}
		}
		_, recvIsPtr := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer)
		switch {
		case types.IsInterface(last.Type()):
			nilIface = append(nilIface, fmt.Sprintf("%s (from the embedded interface %s)", m.name, fieldName(path, q)))
		case throughPointer >= 0 && (throughPointer < len(path)-1 || !recvIsPtr):
			nilValue = append(nilValue, fmt.Sprintf("%s (through the embedded pointer %s)", m.name, fieldName(path[:throughPointer+1], q)))
		case throughPointer >= 0:
			nilRecv = append(nilRecv, fmt.Sprintf("%s (on the embedded pointer %s)", m.name, fieldName(path, q)))
		}
	}
	lit := "&" + obj.Name() + "{}"
	if kind == "value" {
		lit = obj.Name() + "{}"
	}
	switch {
	case len(nilIface) > 0 || len(nilValue) > 0:
		warn(obj.Pos(), "type %s satisfies the policy contract but is not registered: in %s the embedded field is nil, so calling %s panics when the engine starts; implement the methods on %s, or add func New() that sets the field",
			obj.Name(), lit, strings.Join(append(nilIface, nilValue...), ", "), obj.Name())
		return p, false
	case len(nilRecv) > 0:
		warn(obj.Pos(), "type %s is registered as %s, so %s is called with a nil receiver: it panics if it reads the receiver's fields; add func New() that sets the field if it does", obj.Name(), lit, strings.Join(nilRecv, ", "))
	}
	return p, true
}

// embeddingPath lists the embedded fields a promoted method is found through (the index
// LookupFieldOrMethod returns, minus the method's own index).
func embeddingPath(t types.Type, index []int) []*types.Var {
	var path []*types.Var
	cur := t
	for _, i := range index[:len(index)-1] {
		if p, ok := cur.Underlying().(*types.Pointer); ok {
			cur = p.Elem()
		}
		st, ok := cur.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		f := st.Field(i)
		path = append(path, f)
		cur = f.Type()
	}
	return path
}

func fieldName(path []*types.Var, q types.Qualifier) string {
	var names []string
	for _, f := range path {
		names = append(names, f.Name())
	}
	return fmt.Sprintf("%s (%s)", strings.Join(names, "."), types.TypeString(path[len(path)-1].Type(), q))
}

// staticName returns the constant a Name() method returns when its body is a single
// `return <constant string expression>`, so duplicate names are caught before compiling.
func (l *moduleLoader) staticName(fn *types.Func) *string {
	if fn == nil {
		return nil
	}
	md, ok := l.decls[fn.Origin()]
	if !ok {
		return l.dependencyName(fn.Origin())
	}
	if md.decl.Body == nil || len(md.decl.Body.List) != 1 {
		return nil
	}
	ret, ok := md.decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	tv, ok := md.info.Types[ret.Results[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	s := constant.StringVal(tv.Value)
	return &s
}

func (l *moduleLoader) diagnostic(pos token.Pos, message string) Diagnostic {
	p := l.s.fset.Position(pos)
	return Diagnostic{File: p.Filename, Line: p.Line, Column: p.Column, Message: message}
}

// typesInOrder lists the package's type names by source position, so results are stable
// and read in the order the author wrote them.
func typesInOrder(scope *types.Scope) []*types.TypeName {
	var out []*types.TypeName
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok {
			out = append(out, tn)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos() < out[j].Pos() })
	return out
}

func isGenericAlias(a *types.Alias) bool {
	g, ok := any(a).(interface{ TypeParams() *types.TypeParamList })
	return ok && g.TypeParams().Len() > 0
}

// dependencyName reads a constant Name() result from the source of another module's package
// (a policy kit's Base.Name), whose types come from export data: the method's declaration
// is found in the package's folder by receiver and name, and its single return is read when
// it is a string literal or a constant of that package.
func (l *moduleLoader) dependencyName(fn *types.Func) *string {
	if l.deps == nil || fn.Pkg() == nil {
		return nil
	}
	lp := l.deps.packages[fn.Pkg().Path()]
	if lp == nil || lp.Standard {
		return nil
	}
	dir := lp.Dir
	if dir == "" && lp.Module != nil && lp.Module.Dir != "" {
		// go list -trimpath leaves Dir out of its JSON; the module's folder is there.
		if rest, ok := strings.CutPrefix(lp.ImportPath, lp.Module.Path); ok {
			dir = filepath.Join(lp.Module.Dir, filepath.FromSlash(strings.TrimPrefix(rest, "/")))
		}
	}
	if dir == "" {
		return nil
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return nil
	}
	rt := recv.Type()
	if p, ok := rt.(*types.Pointer); ok {
		rt = p.Elem()
	}
	named, ok := types.Unalias(rt).(*types.Named)
	if !ok {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var found []*ast.FuncDecl
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, _ := l.s.files.parse(filepath.Join(dir, name))
		if f == nil {
			continue
		}
		files = append(files, f)
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if ok && fd.Recv != nil && len(fd.Recv.List) == 1 && fd.Name.Name == fn.Name() && receiverName(fd.Recv.List[0].Type) == named.Obj().Name() {
				found = append(found, fd)
			}
		}
	}
	if len(found) != 1 || found[0].Body == nil || len(found[0].Body.List) != 1 {
		return nil
	}
	ret, ok := found[0].Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	expr := ret.Results[0]
	for {
		p, ok := expr.(*ast.ParenExpr)
		if !ok {
			break
		}
		expr = p.X
	}
	switch e := expr.(type) {
	case *ast.BasicLit:
		if e.Kind == token.STRING {
			if v, err := strconv.Unquote(e.Value); err == nil {
				return &v
			}
		}
	case *ast.Ident:
		if c, ok := fn.Pkg().Scope().Lookup(e.Name).(*types.Const); ok && c.Val().Kind() == constant.String {
			v := constant.StringVal(c.Val())
			return &v
		}
		// Export data leaves unexported constants out: read `const name = "..."` instead.
		for _, f := range files {
			if v, ok := stringConst(f, e.Name); ok {
				return &v
			}
		}
	}
	return nil
}

// stringConst finds `const name = "literal"` at package level in f.
func stringConst(f *ast.File, name string) (string, bool) {
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if n.Name != name || i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if v, err := strconv.Unquote(lit.Value); err == nil {
						return v, true
					}
				}
			}
		}
	}
	return "", false
}

// receiverName is T for a receiver written T, *T, T[P] or *T[P].
func receiverName(expr ast.Expr) string {
	for {
		switch e := expr.(type) {
		case *ast.StarExpr:
			expr = e.X
		case *ast.IndexExpr:
			expr = e.X
		case *ast.IndexListExpr:
			expr = e.X
		case *ast.ParenExpr:
			expr = e.X
		case *ast.Ident:
			return e.Name
		default:
			return ""
		}
	}
}

// qualifier prints types of other packages by package name (kit.Base), as the user wrote them.
func qualifier(pkg *types.Package) types.Qualifier {
	return func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
}
