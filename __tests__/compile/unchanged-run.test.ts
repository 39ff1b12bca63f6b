/**
 * A run is skipped up to package (no scan, no generate, no compile) only when every input is
 * identical to the last run into the same output folder, and its outputs are intact: each
 * input below, changed alone, makes the record useless; a record of another format, a missing
 * or edited output, or a missing record gives nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import {
  RUN_RECORD_FILE,
  checkRun,
  recordRun,
  unchangedRun,
  type ReusedSteps
} from '../../src/compile/unchanged-run.js'
import { BINARY_KEYS_FILE } from '../../src/compile/reuse.js'
import type { Discovery } from '../../src/discover/index.js'
import type { BuildPlan } from '../../src/plan/plan.js'

const GO = '1.26.8'

describe('unchanged run record', () => {
  let root: string
  let out: string
  let plan: BuildPlan
  let steps: ReusedSteps
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
  const planWith = (over: Partial<BuildPlan>): BuildPlan => ({ ...plan, ...over })

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'peb-unchanged-'))
    out = join(root, 'out')
    write(join(root, 'ws', 'policies', 'a', 'go.mod'), 'module example.com/a\n')
    write(join(root, 'ws', 'policies', 'a', 'a.go'), 'package a\n')
    write(join(root, 'ws', 'policies', 'b', 'go.mod'), 'module example.com/b\n')
    write(join(root, 'ws', 'policies', 'b', 'b.go'), 'package b\n')
    write(join(root, 'ws', 'kit', 'kit.go'), 'package kit\n')
    write(join(root, 'ws', 'engine', 'main.go'), 'package main\n')
    write(join(root, 'ws', 'engine', 'go.mod'), 'module example.com/engine\n')
    write(join(root, 'ws', 'templates', 'imports.go.hbs'), '// imports\n')
    write(join(out, 'imports.go'), 'package main\n')
    write(join(out, 'go.mod'), 'module example.com/engine\n')
    write(join(out, 'go.sum'), '')
    write(join(out, 'bin', 'linux', 'amd64', 'policy-engine'), 'binary amd64')
    plan = {
      workspace: join(root, 'ws'),
      git: { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40), commitTime: 1 },
      policies: ['policies/*'],
      platforms: [{ os: 'linux', arch: 'amd64' }],
      engineDir: join(root, 'ws', 'engine'),
      templatesDir: join(root, 'ws', 'templates'),
      version: '1.0.0',
      sourceDateEpoch: 1714564800,
      compile: { goBuildFlags: [], buildTags: [] },
      env: {
        PATH: '/usr/bin',
        GOCACHE: join(root, 'cache'),
        POLICY_ENGINE_BUILD_CACHE: join(root, 'machine-a')
      }
    } as unknown as BuildPlan
    const discovery = {
      modules: [
        {
          dir: join(root, 'ws', 'policies', 'a'),
          source: { kind: 'local' },
          goMod: {
            module: 'example.com/a',
            replaces: [{ path: 'example.com/kit', newPath: '../../kit' }]
          }
        },
        {
          dir: join(root, 'ws', 'policies', 'b'),
          source: { kind: 'remote' },
          goMod: { module: 'example.com/b', replaces: [{ path: 'x', newPath: '/elsewhere' }] }
        }
      ],
      policies: [],
      warnings: [{ message: 'near miss', file: join(root, 'ws', 'policies', 'a', 'a.go'), line: 3 }]
    } as unknown as Discovery
    steps = {
      discovery,
      policies: [{ name: 'a', module: 'example.com/a' }] as unknown as ReusedSteps['policies'],
      binaries: [
        {
          platform: { os: 'linux', arch: 'amd64' },
          path: join(out, 'bin', 'linux', 'amd64', 'policy-engine'),
          reused: true
        }
      ],
      importsFile: join(out, 'imports.go'),
      goModFile: join(out, 'go.mod'),
      hashes: { modules: new Map([['policies/a', 'sha256:aa']]), engine: 'sha256:ee' }
    }
    await recordRun(plan, GO, out, steps)
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('gives back what the last run produced, paths in this output folder', async () => {
    const reused = await unchangedRun(plan, GO, out)
    expect(reused).toBeDefined()
    expect(reused!.discovery).toEqual(steps.discovery)
    expect(reused!.policies).toEqual(steps.policies)
    expect(reused!.importsFile).toBe(join(out, 'imports.go'))
    expect(reused!.goModFile).toBe(join(out, 'go.mod'))
    expect(reused!.binaries).toEqual([
      { platform: { os: 'linux', arch: 'amd64' }, path: steps.binaries[0].path }
    ])
    expect(reused!.hashes.modules).toEqual(new Map([['policies/a', 'sha256:aa']]))
    expect(reused!.hashes.engine).toBe('sha256:ee')
  })

  it('is found whatever the caches, proxies or unrelated variables say', async () => {
    // GOAMD64 of the caller's environment is not the build's: the platform's variant is.
    const env = {
      ...plan.env,
      GOCACHE: '/other',
      GOPROXY: 'off',
      GITHUB_TOKEN: 'x',
      HOME: '/h',
      GOAMD64: 'v2'
    }
    expect(await unchangedRun(planWith({ env }), GO, out)).toBeDefined()
  })

  it("is never found with another machine's record secret (a record committed to --out)", async () => {
    const elsewhere = planWith({
      env: { ...plan.env, POLICY_ENGINE_BUILD_CACHE: join(root, 'machine-b') }
    })
    expect(await unchangedRun(elsewhere, GO, out)).toBeUndefined()
    expect(await unchangedRun(plan, GO, out)).toBeDefined()
  })

  it('keys the inputs as they were before the build: a file edited during it is not recorded as built', async () => {
    const before = await checkRun(plan, GO, out)
    write(join(root, 'ws', 'policies', 'a', 'a.go'), 'package a // edited mid-build\n')
    await recordRun(plan, GO, out, steps, before)
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
    write(join(root, 'ws', 'policies', 'a', 'a.go'), 'package a\n')
    expect(await unchangedRun(plan, GO, out)).toBeDefined()
  })

  it("is found after the engine's tests changed (they never reach the build)", async () => {
    write(join(root, 'ws', 'engine', 'main_test.go'), 'package main\n')
    write(join(root, 'ws', 'engine', 'testdata', 'case.json'), '{}\n')
    expect(await unchangedRun(plan, GO, out)).toBeDefined()
  })

  it("is not found after a policy's test changed (go:embed may read anything of a policy)", async () => {
    write(join(root, 'ws', 'policies', 'a', 'a_test.go'), 'package a\n')
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
  })

  it('does not hold a relative path to anything outside the output folder', async () => {
    const record = JSON.parse(await readFile(join(out, RUN_RECORD_FILE), 'utf8'))
    expect(record.outputs).toEqual({
      'bin/linux/amd64/policy-engine': expect.stringMatching(/^[0-9a-f]{64}$/),
      'imports.go': expect.stringMatching(/^[0-9a-f]{64}$/),
      'go.mod': expect.stringMatching(/^[0-9a-f]{64}$/),
      'go.sum': expect.stringMatching(/^[0-9a-f]{64}$/)
    })
    // Only the local module's local replace counts; a remote module's go.mod is fixed by its version.
    expect(record.extraDirs).toEqual([join(root, 'ws', 'kit')])
    expect(record.steps.binaries[0]).toEqual({
      platform: { os: 'linux', arch: 'amd64' },
      path: join('bin', 'linux', 'amd64', 'policy-engine')
    })
  })

  const changes: [string, () => Promise<[BuildPlan, string]> | [BuildPlan, string]][] = [
    ['the Go version', () => [plan, '1.26.9']],
    [
      'a go build flag',
      () => [planWith({ compile: { goBuildFlags: ['-race'], buildTags: [] } }), GO]
    ],
    ['the -tags', () => [planWith({ compile: { goBuildFlags: [], buildTags: ['x'] } }), GO]],
    [
      'the ldflags',
      () => [planWith({ compile: { ldflags: '-X a=b', goBuildFlags: [], buildTags: [] } }), GO]
    ],
    ['the version stamped', () => [planWith({ version: '1.0.1' }), GO]],
    ['the commit', () => [planWith({ git: { ...plan.git, sha: 'b'.repeat(40) } }), GO]],
    ['the build date', () => [planWith({ sourceDateEpoch: 1714564801 }), GO]],
    ['the platforms', () => [planWith({ platforms: [{ os: 'linux', arch: 'arm64' }] }), GO]],
    [
      'a platform variant',
      () => [planWith({ platforms: [{ os: 'linux', arch: 'amd64', variant: 'v3' }] }), GO]
    ],
    ['the policies input', () => [planWith({ policies: ['policies/a'] }), GO]],
    ['the engine folder', () => [planWith({ engineDir: join(root, 'ws', 'kit') }), GO]],
    ['the templates folder', () => [planWith({ templatesDir: undefined }), GO]],
    ['the workspace', () => [planWith({ workspace: join(root, 'out') }), GO]],
    ['GOFLAGS', () => [planWith({ env: { ...plan.env, GOFLAGS: '-mod=mod' } }), GO]],
    ['GOEXPERIMENT', () => [planWith({ env: { ...plan.env, GOEXPERIMENT: 'loopvar' } }), GO]],
    [
      'a policy source',
      () => {
        write(join(root, 'ws', 'policies', 'a', 'a.go'), 'package a // changed\n')
        return [plan, GO]
      }
    ],
    [
      'a policy added to the glob',
      () => {
        write(join(root, 'ws', 'policies', 'c', 'go.mod'), 'module example.com/c\n')
        return [plan, GO]
      }
    ],
    [
      'a file of the folder a policy replaces to',
      () => {
        write(join(root, 'ws', 'kit', 'more.go'), 'package kit\n')
        return [plan, GO]
      }
    ],
    [
      'the engine',
      () => {
        write(join(root, 'ws', 'engine', 'main.go'), 'package main // changed\n')
        return [plan, GO]
      }
    ],
    [
      'a template',
      () => {
        write(join(root, 'ws', 'templates', 'imports.go.hbs'), '// changed\n')
        return [plan, GO]
      }
    ]
  ]
  it.each(changes)('%s changed: not reused', async (_name, change) => {
    const [changed, goVersion] = await change()
    expect(await unchangedRun(changed, goVersion, out)).toBeUndefined()
  })

  it.each([
    ['a binary edited', 'bin/linux/amd64/policy-engine'],
    ['imports.go edited', 'imports.go'],
    ['go.mod edited', 'go.mod'],
    ['go.sum edited', 'go.sum']
  ])('%s since it was recorded: not reused', async (_name, file) => {
    await writeFile(join(out, file), 'edited')
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
  })

  it('follows a link into the workspace, but never reads through one that leaves it', async () => {
    // A link out of the workspace counts by its text: the outside file is never read (discovery
    // then refuses the link); a link inside counts by what it points at, as go build reads it.
    const outside = join(root, 'outside.go')
    write(outside, 'package secret\n')
    write(join(root, 'ws', 'shared', 'shared.go'), 'package a\n')
    symlinkSync(outside, join(root, 'ws', 'policies', 'a', 'out.go'))
    symlinkSync(join(root, 'ws', 'shared', 'shared.go'), join(root, 'ws', 'policies', 'a', 'in.go'))
    const before = (await checkRun(plan, GO, out)).key
    write(outside, 'package secret // changed\n')
    expect((await checkRun(plan, GO, out)).key).toBe(before)
    write(join(root, 'ws', 'shared', 'shared.go'), 'package a // changed\n')
    expect((await checkRun(plan, GO, out)).key).not.toBe(before)
    const linked = (await checkRun(plan, GO, out)).key
    rmSync(join(root, 'ws', 'policies', 'a', 'out.go'))
    symlinkSync(join(root, 'elsewhere.go'), join(root, 'ws', 'policies', 'a', 'out.go'))
    expect((await checkRun(plan, GO, out)).key).not.toBe(linked)
  })

  it("records the binaries' hashes the compile step took, without reading them again", async () => {
    const binary = join(out, 'bin', 'linux', 'amd64', 'policy-engine')
    writeFileSync(
      join(out, BINARY_KEYS_FILE),
      JSON.stringify({ 'linux/amd64': { key: 'k', sha256: 'f'.repeat(64) } })
    )
    await recordRun(plan, GO, out, steps)
    const record = JSON.parse(await readFile(join(out, RUN_RECORD_FILE), 'utf8'))
    expect(record.outputs['bin/linux/amd64/policy-engine']).toBe('f'.repeat(64))
    // Those hashes are what the next run checks against the bytes: here they differ.
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
    rmSync(join(out, BINARY_KEYS_FILE))
    await recordRun(plan, GO, out, steps)
    expect(await unchangedRun(plan, GO, out)).toBeDefined()
    expect(JSON.parse(await readFile(join(out, RUN_RECORD_FILE), 'utf8')).outputs).toHaveProperty(
      relative(out, binary)
    )
  })

  it('a missing output: not reused', async () => {
    rmSync(join(out, 'bin'), { recursive: true })
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
  })

  it('no record, a broken one or one of another format: not reused', async () => {
    const file = join(out, RUN_RECORD_FILE)
    const record = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...record, format: record.format + 1 }))
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
    await writeFile(file, '{')
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
    rmSync(file)
    expect(await unchangedRun(plan, GO, out)).toBeUndefined()
  })
})
