package headerclaims

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

var now = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// jwt builds an unsigned compact token; the policy never checks signatures.
func jwt(t *testing.T, claims map[string]any) string {
	t.Helper()
	header := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`))
	body, err := json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	return header + "." + base64.RawURLEncoding.EncodeToString(body) + ".c2lnbmF0dXJl"
}

func goodClaims() map[string]any {
	return map[string]any{
		"sub": "user-17",
		"iss": "https://auth.example.com",
		"aud": []any{"orders-api", "billing-api"},
		"exp": float64(now.Add(time.Hour).Unix()),
		"nbf": float64(now.Add(-time.Minute).Unix()),
	}
}

func with(m map[string]any, k string, v any) map[string]any {
	m[k] = v
	if v == nil {
		delete(m, k)
	}
	return m
}

func request(token string, extra ...string) map[string]any {
	h := map[string]any{"Authorization": "Bearer " + token}
	for i := 0; i+1 < len(extra); i += 2 {
		h[extra[i]] = extra[i+1]
	}
	return map[string]any{"headers": h}
}

func TestExecute(t *testing.T) {
	strict := ClaimsCheck{
		RequiredHeaders: []string{"X-Request-Id"},
		Issuers:         []string{"https://auth.example.com"},
		Audience:        "orders-api",
		Leeway:          30 * time.Second,
		Now:             func() time.Time { return now },
	}
	tests := []struct {
		name        string
		check       ClaimsCheck
		input       any
		wantAllow   bool
		wantReason  string
		wantMissing []string
	}{
		{"accepted", strict, request(jwt(t, goodClaims()), "x-request-id", "r1"), true, "accepted", nil},
		{"zero value accepts a complete token", ClaimsCheck{Now: strict.Now}, request(jwt(t, goodClaims())), true, "accepted", nil},
		{"header names are case-insensitive, arrays allowed", strict, map[string]any{"headers": map[string]any{
			"authorization": []any{"Bearer " + jwt(t, goodClaims())}, "X-REQUEST-ID": "r1"}}, true, "accepted", nil},
		{"missing headers listed", strict, map[string]any{"headers": map[string]any{}}, false, "required headers are missing", []string{"Authorization", "X-Request-Id"}},
		{"not an object", strict, "Bearer x", false, "must be a JSON object", nil},
		{"headers not an object", strict, map[string]any{"headers": []any{}}, false, "input.headers must be an object", nil},
		{"basic auth refused", strict, map[string]any{"headers": map[string]any{"Authorization": "Basic dTpw", "X-Request-Id": "r"}}, false, "must be a Bearer token", nil},
		{"not a jwt", strict, request("opaque-token", "X-Request-Id", "r"), false, "not a JWT", nil},
		{"payload not base64", strict, request("a.!!!.c", "X-Request-Id", "r"), false, "not base64url", nil},
		{"payload not json", strict, request("a."+base64.RawURLEncoding.EncodeToString([]byte("[1]"))+".c", "X-Request-Id", "r"), false, "not a JSON object", nil},
		{"missing claims listed", strict, request(jwt(t, map[string]any{"sub": "u"}), "X-Request-Id", "r"), false, "lacks required claims", []string{"iss", "aud", "exp"}},
		{"expired", strict, request(jwt(t, with(goodClaims(), "exp", float64(now.Add(-time.Minute).Unix()))), "X-Request-Id", "r"), false, "token expired at 2026-03-01T11:59:00Z", nil},
		{"expired within leeway", strict, request(jwt(t, with(goodClaims(), "exp", float64(now.Add(-10*time.Second).Unix()))), "X-Request-Id", "r"), true, "accepted", nil},
		{"exp not a number", strict, request(jwt(t, with(goodClaims(), "exp", "tomorrow")), "X-Request-Id", "r"), false, `"exp" must be a number`, nil},
		{"not yet valid", strict, request(jwt(t, with(goodClaims(), "nbf", float64(now.Add(time.Hour).Unix()))), "X-Request-Id", "r"), false, "not valid before", nil},
		{"wrong issuer", strict, request(jwt(t, with(goodClaims(), "iss", "https://evil.example")), "X-Request-Id", "r"), false, `issuer "https://evil.example" is not accepted`, nil},
		{"wrong audience", strict, request(jwt(t, with(goodClaims(), "aud", "billing-api")), "X-Request-Id", "r"), false, `audience does not include "orders-api"`, nil},
		{"string audience", strict, request(jwt(t, with(goodClaims(), "aud", "orders-api")), "X-Request-Id", "r"), true, "accepted", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := tc.check.Execute(context.Background(), tc.input)
			if err != nil {
				t.Fatalf("Execute: %v", err)
			}
			d := out.(Decision)
			if d.Allow != tc.wantAllow || !strings.Contains(d.Reason, tc.wantReason) {
				t.Fatalf("decision = %+v, want allow=%v reason containing %q", d, tc.wantAllow, tc.wantReason)
			}
			if tc.wantMissing != nil && !slices.Equal(d.Missing, tc.wantMissing) {
				t.Fatalf("missing = %v, want %v", d.Missing, tc.wantMissing)
			}
			if d.Allow && d.Subject != "user-17" {
				t.Errorf("subject = %q", d.Subject)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	if err := (ClaimsCheck{}).Validate(); err != nil {
		t.Fatalf("zero value: %v", err)
	}
	err := ClaimsCheck{Leeway: -time.Second, RequiredHeaders: []string{"X-Ok", "bad name"}, Issuers: []string{""}}.Validate()
	if !errors.Is(err, ErrConfig) {
		t.Fatalf("Validate() = %v, want ErrConfig", err)
	}
	for _, want := range []string{"Leeway", `RequiredHeaders[1] "bad name"`, "Issuers[0]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestPaddedPayloadIsAccepted(t *testing.T) {
	body, _ := json.Marshal(goodClaims())
	padded := "h." + base64.URLEncoding.EncodeToString(body) + ".s"
	out, _ := ClaimsCheck{Now: func() time.Time { return now }}.Execute(context.Background(), request(padded))
	if d := out.(Decision); !d.Allow {
		t.Fatalf("padded payload: %+v", d)
	}
}
