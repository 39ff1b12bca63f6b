// Command goparse reads generated imports.go files with Go's own parser and reports, per file,
// whether it parses and what it declares: the imports, the registerPolicy calls in init, and
// every other top-level declaration. The fuzz test compares that with what it asked for, so
// an injected import, call or declaration is caught by the parser rather than by a regex.
package main

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
)

type fileReport struct {
	File     string   `json:"file"`
	Error    string   `json:"error,omitempty"`
	Package  string   `json:"package"`
	Imports  []string `json:"imports"`
	Aliases  []string `json:"aliases"`
	Sources  []string `json:"sources"`
	Calls    int      `json:"calls"`
	Funcs    []string `json:"funcs"`
	VarSpecs int      `json:"varSpecs"`
	Other    int      `json:"other"`
}

func main() {
	var reports []fileReport
	for _, path := range os.Args[1:] {
		reports = append(reports, inspect(path))
	}
	_ = json.NewEncoder(os.Stdout).Encode(reports)
}

func inspect(path string) fileReport {
	r := fileReport{File: path, Imports: []string{}, Aliases: []string{}, Sources: []string{}, Funcs: []string{}}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.AllErrors)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	r.Package = f.Name.Name
	for _, spec := range f.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		r.Imports = append(r.Imports, p)
		if spec.Name != nil {
			r.Aliases = append(r.Aliases, spec.Name.Name)
		} else {
			r.Aliases = append(r.Aliases, "")
		}
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			r.Funcs = append(r.Funcs, d.Name.Name)
			if d.Name.Name != "init" || d.Body == nil {
				continue
			}
			for _, stmt := range d.Body.List {
				call, ok := stmt.(*ast.ExprStmt)
				if !ok {
					r.Other++
					continue
				}
				c, ok := call.X.(*ast.CallExpr)
				if !ok {
					r.Other++
					continue
				}
				if id, ok := c.Fun.(*ast.Ident); !ok || id.Name != "registerPolicy" || len(c.Args) != 2 {
					r.Other++
					continue
				}
				r.Calls++
				if lit, ok := c.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					s, _ := strconv.Unquote(lit.Value)
					r.Sources = append(r.Sources, s)
				}
			}
		case *ast.GenDecl:
			switch d.Tok {
			case token.IMPORT:
			case token.VAR:
				r.VarSpecs += len(d.Specs)
			default:
				r.Other++
			}
		}
	}
	return r
}
