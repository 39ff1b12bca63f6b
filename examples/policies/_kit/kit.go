// Package kit is a library module that policies embed: the "policy kit" pattern, where an
// organisation keeps what every policy shares in one module and each policy module embeds
// its Base. It is not a policy itself (no Name or Execute), and its folder starts with "_"
// so that a `policies/*` glob skips it, as Go skips such folders.
package kit

import (
	"errors"
	"fmt"
)

// ErrInput is wrapped by every error about the input a policy was given.
var ErrInput = errors.New("invalid input")

// Base gives an embedding policy its Validate method: a policy with nothing to configure is
// valid as it is. Policies that have settings define their own Validate, which wins.
type Base struct{}

// Validate reports whether the policy's configuration is usable.
func (Base) Validate() error { return nil }

// Object returns the input as a JSON object (what the engine decodes a request body into).
func Object(input any) (map[string]any, error) {
	object, ok := input.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: want a JSON object, got %T", ErrInput, input)
	}
	return object, nil
}

// String returns a string field of an object, or "" when it is absent.
func String(object map[string]any, field string) (string, error) {
	value, present := object[field]
	if !present {
		return "", nil
	}
	text, ok := value.(string)
	if !ok {
		return "", fmt.Errorf("%w: field %q must be a string, got %T", ErrInput, field, value)
	}
	return text, nil
}
