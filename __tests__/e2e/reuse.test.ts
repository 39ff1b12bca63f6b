/**
 * A run where nothing changed takes the last run back (no scan, no generate, no compile, no
 * link), and only then: with the real Go toolchain, the same --out is built again after
 * changing one input at a time. The Go version's part of the keys is covered by
 * __tests__/compile/reuse.test.ts and unchanged-run.test.ts (one toolchain here).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { appendFileSync, cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runPipeline } from '../../src/pipeline.js'
import type { BuildOptions, PipelineResult } from '../../src/pipeline-types.js'
import type { GitContext } from '../../src/types.js'

jest.setTimeout(900_000)

const ROOT = resolve(import.meta.dirname, '../..')
const git: GitContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: '0123456789abcdef0123456789abcdef01234567',
  commitTime: 1714564800
}

describe('binaries are reused only when every input is identical', () => {
  let workspace: string
  let out: string
  const base = (): BuildOptions => ({
    workingDirectory: workspace,
    policies: ['policies/*'],
    engine: 'engine',
    platforms: ['linux/amd64'],
    images: [],
    tags: [],
    labels: [],
    latest: false,
    push: 'false',
    output: 'none',
    load: false,
    buildArgs: [],
    goBuildFlags: [],
    cache: true,
    cacheKeyPrefix: 'pe-reuse',
    sbom: false,
    provenance: false,
    out
  })
  const build = (over: Partial<BuildOptions> = {}): Promise<PipelineResult> =>
    runPipeline({ ...base(), ...over }, git)
  const reused = (result: PipelineResult) =>
    Object.fromEntries(
      result.binaries.map(b => [`${b.platform.os}/${b.platform.arch}`, b.reused === true])
    )
  const inode = (result: PipelineResult) => statSync(result.binaries[0].path).ino

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'peb-reuse-ws-'))
    out = join(workspace, 'out')
    cpSync(join(ROOT, 'examples/policies/ratelimit'), join(workspace, 'policies/ratelimit'), {
      recursive: true
    })
    cpSync(join(ROOT, 'engine'), join(workspace, 'engine'), {
      recursive: true,
      filter: source => !/\/(pe|bin)$/.test(source)
    })
    const first = await build()
    expect(reused(first)).toEqual({ 'linux/amd64': false })
  })
  afterAll(() => rmSync(workspace, { recursive: true, force: true }))

  it('nothing changed: the last run is taken back (no scan, no compile), the very same file', async () => {
    const before = await build()
    const again = await build()
    expect(again.unchangedRun).toBe(true)
    expect(reused(again)).toEqual({ 'linux/amd64': true })
    expect(inode(again)).toBe(inode(before))
    expect(again.timings.map(t => t.step)).toEqual(['package'])
    expect(again.policies).toEqual(before.policies)
    expect(again.policySet).toEqual(before.policySet)
    expect(again.discovery.policies).toEqual(before.discovery.policies)
  })

  it('a binary replaced by hand: the run is not taken back, the binary is rebuilt', async () => {
    await build()
    const result = await build()
    writeFileSync(result.binaries[0].path, 'not an engine')
    const rebuilt = await build()
    expect(rebuilt.unchangedRun).toBeUndefined()
    expect(reused(rebuilt)).toEqual({ 'linux/amd64': false })
    expect((await build()).unchangedRun).toBe(true)
  })

  it('a build flag changed: built', async () => {
    const flagged = await build({ goBuildFlags: ['-tags=reusetest'] })
    expect(flagged.unchangedRun).toBeUndefined()
    expect(reused(flagged)).toEqual({ 'linux/amd64': false })
    expect(reused(await build())).toEqual({ 'linux/amd64': false })
    expect(reused(await build())).toEqual({ 'linux/amd64': true })
  })

  it('the version stamped (ldflags) changed: built', async () => {
    const stamped = await build({ version: '9.9.9' })
    expect(stamped.unchangedRun).toBeUndefined()
    expect(reused(stamped)).toEqual({ 'linux/amd64': false })
    await build()
  })

  it('a policy source changed: built', async () => {
    appendFileSync(join(workspace, 'policies/ratelimit/ratelimit.go'), '\n// changed\n')
    const changed = await build()
    expect(changed.unchangedRun).toBeUndefined()
    expect(reused(changed)).toEqual({ 'linux/amd64': false })
    expect(reused(await build())).toEqual({ 'linux/amd64': true })
  })

  it('the engine changed: built', async () => {
    appendFileSync(join(workspace, 'engine/main.go'), '\n// changed\n')
    const changed = await build()
    expect(changed.unchangedRun).toBeUndefined()
    expect(reused(changed)).toEqual({ 'linux/amd64': false })
  })

  it('the platforms changed: the new platform is built', async () => {
    const result = await build({ platforms: ['linux/amd64', 'linux/arm64'] })
    expect(result.unchangedRun).toBeUndefined()
    expect(reused(result)).toEqual({ 'linux/amd64': true, 'linux/arm64': false })
    const variant = await build({ platforms: ['linux/amd64/v3'] })
    expect(variant.binaries.map(b => b.reused === true)).toEqual([false])
  })
})
