package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// The differential tests: each fixture in testdata/compiler/ is a policy module (and the
// modules it needs, such as a policy kit), written out as temporary modules. For every
// platform the fixture names, goscan's verdict is compared with the truth the Go toolchain
// gives for the same module and target:
//
//   - goscan accepts (no errors, at least one policy): a checker module that registers
//     exactly what goscan found, the way the generated imports.go does, must build with
//     `go build` for the target, and on the host it must also start like the engine does
//     (Name() non-empty and unique, Validate() without panic);
//   - goscan refuses: the checker registering what the author meant (the fixture's
//     `# intend:` lines) must fail to build, or fail to start.
//
// Fixture format: `# key: value` header lines, then files as `-- path --` sections.
//
//	# platforms: linux/amd64 linux/arm/v7      (default linux/amd64)
//	# tags: feature                            (-tags, for goscan and go build)
//	# want: accept T pointer, U value          (for every platform, or:)
//	# want linux/arm/v7: refuse                (for one platform)
//	# finding: typeErrors cannot use 42        (a finding goscan must report: where, substring)
//	# intend: &pol.T{}                          (what the author meant to register)
//	# compiler: p.go:6:33: cannot use 42       (go build of the intended registration says this)
type fixture struct {
	name      string
	platforms []string
	tags      []string
	want      map[string]string
	findings  [][2]string
	intend    []string
	compiler  []string
	files     map[string]string
}

func readFixture(t *testing.T, file string) fixture {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fx := fixture{name: strings.TrimSuffix(filepath.Base(file), ".txt"), want: map[string]string{}, files: map[string]string{}}
	current := ""
	for _, line := range strings.SplitAfter(string(data), "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") {
			current = strings.TrimSuffix(strings.TrimPrefix(trimmed, "-- "), " --")
			fx.files[current] = ""
			continue
		}
		if current != "" {
			fx.files[current] += line
			continue
		}
		key, value, ok := strings.Cut(strings.TrimPrefix(trimmed, "#"), ":")
		if !ok || !strings.HasPrefix(trimmed, "#") {
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch {
		case key == "platforms":
			fx.platforms = strings.Fields(value)
		case key == "tags":
			fx.tags = strings.Split(value, ",")
		case key == "want":
			fx.want[""] = value
		case strings.HasPrefix(key, "want "):
			fx.want[strings.TrimPrefix(key, "want ")] = value
		case key == "finding":
			where, what, _ := strings.Cut(value, " ")
			fx.findings = append(fx.findings, [2]string{where, what})
		case key == "compiler":
			fx.compiler = append(fx.compiler, value)
		case key == "intend":
			fx.intend = append(fx.intend, value)
		}
	}
	if len(fx.platforms) == 0 {
		fx.platforms = []string{"linux/amd64"}
	}
	return fx
}

// verdict is goscan's answer for the policy module: accepted with these policies, or refused.
func verdict(m ModuleResult) (bool, []string) {
	accept := len(m.Errors) == 0
	var policies []string
	names := map[string]bool{}
	for _, p := range m.Packages {
		if len(p.SyntaxErrors)+len(p.TypeErrors)+len(p.Errors) > 0 {
			accept = false
		}
		for _, pol := range p.Policies {
			policies = append(policies, pol.Symbol+" "+pol.Kind)
			// The TypeScript side refuses duplicate constant names.
			if pol.Name != nil {
				if names[*pol.Name] {
					accept = false
				}
				names[*pol.Name] = true
			}
		}
	}
	if len(policies) == 0 {
		accept = false
	}
	sort.Strings(policies)
	return accept, policies
}

// registrations are goscan's policies as the generated imports.go writes them.
func registrations(m ModuleResult) (imports map[string]string, exprs []string) {
	imports = map[string]string{}
	for i, p := range m.Packages {
		alias := fmt.Sprintf("p%d", i)
		for _, pol := range p.Policies {
			imports[alias] = p.ImportPath
			switch pol.Kind {
			case "constructor":
				exprs = append(exprs, alias+"."+pol.Symbol+"()")
			case "pointer":
				exprs = append(exprs, "&"+alias+"."+pol.Symbol+"{}")
			default:
				exprs = append(exprs, alias+"."+pol.Symbol+"{}")
			}
		}
	}
	return imports, exprs
}

// truth builds (and, on the host, runs) a checker module that registers exprs the way the
// engine does. It returns whether that worked and the toolchain's output.
func truth(t *testing.T, root, polDir string, mod *goMod, tg target, tags []string, imports map[string]string, exprs []string) (bool, string) {
	t.Helper()
	dir, err := os.MkdirTemp(root, "checker-")
	if err != nil {
		t.Fatal(err)
	}
	gomod := fmt.Sprintf("module example.com/checker\n\ngo 1.22\n\nrequire %s v0.0.0\n\nreplace %s => %s\n", mod.module, mod.module, polDir)
	// The engine build needs the policy module's local replaces too (a local policy kit).
	data, _ := os.ReadFile(mod.file)
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) == 4 && f[0] == "replace" && f[2] == "=>" && strings.HasPrefix(f[3], ".") {
			gomod += fmt.Sprintf("replace %s => %s\n", f[1], filepath.Join(polDir, f[3]))
		}
	}
	var imp strings.Builder
	var aliases []string
	for alias := range imports {
		aliases = append(aliases, alias)
	}
	sort.Strings(aliases)
	for _, alias := range aliases {
		fmt.Fprintf(&imp, "\t%s %q\n", alias, imports[alias])
	}
	check := "package check\n\nimport (\n\t\"context\"\n" + imp.String() + ")\n\n" +
		"type Policy interface {\n\tName() string\n\tExecute(ctx context.Context, input any) (any, error)\n\tValidate() error\n}\n\n" +
		"func Policies() []Policy { return []Policy{" + strings.Join(exprs, ", ") + "} }\n"
	main := "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"os\"\n\n\t\"example.com/checker/check\"\n)\n\n" +
		"func main() {\n\tseen := map[string]bool{}\n\tfor _, p := range check.Policies() {\n\t\tn := p.Name()\n" +
		"\t\tif n == \"\" || seen[n] {\n\t\t\tfmt.Println(\"empty or duplicate name\", n)\n\t\t\tos.Exit(3)\n\t\t}\n\t\tseen[n] = true\n" +
		"\t\tif err := p.Validate(); err != nil {\n\t\t\tfmt.Println(err)\n\t\t\tos.Exit(4)\n\t\t}\n" +
		"\t\t// A request: a policy whose Execute is a nil embedded interface panics here.\n" +
		"\t\tif _, err := p.Execute(context.Background(), nil); err != nil {\n\t\t\tfmt.Println(err)\n\t\t}\n\t}\n}\n"
	for name, content := range map[string]string{"go.mod": gomod, "check/check.go": check, "main.go": main} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := goListEnv(tg, listOptions{env: os.Environ()})
	env = append(env, "GOFLAGS=-mod=mod")
	args := []string{"build", "-trimpath"}
	if len(tags) > 0 {
		args = append(args, "-tags="+strings.Join(tags, ","))
	}
	host := tg.GOOS == runtime.GOOS && tg.GOARCH == runtime.GOARCH && (tg.Variant == "" || tg.Variant == "v1")
	if host {
		args = append(args, "-o", filepath.Join(dir, "checker"), ".")
	} else {
		args = append(args, "./check")
	}
	cmd := exec.Command("go", args...)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return false, "go build: " + string(out)
	}
	if host {
		run := exec.Command(filepath.Join(dir, "checker"))
		if out, err := run.CombinedOutput(); err != nil {
			return false, "engine start: " + string(out)
		}
	}
	return true, ""
}

func TestAgreesWithTheCompiler(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	files, err := filepath.Glob("testdata/compiler/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		fx := readFixture(t, file)
		t.Run(fx.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			for name, content := range fx.files {
				p := filepath.Join(root, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			polDir := filepath.Join(root, "pol")
			mod, err := readGoMod(filepath.Join(polDir, "go.mod"))
			if err != nil {
				t.Fatal(err)
			}
			targets, err := parsePlatforms(strings.Join(fx.platforms, ","))
			if err != nil {
				t.Fatal(err)
			}
			res := scanDirs(t, targets, fx.tags, polDir)
			for i, tg := range targets {
				platform := fx.platforms[i]
				m := res.Targets[i].Modules[0]
				accept, policies := verdict(m)
				want, ok := fx.want[platform]
				if !ok {
					want = fx.want[""]
				}
				wantAccept := strings.HasPrefix(want, "accept")
				var wantPolicies []string
				for _, p := range strings.Split(strings.TrimSpace(strings.TrimPrefix(want, "accept")), ",") {
					if p = strings.TrimSpace(p); p != "" && wantAccept {
						wantPolicies = append(wantPolicies, p)
					}
				}
				sort.Strings(wantPolicies)
				if accept != wantAccept || wantAccept && strings.Join(policies, ",") != strings.Join(wantPolicies, ",") {
					t.Errorf("%s: goscan accept=%v policies=%v, want %q\n%s", platform, accept, policies, want, dump(m))
				}
				var ok2 bool
				var why string
				if accept {
					imports, exprs := registrations(m)
					ok2, why = truth(t, root, polDir, mod, tg, fx.tags, imports, exprs)
				} else {
					if len(fx.intend) == 0 {
						t.Fatalf("%s: goscan refuses, and the fixture has no # intend: line to check that against go build", platform)
					}
					ok2, why = truth(t, root, polDir, mod, tg, fx.tags, map[string]string{"pol": mod.module}, fx.intend)
					if i == 0 {
						for _, c := range fx.compiler {
							if !strings.Contains(why, c) {
								t.Errorf("go build did not say %q:\n%s", c, why)
							}
						}
					}
				}
				if ok2 != accept {
					t.Errorf("%s: goscan accept=%v but the toolchain says %v: %s\n%s", platform, accept, ok2, why, dump(m))
				}
			}
			// Findings are checked on the first platform.
			m := res.Targets[0].Modules[0]
			for _, f := range fx.findings {
				if !hasFinding(m, f[0], f[1]) {
					t.Errorf("no %s containing %q\n%s", f[0], f[1], dump(m))
				}
			}
		})
	}
}

func hasFinding(m ModuleResult, where, what string) bool {
	var list []Diagnostic
	switch where {
	case "moduleErrors":
		list = m.Errors
	default:
		for _, p := range m.Packages {
			switch where {
			case "typeErrors":
				list = append(list, p.TypeErrors...)
			case "warnings":
				list = append(list, p.Warnings...)
			case "errors":
				list = append(list, p.Errors...)
			case "syntaxErrors":
				list = append(list, p.SyntaxErrors...)
			case "names":
				for _, pol := range p.Policies {
					if pol.Name != nil {
						list = append(list, Diagnostic{Message: pol.Symbol + "=" + *pol.Name})
					}
				}
			case "aliasOf":
				for _, pol := range p.Policies {
					list = append(list, Diagnostic{Message: pol.Symbol + "=" + pol.AliasOf})
				}
			}
		}
	}
	for _, d := range list {
		text := fmt.Sprintf("%s:%d:%d: %s [%s] fix: %s", filepath.Base(d.File), d.Line, d.Column, d.Message, d.Code, d.Fix)
		if strings.Contains(text, what) {
			return true
		}
	}
	return false
}

func dump(m ModuleResult) string {
	var b strings.Builder
	for _, e := range m.Errors {
		fmt.Fprintf(&b, "  module error %s:%d [%s] %s\n", e.File, e.Line, e.Code, e.Message)
	}
	for _, p := range m.Packages {
		fmt.Fprintf(&b, "  package %s\n", p.ImportPath)
		for _, pol := range p.Policies {
			name := "?"
			if pol.Name != nil {
				name = *pol.Name
			}
			fmt.Fprintf(&b, "    policy %s %s name=%q alias=%s promoted=%v\n", pol.Symbol, pol.Kind, name, pol.AliasOf, pol.Promoted)
		}
		for kind, list := range map[string][]Diagnostic{"syntax": p.SyntaxErrors, "type": p.TypeErrors, "error": p.Errors, "warning": p.Warnings} {
			for _, d := range list {
				fmt.Fprintf(&b, "    %s %s:%d:%d [%s] %s\n", kind, filepath.Base(d.File), d.Line, d.Column, d.Code, d.Message)
			}
		}
	}
	return b.String()
}
