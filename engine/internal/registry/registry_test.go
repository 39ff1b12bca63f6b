package registry

import (
	"context"
	"errors"
	"strings"
	"testing"
)

type fakePolicy struct {
	name        string
	validateErr error
	panicIn     string
}

func (f *fakePolicy) Name() string {
	if f.panicIn == "Name" {
		panic("name boom")
	}
	return f.name
}

func (f *fakePolicy) Execute(context.Context, any) (any, error) { return nil, nil }

func (f *fakePolicy) Validate() error {
	if f.panicIn == "Validate" {
		panic("validate boom")
	}
	return f.validateErr
}

var errBadConfig = errors.New("rate must be positive")

func TestBuild(t *testing.T) {
	type reg struct {
		source string
		p      Policy
	}
	tests := []struct {
		name      string
		regs      []reg
		wantNames []string
		wantIs    []error
		wantInMsg []string
	}{
		{name: "empty registry is valid", wantNames: []string{}},
		{
			name: "valid policies are sorted by name",
			regs: []reg{
				{"example.com/b.B", &fakePolicy{name: "zeta"}},
				{"example.com/a.A", &fakePolicy{name: "alpha"}},
			},
			wantNames: []string{"alpha", "zeta"},
		},
		{
			name: "duplicate name names both sources",
			regs: []reg{
				{"example.com/one.Limiter", &fakePolicy{name: "ratelimit"}},
				{"example.com/two.Other", &fakePolicy{name: "ratelimit"}},
			},
			wantIs:    []error{ErrDuplicateName},
			wantInMsg: []string{`"ratelimit"`, "example.com/one.Limiter", "example.com/two.Other"},
		},
		{
			name:      "validate error is wrapped with source",
			regs:      []reg{{"example.com/v.V", &fakePolicy{name: "v", validateErr: errBadConfig}}},
			wantIs:    []error{ErrInvalidPolicy, errBadConfig},
			wantInMsg: []string{"example.com/v.V", "rate must be positive"},
		},
		{
			name:      "validate panic becomes an error",
			regs:      []reg{{"example.com/p.P", &fakePolicy{name: "p", panicIn: "Validate"}}},
			wantIs:    []error{ErrInvalidPolicy, ErrPolicyPanic},
			wantInMsg: []string{"example.com/p.P", "validate boom"},
		},
		{
			name:      "name panic becomes an error",
			regs:      []reg{{"example.com/p.P", &fakePolicy{panicIn: "Name"}}},
			wantIs:    []error{ErrPolicyPanic},
			wantInMsg: []string{"example.com/p.P", "name boom"},
		},
		{
			name:      "nil policy",
			regs:      []reg{{"example.com/n.N", nil}},
			wantIs:    []error{ErrNilPolicy},
			wantInMsg: []string{"example.com/n.N"},
		},
		{
			name:      "empty name",
			regs:      []reg{{"example.com/e.E", &fakePolicy{}}},
			wantIs:    []error{ErrEmptyName},
			wantInMsg: []string{"example.com/e.E"},
		},
		{
			name: "every problem is reported at once",
			regs: []reg{
				{"example.com/n.N", nil},
				{"example.com/v.V", &fakePolicy{name: "v", validateErr: errBadConfig}},
				{"example.com/a.A", &fakePolicy{name: "dup"}},
				{"example.com/b.B", &fakePolicy{name: "dup"}},
			},
			wantIs:    []error{ErrNilPolicy, ErrInvalidPolicy, ErrDuplicateName},
			wantInMsg: []string{"example.com/n.N", "example.com/v.V", "example.com/a.A", "example.com/b.B"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := New()
			for _, rg := range tc.regs {
				r.Add(rg.source, rg.p)
			}
			set, err := r.Build()
			if tc.wantIs == nil {
				if err != nil {
					t.Fatalf("Build() error = %v", err)
				}
				got := []string{}
				for _, e := range set.Entries() {
					got = append(got, e.Name)
				}
				if strings.Join(got, ",") != strings.Join(tc.wantNames, ",") {
					t.Fatalf("names = %v, want %v", got, tc.wantNames)
				}
				for _, n := range tc.wantNames {
					if _, ok := set.Lookup(n); !ok {
						t.Errorf("Lookup(%q) not found", n)
					}
				}
				return
			}
			if err == nil {
				t.Fatalf("Build() succeeded, want error")
			}
			for _, target := range tc.wantIs {
				if !errors.Is(err, target) {
					t.Errorf("errors.Is(err, %v) = false; err = %v", target, err)
				}
			}
			for _, s := range tc.wantInMsg {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

func TestEntriesListsWithoutValidating(t *testing.T) {
	r := New()
	r.Add("example.com/v.V", &fakePolicy{name: "v", validateErr: errBadConfig})
	r.Add("example.com/a.A", &fakePolicy{name: "a"})
	got := r.Entries()
	if len(got) != 2 || got[0].Name != "a" || got[1].Source != "example.com/v.V" {
		t.Fatalf("Entries() = %+v", got)
	}
	if r.Len() != 2 {
		t.Fatalf("Len() = %d", r.Len())
	}
}

func TestLookupUnknown(t *testing.T) {
	set, err := NewSet(map[string]Policy{"example.com/a.A": &fakePolicy{name: "a"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := set.Lookup("missing"); ok {
		t.Fatal("Lookup(missing) found something")
	}
}
