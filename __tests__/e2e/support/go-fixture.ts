/**
 * A small engine-shaped Go workspace for the compile and cache tests: a main module that
 * stamps version/commit/date and imports two policy modules through replace directives,
 * like the generated workspace does. Independent of engine/ so these tests don't wait on it.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export const ENGINE_MODULE = 'example.com/fixture/engine'

function policySource(name: string, extra: string, imports: string[]): string {
  const importBlock = ['context', ...imports].map(i => `\t"${i}"`).join('\n')
  return `package ${name}

import (
${importBlock}
)

// Policy ${name} allows everything; ${extra}
type Policy struct{}

func (Policy) Name() string { return "${name}" }

func (Policy) Validate() error { return nil }

func (Policy) Execute(ctx context.Context, input any) (any, error) {
\treturn map[string]any{"allowed": true, "policy": "${name}"}, nil
}
`
}

/** Writes root/engine (main), root/alpha and root/beta; returns the engine workspace dir. */
export async function writeFixture(root: string): Promise<string> {
  const engine = join(root, 'engine')
  await mkdir(engine, { recursive: true })
  for (const name of ['alpha', 'beta']) await writePolicy(root, name, 'first version')
  await writeFile(
    join(engine, 'go.mod'),
    `module ${ENGINE_MODULE}

go 1.22

require (
\texample.com/fixture/alpha v0.0.0
\texample.com/fixture/beta v0.0.0
)

replace example.com/fixture/alpha => ../alpha

replace example.com/fixture/beta => ../beta
`
  )
  await writeFile(
    join(engine, 'main.go'),
    `package main

import (
\t"context"
\t"encoding/json"
\t"flag"
\t"fmt"
\t"os"
\t"runtime"

\t"example.com/fixture/alpha"
\t"example.com/fixture/beta"
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

func main() {
\tshowVersion := flag.Bool("version", false, "print the version")
\tflag.Parse()
\tif *showVersion {
\t\tfmt.Printf("version=%s commit=%s date=%s go=%s platform=%s/%s\\n", version, commit, date, runtime.Version(), runtime.GOOS, runtime.GOARCH)
\t\treturn
\t}
\tfor _, p := range []Policy{alpha.Policy{}, beta.Policy{}} {
\t\tout, _ := p.Execute(context.Background(), nil)
\t\t_ = json.NewEncoder(os.Stdout).Encode(out)
\t}
}
`
  )
  return engine
}

/** (Re)writes a policy module; `imports` pulls extra standard packages into the build. */
export async function writePolicy(
  root: string,
  name: string,
  note: string,
  imports: string[] = [],
  /** A remote module the policy uses, e.g. { module: 'github.com/google/uuid', version: 'v1.6.0', use: 'uuid.New' }. */
  remote?: { module: string; version: string; use: string }
): Promise<string> {
  const dir = join(root, name)
  await mkdir(dir, { recursive: true })
  const require = remote ? `\nrequire ${remote.module} ${remote.version}\n` : ''
  await writeFile(join(dir, 'go.mod'), `module example.com/fixture/${name}\n\ngo 1.22\n${require}`)
  const uses =
    imports.map(i => `var _ = ${usage(i)}\n`).join('') + (remote ? `var _ = ${remote.use}\n` : '')
  const allImports = remote ? [...imports, remote.module] : imports
  await writeFile(join(dir, `${name}.go`), policySource(name, note, allImports) + uses)
  return dir
}

/** A reference that keeps an import used. */
function usage(importPath: string): string {
  const known: Record<string, string> = {
    'compress/gzip': 'gzip.NewReader',
    'encoding/xml': 'xml.Marshal',
    'text/template': 'template.New',
    'crypto/sha512': 'sha512.New',
    'encoding/csv': 'csv.NewReader',
    'archive/tar': 'tar.NewReader',
    regexp: 'regexp.MustCompile',
    'math/big': 'big.NewInt'
  }
  const value = known[importPath]
  if (!value) throw new Error(`fixture: no usage known for ${importPath}`)
  return value
}

/** The module files whose contents key the cache. */
export function fixtureModFiles(root: string): string[] {
  return ['engine', 'alpha', 'beta'].flatMap(d => [
    join(root, d, 'go.mod'),
    join(root, d, 'go.sum')
  ])
}

/** Import paths Go compiled, read from `go build -x` (one `compile ... -p <path>` per package). */
export function compiledPackages(log: string): string[] {
  const packages: string[] = []
  for (const line of log.split('\n')) {
    if (!/\/compile(\.exe)? /.test(line) || line.includes('-V=full')) continue
    const m = / -p (\S+)/.exec(line)
    if (m) packages.push(m[1])
  }
  return packages
}

/** e_machine of an ELF file (62 x86-64, 183 AArch64, 40 ARM), or undefined if not ELF. */
export function elfMachine(bytes: Buffer): number | undefined {
  if (bytes.length < 20 || bytes.toString('latin1', 0, 4) !== '\x7fELF') return undefined
  return bytes[5] === 2 ? bytes.readUInt16BE(18) : bytes.readUInt16LE(18)
}
