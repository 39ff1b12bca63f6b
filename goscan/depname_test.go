package main

import (
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDependencyNameWithoutDir: when go list leaves a package's Dir out (it may under
// -trimpath), the folder is found from its module's folder and the package's path in it.
func TestDependencyNameWithoutDir(t *testing.T) {
	kitDir := t.TempDir()
	src := "package sub\n\nconst name = \"sub-name\"\n\ntype Named struct{}\n\nfunc (Named) Name() string { return name }\n"
	if err := os.MkdirAll(filepath.Join(kitDir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(kitDir, "sub", "sub.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	pkg := types.NewPackage("example.com/kit/sub", "sub")
	named := types.NewNamed(types.NewTypeName(0, pkg, "Named", nil), types.NewStruct(nil, nil), nil)
	sig := types.NewSignatureType(types.NewVar(0, pkg, "", named), nil, nil, nil,
		types.NewTuple(types.NewVar(0, pkg, "", types.Typ[types.String])), false)
	fn := types.NewFunc(0, pkg, "Name", sig)

	files := newParseCache()
	loader := func(p *listedPackage) *moduleLoader {
		return &moduleLoader{s: &scanner{fset: files.fset, files: files},
			deps: &listing{packages: map[string]*listedPackage{p.ImportPath: p}}}
	}
	module := &listedModule{Path: "example.com/kit", Dir: kitDir}
	for _, tc := range []struct {
		name string
		p    *listedPackage
		want string
	}{
		{"Dir given", &listedPackage{ImportPath: "example.com/kit/sub", Dir: filepath.Join(kitDir, "sub"), Module: module}, "sub-name"},
		{"Dir from the module", &listedPackage{ImportPath: "example.com/kit/sub", Module: module}, "sub-name"},
		{"no folder at all", &listedPackage{ImportPath: "example.com/kit/sub", Module: &listedModule{Path: "example.com/kit"}}, ""},
		{"no module", &listedPackage{ImportPath: "example.com/kit/sub"}, ""},
		{"standard library", &listedPackage{ImportPath: "example.com/kit/sub", Dir: filepath.Join(kitDir, "sub"), Standard: true}, ""},
	} {
		got := loader(tc.p).dependencyName(fn)
		if (got == nil) != (tc.want == "") || got != nil && *got != tc.want {
			t.Errorf("%s: %v, want %q", tc.name, got, tc.want)
		}
	}
	if got := (&moduleLoader{}).dependencyName(fn); got != nil {
		t.Errorf("without a dependency listing: %q", *got)
	}
}

// TestTagsReachDependencies: -tags apply to the dependencies' files too, as go build -tags
// applies them: here the kit's Name method exists only with the tag.
func TestTagsReachDependencies(t *testing.T) {
	root := writeTree(t, map[string]string{
		"kit/go.mod":    "module example.com/kit\n\ngo 1.22\n",
		"kit/kit.go":    "package kit\n\ntype Base struct{}\n\nfunc (Base) Validate() error { return nil }\n",
		"kit/ent.go":    "//go:build enterprise\n\npackage kit\n\nfunc (Base) Name() string { return \"ent\" }\n",
		"pol/go.mod":    "module example.com/pol\n\ngo 1.22\n\nrequire example.com/kit v0.0.0\n\nreplace example.com/kit => ../kit\n",
		"pol/policy.go": "package pol\n\nimport (\n\t\"context\"\n\n\t\"example.com/kit\"\n)\n\ntype T struct{ kit.Base }\n\nfunc (T) Execute(context.Context, any) (any, error) { return nil, nil }\n",
	})
	for _, tc := range []struct {
		tags []string
		want string
	}{{nil, ""}, {[]string{"enterprise"}, `T value "ent" composite`}} {
		m := scanDirs(t, []target{linuxAMD64}, tc.tags, filepath.Join(root, "pol")).Targets[0].Modules[0]
		policies, _, _ := summary(m)
		if got := strings.Join(policies, ","); got != tc.want || len(m.Errors) > 0 {
			t.Errorf("tags %v: policies %q, errors %v; want %q", tc.tags, got, m.Errors, tc.want)
		}
	}
}

// TestGoListFailure: when go list fails without listing anything (a go.mod it cannot
// parse), the module gets one go-list error on the line go list names.
func TestGoListFailure(t *testing.T) {
	root := writeTree(t, map[string]string{
		"pol/go.mod":    "module example.com/pol\n\ngo 1.22\n\nrequire example.com/kit v0.0.0\n\nbogus directive\n",
		"pol/policy.go": "package pol\n\nimport _ \"example.com/kit\"\n",
	})
	m := scanDirs(t, []target{linuxAMD64}, nil, filepath.Join(root, "pol")).Targets[0].Modules[0]
	if len(m.Errors) != 1 || m.Errors[0].Code != "go-list" || m.Errors[0].Line != 7 || !strings.Contains(m.Errors[0].Message, "go list failed: ") {
		t.Fatalf("module errors = %+v, want one go-list error on line 7", m.Errors)
	}
}
