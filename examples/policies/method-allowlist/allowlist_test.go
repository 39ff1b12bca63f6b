package allowlist

import (
	"context"
	"errors"
	"testing"

	"example.com/policies/kit"
)

func TestMethodAllowlist(t *testing.T) {
	cases := []struct {
		policy MethodAllowlist
		method string
		allow  bool
	}{
		{MethodAllowlist{}, "GET", true},
		{MethodAllowlist{}, "head", true},
		{MethodAllowlist{}, "POST", false},
		{MethodAllowlist{Methods: []string{"POST"}}, "post", true},
		{MethodAllowlist{Methods: []string{"POST"}}, "GET", false},
	}
	for _, c := range cases {
		out, err := c.policy.Execute(context.Background(), map[string]any{"method": c.method})
		if err != nil {
			t.Fatalf("%s: %v", c.method, err)
		}
		if got := out.(map[string]any)["allow"]; got != c.allow {
			t.Errorf("%v allows %s = %v, want %v", c.policy.Methods, c.method, got, c.allow)
		}
	}
	// Validate comes from the kit's Base, another module.
	if err := (MethodAllowlist{}).Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	if _, err := (MethodAllowlist{}).Execute(context.Background(), "GET"); !errors.Is(err, kit.ErrInput) {
		t.Errorf("a non-object input: error %v, want kit.ErrInput", err)
	}
}
