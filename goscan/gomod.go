package main

import (
	"fmt"
	"go/version"
	"os"
	"strconv"
	"strings"
)

// goMod is what goscan needs from a go.mod: the module path, the language version (which
// go/types must apply exactly as the compiler does) and the lines of the require directives,
// so a missing dependency is reported where the user can fix it.
type goMod struct {
	file     string
	module   string
	goLine   int
	go_      string // "1.17", "1.22.0", ... ("" when there is no go directive)
	requires map[string]int
}

// readGoMod reads a go.mod without the go command (which would be a process per module);
// the TypeScript side validates it fully with `go mod edit -json`.
func readGoMod(file string) (*goMod, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m := &goMod{file: file, requires: map[string]int{}}
	block := ""
	for i, raw := range strings.Split(string(data), "\n") {
		line := raw
		if j := strings.Index(line, "//"); j >= 0 {
			line = line[:j]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if block != "" {
			if fields[0] == ")" {
				block = ""
				continue
			}
			if block == "require" {
				m.requires[unquote(fields[0])] = i + 1
			}
			continue
		}
		switch fields[0] {
		case "module":
			if len(fields) == 2 {
				m.module = unquote(fields[1])
			}
		case "go":
			if len(fields) == 2 {
				m.go_, m.goLine = fields[1], i+1
			}
		case "require", "replace", "exclude", "retract", "tool", "ignore", "godebug":
			if len(fields) == 2 && fields[1] == "(" {
				block = fields[0]
			} else if fields[0] == "require" && len(fields) >= 2 {
				m.requires[unquote(fields[1])] = i + 1
			}
		}
	}
	if m.module == "" {
		return nil, fmt.Errorf("no module directive")
	}
	return m, nil
}

func unquote(s string) string {
	if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "`") {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
	}
	return s
}

// languageVersion is the Go language version the compiler applies to the module's packages
// (its -lang flag): the go directive, or go1.16 for a go.mod without one, as the go command
// assumes.
func (m *goMod) languageVersion() string {
	if m.go_ == "" {
		return "go1.16"
	}
	return "go" + m.go_
}

// requireLine is the go.mod line of the require directive for the module that provides
// importPath (the longest required module path that prefixes it), or of the go directive
// when no require matches.
func (m *goMod) requireLine(modOrPkg string) (string, int) {
	best, line := "", 0
	for path, l := range m.requires {
		if (modOrPkg == path || strings.HasPrefix(modOrPkg, path+"/")) && len(path) > len(best) {
			best, line = path, l
		}
	}
	return best, line
}

// checkToolchain reports a go directive newer than the toolchain: `go build` refuses such a
// module with GOTOOLCHAIN=local, and go/types cannot check it either.
func (m *goMod) checkToolchain(running string) *Diagnostic {
	if m.go_ == "" || !version.IsValid("go"+m.go_) || !version.IsValid(running) {
		return nil
	}
	if version.Compare("go"+m.go_, running) <= 0 {
		return nil
	}
	return &Diagnostic{
		File: m.file, Line: m.goLine, Code: "go-version",
		Message: fmt.Sprintf("go.mod requires go >= %s (running go %s; GOTOOLCHAIN=local)", m.go_, strings.TrimPrefix(running, "go")),
		Fix:     fmt.Sprintf("install Go %s or later on the runner (actions/setup-go with go-version-file: go.mod), or lower the go directive", m.go_),
	}
}
