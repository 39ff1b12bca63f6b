package kit

import (
	"errors"
	"testing"
)

func TestObjectAndString(t *testing.T) {
	object, err := Object(map[string]any{"method": "GET", "n": 1.0})
	if err != nil {
		t.Fatal(err)
	}
	if s, err := String(object, "method"); err != nil || s != "GET" {
		t.Errorf("String(method) = %q, %v", s, err)
	}
	if s, err := String(object, "missing"); err != nil || s != "" {
		t.Errorf("String(missing) = %q, %v", s, err)
	}
	if _, err := String(object, "n"); !errors.Is(err, ErrInput) {
		t.Errorf("String(n) error = %v, want ErrInput", err)
	}
	if _, err := Object([]any{}); !errors.Is(err, ErrInput) {
		t.Errorf("Object([]) error = %v, want ErrInput", err)
	}
	if err := (Base{}).Validate(); err != nil {
		t.Errorf("Base.Validate() = %v", err)
	}
}
