import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OPTIONS } from '../../src/options.js'
import { runCli } from './run-cli.js'

const EXAMPLES = 'examples/policies/*'
const BAD = '__tests__/fixtures/discover/bad'

describe('help and usage', () => {
  it('--help lists the commands and exits 0', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    for (const command of ['plan', 'generate', 'build']) expect(run.stdout).toContain(command)
  })

  it.each(['plan', 'generate', 'build'])('%s --help documents every flag', async command => {
    const run = await runCli([command, '--help'])
    expect(run.code).toBe(0)
    const help = run.stdout.replace(/\s+/g, ' ')
    for (const option of OPTIONS) {
      if (option.actionOnly) {
        expect(help).not.toContain(`--${option.name}`)
        continue
      }
      expect(help).toContain(`--${option.name}`)
      // commander wraps long descriptions; compare with whitespace collapsed.
      expect(help).toContain(option.description.replace(/\s+/g, ' ').slice(0, 40))
    }
  })

  it('no command: usage on stderr, exit 2', async () => {
    const run = await runCli([])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Usage: policy-engine-build')
  })

  it('an unknown flag or command is bad input (exit 2)', async () => {
    const flag = await runCli(['plan', '--nope'])
    expect(flag.code).toBe(2)
    expect(flag.stderr).toContain("policy-engine-build: unknown option '--nope'")
    const command = await runCli(['deploy'])
    expect(command.code).toBe(2)
    expect(command.stderr).toContain("policy-engine-build: unknown command 'deploy'")
  })

  it('a bad flag value is bad input naming the flag and the fix', async () => {
    const run = await runCli(['plan', '--policies', EXAMPLES, '--output', 'tarball'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(
      /^policy-engine-build: --output: must be one of image, oci, none, got "tarball" \(fix: .+\)$/m
    )
    expect(run.stdout).toBe('')
  })
})

describe('plan', () => {
  it('prints the policies, packages and platforms as JSON', async () => {
    const run = await runCli(['plan', '--policies', EXAMPLES])
    expect(run.stderr).not.toContain('policy-engine-build:')
    expect(run.code).toBe(0)
    const plan = JSON.parse(run.stdout)
    expect(plan.policies.map((p: { name: string }) => p.name).sort()).toEqual([
      'header-claims',
      'input-validator',
      'method-allowlist',
      'ratelimit'
    ])
    expect(plan.packages).toEqual([...plan.packages].sort())
    // The kit module (_kit) is a library the glob skips, as Go skips `_` folders.
    expect(plan.packages).toHaveLength(4)
    expect(plan.platforms).toEqual(['linux/amd64', 'linux/arm64'])
    expect(plan.tags).toBeUndefined()
  }, 120_000)

  it('computes the tags when image names are given', async () => {
    const run = await runCli([
      'plan',
      '--policies',
      EXAMPLES,
      '--image',
      'ghcr.io/acme/policy-engine',
      '--tags',
      'v1,edge',
      '--platforms',
      'linux/amd64',
      '--platforms',
      'linux/arm/v7'
    ])
    expect(run.code).toBe(0)
    const plan = JSON.parse(run.stdout)
    expect(plan.tags).toEqual(['ghcr.io/acme/policy-engine:v1', 'ghcr.io/acme/policy-engine:edge'])
    expect(plan.platforms).toEqual(['linux/amd64', 'linux/arm/v7'])
  }, 120_000)

  it('writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-plan-'))
    const run = await runCli(['plan', '--policies', EXAMPLES, '--out', dir])
    expect(run.code).toBe(0)
    expect(readdirSync(dir)).toEqual([])
  }, 120_000)

  it('an unsupported platform is bad input', async () => {
    const run = await runCli(['plan', '--policies', EXAMPLES, '--platforms', 'plan9/mips'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('platforms: unsupported platform "plan9/mips" (fix: ')
  }, 120_000)

  it('prints warnings as warning: file:line: message', async () => {
    const run = await runCli(['plan', '--policies', `${BAD}/wrongexecute`])
    expect(run.stderr).toMatch(/^warning: \/.*wrongexecute\/policy\.go:\d+(:\d+)?: .*Execute/m)
  }, 120_000)
})

describe('bad input fixtures exit 2 and name the file or field', () => {
  it.each([
    ['missing folder', [`${BAD}/does-not-exist`], /does-not-exist/],
    ['no go.mod', [`${BAD}/nogomod`], /nogomod/],
    ['Go syntax error', [`${BAD}/syntax`], /syntax\/.*\.go:\d+/],
    ['no policy found', [`${BAD}/nopolicy`], /nopolicy/],
    ['wrong Execute signature', [`${BAD}/wrongexecute`], /wrongexecute/],
    ['duplicate module path', [`${BAD}/dupmodule-a`, `${BAD}/dupmodule-b`], /dupmodule/],
    ['invalid module path', [`${BAD}/badpath`], /badpath\/go\.mod/],
    ['path outside the workspace', ['../outside'], /outside the workspace/]
  ])(
    '%s',
    async (_name, policies, pattern) => {
      const run = await runCli(['plan', ...policies.flatMap(p => ['--policies', p])])
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(/^policy-engine-build: .+\(fix: .+\)$/m)
      expect(run.stderr).toMatch(pattern)
    },
    120_000
  )

  it.each(['unknown-fields.yaml', 'wrong-version.yaml'])(
    'manifest %s',
    async manifest => {
      const run = await runCli(['plan', '--manifest', `${BAD}/manifests/${manifest}`])
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(new RegExp(`^policy-engine-build: .*${manifest}:\\d+`, 'm'))
    },
    120_000
  )
})

describe('generate', () => {
  it('refuses a non-empty folder it did not write (exit 2), leaving it alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-gen-'))
    writeFileSync(join(dir, 'notes.txt'), 'mine')
    const run = await runCli(['generate', '--policies', EXAMPLES, '--out', dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`policy-engine-build: ${dir}: out: the output folder is not empty`)
    expect(readdirSync(dir)).toEqual(['notes.txt'])
  }, 120_000)

  it('refuses a bad base image before writing anything', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pe-gen-')), 'out')
    const run = await runCli([
      'generate',
      '--policies',
      EXAMPLES,
      '--out',
      dir,
      '--base-image',
      'alpine\nRUN echo pwned'
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('not a valid image reference')
    expect(() => readdirSync(dir)).toThrow()
  }, 120_000)
})
