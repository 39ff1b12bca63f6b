// Package headerclaims is a policy that checks request headers and the
// claims of a bearer JWT: required headers present, token issuer, audience,
// expiry and not-before.
//
// It does NOT verify the token signature. Run it behind a gateway that
// authenticates the token (or add verification) — it answers "are the
// claims acceptable for this route", not "is this token genuine".
package headerclaims

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

// ErrConfig is wrapped by every Validate error.
var ErrConfig = errors.New("invalid header-claims configuration")

// DefaultRequiredClaims are checked for presence when RequiredClaims is nil.
var DefaultRequiredClaims = []string{"sub", "iss", "aud", "exp"}

// ClaimsCheck has value receivers: the engine registers it as
// headerclaims.ClaimsCheck{}, and the zero value checks that an
// Authorization bearer token with sub/iss/aud/exp is present and unexpired.
type ClaimsCheck struct {
	// RequiredHeaders must be present and non-empty (case-insensitive).
	// Authorization is always required.
	RequiredHeaders []string
	// RequiredClaims must be present in the token; nil means DefaultRequiredClaims.
	RequiredClaims []string
	// Issuers, when set, lists the accepted "iss" values.
	Issuers []string
	// Audience, when set, must appear in "aud" (a string or an array).
	Audience string
	// Leeway tolerates clock skew for exp and nbf.
	Leeway time.Duration

	// Now is used instead of time.Now when set (tests, replays).
	Now func() time.Time
}

// Decision is the JSON answer of Execute.
type Decision struct {
	Allow   bool     `json:"allow"`
	Reason  string   `json:"reason"`
	Subject string   `json:"subject,omitempty"`
	Missing []string `json:"missing,omitempty"`
}

// Name is the policy's registered name.
func (c ClaimsCheck) Name() string { return "header-claims" }

// Validate checks the configuration; the zero value is valid.
func (c ClaimsCheck) Validate() error {
	var errs []error
	if c.Leeway < 0 {
		errs = append(errs, fmt.Errorf("%w: Leeway must be >= 0, got %s", ErrConfig, c.Leeway))
	}
	for i, h := range c.RequiredHeaders {
		if strings.TrimSpace(h) == "" || strings.ContainsAny(h, " :\r\n") {
			errs = append(errs, fmt.Errorf("%w: RequiredHeaders[%d] %q is not a header name", ErrConfig, i, h))
		}
	}
	for i, iss := range c.Issuers {
		if strings.TrimSpace(iss) == "" {
			errs = append(errs, fmt.Errorf("%w: Issuers[%d] is empty", ErrConfig, i))
		}
	}
	return errors.Join(errs...)
}

// Execute takes {"headers": {"Authorization": "Bearer <jwt>", ...}}. Header
// values may be strings or arrays of strings (as in Go's http.Header).
func (c ClaimsCheck) Execute(_ context.Context, input any) (any, error) {
	fields, ok := input.(map[string]any)
	if !ok {
		return deny("input must be a JSON object with a \"headers\" object"), nil
	}
	rawHeaders, ok := fields["headers"].(map[string]any)
	if !ok {
		return deny("input.headers must be an object of header name to value"), nil
	}
	headers := normaliseHeaders(rawHeaders)

	var missing []string
	for _, h := range append([]string{"Authorization"}, c.RequiredHeaders...) {
		if headers[strings.ToLower(h)] == "" && !slices.Contains(missing, h) {
			missing = append(missing, h)
		}
	}
	if len(missing) > 0 {
		d := deny("required headers are missing")
		d.Missing = missing
		return d, nil
	}

	token, found := strings.CutPrefix(headers["authorization"], "Bearer ")
	if !found || strings.TrimSpace(token) == "" {
		return deny("Authorization must be a Bearer token"), nil
	}
	claims, err := decodeClaims(strings.TrimSpace(token))
	if err != nil {
		return deny(err.Error()), nil
	}
	return c.checkClaims(claims), nil
}

func (c ClaimsCheck) checkClaims(claims map[string]any) Decision {
	required := c.RequiredClaims
	if required == nil {
		required = DefaultRequiredClaims
	}
	var missing []string
	for _, name := range required {
		if v, ok := claims[name]; !ok || v == nil || v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		d := deny("token lacks required claims")
		d.Missing = missing
		return d
	}

	now := time.Now()
	if c.Now != nil {
		now = c.Now()
	}
	if exp, present, ok := numericDate(claims, "exp"); present {
		if !ok {
			return deny(`claim "exp" must be a number of seconds since the epoch`)
		}
		if !now.Before(exp.Add(c.Leeway)) {
			return deny(fmt.Sprintf("token expired at %s", exp.UTC().Format(time.RFC3339)))
		}
	}
	if nbf, present, ok := numericDate(claims, "nbf"); present {
		if !ok {
			return deny(`claim "nbf" must be a number of seconds since the epoch`)
		}
		if now.Add(c.Leeway).Before(nbf) {
			return deny(fmt.Sprintf("token not valid before %s", nbf.UTC().Format(time.RFC3339)))
		}
	}
	if len(c.Issuers) > 0 {
		iss, _ := claims["iss"].(string)
		if !slices.Contains(c.Issuers, iss) {
			return deny(fmt.Sprintf("issuer %q is not accepted", iss))
		}
	}
	if c.Audience != "" && !audienceContains(claims["aud"], c.Audience) {
		return deny(fmt.Sprintf("audience does not include %q", c.Audience))
	}
	sub, _ := claims["sub"].(string)
	return Decision{Allow: true, Reason: "headers and claims accepted", Subject: sub}
}

func deny(reason string) Decision { return Decision{Allow: false, Reason: reason} }

// normaliseHeaders lower-cases names and keeps the first non-empty value.
func normaliseHeaders(raw map[string]any) map[string]string {
	names := make([]string, 0, len(raw))
	for k := range raw {
		names = append(names, k)
	}
	sort.Strings(names) // deterministic when two spellings of one name collide
	out := make(map[string]string, len(raw))
	for _, k := range names {
		key := strings.ToLower(strings.TrimSpace(k))
		if out[key] != "" {
			continue
		}
		switch v := raw[k].(type) {
		case string:
			out[key] = strings.TrimSpace(v)
		case []any:
			for _, item := range v {
				if s, ok := item.(string); ok && strings.TrimSpace(s) != "" {
					out[key] = strings.TrimSpace(s)
					break
				}
			}
		}
	}
	return out
}

// decodeClaims reads the payload segment of a compact JWT.
func decodeClaims(token string) (map[string]any, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("bearer token is not a JWT: want 3 dot-separated parts, got %d", len(parts))
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return nil, fmt.Errorf("JWT payload is not base64url: %v", err)
	}
	var claims map[string]any
	if err := json.Unmarshal(payload, &claims); err != nil {
		return nil, fmt.Errorf("JWT payload is not a JSON object: %v", err)
	}
	return claims, nil
}

// numericDate reads a JWT NumericDate claim.
func numericDate(claims map[string]any, name string) (t time.Time, present, ok bool) {
	v, present := claims[name]
	if !present {
		return time.Time{}, false, false
	}
	f, isNum := v.(float64)
	if !isNum {
		return time.Time{}, true, false
	}
	sec := int64(f)
	return time.Unix(sec, int64((f-float64(sec))*1e9)), true, true
}

func audienceContains(aud any, want string) bool {
	switch v := aud.(type) {
	case string:
		return v == want
	case []any:
		for _, item := range v {
			if s, ok := item.(string); ok && s == want {
				return true
			}
		}
	}
	return false
}
