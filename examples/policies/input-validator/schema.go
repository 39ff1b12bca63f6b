package validator

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
)

// ErrSchema is wrapped by every schema problem Validate reports.
var ErrSchema = errors.New("invalid schema")

// Schema is a small subset of JSON Schema: enough to reject malformed
// requests before they reach a service, without a dependency.
type Schema struct {
	// Type is one of object, array, string, number, integer, boolean, null;
	// empty accepts any type.
	Type string
	// Object keywords.
	Required             []string
	Properties           map[string]*Schema
	AdditionalProperties *bool // nil or true: allowed
	// Number keywords (inclusive bounds).
	Minimum, Maximum *float64
	// String keywords (lengths in characters).
	MinLength, MaxLength *int
	Pattern              string
	// Array keywords.
	MinItems, MaxItems *int
	Items              *Schema
	// Enum lists the allowed values (compared after JSON decoding).
	Enum []any

	pattern *regexp.Regexp
}

var knownTypes = map[string]bool{"": true, "object": true, "array": true, "string": true, "number": true, "integer": true, "boolean": true, "null": true}

// compile checks the schema and precompiles patterns, reporting every
// problem with its path.
func (s *Schema) compile(path string) []error {
	if s == nil {
		return []error{fmt.Errorf("%w: %s: schema is nil", ErrSchema, path)}
	}
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: %s: %s", ErrSchema, path, fmt.Sprintf(format, args...)))
	}
	if !knownTypes[s.Type] {
		bad("unknown type %q", s.Type)
	}
	if s.Minimum != nil && s.Maximum != nil && *s.Minimum > *s.Maximum {
		bad("minimum %v is greater than maximum %v", *s.Minimum, *s.Maximum)
	}
	if s.MinLength != nil && s.MaxLength != nil && *s.MinLength > *s.MaxLength {
		bad("minLength %d is greater than maxLength %d", *s.MinLength, *s.MaxLength)
	}
	if s.MinItems != nil && s.MaxItems != nil && *s.MinItems > *s.MaxItems {
		bad("minItems %d is greater than maxItems %d", *s.MinItems, *s.MaxItems)
	}
	if s.Pattern != "" {
		re, err := regexp.Compile(s.Pattern)
		if err != nil {
			bad("pattern does not compile: %v", err)
		}
		s.pattern = re
	}
	for _, name := range s.Required {
		if _, ok := s.Properties[name]; !ok && s.AdditionalProperties != nil && !*s.AdditionalProperties {
			bad("required property %q is not in properties while additional properties are forbidden", name)
		}
	}
	names := make([]string, 0, len(s.Properties))
	for name := range s.Properties {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		errs = append(errs, s.Properties[name].compile(path+"/properties/"+escapePointer(name))...)
	}
	if s.Items != nil {
		errs = append(errs, s.Items.compile(path+"/items")...)
	}
	return errs
}

// Helpers to write schemas as Go literals.

// Float returns a pointer to f, for Minimum and Maximum.
func Float(f float64) *float64 { return &f }

// Int returns a pointer to n, for the length and item bounds.
func Int(n int) *int { return &n }

// Bool returns a pointer to b, for AdditionalProperties.
func Bool(b bool) *bool { return &b }
