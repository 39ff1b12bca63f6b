package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// constructorNames are tried in this order (SPEC section 2 rule 1).
var constructorNames = []string{"New", "NewPolicy"}

// examine applies the discovery rules to one loaded package.
func (l *moduleLoader) examine(lp *loadedPackage) PackageResult {
	res := PackageResult{
		ImportPath: lp.importPath, Dir: lp.dir, Name: lp.name,
		Policies: []Policy{}, Warnings: []Diagnostic{}, SyntaxErrors: lp.syntaxErrors,
	}
	if res.SyntaxErrors == nil {
		res.SyntaxErrors = []Diagnostic{}
	}
	if lp.pkg == nil {
		return res
	}
	scope := lp.pkg.Scope()
	warn := func(pos token.Pos, format string, args ...any) {
		res.Warnings = append(res.Warnings, l.diagnostic(pos, fmt.Sprintf(format, args...)))
	}

	// Rule 1: a constructor wins over the types.
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
		}
	}
	constructorFound := len(res.Policies) > 0

	// Rule 2: exported, non-generic named types, in declaration order.
	for _, obj := range typesInOrder(scope) {
		named, ok := obj.Type().(*types.Named)
		if !ok || obj.IsAlias() || types.IsInterface(named) {
			continue
		}
		if _, isPtr := named.Underlying().(*types.Pointer); isPtr {
			continue
		}
		report := l.s.contract.measure(types.NewPointer(named), lp.pkg)
		switch {
		case report.satisfied() && !obj.Exported():
			if !constructorFound {
				warn(obj.Pos(), "type %s satisfies the policy contract but is unexported, so it is not registered: export it or add func New() returning it", obj.Name())
			}
		case report.satisfied() && named.TypeParams().Len() > 0:
			warn(obj.Pos(), "generic type %s satisfies the policy contract but cannot be registered without type arguments: add func New() returning an instance", obj.Name())
		case report.satisfied():
			if constructorFound {
				continue
			}
			res.Policies = append(res.Policies, l.typePolicy(lp, obj, named))
		case obj.Exported() && report.isNearMiss():
			warn(obj.Pos(), "type %s is not a policy: %s", obj.Name(), strings.Join(report.problems, "; "))
		}
	}

	if lp.name == "main" && len(res.Policies) > 0 {
		for _, p := range res.Policies {
			res.Warnings = append(res.Warnings, Diagnostic{File: p.File, Line: p.Line, Message: fmt.Sprintf("%s satisfies the policy contract but is in package main, which cannot be imported: move it to a library package", p.Symbol)})
		}
		res.Policies = []Policy{}
	}
	return res
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
		if sig.Params().Len() == 0 && sig.Results().Len() > 1 && l.s.contract.measure(sig.Results().At(0).Type(), lp.pkg).satisfied() {
			warn(fn.Pos(), "func %s returns a policy but has %d results; only a %s() with exactly one result is used as a constructor", fn.Name(), sig.Results().Len(), fn.Name())
		}
		return Policy{}, false
	}
	result := sig.Results().At(0).Type()
	report := l.s.contract.measure(result, lp.pkg)
	q := types.RelativeTo(lp.pkg)
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

func (l *moduleLoader) typePolicy(lp *loadedPackage, obj *types.TypeName, named *types.Named) Policy {
	value := l.s.contract.measure(named, lp.pkg)
	kind := "pointer"
	if value.satisfied() {
		kind = "value"
	}
	composite := false
	switch named.Underlying().(type) {
	case *types.Struct, *types.Array, *types.Slice, *types.Map:
		composite = true
	}
	pointer := l.s.contract.measure(types.NewPointer(named), lp.pkg)
	pos := l.s.fset.Position(obj.Pos())
	return Policy{
		Symbol: obj.Name(), Kind: kind, Composite: composite,
		Name: l.staticName(pointer.funcs["Name"]), File: pos.Filename, Line: pos.Line,
	}
}

// staticName returns the constant a Name() method returns when its body is a single
// `return <constant string expression>`, so duplicate names are caught before compiling.
func (l *moduleLoader) staticName(fn *types.Func) *string {
	if fn == nil {
		return nil
	}
	md, ok := l.decls[fn.Origin()]
	if !ok || md.decl.Body == nil || len(md.decl.Body.List) != 1 {
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
