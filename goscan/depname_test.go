package main

import (
	"go/types"
	"os"
	"path/filepath"
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
