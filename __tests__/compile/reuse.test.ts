/**
 * A no-op run reuses binaries only when every input that makes them is identical: the key
 * changes with a build flag, the Go version, the ldflags (version/commit/date), a Go variable,
 * a policy source, a file of a folder a policy replaces to, the engine (generated workspace),
 * and the platform; a binary whose bytes changed since it was recorded is not reused either.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  binaryKey,
  recordBinaries,
  reusableBinaries,
  sharedBinaryKey,
  type BinaryInputs
} from '../../src/compile/reuse.js'
import { binaryPath } from '../../src/plan/platforms.js'
import type { Platform } from '../../src/types.js'

const amd64: Platform = { os: 'linux', arch: 'amd64' }
const arm64: Platform = { os: 'linux', arch: 'arm64' }

describe('binary content key', () => {
  let root: string
  let inputs: BinaryInputs
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
  const keyOf = async (over: Partial<BinaryInputs> = {}, platform = amd64) => {
    const all = { ...inputs, ...over }
    return binaryKey(await sharedBinaryKey(all), all, platform)
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'peb-reuse-'))
    write(join(root, 'out', 'main.go'), 'package main\n')
    write(join(root, 'out', 'go.mod'), 'module example.com/engine\n')
    write(join(root, 'out', 'imports.go'), 'package main\n')
    write(join(root, 'out', 'bin', 'linux', 'amd64', 'policy-engine'), 'old binary')
    write(join(root, 'policy', 'go.mod'), 'module example.com/p\n')
    write(join(root, 'policy', 'p.go'), 'package p\n')
    write(join(root, 'kit', 'kit.go'), 'package kit\n')
    write(join(root, 'policy', 'rules', 'allow.rego'), 'allow := true\n')
    inputs = {
      goVersion: '1.26.8',
      ldflags: '-s -w -X main.version=1.0.0',
      goBuildFlags: [],
      env: {
        PATH: '/usr/bin',
        GOCACHE: '/a',
        GOFLAGS: '',
        POLICY_ENGINE_BUILD_CACHE: join(root, 'machine')
      },
      workspaceDir: join(root, 'out'),
      sourceDirs: [join(root, 'policy'), join(root, 'kit')]
    }
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('is the same for the same inputs, whatever the caches or the binaries already built', async () => {
    const first = await keyOf()
    write(join(root, 'out', 'bin', 'linux', 'amd64', 'policy-engine'), 'new binary')
    write(join(root, 'out', 'Dockerfile'), 'FROM scratch\n')
    expect(await keyOf({ env: { ...inputs.env, GOCACHE: '/elsewhere', GOPROXY: 'off' } })).toBe(
      first
    )
  })

  it.each<[string, (i: BinaryInputs) => Partial<BinaryInputs> | void]>([
    ['a build flag', () => ({ goBuildFlags: ['-tags=netgo'] })],
    ['the Go version', () => ({ goVersion: '1.26.9' })],
    ['the ldflags (version, commit or date)', () => ({ ldflags: '-s -w -X main.version=1.0.1' })],
    ['GOFLAGS', i => ({ env: { ...i.env, GOFLAGS: '-race' } })],
    [
      "another machine's record secret",
      i => ({ env: { ...i.env, POLICY_ENGINE_BUILD_CACHE: join(root, 'other-machine') } })
    ],
    ['GOEXPERIMENT', i => ({ env: { ...i.env, GOEXPERIMENT: 'nocoverageredesign' } })],
    ['a policy source', () => void write(join(root, 'policy', 'p.go'), 'package p // v2\n')],
    [
      'a file a policy embeds',
      () => void write(join(root, 'policy', 'rules', 'allow.rego'), 'x\n')
    ],
    ['a policy go.mod', () => void write(join(root, 'policy', 'go.mod'), 'module example.com/q\n')],
    ['a folder a policy replaces to', () => void write(join(root, 'kit', 'kit.go'), '// 2\n')],
    ['the engine', () => void write(join(root, 'out', 'main.go'), 'package main // v2\n')],
    ['the generated imports', () => void write(join(root, 'out', 'imports.go'), '// more\n')],
    ['the workspace go.sum', () => void write(join(root, 'out', 'go.sum'), 'x v1 h1:y\n')],
    ['a policy module more', () => ({ sourceDirs: [join(root, 'policy')] })]
  ])('changes with %s', async (_what, change) => {
    const before = await keyOf()
    const over = change(inputs) ?? {}
    expect(await keyOf(over)).not.toBe(before)
  })

  it('changes with the platform and its variant', async () => {
    const keys = new Set([
      await keyOf({}, amd64),
      await keyOf({}, arm64),
      await keyOf({}, { os: 'linux', arch: 'amd64', variant: 'v3' })
    ])
    expect(keys.size).toBe(3)
  })

  it('reuses a recorded binary only for the same key and the same bytes', async () => {
    const out = join(root, 'out')
    const keys = new Map([
      ['linux/amd64', await keyOf({}, amd64)],
      ['linux/arm64', await keyOf({}, arm64)]
    ])
    write(binaryPath(out, arm64), 'arm binary')
    await recordBinaries(out, keys, [amd64, arm64])
    expect(await reusableBinaries(out, keys, [amd64, arm64])).toEqual([amd64, arm64])
    // Another key (any input changed): built again.
    const changed = new Map(keys).set('linux/amd64', 'other')
    expect(await reusableBinaries(out, changed, [amd64, arm64])).toEqual([arm64])
    // Bytes changed since they were recorded: built again.
    write(binaryPath(out, arm64), 'tampered')
    expect(await reusableBinaries(out, keys, [amd64, arm64])).toEqual([amd64])
    // Removed: built again.
    rmSync(binaryPath(out, amd64))
    expect(await reusableBinaries(out, keys, [amd64, arm64])).toEqual([])
  })
})
