/**
 * Every spelling of a platform that the plan accepts makes discovery scan exactly the files
 * `go build` compiles for it (issue 10's acceptance): `plan` runs through the CLI with one
 * platform, and the policies it reports are compared with `go list` run for that platform in
 * the fixture module (file-name suffixes, arch tags, and the amd64.v3 / arm.7 variant tags).
 * Real Go toolchain; goscan is built into the default cache once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../cli/run-cli.js'

/** The policy contract, implemented by a type in `file`, with a unique Name(). */
function policy(type: string, name: string, constraint?: string): string {
  return `${constraint ? `//go:build ${constraint}\n\n` : ''}package spell

import "context"

// ${type} is a policy compiled only where its file is.
type ${type} struct{}

func (${type}) Name() string { return "${name}" }

func (${type}) Execute(ctx context.Context, input any) (any, error) { return input, nil }

func (${type}) Validate() error { return nil }
`
}

/** Each policy type and the file it lives in. */
const POLICY_FILES: Record<string, string> = {
  AMD64File: 'suffix_amd64.go',
  AMD64V3: 'variant_v3.go',
  ARM7: 'variant_arm7.go',
  ARM64: 'arch_arm64.go',
  NotV3: 'not_v3.go'
}

const FILES: Record<string, string> = {
  'go.mod': 'module example.com/spell\n\ngo 1.22\n',
  'suffix_amd64.go': policy('AMD64File', 'amd64-file'),
  'variant_v3.go': policy('AMD64V3', 'amd64-v3', 'amd64.v3'),
  'variant_arm7.go': policy('ARM7', 'arm-7', 'arm.7'),
  'arch_arm64.go': policy('ARM64', 'arm64', 'arm64'),
  'not_v3.go': policy('NotV3', 'not-v3', '!amd64.v3'),
  // A helper type that exists only where amd64.v3 does not: the package must type-check
  // without it on v3, and it is not a policy anywhere.
  'helper_not_v3.go': `//go:build !amd64.v3

package spell

// Baseline is a plain helper type.
type Baseline struct{ Level int }
`,
  'doc.go': '// Package spell holds one policy per build constraint.\npackage spell\n'
}

/** Spelling -> the canonical platform and the Go variables `go build` gets for it. */
const SPELLINGS: [string, string, Record<string, string>, string[]][] = [
  ['linux/x86_64', 'linux/amd64', { GOARCH: 'amd64', GOAMD64: 'v1' }, ['AMD64File', 'NotV3']],
  ['linux/aarch64', 'linux/arm64', { GOARCH: 'arm64' }, ['ARM64', 'NotV3']],
  ['LINUX/AMD64', 'linux/amd64', { GOARCH: 'amd64', GOAMD64: 'v1' }, ['AMD64File', 'NotV3']],
  [
    'linux/amd64/v3',
    'linux/amd64/v3',
    { GOARCH: 'amd64', GOAMD64: 'v3' },
    ['AMD64File', 'AMD64V3']
  ],
  ['linux/arm/v7', 'linux/arm/v7', { GOARCH: 'arm', GOARM: '7' }, ['ARM7', 'NotV3']]
]

let root: string
let moduleDir: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pe-spellings-'))
  moduleDir = join(root, 'policies', 'spell')
  mkdirSync(moduleDir, { recursive: true })
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(moduleDir, name), text)
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

/** The files the compiler compiles for the platform: `go list` with its variables. */
function compiledFiles(variables: Record<string, string>): string[] {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GOOS: 'linux',
    GOARCH: '',
    GOAMD64: '',
    GOARM: '',
    CGO_ENABLED: '0',
    GOFLAGS: '',
    GOWORK: 'off',
    GOTOOLCHAIN: 'local',
    ...variables
  }
  for (const name of ['GOAMD64', 'GOARM']) if (env[name] === '') delete env[name]
  const out = execFileSync('go', ['list', '-f', '{{join .GoFiles ","}}', '.'], {
    cwd: moduleDir,
    env,
    encoding: 'utf8'
  })
  return out.trim().split(',').filter(Boolean)
}

interface PlanOutput {
  policies: { name: string | null; type: string; package: string }[]
  platforms: string[]
}

describe('plan scans what go build compiles, for every spelling of a platform', () => {
  it.each(SPELLINGS)(
    '%s',
    async (spelling, canonical, variables, expectedTypes) => {
      const run = await runCli(
        ['plan', '--policies', './policies/spell', '--platforms', spelling],
        root
      )
      expect(run.stderr).not.toMatch(/^policy-engine-build: /m)
      expect(run.code).toBe(0)
      const plan = JSON.parse(run.stdout) as PlanOutput
      expect(plan.platforms).toEqual([canonical])

      const reported = plan.policies.map(p => p.type).sort()
      const compiled = compiledFiles(variables)
      // Each reported policy's file is compiled for the platform...
      for (const type of reported) {
        expect({ type, compiled: compiled.includes(POLICY_FILES[type]) }).toEqual({
          type,
          compiled: true
        })
      }
      // ...and each compiled policy file is reported.
      const compiledPolicies = Object.entries(POLICY_FILES)
        .filter(([, file]) => compiled.includes(file))
        .map(([type]) => type)
        .sort()
      expect(reported).toEqual(compiledPolicies)
      // The oracle itself: the fixture does split as the build constraints say.
      expect(reported).toEqual([...expectedTypes].sort())
      expect(plan.policies.every(p => p.package === 'example.com/spell')).toBe(true)
    },
    300_000
  )
})
