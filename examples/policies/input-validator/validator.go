// Package validator is a policy that checks the shape of a request body
// against a JSON-Schema-like Schema and lists every violation with a JSON
// Pointer to it.
//
// The module path ends in /v2 and the package is named validator, so the
// generated imports.go has to give it an alias of its own.
package validator

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"
)

// Validator checks inputs against one schema. Build it with New or
// NewWithSchema; it is read-only afterwards and safe for concurrent use.
type Validator struct {
	schema   *Schema
	compiled error
}

// New returns a validator for DefaultSchema, the body of a payment request.
func New() *Validator { return NewWithSchema(DefaultSchema()) }

// NewWithSchema returns a validator for s. Problems in s are reported by
// Validate, so the engine refuses to start with a broken schema.
func NewWithSchema(s *Schema) *Validator {
	return &Validator{schema: s, compiled: errors.Join(s.compile("#")...)}
}

// DefaultSchema describes a payment request:
//
//	{"account": "acc-12345678", "amount": 12.5, "currency": "EUR",
//	 "items": [{"sku": "A-1", "quantity": 2}], "note": "optional"}
func DefaultSchema() *Schema {
	return &Schema{
		Type:                 "object",
		Required:             []string{"account", "amount", "currency", "items"},
		AdditionalProperties: Bool(false),
		Properties: map[string]*Schema{
			"account":  {Type: "string", Pattern: `^acc-[0-9]{8}$`},
			"amount":   {Type: "number", Minimum: Float(0.01), Maximum: Float(10000)},
			"currency": {Type: "string", Enum: []any{"EUR", "USD", "GBP"}},
			"note":     {Type: "string", MaxLength: Int(140)},
			"items": {
				Type: "array", MinItems: Int(1), MaxItems: Int(50),
				Items: &Schema{
					Type:     "object",
					Required: []string{"sku", "quantity"},
					Properties: map[string]*Schema{
						"sku":      {Type: "string", MinLength: Int(1), MaxLength: Int(32)},
						"quantity": {Type: "integer", Minimum: Float(1), Maximum: Float(999)},
					},
				},
			},
		},
	}
}

// Violation is one reason the input was refused.
type Violation struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Decision is the JSON answer of Execute.
type Decision struct {
	Allow      bool        `json:"allow"`
	Reason     string      `json:"reason"`
	Violations []Violation `json:"violations,omitempty"`
}

// Name is the policy's registered name.
func (v *Validator) Name() string { return "input-validator" }

// Validate reports every problem in the schema.
func (v *Validator) Validate() error { return v.compiled }

// Execute validates the JSON-decoded input.
func (v *Validator) Execute(ctx context.Context, input any) (any, error) {
	if v.compiled != nil {
		return nil, v.compiled
	}
	var out []Violation
	check(ctx, v.schema, input, "", &out)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(out) > 0 {
		return Decision{Allow: false, Reason: fmt.Sprintf("input has %d schema violation(s)", len(out)), Violations: out}, nil
	}
	return Decision{Allow: true, Reason: "input matches the schema"}, nil
}

func check(ctx context.Context, s *Schema, value any, path string, out *[]Violation) {
	if ctx.Err() != nil {
		return
	}
	add := func(format string, args ...any) {
		p := path
		if p == "" {
			p = "/"
		}
		*out = append(*out, Violation{Path: p, Message: fmt.Sprintf(format, args...)})
	}
	if s.Type != "" && !hasType(value, s.Type) {
		add("must be %s %s, got %s", article(s.Type), s.Type, typeName(value))
		return // the other keywords make no sense on the wrong type
	}
	if len(s.Enum) > 0 && !inEnum(s.Enum, value) {
		add("must be one of %s", formatEnum(s.Enum))
	}
	switch val := value.(type) {
	case float64:
		if s.Minimum != nil && val < *s.Minimum {
			add("must be >= %v, got %v", *s.Minimum, val)
		}
		if s.Maximum != nil && val > *s.Maximum {
			add("must be <= %v, got %v", *s.Maximum, val)
		}
	case string:
		n := utf8.RuneCountInString(val)
		if s.MinLength != nil && n < *s.MinLength {
			add("must be at least %d characters, got %d", *s.MinLength, n)
		}
		if s.MaxLength != nil && n > *s.MaxLength {
			add("must be at most %d characters, got %d", *s.MaxLength, n)
		}
		if s.pattern != nil && !s.pattern.MatchString(val) {
			add("must match %s", s.Pattern)
		}
	case []any:
		if s.MinItems != nil && len(val) < *s.MinItems {
			add("must have at least %d items, got %d", *s.MinItems, len(val))
		}
		if s.MaxItems != nil && len(val) > *s.MaxItems {
			add("must have at most %d items, got %d", *s.MaxItems, len(val))
		}
		if s.Items != nil {
			for i, item := range val {
				check(ctx, s.Items, item, fmt.Sprintf("%s/%d", path, i), out)
			}
		}
	case map[string]any:
		for _, name := range s.Required {
			if _, ok := val[name]; !ok {
				*out = append(*out, Violation{Path: path + "/" + escapePointer(name), Message: "is required"})
			}
		}
		keys := make([]string, 0, len(val))
		for k := range val {
			keys = append(keys, k)
		}
		sort.Strings(keys) // violations in a stable order
		for _, k := range keys {
			sub, known := s.Properties[k]
			switch {
			case known:
				check(ctx, sub, val[k], path+"/"+escapePointer(k), out)
			case s.AdditionalProperties != nil && !*s.AdditionalProperties:
				*out = append(*out, Violation{Path: path + "/" + escapePointer(k), Message: "is not an allowed property"})
			}
		}
	}
}

func hasType(v any, typ string) bool {
	switch typ {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f) && !math.IsInf(f, 0)
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	}
	return true
}

func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	}
	return fmt.Sprintf("%T", v)
}

func article(typ string) string {
	if strings.ContainsRune("aeiou", rune(typ[0])) {
		return "an"
	}
	return "a"
}

func inEnum(enum []any, v any) bool {
	for _, e := range enum {
		if reflect.DeepEqual(e, v) {
			return true
		}
	}
	return false
}

func formatEnum(enum []any) string {
	parts := make([]string, len(enum))
	for i, e := range enum {
		parts[i] = fmt.Sprintf("%#v", e)
	}
	return strings.Join(parts, ", ")
}

// escapePointer escapes a property name for a JSON Pointer (RFC 6901).
func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}
