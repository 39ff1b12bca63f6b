package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const methods = `
func (%[1]s) Name() string                               { return "%[2]s" }
func (%[1]s) Execute(context.Context, any) (any, error) { return nil, nil }
func (%[1]s) Validate() error                            { return nil }
`

// policyMethods writes the three contract methods for a receiver such as "*T" or "T".
func policyMethods(recv, name string) string {
	return strings.NewReplacer("%[1]s", recv, "%[2]s", name).Replace(methods)
}

// writeModule creates a module in a temporary folder from file name -> content.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.22\n"
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var linuxAMD64 = target{GOOS: "linux", GOARCH: "amd64"}

// scanDirs runs goscan's scan of module folders for targets, as the command does.
func scanDirs(t *testing.T, targets []target, tags []string, dirs ...string) Result {
	t.Helper()
	return scanAll(targets, dirs, listOptions{tags: tags, env: os.Environ()})
}

func scan(t *testing.T, files map[string]string) ModuleResult {
	t.Helper()
	return scanDirs(t, []target{linuxAMD64}, nil, writeModule(t, files)).Targets[0].Modules[0]
}

func TestScan(t *testing.T) {
	tests := []struct {
		name         string
		files        map[string]string
		wantPolicies []string // "symbol kind"
		wantWarnings []string // substrings, in order
		wantSyntax   bool
	}{
		{
			name: "constructor returning a value whose methods have pointer receivers",
			files: map[string]string{"p.go": "package p\nimport \"context\"\ntype T struct{}\nfunc New() T { return T{} }\n" +
				policyMethods("*T", "t")},
			wantPolicies: []string{"T pointer"},
			wantWarnings: []string{"func New() returns T, which is not a policy: Name has a pointer receiver, so a T value lacks it (use *T)"},
		},
		{
			name: "constructor with parameters falls back to the types",
			files: map[string]string{"p.go": "package p\nimport \"context\"\ntype T struct{ n int }\nfunc New(n int) *T { return &T{n} }\n" +
				policyMethods("*T", "t")},
			wantPolicies: []string{"T pointer"},
			wantWarnings: []string{"func New returns a policy but takes parameters"},
		},
		{
			name: "constructor with an error result falls back to the types",
			files: map[string]string{"p.go": "package p\nimport \"context\"\ntype T struct{}\nfunc New() (*T, error) { return &T{}, nil }\n" +
				policyMethods("*T", "t")},
			wantPolicies: []string{"T pointer"},
			wantWarnings: []string{"func New returns a policy but has 2 results"},
		},
		{
			name:         "an ordinary New() (*Client, error) is not mentioned",
			files:        map[string]string{"p.go": "package p\ntype Client struct{}\nfunc New() (*Client, error) { return &Client{}, nil }\n"},
			wantPolicies: nil,
		},
		{
			name:         "unexported type without constructor",
			files:        map[string]string{"p.go": "package p\nimport \"context\"\ntype t struct{}\n" + policyMethods("t", "t")},
			wantWarnings: []string{"type t satisfies the policy contract but is unexported"},
		},
		{
			name:         "package main cannot be imported",
			files:        map[string]string{"main.go": "package main\nimport \"context\"\ntype T struct{}\nfunc main() {}\n" + policyMethods("T", "t")},
			wantWarnings: []string{"T satisfies the policy contract but is in package main"},
		},
		{
			name: "methods promoted through an embedded field",
			files: map[string]string{
				"p.go":   "package p\nimport \"context\"\ntype Base struct{}\nfunc (Base) Name() string { return \"b\" }\nfunc (Base) Validate() error { return nil }\ntype T struct{ Base }\nfunc (*T) Execute(context.Context, any) (any, error) { return nil, nil }\n",
				"x.go":   "package p\n",
				"q/q.go": "package q\n",
			},
			wantPolicies: []string{"T pointer"},
			wantWarnings: []string{"type Base is not a policy: no method Execute"},
		},
		{
			name:         "an interface type is not instantiable",
			files:        map[string]string{"p.go": "package p\nimport \"context\"\ntype I interface {\n Name() string\n Execute(context.Context, any) (any, error)\n Validate() error\n}\n"},
			wantPolicies: nil,
		},
		{
			name:         "wrong result type of Name",
			files:        map[string]string{"p.go": "package p\nimport \"context\"\ntype T struct{}\nfunc (T) Name() []byte { return nil }\nfunc (T) Execute(context.Context, any) (any, error) { return nil, nil }\nfunc (T) Validate() error { return nil }\n"},
			wantWarnings: []string{"type T is not a policy: Name has signature func() []byte, want func() string"},
		},
		{
			name:       "syntax error",
			files:      map[string]string{"p.go": "package p\nfunc {\n"},
			wantSyntax: true,
		},
		{
			name:       "two package names in one folder",
			files:      map[string]string{"a.go": "package a\n", "b.go": "package b\n"},
			wantSyntax: true,
		},
		{
			name:         "cgo files are excluded (CGO_ENABLED=0)",
			files:        map[string]string{"p.go": "package p\n", "c.go": "package p\nimport \"C\"\nimport \"context\"\ntype T struct{}\n" + policyMethods("T", "t")},
			wantPolicies: nil,
			wantWarnings: []string{"c.go is not compiled: the engine is built with CGO_ENABLED=0"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := scan(t, tt.files)
			if len(res.Errors) > 0 {
				t.Fatalf("module errors: %v", res.Errors)
			}
			var policies, warnings []string
			syntax := false
			for _, pkg := range res.Packages {
				for _, p := range pkg.Policies {
					policies = append(policies, p.Symbol+" "+p.Kind)
				}
				for _, w := range pkg.Warnings {
					warnings = append(warnings, w.Message)
				}
				syntax = syntax || len(pkg.SyntaxErrors) > 0
			}
			if strings.Join(policies, ",") != strings.Join(tt.wantPolicies, ",") {
				t.Errorf("policies = %v, want %v", policies, tt.wantPolicies)
			}
			if len(warnings) != len(tt.wantWarnings) {
				t.Fatalf("warnings = %q, want %d matching %q", warnings, len(tt.wantWarnings), tt.wantWarnings)
			}
			for i, want := range tt.wantWarnings {
				if !strings.Contains(warnings[i], want) {
					t.Errorf("warning %d = %q, want it to contain %q", i, warnings[i], want)
				}
			}
			if syntax != tt.wantSyntax {
				t.Errorf("syntax errors = %v, want %v", syntax, tt.wantSyntax)
			}
		})
	}
}
