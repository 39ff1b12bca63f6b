package main

import (
	"sort"
	"strings"
	"testing"
)

// TestModuleLayout: which folders of a module are candidate packages (SPEC section 2 rule 3):
// not testdata/, vendor/, hidden or _-prefixed folders, nested modules or internal/ trees,
// although a candidate may import a package of internal/.
func TestModuleLayout(t *testing.T) {
	policy := func(pkg string) string {
		return "package " + pkg + "\nimport \"context\"\ntype T struct{}\n" + policyMethods("T", pkg)
	}
	dir := writeModule(t, map[string]string{
		"root.go":               policy("m"),
		"a/a.go":                "package a\nimport (\n\t\"context\"\n\t\"example.com/m/internal/impl\"\n)\ntype T struct{ impl.Base }\nfunc (T) Execute(context.Context, any) (any, error) { return nil, nil }\n",
		"internal/impl/impl.go": "package impl\ntype Base struct{}\nfunc (Base) Name() string { return \"a\" }\nfunc (Base) Validate() error { return nil }\n",
		"internal/pol/pol.go":   policy("pol"),
		"x/internal/y/y.go":     policy("y"),
		"testdata/td/td.go":     policy("td"),
		"vendor/v/v.go":         policy("v"),
		".hidden/h.go":          policy("h"),
		"_skip/s.go":            policy("s"),
		"nested/go.mod":         "module example.com/nested\n\ngo 1.22\n",
		"nested/n.go":           policy("n"),
		"nested/deeper/d.go":    policy("d"),
		"empty/README.md":       "no Go files",
		"b/b.go":                policy("b"),
		"b/b_test.go":           "package b\nfunc broken( {\n",
		"onlytests/x_test.go":   "package onlytests\n",
		"ignored/ignored.go":    "//go:build ignore\n\n" + policy("ignored"),
		"d/d.go":                "package d\nimport \"example.com/m/internal/missing\"\n",
		"e/e.go":                "package e\nimport _ \"example.com/m/empty\"\n",
		"cycle/one/one.go":      "package one\nimport _ \"example.com/m/cycle/two\"\n",
		"cycle/two/two.go":      "package two\nimport _ \"example.com/m/cycle/one\"\n",
		"broken/imp/imp.go":     "package imp\nfunc {\n",
		"broken/user/user.go":   "package user\nimport _ \"example.com/m/broken/imp\"\n",
		"typeerr/imp/imp.go":    "package imp\nvar X int = \"s\"\n",
		"typeerr/user/user.go":  "package user\nimport \"example.com/m/typeerr/imp\"\nvar _ = imp.X\n",
	})
	m := scanDirs(t, []target{linuxAMD64}, nil, dir).Targets[0].Modules[0]
	if len(m.Errors) > 0 {
		t.Fatalf("module errors: %v", m.Errors)
	}
	var pkgs, policies []string
	typeErrors := map[string][]string{}
	for _, p := range m.Packages {
		pkgs = append(pkgs, strings.TrimPrefix(p.ImportPath, "example.com/m"))
		for _, pol := range p.Policies {
			policies = append(policies, strings.TrimPrefix(p.ImportPath, "example.com/m")+"."+pol.Symbol)
		}
		for _, d := range append(append([]Diagnostic{}, p.TypeErrors...), p.SyntaxErrors...) {
			typeErrors[strings.TrimPrefix(p.ImportPath, "example.com/m")] = append(typeErrors[strings.TrimPrefix(p.ImportPath, "example.com/m")], d.Message)
		}
		for _, d := range p.Warnings {
			typeErrors[strings.TrimPrefix(p.ImportPath, "example.com/m")] = append(typeErrors[strings.TrimPrefix(p.ImportPath, "example.com/m")], "warning: "+d.Message)
		}
	}
	sort.Strings(pkgs)
	if got := strings.Join(pkgs, " "); got != " /a /b /broken/imp /broken/user /cycle/one /cycle/two /d /e /typeerr/imp /typeerr/user" {
		t.Errorf("candidate packages = %s", got)
	}
	if got := strings.Join(policies, " "); got != ".T /a.T /b.T" {
		t.Errorf("policies = %s", got)
	}
	var lines []string
	for pkg, msgs := range typeErrors {
		lines = append(lines, pkg+": "+strings.Join(msgs, "; "))
	}
	sort.Strings(lines)
	for _, want := range []string{
		"/cycle/one: " + `import cycle through example.com/m/cycle/one`,
		"/d: " + `could not import example.com/m/internal/missing (no Go files for this target in module example.com/m's folder for example.com/m/internal/missing)`,
		"/e: " + `could not import example.com/m/empty (no Go files for this target in module example.com/m's folder for example.com/m/empty)`,
		"/broken/imp: " + `expected 'IDENT', found '{'`,
		"/broken/user: " + `could not import example.com/m/broken/imp (package example.com/m/broken/imp has syntax errors)`,
		"/typeerr/imp: " + `cannot use "s" (untyped string constant) as int value in variable declaration`,
	} {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, want[:strings.Index(want, ": ")+2]) && strings.Contains(l, want[strings.Index(want, ": ")+2:]) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s in\n%s", want, strings.Join(lines, "\n"))
		}
	}
}
