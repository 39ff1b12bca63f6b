package main

import (
	"errors"
	"fmt"
	"go/parser"
	goscanner "go/scanner"
	"go/token"
	"strings"
	"testing"
)

// TestErrorLimits: type errors stop at the compiler's 10 per package, syntax errors at 10 per
// file, each list ending with how many more there were.
func TestErrorLimits(t *testing.T) {
	var typeErrs, syntaxErrs strings.Builder
	typeErrs.WriteString("package p\n")
	syntaxErrs.WriteString("package q\n")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&typeErrs, "var v%d int = \"s\"\n", i)
		fmt.Fprintf(&syntaxErrs, "func f%d( {}\n", i)
	}
	// go/parser decides how many errors the broken lines make.
	_, err := parser.ParseFile(token.NewFileSet(), "q.go", syntaxErrs.String(), parser.AllErrors)
	var list goscanner.ErrorList
	if !errors.As(err, &list) || len(list) <= 10 {
		t.Fatalf("parser: %v", err)
	}
	for _, tc := range []struct {
		name, src string
		n         int
		last      string
	}{
		{"type errors", typeErrs.String(), 11, "too many errors (2 more)"},
		{"syntax errors", syntaxErrs.String(), 11, fmt.Sprintf("and %d more syntax errors", len(list)-10)},
		{"ten type errors", strings.Join(strings.SplitAfter(typeErrs.String(), "\n")[:11], ""), 10, `cannot use "s"`},
	} {
		m := scan(t, map[string]string{"p.go": tc.src})
		var msgs []string
		line := 0
		for _, p := range m.Packages {
			for _, d := range append(p.TypeErrors, p.SyntaxErrors...) {
				msgs = append(msgs, d.Message)
				if d.Line < line {
					t.Errorf("%s: errors out of source order: line %d after line %d", tc.name, d.Line, line)
				}
				line = d.Line
			}
		}
		if len(msgs) != tc.n || !strings.Contains(msgs[len(msgs)-1], tc.last) {
			t.Errorf("%s: %d messages %q, want %d, the last containing %q", tc.name, len(msgs), msgs, tc.n, tc.last)
		}
	}
}
