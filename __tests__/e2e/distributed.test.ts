/**
 * A distributed build on this machine, against real components (scripts/e2e-env.sh): two
 * "runners" (each its own RUNNER_TEMP, Go cache, out folder and one platform) build the
 * bundled examples at the same time and push by digest to the real local registry, saving
 * their Go caches to a local Actions cache service; then the merge job creates the index. A
 * single-runner build of the same commit must give the same per-platform manifests.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { saveGoCache, type GoCacheState } from '../../src/compile/cache.js'
import { InputError } from '../../src/errors.js'
import { recordingLogger } from '../../src/logger.js'
import { POLICIES_LABEL } from '../../src/package/labels.js'
import { runPipeline } from '../../src/pipeline.js'
import type { BuildOptions, PipelineResult } from '../../src/pipeline-types.js'
import type { GitContext } from '../../src/types.js'
import { run } from '../../src/util/exec.js'
import { startCacheServer, type CacheServer } from './support/cache-server.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import { INDEX_TYPES, MANIFEST_TYPES, registryClient, type Index } from './support/registry.js'

jest.setTimeout(900_000)

const ROOT = resolve(import.meta.dirname, '../..')
const SHA = '5d6e7f8091a1b1c1d1e1f2021222324252627282'
const git: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v2.1.0',
  sha: SHA,
  repositoryUrl: 'https://github.com/acme/policies',
  repository: 'acme/policies',
  commitTime: 1714564800
}
const POLICIES = ['ratelimit', 'header-claims', 'input-validator']
const PLATFORMS = ['linux/amd64', 'linux/arm64']
const TAGS = ['2.1.0', '2.1', '2', 'latest']

let env: E2eEnv
let work: string
let server: CacheServer
const savedEnv = { ...process.env }

function options(overrides: Partial<BuildOptions>): BuildOptions {
  return {
    workingDirectory: ROOT,
    policies: POLICIES.map(name => `examples/policies/${name}`),
    platforms: PLATFORMS,
    images: [],
    tags: [],
    labels: [],
    latest: false,
    baseImage: 'scratch',
    push: 'auto',
    output: 'image',
    load: false,
    builder: env.builder,
    buildArgs: [],
    goBuildFlags: [],
    cache: true,
    cacheKeyPrefix: 'pe-e2e-distributed',
    sbom: false,
    provenance: false,
    ...overrides
  }
}

interface Leg {
  platform: string
  runnerTemp: string
  result: PipelineResult
  cache?: GoCacheState
  digestFile: string
}

/** One matrix job: its own RUNNER_TEMP (so its own Go cache folders) and out folder. */
async function runLeg(platform: string, image: string): Promise<Leg> {
  const runnerTemp = await mkdtemp(join(work, `runner-${platform.replace('/', '-')}-`))
  let cache: GoCacheState | undefined
  const result = await runPipeline(
    options({
      images: [image],
      platforms: [platform],
      distribute: 'platform',
      out: join(runnerTemp, 'out')
    }),
    git,
    recordingLogger(),
    {
      env: { ...process.env, GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp },
      onCacheRestored: state => (cache = state)
    }
  )
  // What the example workflow's step writes and uploads as an artifact.
  const digestFile = join(runnerTemp, 'digest')
  await writeFile(digestFile, `${result.platform}=${result.digest ?? ''}\n`)
  return { platform, runnerTemp, result, cache, digestFile }
}

async function tagsOf(repository: string): Promise<string[]> {
  const response = await fetch(`http://${env.registry}/v2/${repository}/tags/list`)
  if (response.status === 404) return []
  const body = (await response.json()) as { tags?: string[] | null }
  return body.tags ?? []
}

/** PATH without any folder holding a go binary: the merge job needs no Go. */
function withoutGo(path: string): string {
  const kept = path.split(':').filter(dir => dir && !existsSync(join(dir, 'go')))
  expect(kept.length).toBeGreaterThan(0)
  return kept.join(':')
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject()
      )
    })
  })
}

describe('distributed build: two runners push by digest, the merge tags once', () => {
  const repository = `e2e/distributed-${Date.now()}`
  let image: string
  let legs: Leg[]
  let legsMs: number
  let single: PipelineResult

  beforeAll(async () => {
    env = e2eEnv()
    work = await mkdtemp(join(tmpdir(), 'pe-distributed-'))
    server = await startCacheServer()
    // @actions/cache reads its service from process.env; each leg has its own RUNNER_TEMP.
    delete process.env.ACTIONS_CACHE_SERVICE_V2
    delete process.env.ACTIONS_RESULTS_URL
    delete process.env.ACTIONS_CACHE_MODE
    await mkdir(join(work, 'cache-temp'))
    Object.assign(process.env, server.env(ROOT, join(work, 'cache-temp')), {
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64'
    })
    image = `${env.registry}/${repository}`
    const started = Date.now()
    legs = await Promise.all(PLATFORMS.map(platform => runLeg(platform, image)))
    legsMs = Date.now() - started
    // The post step of each leg saves its own Go cache.
    for (const leg of legs) {
      if (leg.cache) await saveGoCache({ state: leg.cache, logger: recordingLogger() })
    }
  })

  afterAll(async () => {
    await server?.close()
    process.env = savedEnv
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('each runner pushed its one platform by digest, untagged', async () => {
    const registry = registryClient(env.registry)
    for (const leg of legs) {
      expect(leg.result).toMatchObject({
        pushed: true,
        distribute: 'platform',
        platform: leg.platform,
        tags: []
      })
      expect(leg.result.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(leg.result.image).toBe(`${image}@${leg.result.digest}`)
      expect(leg.result.binaries.map(b => `${b.platform.os}/${b.platform.arch}`)).toEqual([
        leg.platform
      ])
      // A platform image, not an index: what the merge lists.
      const manifest = await registry.json<{ mediaType: string }>(
        `${repository}/manifests/${leg.result.digest}`,
        MANIFEST_TYPES
      )
      expect(MANIFEST_TYPES).toContain(manifest.mediaType)
    }
    expect(await tagsOf(repository)).toEqual([])
    console.log(`two legs side by side: ${(legsMs / 1000).toFixed(1)} s`)
  })

  it('each runner restored and saved only its own platform cache', () => {
    const [amd, arm] = legs.map(leg => leg.cache!)
    expect(amd.key).not.toBe(arm.key)
    // Their own folders under their own RUNNER_TEMP.
    expect(amd.gocache.startsWith(legs[0].runnerTemp)).toBe(true)
    expect(arm.gocache.startsWith(legs[1].runnerTemp)).toBe(true)
    const saved = server.entries.filter(entry => entry.committed).map(entry => entry.key)
    expect(saved.sort()).toEqual([amd.key, arm.key].sort())
  })

  it('refuses a merge with one leg missing, naming it, and tags nothing', async () => {
    const amdLine = (await readFile(legs[0].digestFile, 'utf8')).trim()
    const error = await runPipeline(
      options({ images: [image], distribute: 'merge', digests: [amdLine], cache: false }),
      git,
      recordingLogger()
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toContain('no image for linux/arm64')
    expect(await tagsOf(repository)).toEqual([])
  })

  it('refuses images of another commit, naming which, and tags nothing', async () => {
    // The arm64 leg rebuilt from another commit (same policies, another revision label).
    const other = await runPipeline(
      options({
        images: [image],
        platforms: ['linux/arm64'],
        distribute: 'platform',
        cache: false,
        out: join(work, 'other-commit')
      }),
      { ...git, sha: 'f'.repeat(40) },
      recordingLogger()
    )
    const error = await runPipeline(
      options({
        images: [image],
        distribute: 'merge',
        digests: [
          (await readFile(legs[0].digestFile, 'utf8')).trim(),
          `linux/arm64=${other.digest}`
        ],
        cache: false
      }),
      git,
      recordingLogger()
    ).catch((e: unknown) => e)
    expect((error as InputError).message).toContain(
      `the images were built from different commits: linux/amd64 from ${SHA.slice(0, 12)}; linux/arm64 from ffffffffffff`
    )
    expect(await tagsOf(repository)).toEqual([])
  })

  describe('the merge', () => {
    let merged: PipelineResult
    let index: Index & { annotations?: Record<string, string> }

    beforeAll(async () => {
      const digests = await Promise.all(legs.map(leg => readFile(leg.digestFile, 'utf8')))
      merged = await runPipeline(
        options({
          images: [image],
          distribute: 'merge',
          digests: digests.join('').split('\n'),
          cache: false,
          // The merge needs no policies and no Go.
          policies: []
        }),
        git,
        recordingLogger(),
        { env: { ...process.env, PATH: withoutGo(process.env.PATH ?? '') } }
      )
      index = await registryClient(env.registry).json(
        `${repository}/manifests/${merged.digest}`,
        INDEX_TYPES
      )
    })

    it('creates the index, then every tag points at it', async () => {
      expect(merged).toMatchObject({
        pushed: true,
        distribute: 'merge',
        tags: TAGS.map(tag => `${image}:${tag}`),
        commit: { sha: SHA }
      })
      expect(merged.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(merged.policies.map(p => p.name).sort()).toEqual([...POLICIES].sort())
      expect(merged.timings.map(t => t.step)).toEqual(['publish'])
      expect((await tagsOf(repository)).sort()).toEqual([...TAGS].sort())
      for (const tag of TAGS) {
        const response = await fetch(`http://${env.registry}/v2/${repository}/manifests/${tag}`, {
          method: 'HEAD',
          headers: { accept: INDEX_TYPES.join(', ') }
        })
        expect(response.headers.get('docker-content-digest')).toBe(merged.digest)
      }
    })

    it('lists exactly both platforms, by the digests the legs pushed, with the OCI annotations', () => {
      expect(index.manifests.map(m => `${m.platform?.os}/${m.platform?.architecture}`)).toEqual(
        PLATFORMS
      )
      expect(index.manifests.map(m => m.digest)).toEqual(legs.map(leg => leg.result.digest))
      expect(index.annotations).toMatchObject({
        'org.opencontainers.image.revision': SHA,
        'org.opencontainers.image.version': '2.1.0',
        'org.opencontainers.image.source': git.repositoryUrl
      })
      expect(index.annotations?.[POLICIES_LABEL]?.split(',').sort()).toEqual([...POLICIES].sort())
    })

    it('the amd64 image runs and serves every policy', async () => {
      const ref = `${image}:2.1.0`
      const docker = (args: string[]) => run('docker', args, { timeoutMs: 180_000 })
      expect((await docker(['pull', '--platform', 'linux/amd64', ref])).exitCode).toBe(0)
      const port = await freePort()
      const name = `pe-e2e-distributed-${port}`
      const started = await docker([
        'run',
        '--detach',
        '--rm',
        '--name',
        name,
        '--network',
        'host',
        ref,
        'serve',
        '--addr',
        `127.0.0.1:${port}`
      ])
      expect(started.exitCode).toBe(0)
      try {
        const base = `http://127.0.0.1:${port}`
        const deadline = Date.now() + 30_000
        for (;;) {
          const ok = await fetch(`${base}/healthz`).then(
            r => r.ok,
            () => false
          )
          if (ok) break
          if (Date.now() > deadline) throw new Error('the engine did not become healthy')
          await new Promise(r => setTimeout(r, 250))
        }
        const listed = (await (await fetch(`${base}/v1/policies`)).json()) as {
          policies: { name: string }[]
        }
        expect(listed.policies.map(p => p.name).sort()).toEqual([...POLICIES].sort())
        const response = await fetch(`${base}/v1/policies/ratelimit/execute`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ key: 'client-42', cost: 1 })
        })
        expect(response.status).toBe(200)
        expect(await response.json()).toMatchObject({ allow: true })
      } finally {
        await docker(['rm', '--force', name])
      }
    })

    it('gives the same per-platform manifests as one runner building both platforms', async () => {
      const started = Date.now()
      single = await runPipeline(
        options({ images: [`${image}-single`], cache: false, out: join(work, 'single') }),
        git,
        recordingLogger()
      )
      console.log(`one runner, both platforms: ${((Date.now() - started) / 1000).toFixed(1)} s`)
      const singleIndex = await registryClient(env.registry).json<Index>(
        `${repository}-single/manifests/${single.digest}`,
        INDEX_TYPES
      )
      const byPlatform = (i: Index) =>
        Object.fromEntries(
          i.manifests.map(m => [`${m.platform?.os}/${m.platform?.architecture}`, m.digest])
        )
      expect(byPlatform(singleIndex)).toEqual(byPlatform(index))
      expect(Object.keys(byPlatform(index))).toEqual(PLATFORMS)
    })
  })
})
