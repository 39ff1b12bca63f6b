/**
 * Fault injection against the real pipeline (issue 7, item 3, and the environment rows of the
 * bad-input corpus). Real Go, real buildx on the e2e BuildKit builder, real registries
 * (scripts/e2e-env.sh), the real @actions/cache client against the local cache service.
 * - the cache service failing (500, hang, reset) only warns: the build still succeeds;
 * - the registry failing mid-push (support/fault-proxy.ts) fails the publish step with a
 *   clear message after a bounded number of attempts, and never moves `latest` or a release
 *   tag to a partial result: they keep pointing at the previous, complete release;
 * - Go or buildx killed mid-run fails cleanly, naming the step;
 * - two builds in one workspace with different --out folders do not interfere;
 * - the environment: no docker, no buildx, a builder that cannot build several platforms,
 *   an unreachable registry, a wrong password: exit 1, a clear message, nothing pushed.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { saveGoCache, type GoCacheState } from '../../src/compile/cache.js'
import { BuildError } from '../../src/errors.js'
import { DEFAULT_RETRY } from '../../src/publish/retry.js'
import { recordingLogger } from '../../src/logger.js'
import { runPipeline, type PipelineHooks } from '../../src/pipeline.js'
import type { BuildOptions, PipelineResult } from '../../src/pipeline-types.js'
import type { GitContext } from '../../src/types.js'
import { run } from '../../src/util/exec.js'
import { startCacheServer, type CacheServer, type FaultMode } from './support/cache-server.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import {
  buildOptions,
  catalog,
  digestOf,
  killWhenRunning,
  policyWorkspace,
  readWholeImage,
  startFaultProxy,
  tagsOf,
  type FaultProxyOptions
} from './support/fault-proxy.js'

jest.setTimeout(900_000)

const SHA = 'feedfacecafebeef0123456789abcdef01234567'
const release = (version: string): GitContext => ({
  eventName: 'push',
  ref: `refs/tags/v${version}`,
  sha: SHA,
  repositoryUrl: 'https://github.com/acme/policies',
  commitTime: 1714564800
})
const branch: GitContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: SHA,
  commitTime: 1714564800
}

let env: E2eEnv
let root: string
let ws: string
let outs = 0
const roots: string[] = []

function out(name: string): string {
  outs += 1
  return join(root, `out-${outs}-${name}`)
}

/** Runs the pipeline; returns the result or the error, the messages, and the time taken. */
async function attempt(
  options: BuildOptions,
  git: GitContext,
  hooks: PipelineHooks = {}
): Promise<{
  result?: PipelineResult
  error?: Error
  messages: string[]
  warnings: string[]
  ms: number
}> {
  const logger = recordingLogger()
  const started = Date.now()
  let result: PipelineResult | undefined
  let error: Error | undefined
  try {
    result = await runPipeline(options, git, logger, hooks)
  } catch (caught) {
    error = caught as Error
  }
  return {
    result,
    error,
    messages: logger.messages.map(m => m.message),
    warnings: logger.messages.filter(m => m.level === 'warning').map(m => m.message),
    ms: Date.now() - started
  }
}

beforeAll(() => {
  env = e2eEnv()
  ;({ root, ws } = policyWorkspace('pe-faults-'))
  roots.push(root)
})

afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true })
})

// ---------------------------------------------------------------------------------------------

describe('the cache service failing only warns', () => {
  let server: CacheServer
  const saved = { ...process.env }

  beforeAll(async () => {
    server = await startCacheServer()
  })

  afterAll(async () => {
    // Hung requests are failed by closing the server; @actions/cache retries once after 5 s.
    await server?.close()
    await new Promise(resolve => setTimeout(resolve, 6_000))
    process.env = saved
  })

  it.each<FaultMode>(['fail500', 'hang', 'reset'])(
    'cache service in mode %s: the build succeeds, restore and save only warn',
    async mode => {
      const runnerTemp = join(root, `runner-temp-${mode}`)
      mkdirSync(runnerTemp, { recursive: true })
      // @actions/cache reads its service from process.env at every call.
      delete process.env.ACTIONS_CACHE_SERVICE_V2
      delete process.env.ACTIONS_RESULTS_URL
      const cacheEnv = {
        ...server.env(ws, runnerTemp),
        GITHUB_ACTIONS: 'true',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64',
        RUNNER_TEMP: runnerTemp,
        // A hung service must cost seconds, not the default 5 minutes.
        SEGMENT_DOWNLOAD_TIMEOUT_MINS: '0.25'
      }
      Object.assign(process.env, cacheEnv)
      server.mode = mode
      let state: GoCacheState | undefined
      const outcome = await attempt(
        buildOptions(ws, out(`cache-${mode}`), { cache: true, platforms: ['linux/amd64'] }),
        branch,
        { env: { ...process.env, ...cacheEnv }, onCacheRestored: (s: GoCacheState) => (state = s) }
      )
      expect(outcome.error).toBeUndefined()
      expect(outcome.result?.binaries).toHaveLength(1)
      expect(existsSync(outcome.result!.binaries[0].path)).toBe(true)
      expect(outcome.result?.cacheHit).toBe(false)
      expect(outcome.warnings.join('\n')).toMatch(/cache/i)
      expect(state).toBeDefined()

      const logger = recordingLogger()
      const save = await saveGoCache({ state: state!, logger, timeoutMs: 15_000 })
      expect(save.saved).toBe(false)
      expect(logger.messages.filter(m => m.level === 'warning').length).toBeGreaterThan(0)
      expect(server.entries.filter(e => e.committed)).toEqual([])
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe('the registry failing mid-push', () => {
  const repository = `hardening/faults-${Date.now()}`
  let image: string
  let previous: Record<string, string | undefined>
  const RELEASE_TAGS = ['1', '1.2', 'latest']

  beforeAll(async () => {
    image = `${env.registry}/${repository}`
    // A complete earlier release: 1.2.2, 1.2, 1 and latest point at it.
    const first = await attempt(
      buildOptions(ws, out('release-1.2.2'), {
        images: [image],
        output: 'image',
        push: 'true',
        builder: env.builder
      }),
      release('1.2.2')
    )
    if (first.error) throw first.error
    expect(await tagsOf(env.registry, repository)).toEqual(['1', '1.2', '1.2.2', 'latest'])
    previous = {}
    for (const tag of RELEASE_TAGS) previous[tag] = await digestOf(env.registry, repository, tag)
    expect(previous.latest).toBe(first.result?.digest)
  })

  const scenarios: [string, FaultProxyOptions][] = [
    ['the first blob upload answers 500', { target: 'blob-upload', fault: '500', after: 0 }],
    ['blob uploads reset after the first', { target: 'blob-upload', fault: 'reset', after: 1 }],
    [
      'the second manifest PUT answers 500 (one platform manifest landed)',
      { target: 'manifest-put', fault: '500', after: 1 }
    ],
    [
      'every tag PUT is reset (all platform manifests landed)',
      { target: 'tag-put', fault: 'reset', after: 0 }
    ]
  ]

  it.each(scenarios)(
    '%s: fails after bounded retries, release tags untouched',
    async (_n, fault) => {
      const proxy = await startFaultProxy(env.registry, fault)
      try {
        const outcome = await attempt(
          buildOptions(ws, out('release-1.2.3'), {
            images: [`${proxy.host}/${repository}`],
            output: 'image',
            push: 'true',
            builder: env.builder
          }),
          release('1.2.3')
        )
        expect(outcome.result).toBeUndefined()
        expect(outcome.error).toBeInstanceOf(BuildError)
        expect((outcome.error as { exitCode?: number }).exitCode).toBe(1)
        expect((outcome.error as BuildError).step).toBe('publish')
        const message = outcome.error!.message
        expect(message).toMatch(/docker buildx build failed/)
        // A 500 or a reset is transient: retried, one warning per retry, until the retry
        // budget (DEFAULT_RETRY.attempts) is spent; every attempt is broken by the proxy.
        // A reset surfaces in buildx output as "connection reset by peer", "EOF" or "use of
        // closed network connection", depending on where the request was; all must count.
        const attempts = Number(/after (\d+) attempts/.exec(message)?.[1] ?? 1)
        // (with the message, so a failure shows the output that stopped the retries)
        expect({ attempts, message }).toEqual({ attempts: DEFAULT_RETRY.attempts, message })
        expect(outcome.warnings.filter(w => /transient registry error/.test(w))).toHaveLength(
          DEFAULT_RETRY.attempts - 1
        )
        expect(proxy.broken).toBeGreaterThanOrEqual(attempts)
        expect(outcome.ms).toBeLessThan(10 * 60_000)
      } finally {
        await proxy.close()
      }
      // The new release tag does not exist; the moving tags still name the old, whole image.
      expect(await digestOf(env.registry, repository, '1.2.3')).toBeUndefined()
      for (const tag of RELEASE_TAGS) {
        expect({ tag, digest: await digestOf(env.registry, repository, tag) }).toEqual({
          tag,
          digest: previous[tag]
        })
      }
      for (const tag of await tagsOf(env.registry, repository)) {
        await expect(readWholeImage(env.registry, repository, tag)).resolves.toBeDefined()
      }
    }
  )
})

// ---------------------------------------------------------------------------------------------

describe('Go or buildx killed mid-run fails cleanly', () => {
  it('go build killed: the compile step fails, naming the platform and the signal', async () => {
    const dir = out('go-killed')
    // A fresh Go cache, so the build runs long enough to be killed mid-way.
    const freshCache = join(root, 'fresh-xdg-cache')
    const killer = killWhenRunning(['build', '-trimpath', join(dir, 'bin')], { delayMs: 500 })
    const outcome = await attempt(buildOptions(ws, dir, { platforms: ['linux/amd64'] }), branch, {
      env: { ...process.env, XDG_CACHE_HOME: freshCache }
    })
    await killer
    expect(outcome.error).toBeInstanceOf(BuildError)
    expect((outcome.error as BuildError).step).toBe('compile')
    expect(outcome.error!.message).toMatch(/go build for linux\/amd64 failed/)
    expect(outcome.error!.message).toMatch(/SIGKILL|killed|signal/i)
    expect(existsSync(join(dir, 'bin/linux/amd64/policy-engine'))).toBe(false)
  })

  it('docker buildx killed: the publish step fails and nothing is pushed', async () => {
    const dir = out('buildx-killed')
    const repository = `hardening/buildx-killed-${Date.now()}`
    const killer = killWhenRunning(['buildx', 'build', join(dir, 'buildx-metadata.json')], {
      delayMs: 300
    })
    const outcome = await attempt(
      buildOptions(ws, dir, {
        images: [`${env.registry}/${repository}`],
        output: 'image',
        push: 'true',
        builder: env.builder
      }),
      release('2.0.0')
    )
    await killer
    expect(outcome.error).toBeInstanceOf(BuildError)
    expect((outcome.error as BuildError).step).toBe('publish')
    expect(outcome.error!.message).toMatch(/docker buildx build failed/)
    expect(await tagsOf(env.registry, repository)).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------

describe('two builds in one workspace', () => {
  it('run in parallel with different --out folders without interfering', async () => {
    const [a, b] = [out('parallel-a'), out('parallel-b')]
    const [first, second] = await Promise.all([
      attempt(buildOptions(ws, a, { version: '7.0.0-a', platforms: ['linux/amd64'] }), branch),
      attempt(buildOptions(ws, b, { version: '7.0.0-b', platforms: ['linux/amd64'] }), branch)
    ])
    expect(first.error).toBeUndefined()
    expect(second.error).toBeUndefined()
    for (const [dir, version] of [
      [a, '7.0.0-a'],
      [b, '7.0.0-b']
    ]) {
      const binary = join(dir, 'bin/linux/amd64/policy-engine')
      const shown = await run(binary, ['--version'], { timeoutMs: 30_000 })
      expect(shown.stdout).toContain(version)
      expect(readdirSync(dir).sort()).toEqual(readdirSync(a).sort())
    }
    // Nothing was written into the workspace itself.
    expect(readdirSync(ws).sort()).toEqual(['policies'])
  })

  it('run in parallel without --out: each gets its own temp folder', async () => {
    const runnerTemp = join(root, 'runner-temp-parallel')
    mkdirSync(runnerTemp, { recursive: true })
    const hooks = { env: { ...process.env, RUNNER_TEMP: runnerTemp } }
    const [first, second] = await Promise.all(
      ['8.0.0-a', '8.0.0-b'].map(version =>
        attempt(
          buildOptions(ws, undefined, {
            version,
            platforms: ['linux/amd64']
          }),
          branch,
          hooks
        )
      )
    )
    expect(first.error).toBeUndefined()
    expect(second.error).toBeUndefined()
    expect(first.result!.outDir).not.toBe(second.result!.outDir)
    for (const [outcome, version] of [
      [first, '8.0.0-a'],
      [second, '8.0.0-b']
    ] as const) {
      expect(outcome.result!.outDir!.startsWith(runnerTemp)).toBe(true)
      const shown = await run(outcome.result!.binaries[0].path, ['--version'], {
        timeoutMs: 30_000
      })
      expect(shown.stdout).toContain(version)
    }
    expect(readdirSync(ws).sort()).toEqual(['policies'])
  })
})

// ---------------------------------------------------------------------------------------------

describe('environment faults: exit 1, a clear message, nothing pushed', () => {
  const push = (repository: string, extra: Partial<BuildOptions> = {}): BuildOptions =>
    buildOptions(ws, out(repository.replace(/\W/g, '-')), {
      images: [`${env.registry}/${repository}`],
      output: 'image',
      push: 'true',
      builder: env.builder,
      platforms: ['linux/amd64'],
      ...extra
    })

  /** A copy of the e2e DOCKER_CONFIG (plugins and builders) that logins cannot pollute. */
  function dockerConfigCopy(name: string, withPlugins = true): string {
    const dir = join(root, `docker-config-${name}`)
    mkdirSync(dir, { recursive: true })
    if (withPlugins) cpSync(env.dockerConfig, dir, { recursive: true, verbatimSymlinks: true })
    return dir
  }

  it('no docker on PATH', async () => {
    const repository = `hardening/no-docker-${Date.now()}`
    const goBin = join((await run('go', ['env', 'GOROOT'])).stdout.trim(), 'bin')
    const outcome = await attempt(push(repository), release('3.0.0'), {
      env: { ...process.env, PATH: goBin }
    })
    expect((outcome.error as { exitCode?: number }).exitCode).toBe(1)
    expect(outcome.error!.message).toMatch(/docker CLI \(docker\) cannot be started/)
    expect(outcome.error!.message).toMatch(/install|setup-buildx|PATH/i)
    expect(await catalog(env.registry)).not.toContain(repository)
  })

  it('no buildx plugin', async () => {
    const repository = `hardening/no-buildx-${Date.now()}`
    const outcome = await attempt(push(repository), release('3.0.0'), {
      env: { ...process.env, DOCKER_CONFIG: dockerConfigCopy('no-buildx', false) }
    })
    expect((outcome.error as { exitCode?: number }).exitCode).toBe(1)
    expect(outcome.error!.message).toMatch(/docker buildx is not available/)
    expect(outcome.error!.message).toMatch(/setup-buildx-action/)
    expect(await catalog(env.registry)).not.toContain(repository)
  })

  it('a builder without multi-platform support (docker driver) asked for two platforms', async () => {
    const repository = `hardening/docker-driver-${Date.now()}`
    const outcome = await attempt(
      push(repository, { builder: 'default', platforms: ['linux/amd64', 'linux/arm64'] }),
      release('3.0.0')
    )
    expect((outcome.error as { exitCode?: number }).exitCode).toBe(1)
    expect(outcome.error!.message).toMatch(/docker driver, which cannot build several platforms/)
    expect(outcome.error!.message).toMatch(/setup-buildx-action|builder input/)
    expect(await catalog(env.registry)).not.toContain(repository)
  })

  it('an unreachable registry', async () => {
    const repository = `hardening/unreachable-${Date.now()}`
    // A port nothing listens on: bind one, note it, close it.
    const { createServer } = await import('node:net')
    const port = await new Promise<number>(resolve => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address() as { port: number }
        server.close(() => resolve(address.port))
      })
    })
    const outcome = await attempt(
      push(repository, { images: [`127.0.0.1:${port}/${repository}`] }),
      release('3.0.0')
    )
    expect((outcome.error as { exitCode?: number }).exitCode).toBe(1)
    expect(outcome.error!.message).toMatch(/docker buildx build failed/)
    expect(outcome.error!.message).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}|connection refused`))
    expect(outcome.ms).toBeLessThan(5 * 60_000)
  })

  it('a wrong password: login fails, says so without the password, nothing pushed', async () => {
    const repository = `hardening/wrong-password-${Date.now()}`
    const password = `wrong-${Math.random().toString(36).slice(2)}-password`
    const outcome = await attempt(
      push(repository, {
        images: [`${env.authRegistry}/${repository}`],
        registry: env.authRegistry,
        username: env.user,
        password
      }),
      release('3.0.0'),
      { env: { ...process.env, DOCKER_CONFIG: dockerConfigCopy('wrong-password') } }
    )
    expect((outcome.error as { exitCode?: number }).exitCode).toBe(1)
    expect((outcome.error as BuildError).step).toBe('publish')
    expect(outcome.error!.message).toMatch(/docker login to .* failed/)
    expect(outcome.error!.message).toMatch(/check the username and password/)
    expect(outcome.error!.message).not.toContain(password)
    expect(outcome.messages.join('\n')).not.toContain(password)
    expect(await tagsOf(env.authRegistry, repository, env)).toEqual([])
  })
})
