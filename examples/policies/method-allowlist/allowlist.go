// Package allowlist is a policy built on a shared library module (examples/policies/_kit):
// it embeds kit.Base, which gives it Validate, and uses the kit's input helpers. The replace
// in go.mod points at the kit's folder; policy-engine-build copies that replace into the
// engine's go.mod, so the engine builds exactly as this module does on its own.
package allowlist

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"example.com/policies/kit"
)

// DefaultMethods are allowed when Methods is empty: the safe, read-only ones.
var DefaultMethods = []string{"GET", "HEAD", "OPTIONS"}

// MethodAllowlist allows a request ({"method": "GET", ...}) only when its HTTP method is
// listed. The zero value allows the read-only methods.
type MethodAllowlist struct {
	kit.Base
	// Methods allowed, upper case; empty means DefaultMethods.
	Methods []string
}

// Name is the policy's name in the engine's API.
func (MethodAllowlist) Name() string { return "method-allowlist" }

// Execute answers {"allow": bool, "reason": string}.
func (p MethodAllowlist) Execute(_ context.Context, input any) (any, error) {
	object, err := kit.Object(input)
	if err != nil {
		return nil, err
	}
	method, err := kit.String(object, "method")
	if err != nil {
		return nil, err
	}
	allowed := p.Methods
	if len(allowed) == 0 {
		allowed = DefaultMethods
	}
	method = strings.ToUpper(method)
	if slices.Contains(allowed, method) {
		return map[string]any{"allow": true, "reason": "method " + method + " is allowed"}, nil
	}
	return map[string]any{
		"allow":  false,
		"reason": fmt.Sprintf("method %q is not one of %s", method, strings.Join(allowed, ", ")),
	}, nil
}
