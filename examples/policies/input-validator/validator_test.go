package validator

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func decode(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad test JSON %s: %v", s, err)
	}
	return v
}

const valid = `{"account":"acc-12345678","amount":12.5,"currency":"EUR","items":[{"sku":"A-1","quantity":2}]}`

func TestDefaultSchema(t *testing.T) {
	tests := []struct {
		name      string
		input     string
		wantAllow bool
		want      []Violation
	}{
		{"valid", valid, true, nil},
		{"valid with note", `{"account":"acc-00000001","amount":10000,"currency":"GBP","items":[{"sku":"Z","quantity":999}],"note":"gift"}`, true, nil},
		{"not an object", `[1,2]`, false, []Violation{{"/", "must be an object, got array"}}},
		{"null", `null`, false, []Violation{{"/", "must be an object, got null"}}},
		{"everything missing", `{}`, false, []Violation{
			{"/account", "is required"}, {"/amount", "is required"}, {"/currency", "is required"}, {"/items", "is required"},
		}},
		{"every kind of violation at once", `{"account":"bob","amount":0,"currency":"JPY","items":[],"extra":true,"note":"` + strings.Repeat("é", 141) + `"}`, false, []Violation{
			{"/account", "must match ^acc-[0-9]{8}$"},
			{"/amount", "must be >= 0.01, got 0"},
			{"/currency", `must be one of "EUR", "USD", "GBP"`},
			{"/extra", "is not an allowed property"},
			{"/items", "must have at least 1 items, got 0"},
			{"/note", "must be at most 140 characters, got 141"},
		}},
		{"wrong types", `{"account":1,"amount":"12","currency":"EUR","items":{}}`, false, []Violation{
			{"/account", "must be a string, got number"},
			{"/amount", "must be a number, got string"},
			{"/items", "must be an array, got object"},
		}},
		{"nested item problems", `{"account":"acc-12345678","amount":1,"currency":"USD","items":[{"sku":"","quantity":1.5},{"quantity":0}]}`, false, []Violation{
			{"/items/0/quantity", "must be an integer, got number"},
			{"/items/0/sku", "must be at least 1 characters, got 0"},
			{"/items/1/sku", "is required"},
			{"/items/1/quantity", "must be >= 1, got 0"},
		}},
		{"amount too large", `{"account":"acc-12345678","amount":10000.01,"currency":"USD","items":[{"sku":"a","quantity":1}]}`, false, []Violation{
			{"/amount", "must be <= 10000, got 10000.01"},
		}},
	}
	v := New()
	if err := v.Validate(); err != nil {
		t.Fatalf("DefaultSchema invalid: %v", err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := v.Execute(context.Background(), decode(t, tc.input))
			if err != nil {
				t.Fatal(err)
			}
			d := out.(Decision)
			if d.Allow != tc.wantAllow {
				t.Fatalf("allow = %v, decision %+v", d.Allow, d)
			}
			if len(d.Violations) != len(tc.want) {
				t.Fatalf("violations = %+v\nwant %+v", d.Violations, tc.want)
			}
			for i := range tc.want {
				if d.Violations[i] != tc.want[i] {
					t.Errorf("violation %d = %+v, want %+v", i, d.Violations[i], tc.want[i])
				}
			}
		})
	}
}

func TestBrokenSchemaIsReportedByValidate(t *testing.T) {
	v := NewWithSchema(&Schema{
		Type: "object",
		Properties: map[string]*Schema{
			"a": {Type: "text"},
			"b": {Type: "number", Minimum: Float(5), Maximum: Float(1)},
			"c": {Type: "string", Pattern: "("},
			"d": {Type: "array", Items: &Schema{Type: "string", MinLength: Int(3), MaxLength: Int(2)}},
		},
	})
	err := v.Validate()
	if !errors.Is(err, ErrSchema) {
		t.Fatalf("Validate() = %v, want ErrSchema", err)
	}
	for _, want := range []string{
		`#/properties/a: unknown type "text"`,
		"#/properties/b: minimum 5 is greater than maximum 1",
		"#/properties/c: pattern does not compile",
		"#/properties/d/items: minLength 3 is greater than maxLength 2",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if _, err := v.Execute(context.Background(), map[string]any{}); err == nil {
		t.Fatal("Execute with a broken schema succeeded")
	}
}

func TestPointerEscaping(t *testing.T) {
	v := NewWithSchema(&Schema{Type: "object", Required: []string{"a/b", "c~d"}})
	out, _ := v.Execute(context.Background(), map[string]any{})
	d := out.(Decision)
	if len(d.Violations) != 2 || d.Violations[0].Path != "/a~1b" || d.Violations[1].Path != "/c~0d" {
		t.Fatalf("violations = %+v", d.Violations)
	}
}

func TestCanceledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New().Execute(ctx, decode(t, valid)); !errors.Is(err, context.Canceled) {
		t.Fatalf("Execute(canceled) error = %v", err)
	}
}

func TestConcurrentUse(t *testing.T) {
	v := New()
	in := decode(t, valid)
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() {
			for j := 0; j < 100; j++ {
				out, err := v.Execute(context.Background(), in)
				if err != nil || !out.(Decision).Allow {
					done <- false
					return
				}
			}
			done <- true
		}()
	}
	for i := 0; i < 8; i++ {
		if !<-done {
			t.Fatal("concurrent execution failed")
		}
	}
}
