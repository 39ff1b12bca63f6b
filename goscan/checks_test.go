package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The discovery rules, one behaviour per case, checked on goscan's own output: which
// policies (symbol, kind, constant name), which warnings and which errors. The differential
// fixtures (compiler_test.go) check the verdicts against go build; these pin down the rules
// that decide the verdict and what the author is told.

// summary lists a module's policies as "Symbol kind name" (name "?" when not constant,
// "alias=X" appended for an alias), its warnings and its package errors as "code: message".
func summary(m ModuleResult) (policies, warnings, errors []string) {
	for _, pkg := range m.Packages {
		for _, p := range pkg.Policies {
			name := "?"
			if p.Name != nil {
				name = fmt.Sprintf("%q", *p.Name)
			}
			s := p.Symbol + " " + p.Kind + " " + name
			if p.AliasOf != "" {
				s += " alias=" + p.AliasOf
			}
			if p.Composite {
				s += " composite"
			}
			policies = append(policies, s)
		}
		for _, w := range pkg.Warnings {
			warnings = append(warnings, w.Message)
		}
		for _, e := range pkg.Errors {
			errors = append(errors, e.Code+": "+e.Message)
		}
	}
	return policies, warnings, errors
}

type ruleCase struct {
	name     string
	src      string   // package p, importing context
	policies []string // exactly
	warnings []string // one substring per warning, in order
	errors   []string // one substring per package error, in order
}

func checkRule(t *testing.T, m ModuleResult, tc ruleCase) {
	t.Helper()
	if len(m.Errors) > 0 {
		t.Fatalf("module errors: %v", m.Errors)
	}
	policies, warnings, errors := summary(m)
	if strings.Join(policies, "\n") != strings.Join(tc.policies, "\n") {
		t.Errorf("policies:\n  %s\nwant:\n  %s", strings.Join(policies, "\n  "), strings.Join(tc.policies, "\n  "))
	}
	for _, pair := range []struct {
		what      string
		got, want []string
	}{{"warnings", warnings, tc.warnings}, {"errors", errors, tc.errors}} {
		if len(pair.got) != len(pair.want) {
			t.Errorf("%s = %q, want %d matching %q", pair.what, pair.got, len(pair.want), pair.want)
			continue
		}
		for i, want := range pair.want {
			if !strings.Contains(pair.got[i], want) {
				t.Errorf("%s %d = %q, want it to contain %q", pair.what, i, pair.got[i], want)
			}
		}
	}
}

const (
	execute  = "func (T) Execute(context.Context, any) (any, error) { return nil, nil }\n"
	validate = "func (T) Validate() error { return nil }\n"
	iface    = "type Policy interface {\n\tName() string\n\tExecute(ctx context.Context, input any) (any, error)\n\tValidate() error\n}\n"
)

func TestRules(t *testing.T) {
	tests := []ruleCase{
		// Near misses: Execute is specific to policies; Name() and Validate() count together.
		{
			name:     "Name and Validate without Execute is a near miss",
			src:      "type Config struct{}\nfunc (Config) Name() string { return \"c\" }\nfunc (Config) Validate() error { return nil }\n",
			warnings: []string{"type Config is not a policy: no method Execute(ctx context.Context, input any) (any, error)"},
		},
		{
			name: "Name alone is ordinary code",
			src:  "type Config struct{}\nfunc (Config) Name() string { return \"c\" }\n",
		},
		{
			name: "Validate alone is ordinary code",
			src:  "type Config struct{}\nfunc (Config) Validate() error { return nil }\n",
		},
		{
			name:     "Execute alone is a near miss",
			src:      "type T struct{}\n" + execute,
			warnings: []string{"type T is not a policy: no method Name() string; no method Validate() error"},
		},
		{
			name: "an unexported near miss is not mentioned",
			src:  "type t struct{}\nfunc (t) Execute(context.Context, any) (any, error) { return nil, nil }\n",
		},
		{
			name:     "a field where a method is wanted",
			src:      "type T struct{ Name string }\n" + execute + validate,
			warnings: []string{"type T is not a policy: Name is a field, want method Name() string"},
		},
		{
			name:     "a wrong signature is named with the one wanted",
			src:      "type T struct{}\nfunc (T) Name() string { return \"t\" }\nfunc (T) Execute(ctx context.Context, in any) any { return nil }\n" + validate,
			warnings: []string{"type T is not a policy: Execute has signature func(ctx context.Context, in any) any, want func(ctx context.Context, input any) (any, error)"},
		},
		{
			name:     "a constructor returning a near miss is named",
			src:      "type C struct{}\nfunc (C) Execute(context.Context, any) (any, error) { return nil, nil }\nfunc New() C { return C{} }\n",
			warnings: []string{"func New() returns C, which is not a policy: no method Name() string", "type C is not a policy"},
		},
		{
			name: "a constructor returning ordinary code is not mentioned",
			src:  "type C struct{}\nfunc (C) Name() string { return \"c\" }\nfunc New() C { return C{} }\n",
		},

		// Rule 1: a constructor wins over the types.
		{
			name:     "the constructor's own type is its policy",
			src:      "type T struct{}\nfunc New() *T { return &T{} }\n" + policyMethods("*T", "t"),
			policies: []string{`New constructor "t"`},
		},
		{
			name:     "a constructor returning the interface registers what it returns",
			src:      iface + "type T struct{}\nfunc New() Policy { return &T{} }\n" + policyMethods("*T", "t"),
			policies: []string{"New constructor ?"},
		},
		{
			name:     "a constructor returning through a func literal does not claim its types",
			src:      iface + "type T struct{}\nfunc New() Policy { f := func() Policy { return &T{} }; return f() }\n" + policyMethods("*T", "t"),
			policies: []string{"New constructor ?"},
			warnings: []string{"type T satisfies the policy contract but is not registered: New() provides this package's policy"},
		},
		{
			name: "a complete type beside the constructor is left out, with a warning",
			src: "type T struct{}\nfunc New() *T { return &T{} }\n" + policyMethods("*T", "t") +
				"type U struct{}\n" + policyMethods("U", "u"),
			policies: []string{`New constructor "t"`},
			warnings: []string{"type U satisfies the policy contract but is not registered: New() provides this package's policy and a constructor wins over the types"},
		},
		{
			name: "New wins over NewPolicy",
			src: "type T struct{}\nfunc New() *T { return &T{} }\nfunc NewPolicy() *T { return &T{} }\n" +
				policyMethods("*T", "t"),
			policies: []string{`New constructor "t"`},
			warnings: []string{"func NewPolicy is not registered: New() already provides this package's policy"},
		},
		{
			name:     "NewPolicy alone is the constructor",
			src:      "type T struct{}\nfunc NewPolicy() *T { return &T{} }\n" + policyMethods("*T", "t"),
			policies: []string{`NewPolicy constructor "t"`},
		},
		{
			name:     "a New that is not a func is no constructor",
			src:      "type T struct{}\nvar New = func() *T { return &T{} }\n" + policyMethods("*T", "t"),
			policies: []string{`T pointer "t" composite`},
		},
		{
			name:     "a generic constructor falls back to the types",
			src:      "type T struct{}\nfunc New[P any]() *T { return &T{} }\n" + policyMethods("*T", "t"),
			policies: []string{`T pointer "t" composite`},
			warnings: []string{"func New is generic, so it is not called as a policy constructor"},
		},
		{
			name: "an alias beside the constructor is left out, with a warning",
			src: "type T struct{}\nfunc New() *T { return &T{} }\n" + policyMethods("*T", "t") +
				"type impl struct{}\n" + policyMethods("impl", "i") + "type Impl = impl\n",
			policies: []string{`New constructor "t"`},
			warnings: []string{"alias Impl satisfies the policy contract but is not registered: New() provides"},
		},
		{
			name: "an alias of the constructor's type is its policy",
			src: "type impl struct{}\nfunc New() *impl { return &impl{} }\n" + policyMethods("*impl", "i") +
				"type Impl = impl\n",
			policies: []string{`New constructor "i"`},
		},
		{
			name:     "an unexported type beside a constructor is not mentioned",
			src:      "type T struct{}\nfunc New() *T { return &T{} }\n" + policyMethods("*T", "t") + "type u struct{}\n" + policyMethods("u", "u"),
			policies: []string{`New constructor "t"`},
		},

		// Rule 2: exported, non-generic named types; kinds.
		{
			name:     "value receivers register a value",
			src:      "type T struct{}\n" + policyMethods("T", "t"),
			policies: []string{`T value "t" composite`},
		},
		{
			name:     "a non-composite named type",
			src:      "type T int\n" + policyMethods("T", "t"),
			policies: []string{`T value "t"`},
		},
		{
			name:     "types in declaration order",
			src:      "type B struct{}\n" + policyMethods("B", "b") + "type A struct{}\n" + policyMethods("*A", "a"),
			policies: []string{`B value "b" composite`, `A pointer "a" composite`},
		},
		{
			name:     "an unexported type with an exported alias is registered under the alias",
			src:      "type impl struct{}\n" + policyMethods("impl", "i") + "type Policy = impl\n",
			policies: []string{`Policy value "i" alias=impl composite`},
		},
		{
			name:     "an unexported type is named",
			src:      "type impl struct{}\n" + policyMethods("impl", "i"),
			warnings: []string{"type impl satisfies the policy contract but is unexported"},
		},
		{
			name:     "a generic type is named",
			src:      "type G[P any] struct{}\n" + policyMethods("G[P]", "g"),
			warnings: []string{"generic type G satisfies the policy contract but cannot be registered without type arguments"},
		},
		{
			name:     "an alias of a pointer is named",
			src:      "type impl struct{}\n" + policyMethods("*impl", "i") + "type Ptr = *impl\n",
			warnings: []string{"type impl satisfies the policy contract but is unexported", "alias Ptr denotes the pointer type *impl"},
		},
		{
			name:     "an alias of an exported type is not a second registration",
			src:      "type T struct{}\n" + policyMethods("T", "t") + "type Other = T\n",
			policies: []string{`T value "t" composite`},
		},
		{
			name:     "an alias of a near miss is named",
			src:      "type impl struct{}\nfunc (impl) Execute(context.Context, any) (any, error) { return nil, nil }\ntype Impl = impl\n",
			warnings: []string{"alias Impl denotes impl, which is not a policy: no method Name() string"},
		},

		// Constant names: a Name() whose body is a single return of a constant string.
		{
			name:     "a name from a constant expression",
			src:      "const prefix = \"team-\"\ntype T struct{}\nfunc (T) Name() string { return prefix + \"policy\" }\n" + execute + validate,
			policies: []string{`T value "team-policy" composite`},
		},
		{
			name:     "a name read from a field is not constant",
			src:      "type T struct{ id string }\nfunc (t T) Name() string { return t.id }\n" + execute + validate,
			policies: []string{"T value ? composite"},
		},
		{
			name:     "a name computed in two statements is not constant",
			src:      "type T struct{}\nfunc (T) Name() string { n := \"t\"; return n }\n" + execute + validate,
			policies: []string{"T value ? composite"},
		},
		{
			name:     "an empty constant name is an error",
			src:      "type T struct{}\n" + policyMethods("T", ""),
			policies: []string{`T value "" composite`},
			errors:   []string{`empty-name: T.Name() returns "": the engine refuses to start with an empty policy name`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			src := "package p\n\nimport \"context\"\n\nvar _ context.Context\n\n" + tc.src
			checkRule(t, scan(t, map[string]string{"p.go": src}), tc)
		})
	}
}

// writeTree writes files (paths relative to a temporary folder, go.mod files included) and
// returns the folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestKitNames: a Name() promoted from a policy kit in another module is read from the
// kit's source: a string literal, an exported constant, or an unexported constant (which
// export data leaves out). Anything else has no constant name.
func TestKitNames(t *testing.T) {
	kit := `package kit

import "context"

const Exported = "kit-" + "exported" // an expression: its value comes from export data
const unexported, other = "kit-unexported", "x"

const (
	group = "kit-group"
	repeated
)

type Literal struct{}

func (Literal) Name() string { return ("kit-literal") }

type Const struct{}

func (*Const) Name() string { return Exported }

type Hidden struct{}

func (Hidden) Name() string { return unexported }

type Computed struct{ ID string }

func (c Computed) Name() string { return c.ID }

type Long struct{}

func (Long) Name() string {
	n := "kit-long"
	return n
}

// Repeated's constant has an implicit value: not read from source (no constant name).
type Repeated struct{}

func (Repeated) Name() string { return repeated }

type Both struct{}

func (Both) Validate() error                           { return nil }
func (Both) Execute(context.Context, any) (any, error) { return nil, nil }
`
	pol := "package pol\n\nimport (\n\t\"context\"\n\n\t\"example.com/kit\"\n)\n\n"
	for _, e := range []string{"Literal", "Const", "Hidden", "Computed", "Long", "Repeated"} {
		pol += fmt.Sprintf("type %s struct {\n\tkit.%s\n\tkit.Both\n}\n\n", e, e)
	}
	root := writeTree(t, map[string]string{
		"kit/go.mod": "module example.com/kit\n\ngo 1.22\n",
		"kit/kit.go": kit,
		// A test file's declarations are not the package's.
		"kit/kit_test.go": "package kit_test\n\ntype Literal struct{}\n\nfunc (Literal) Name() string { return \"test\" }\n",
		"pol/go.mod":      "module example.com/pol\n\ngo 1.22\n\nrequire example.com/kit v0.0.0\n\nreplace example.com/kit => ../kit\n",
		"pol/pol.go":      pol + "var _ context.Context\n",
	})
	m := scanDirs(t, []target{linuxAMD64}, nil, filepath.Join(root, "pol")).Targets[0].Modules[0]
	policies, _, _ := summary(m)
	want := []string{
		`Literal value "kit-literal" composite`,
		`Const pointer "kit-exported" composite`,
		`Hidden value "kit-unexported" composite`,
		`Computed value ? composite`,
		`Long value ? composite`,
		`Repeated value ? composite`,
	}
	if strings.Join(policies, "\n") != strings.Join(want, "\n") {
		t.Errorf("policies:\n  %s\nwant:\n  %s\n%s", strings.Join(policies, "\n  "), strings.Join(want, "\n  "), dump(m))
	}
}
