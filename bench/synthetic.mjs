// Synthetic engine workspaces for the benchmarks: N tiny policy modules (one policy type
// each) and a main module that imports them all through replace directives, the shape the
// generator produces. Written here on purpose: the benchmarks must not depend on it.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const name = i => `p${String(i).padStart(3, '0')}`

/** Extra standard packages a policy can pull in, with a use that keeps the import alive. */
export const STD_EXTRAS = {
  'compress/gzip': 'gzip.NewReader',
  'encoding/xml': 'xml.Marshal',
  'text/template': 'template.New',
  'crypto/sha512': 'sha512.New',
  'archive/tar': 'tar.NewReader',
  'math/big': 'big.NewInt',
  'encoding/csv': 'csv.NewReader',
  regexp: 'regexp.MustCompile'
}

/** (Re)writes one policy module; `revision` changes its code, `extras` its imports. */
export async function writePolicy(root, i, { revision = 0, extras = [], library = false } = {}) {
  const pkg = name(i)
  const dir = join(root, 'policies', pkg)
  await mkdir(dir, { recursive: true })
  const requireLib = library
    ? 'require example.com/bench/lib v0.0.0\n\nreplace example.com/bench/lib => ../../lib\n'
    : ''
  await writeFile(
    join(dir, 'go.mod'),
    `module example.com/bench/${pkg}\n\ngo 1.22\n\n${requireLib}`
  )
  const libImport = library ? ['example.com/bench/lib'] : []
  const imports = ['context', 'strings', ...extras, ...libImport].map(p => `\t"${p}"`).join('\n')
  const uses = [...extras.map(p => STD_EXTRAS[p]), ...(library ? ['lib.Sum'] : [])]
    .map(use => `var _ = ${use}\n`)
    .join('')
  await writeFile(
    join(dir, 'policy.go'),
    `package ${pkg}

import (
${imports}
)

// Limit is policy ${i}, revision ${revision}.
type Limit struct{ Max int }

func (l *Limit) Name() string { return "${pkg}" }

func (l *Limit) Validate() error { return nil }

func (l *Limit) Execute(ctx context.Context, input any) (any, error) {
\ts, _ := input.(string)
\treturn map[string]any{"allowed": len(s) <= l.Max+${revision}, "upper": strings.ToUpper(s)}, nil
}
${uses}`
  )
}

/** Writes the whole workspace; returns the engine (main module) directory. */
export async function writeWorkspace(root, count) {
  const engine = join(root, 'engine')
  await mkdir(engine, { recursive: true })
  const ids = Array.from({ length: count }, (_, i) => i)
  for (const i of ids) await writePolicy(root, i)
  // Replaces only count in the main module, so the library one policy may use is here too.
  await writeLibrary(root, 0)
  await writeFile(
    join(engine, 'go.mod'),
    `module example.com/bench/engine\n\ngo 1.22\n\nrequire (\n\texample.com/bench/lib v0.0.0\n${ids
      .map(i => `\texample.com/bench/${name(i)} v0.0.0\n`)
      .join('')})\n\nreplace example.com/bench/lib => ../lib\n\n${ids
      .map(i => `replace example.com/bench/${name(i)} => ../policies/${name(i)}\n`)
      .join('')}`
  )
  await writeFile(
    join(engine, 'main.go'),
    `package main

import (
\t"context"
\t"encoding/json"
\t"flag"
\t"fmt"
\t"net/http"
\t"os"

${ids.map(i => `\t${name(i)} "example.com/bench/${name(i)}"`).join('\n')}
)

var (
\tversion = "dev"
\tcommit  = "none"
\tdate    = "unknown"
)

type Policy interface {
\tName() string
\tExecute(ctx context.Context, input any) (any, error)
\tValidate() error
}

var registry = map[string]Policy{}

func registerPolicy(source string, p Policy) { registry[p.Name()] = p }

func init() {
${ids.map(i => `\tregisterPolicy("example.com/bench/${name(i)}.Limit", &${name(i)}.Limit{Max: ${i}})`).join('\n')}
}

func main() {
\tv := flag.Bool("version", false, "")
\tflag.Parse()
\tif *v {
\t\tfmt.Println(version, commit, date)
\t\treturn
\t}
\t_ = json.NewEncoder(os.Stdout).Encode(len(registry))
\t_ = http.ListenAndServe
}
`
  )
  return engine
}

/**
 * A shared library module with `packages` packages that policy 0 imports: bumping its
 * revision is what a dependency upgrade does to GOCACHE (a whole new set of entries).
 */
export async function writeLibrary(root, revision, packages = 20) {
  const dir = join(root, 'lib')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'go.mod'), 'module example.com/bench/lib\n\ngo 1.22\n')
  const imports = []
  for (let k = 0; k < packages; k++) {
    const pkg = `l${k}`
    await mkdir(join(dir, pkg), { recursive: true })
    const funcs = Array.from(
      { length: 40 },
      (_, f) =>
        `func F${f}(xs []int) int {\n\ts := ${revision}\n\tfor i, x := range xs {\n\t\ts += x*${f + 1} + i\n\t}\n\treturn s\n}\n`
    ).join('\n')
    await writeFile(
      join(dir, pkg, `${pkg}.go`),
      `package ${pkg}\n\n// revision ${revision}\n${funcs}`
    )
    imports.push(pkg)
  }
  await writeFile(
    join(dir, 'lib.go'),
    `package lib\n\nimport (\n${imports.map(p => `\t"example.com/bench/lib/${p}"`).join('\n')}\n)\n\nfunc Sum(xs []int) int {\n\treturn ${imports.map(p => `${p}.F0(xs)`).join(' + ')}\n}\n`
  )
}
