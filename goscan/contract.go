package main

import (
	"fmt"
	"go/types"
	"strings"
)

// wantMethod is one method of the policy contract (SPEC section 2).
type wantMethod struct {
	name string
	sig  *types.Signature
	// How the method reads in messages, with parameter names.
	text string
}

// contract is the Policy interface, built from real types so it can be compared with
// types.Identical: `interface{}` and `any` are the same type there, as in the compiler.
type contract struct {
	methods []wantMethod
}

func newContract(std types.ImporterFrom) contract {
	errorType := types.Universe.Lookup("error").Type()
	anyType := types.Universe.Lookup("any").Type()
	stringType := types.Typ[types.String]
	var ctxType types.Type = types.NewInterfaceType(nil, nil) // replaced below when GOROOT is readable
	if pkg, err := std.ImportFrom("context", "", 0); err == nil {
		if obj := pkg.Scope().Lookup("Context"); obj != nil {
			ctxType = obj.Type()
		}
	}
	v := func(name string, t types.Type) *types.Var { return types.NewParam(0, nil, name, t) }
	sig := func(params, results []*types.Var) *types.Signature {
		return types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), types.NewTuple(results...), false)
	}
	return contract{methods: []wantMethod{
		{name: "Name", sig: sig(nil, []*types.Var{v("", stringType)}), text: "Name() string"},
		{name: "Execute", sig: sig([]*types.Var{v("ctx", ctxType), v("input", anyType)}, []*types.Var{v("", anyType), v("", errorType)}), text: "Execute(ctx context.Context, input any) (any, error)"},
		{name: "Validate", sig: sig(nil, []*types.Var{v("", errorType)}), text: "Validate() error"},
	}}
}

// methodReport says how one type measures up against the contract.
type methodReport struct {
	// Contract methods present as methods (with any signature).
	present []string
	// One sentence per missing or mismatched method.
	problems []string
	funcs    map[string]*types.Func
}

func (r methodReport) satisfied() bool { return len(r.problems) == 0 }

// measure looks the contract's methods up in the method set of t (types.LookupFieldOrMethod
// follows embedded fields and applies the pointer/value receiver rules).
func (c contract) measure(t types.Type, pkg *types.Package) methodReport {
	report := methodReport{funcs: map[string]*types.Func{}}
	qualifier := qualifier(pkg)
	for _, m := range c.methods {
		obj, _, _ := types.LookupFieldOrMethod(t, false, pkg, m.name)
		switch obj := obj.(type) {
		case nil:
			if onPointerOnly(t, pkg, m.name) {
				report.present = append(report.present, m.name)
				report.problems = append(report.problems, fmt.Sprintf("%s has a pointer receiver, so a %s value lacks it (use *%s)", m.name, types.TypeString(t, qualifier), types.TypeString(t, qualifier)))
				continue
			}
			report.problems = append(report.problems, fmt.Sprintf("no method %s", m.text))
		case *types.Var:
			report.problems = append(report.problems, fmt.Sprintf("%s is a field, want method %s", m.name, m.text))
		case *types.Func:
			report.present = append(report.present, m.name)
			report.funcs[m.name] = obj
			got := obj.Type().(*types.Signature)
			if !types.Identical(got, m.sig) {
				report.problems = append(report.problems, fmt.Sprintf("%s has signature %s, want func%s", m.name, signatureText(got, qualifier), strings.TrimPrefix(m.text, m.name)))
			}
		}
	}
	return report
}

// signatureText prints a signature as `func(input any) (any, error)`, receiver left out.
func signatureText(sig *types.Signature, q types.Qualifier) string {
	plain := types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
	return types.TypeString(plain, q)
}

// isNearMiss decides whether a type that does not satisfy the contract deserves a warning.
// Execute is specific to policies, so having it at all counts; Name() or Validate() alone is
// common in ordinary code (config structs), so those count only together.
func (r methodReport) isNearMiss() bool {
	if r.satisfied() {
		return false
	}
	for _, name := range r.present {
		if name == "Execute" {
			return true
		}
	}
	return len(r.present) >= 2
}

// onPointerOnly reports whether name is a method of *t but not of t: the classic mistake of
// returning T from a constructor when the methods have pointer receivers.
func onPointerOnly(t types.Type, pkg *types.Package, name string) bool {
	if _, isPtr := t.(*types.Pointer); isPtr || types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(t), false, pkg, name)
	_, ok := obj.(*types.Func)
	return ok
}
