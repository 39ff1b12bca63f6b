/**
 * The Go cache through the real @actions/cache client against the local cache service
 * (support/cache-server.ts), with the real Go toolchain. Each "job" starts from empty cache
 * folders, as a fresh runner does, and hands the state to the save through JSON, as the
 * action's post step does. What was recompiled is read from `go build -x`, not from timers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { goCacheDirs, goCacheKey } from '../../src/compile/cache-key.js'
import {
  restoreGoCache,
  saveGoCache,
  type GoCacheState,
  type SaveGoCacheResult
} from '../../src/compile/cache.js'
import { compile } from '../../src/compile/compile.js'
import { parsePlatforms } from '../../src/plan/platforms.js'
import { readGoToolchain } from '../../src/go/toolchain.js'
import { recordingLogger, type RecordedMessage } from '../../src/logger.js'
import { run } from '../../src/util/exec.js'
import type { Platform } from '../../src/types.js'
import { startCacheServer, type CacheServer } from './support/cache-server.js'
import {
  compiledPackages,
  fixtureModFiles,
  writeFixture,
  writePolicy
} from './support/go-fixture.js'

const ALPHA = 'example.com/fixture/alpha'
const MAIN = 'main'

let server: CacheServer
let root: string
let runnerTemp: string
let engineDir: string
let goVersion: string
const savedEnv = { ...process.env }

beforeAll(async () => {
  server = await startCacheServer()
  root = await mkdtemp(join(tmpdir(), 'pe-cache-'))
  runnerTemp = join(root, 'runner-temp')
  await mkdir(runnerTemp, { recursive: true })
  engineDir = await writeFixture(join(root, 'workspace'))
  goVersion = (await readGoToolchain()).version
  // @actions/cache reads its configuration from process.env at each call.
  delete process.env.ACTIONS_CACHE_SERVICE_V2
  delete process.env.ACTIONS_RESULTS_URL
  delete process.env.ACTIONS_CACHE_MODE
  Object.assign(process.env, server.env(join(root, 'workspace'), runnerTemp), {
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GITHUB_SERVER_URL: 'https://github.com'
  })
}, 120_000)

afterAll(async () => {
  // The hung calls of the 'hang' test are still waiting; closing the server fails them, and
  // @actions/cache retries once after 5 s: let that finish while its env is still in place.
  await server?.close()
  await new Promise(resolve => setTimeout(resolve, 6_000))
  process.env = savedEnv
  await rm(root, { recursive: true, force: true })
}, 30_000)

interface Job {
  state: GoCacheState
  compiled: string[]
  save: SaveGoCacheResult
  warnings: string[]
  messages: RecordedMessage[]
}

/** One workflow run: restore -> compile (with -x) -> trim and save, from empty cache folders. */
async function job(
  options: {
    platforms?: Platform[]
    prefix?: string
    timeoutMs?: number
    mode?: CacheServer['mode']
    /** false: keep the local cache folders of the previous job (a self-hosted runner). */
    fresh?: boolean
    goSumFiles?: string[]
  } = {}
): Promise<Job> {
  server.mode = options.mode ?? 'ok'
  const dirs = goCacheDirs('action', process.env)
  if (options.fresh !== false)
    await rm(join(runnerTemp, 'policy-engine-build'), { recursive: true, force: true })
  const platforms = options.platforms ?? parsePlatforms(['linux/amd64'])
  const workspace = join(root, 'workspace')
  const { key, restoreKeys } = await goCacheKey({
    prefix: options.prefix ?? 'pe-test',
    platforms,
    goVersion,
    modFiles: fixtureModFiles(workspace),
    sourceRoots: ['engine', 'alpha', 'beta'].map(d => join(workspace, d))
  })
  const logger = recordingLogger()
  const state = await restoreGoCache({
    dirs,
    key,
    restoreKeys,
    logger,
    timeoutMs: options.timeoutMs,
    goSumFiles: options.goSumFiles
  })
  const results = await compile({
    workspaceDir: engineDir,
    outDir: join(root, 'out'),
    platforms,
    version: 'test',
    commit: 'test',
    sourceDateEpoch: 0,
    goBuildFlags: ['-x'],
    env: { ...process.env, GOCACHE: dirs.gocache, GOMODCACHE: dirs.gomodcache },
    logger
  })
  const save = await saveGoCache({
    state: JSON.parse(JSON.stringify(state)),
    logger,
    timeoutMs: options.timeoutMs
  })
  server.mode = 'ok'
  return {
    state,
    compiled: results.flatMap(r => compiledPackages(r.log)),
    save,
    warnings: logger.messages.filter(m => m.level === 'warning').map(m => m.message),
    messages: logger.messages
  }
}

describe('Go cache with @actions/cache and a local cache service', () => {
  let first: Job

  it('first run: nothing to restore, compiles everything, saves', async () => {
    first = await job()
    expect(first.state.cacheHit).toBe(false)
    expect(first.state.matchedKey).toBeUndefined()
    expect(first.compiled).toEqual(expect.arrayContaining([MAIN, ALPHA, 'fmt', 'runtime']))
    expect(first.save.saved).toBe(true)
    expect(first.save.cacheId).toBeGreaterThan(0)
    expect(server.archiveSize(first.state.key)).toBeGreaterThan(0)
    expect(first.warnings).toEqual([])
  }, 600_000)

  it('second run, same inputs: exact hit, Go recompiles nothing, no save attempted', async () => {
    const reservations = server.requests.filter(
      r => r.method === 'POST' && r.path.endsWith('/caches')
    ).length
    const second = await job()
    expect(second.state).toMatchObject({
      cacheHit: true,
      matchedKey: first.state.key,
      key: first.state.key
    })
    expect(second.compiled).toEqual([])
    expect(second.save).toMatchObject({ saved: false, skipped: 'exact-hit' })
    expect(
      server.requests.filter(r => r.method === 'POST' && r.path.endsWith('/caches')).length
    ).toBe(reservations)
    expect(second.warnings).toEqual([])
  }, 600_000)

  it('a changed policy restores through a restore-key and recompiles only what changed', async () => {
    await writePolicy(join(root, 'workspace'), 'alpha', 'second version')
    const changed = await job()
    expect(changed.state.key).not.toBe(first.state.key)
    expect(changed.state).toMatchObject({ cacheHit: false, matchedKey: first.state.key })
    // alpha, and main only if alpha's export data changed (Go keys main on it, not on source).
    expect(changed.compiled).toContain(ALPHA)
    expect(changed.compiled.filter(p => p !== ALPHA && p !== MAIN)).toEqual([])
    expect(changed.save.saved).toBe(true)
    // The trimmed save lets the next run from it recompile nothing at all.
    const again = await job()
    expect(again.state).toMatchObject({ cacheHit: true, matchedKey: changed.state.key })
    expect(again.compiled).toEqual([])
  }, 600_000)

  it.each([
    ['fail500', 30_000, /responded with 500/],
    // @actions/cache retries a reset connection once, 5 s later
    ['reset', 30_000, /socket hang up|ECONNRESET/],
    ['hang', 3_000, /did not finish within 3s/]
  ] as const)(
    'a cache service in mode %s costs a warning, never the build',
    async (mode, timeoutMs, pattern) => {
      await writePolicy(join(root, 'workspace'), 'beta', `fault ${mode}`)
      // The local folders are kept (a self-hosted runner) so that the build itself is quick.
      const faulty = await job({ mode, timeoutMs, fresh: false })
      expect(faulty.state.cacheHit).toBe(false)
      expect(faulty.state.matchedKey).toBeUndefined()
      expect(faulty.compiled).toContain('example.com/fixture/beta')
      expect(faulty.save.saved).toBe(false)
      expect(faulty.warnings.length).toBeGreaterThan(0)
      expect(faulty.warnings.join('\n')).toMatch(pattern)
      expect(faulty.messages.filter(m => m.level === 'error')).toEqual([])
    },
    300_000
  )

  it('a read-only cache (fork pull request) restores, and the refused save is a warning', async () => {
    await writePolicy(join(root, 'workspace'), 'beta', 'read-only run')
    const fork = await job({ mode: 'readOnly' })
    expect(fork.state.matchedKey).toBeDefined()
    expect(fork.compiled).toContain('example.com/fixture/beta')
    expect(fork.compiled.filter(p => p !== 'example.com/fixture/beta' && p !== MAIN)).toEqual([])
    expect(fork.save).toMatchObject({ saved: false, skipped: 'failed' })
    expect(fork.warnings.join('\n')).toContain('cache write denied')
  }, 300_000)

  it('after repeated builds with changing policies the saved cache stays within 1.5x of a fresh one', async () => {
    const workspace = join(root, 'workspace')
    // Each round pulls other standard packages into the build: without trimming, every
    // round's packages would pile up in the saved cache.
    const rounds = [
      ['compress/gzip', 'encoding/xml'],
      ['text/template'],
      ['crypto/sha512', 'archive/tar'],
      ['math/big']
    ]
    let last: Job | undefined
    let removed = 0
    for (const [i, imports] of rounds.entries()) {
      await writePolicy(workspace, 'alpha', `round ${i}`, imports)
      last = await job({ prefix: 'pe-grow' })
      expect(last.save.saved).toBe(true)
      removed += last.save.trim?.removedBytes ?? 0
    }
    const repeated = server.archiveSize(last!.state.key)!
    const fresh = await job({ prefix: 'pe-fresh' })
    expect(fresh.state.matchedKey).toBeUndefined()
    const freshSize = server.archiveSize(fresh.state.key)!
    expect(removed).toBeGreaterThan(0)
    expect(repeated / freshSize).toBeLessThanOrEqual(1.5)
  }, 900_000)

  it('a dependency upgrade: the old version restored through a restore-key is dropped from GOMODCACHE before saving', async () => {
    const workspace = join(root, 'workspace')
    const uuid = (version: string) => ({
      module: 'github.com/google/uuid',
      version,
      use: 'uuid.New'
    })
    // What a user does: bump the policy's requirement, then `go get` in the engine, through
    // the Go module proxy (go.mod/go.sum only: the job downloads into its own cache).
    const upgrade = async (version: string): Promise<void> => {
      await writePolicy(workspace, 'alpha', `uuid ${version}`, [], uuid(version))
      // get, then tidy as the generator does (tidy drops the old version's go.sum lines)
      for (const args of [
        ['get', `github.com/google/uuid@${version}`],
        ['mod', 'tidy']
      ]) {
        const result = await run('go', args, {
          cwd: engineDir,
          env: {
            ...process.env,
            GOMODCACHE: join(root, 'go-get-modcache'),
            GOFLAGS: '-modcacherw',
            GOTOOLCHAIN: 'local'
          },
          timeoutMs: 120_000
        })
        expect({
          args,
          exitCode: result.exitCode,
          stderr: result.exitCode ? result.stderr : ''
        }).toEqual({
          args,
          exitCode: 0,
          stderr: ''
        })
      }
    }
    const goSumFiles = [join(engineDir, 'go.sum')]
    const modDir = (version: string) =>
      join(goCacheDirs('action', process.env).gomodcache, `github.com/google/uuid@${version}`)

    await upgrade('v1.5.0')
    const before = await job({ prefix: 'pe-mod', goSumFiles })
    expect(before.save.saved).toBe(true)
    expect(existsSync(modDir('v1.5.0'))).toBe(true)

    await upgrade('v1.6.0')
    const after = await job({ prefix: 'pe-mod', goSumFiles })
    expect(after.state).toMatchObject({ cacheHit: false, matchedKey: before.state.key })
    expect(after.compiled).toContain('github.com/google/uuid')
    expect(after.save.saved).toBe(true)
    expect(after.save.modTrim?.removedModules).toEqual(['github.com/google/uuid@v1.5.0'])
    expect(existsSync(modDir('v1.5.0'))).toBe(false)
    expect(existsSync(modDir('v1.6.0'))).toBe(true)
  }, 300_000)
})
