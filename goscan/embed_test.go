package main

import (
	"strings"
	"testing"
)

// TestEmbedding: methods promoted through embedded fields. A field that is nil in the
// composite literal the engine registers (an interface, or a pointer on the way to a value
// receiver) would panic when called, so the type is not registered; a pointer-receiver
// method reached through an embedded pointer is called with a nil receiver, which is worth
// a warning but compiles and may work.
func TestEmbedding(t *testing.T) {
	const own = "func (T) Execute(context.Context, any) (any, error) { return nil, nil }\nfunc (T) Validate() error { return nil }\n"
	tests := []struct {
		name     string
		src      string
		policies []string // "Symbol kind" plus the promoted methods
		warnings []string
	}{
		{
			name:     "a promoted value method",
			src:      "type Base struct{}\nfunc (Base) Name() string { return \"b\" }\ntype T struct{ Base }\n" + own,
			policies: []string{"T value [Name: Base]"},
		},
		{
			name:     "an embedded interface is nil in T{}",
			src:      "type Namer interface{ Name() string }\ntype T struct{ Namer }\n" + own,
			warnings: []string{"type T satisfies the policy contract but is not registered: in T{} the embedded field is nil, so calling Name (from the embedded interface Namer (Namer)) panics when the engine starts; implement the methods on T, or add func New() that sets the field"},
		},
		{
			name:     "a value method through an embedded pointer",
			src:      "type Base struct{}\nfunc (Base) Name() string { return \"b\" }\ntype T struct{ *Base }\n" + own,
			warnings: []string{"in T{} the embedded field is nil, so calling Name (through the embedded pointer Base (*Base)) panics"},
		},
		{
			name:     "a pointer method on an embedded pointer",
			src:      "type Base struct{}\nfunc (*Base) Name() string { return \"b\" }\ntype T struct{ *Base }\n" + own,
			policies: []string{"T value [Name: *Base]"},
			warnings: []string{"type T is registered as T{}, so Name (on the embedded pointer Base (*Base)) is called with a nil receiver"},
		},
		{
			name:     "a pointer method two levels down",
			src:      "type Base struct{}\nfunc (*Base) Name() string { return \"b\" }\ntype Mid struct{ *Base }\ntype T struct{ Mid }\n" + own,
			policies: []string{"T value [Name: *Base]"},
			warnings: []string{"type T is registered as T{}, so Name (on the embedded pointer Mid.Base (*Base)) is called with a nil receiver"},
		},
		{
			name:     "a pointer on the way to a pointer method",
			src:      "type Base struct{}\nfunc (*Base) Name() string { return \"b\" }\ntype Mid struct{ Base }\ntype T struct{ *Mid }\n" + own,
			warnings: []string{"in T{} the embedded field is nil, so calling Name (through the embedded pointer Mid (*Mid)) panics"},
		},
		{
			name:     "the first pointer on the way is the one named",
			src:      "type Base struct{}\nfunc (*Base) Name() string { return \"b\" }\ntype Mid struct{ *Base }\ntype T struct{ *Mid }\n" + own,
			warnings: []string{"in T{} the embedded field is nil, so calling Name (through the embedded pointer Mid (*Mid)) panics"},
		},
		{
			name:     "two nil fields are named together",
			src:      "type Namer interface{ Name() string }\ntype Base struct{}\nfunc (Base) Validate() error { return nil }\ntype T struct{\n\tNamer\n\t*Base\n}\nfunc (T) Execute(context.Context, any) (any, error) { return nil, nil }\n",
			warnings: []string{"calling Name (from the embedded interface Namer (Namer)), Validate (through the embedded pointer Base (*Base)) panics"},
		},
		{
			name:     "a pointer registration",
			src:      "type Base struct{}\nfunc (*Base) Name() string { return \"b\" }\ntype T struct{ *Base }\nfunc (*T) Execute(context.Context, any) (any, error) { return nil, nil }\nfunc (*T) Validate() error { return nil }\n",
			policies: []string{"T pointer [Name: *Base]"},
			warnings: []string{"type T is registered as &T{}, so Name (on the embedded pointer Base (*Base)) is called with a nil receiver"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := scan(t, map[string]string{"p.go": "package p\n\nimport \"context\"\n\n" + tc.src})
			var policies, warnings []string
			for _, pkg := range m.Packages {
				for _, p := range pkg.Policies {
					policies = append(policies, p.Symbol+" "+p.Kind+" ["+strings.Join(p.Promoted, ", ")+"]")
				}
				for _, w := range pkg.Warnings {
					warnings = append(warnings, w.Message)
				}
			}
			if strings.Join(policies, "\n") != strings.Join(tc.policies, "\n") {
				t.Errorf("policies = %q, want %q", policies, tc.policies)
			}
			if len(warnings) != len(tc.warnings) {
				t.Fatalf("warnings = %q, want %d matching %q", warnings, len(tc.warnings), tc.warnings)
			}
			for i, want := range tc.warnings {
				if !strings.Contains(warnings[i], want) {
					t.Errorf("warning %d = %q, want it to contain %q", i, warnings[i], want)
				}
			}
		})
	}
}
