/**
 * The action's main and post steps with the toolkit mocked, as actions/typescript-action does:
 * @actions/core, @actions/github, the pipeline and the cache module are replaced (ESM:
 * jest.unstable_mockModule before a dynamic import), and each test looks at what run() and
 * runPost() asked the toolkit to do.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BuildError, InputError } from '../../src/errors.js'
import type { GoCacheState } from '../../src/compile/cache.js'
import type { PipelineHooks } from '../../src/pipeline.js'
import type { BuildOptions, PipelineResult } from '../../src/pipeline-types.js'
import type { GitContext } from '../../src/types.js'
import type { Logger } from '../../src/logger.js'
import { pushedResult } from './result-fixture.js'

/** Every toolkit call that can write to the log or the runner, in order. */
let calls: { fn: string; args: unknown[] }[] = []
let inputs: Record<string, string> = {}
let state: Record<string, string> = {}

function recorder(fn: string, impl?: (...args: unknown[]) => unknown) {
  return jest.fn((...args: unknown[]) => {
    calls.push({ fn, args })
    return impl?.(...args)
  })
}

const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  getBooleanInput: jest.fn(),
  getMultilineInput: jest.fn(),
  getState: jest.fn((name: string) => state[name] ?? ''),
  setSecret: recorder('setSecret'),
  setOutput: recorder('setOutput'),
  setFailed: recorder('setFailed'),
  saveState: recorder('saveState', (name, value) => {
    state[name as string] = value as string
  }),
  info: recorder('info'),
  debug: recorder('debug'),
  notice: recorder('notice'),
  warning: recorder('warning'),
  error: recorder('error'),
  startGroup: recorder('startGroup'),
  endGroup: recorder('endGroup'),
  group: jest.fn(async (name: string, fn: () => Promise<unknown>) => {
    calls.push({ fn: 'group', args: [name] })
    return fn()
  }),
  exportVariable: recorder('exportVariable'),
  addPath: recorder('addPath'),
  setCommandEcho: recorder('setCommandEcho'),
  isDebug: jest.fn(() => false),
  getIDToken: jest.fn(),
  toPlatformPath: jest.fn((p: string) => p),
  toPosixPath: jest.fn((p: string) => p),
  toWin32Path: jest.fn((p: string) => p),
  summary: { addRaw: jest.fn(), write: jest.fn() },
  markdownSummary: {},
  platform: {},
  ExitCode: { Success: 0, Failure: 1 }
}

const github = {
  context: {
    eventName: 'push',
    sha: '',
    ref: '',
    serverUrl: 'https://github.com',
    payload: {} as Record<string, unknown>,
    repo: { owner: 'acme', repo: 'policies' }
  },
  getOctokit: jest.fn(() => {
    throw new Error('no GitHub API in this test')
  })
}

type RunPipeline = (
  options: BuildOptions,
  git: GitContext,
  logger: Logger,
  hooks: PipelineHooks
) => Promise<PipelineResult>
const runPipeline = jest.fn<RunPipeline>()
const saveGoCache = jest.fn<(options: { state: GoCacheState }) => Promise<unknown>>()

jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('@actions/github', () => github)
jest.unstable_mockModule('../../src/pipeline.js', () => ({ runPipeline }))
jest.unstable_mockModule('../../src/compile/cache.js', () => ({ saveGoCache }))
// The preview reads the registry (e2e: __tests__/e2e/preview.test.ts); not here.
jest.unstable_mockModule('../../src/action/preview.js', () => ({
  actionPreview: jest.fn(async () => undefined)
}))

let run: () => Promise<void>
let runPost: () => Promise<void>
let CACHE_STATE: string

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/events/${name}.json`, import.meta.url), 'utf8'))

const PASSWORD = 'registry-password-9f3a1c'
const TOKEN = 'ghs_token7d2e5b'
let workspace: string
let savedEnv: NodeJS.ProcessEnv

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'pe-action-run-'))
  savedEnv = { ...process.env }
  ;({ run, runPost, CACHE_STATE } = await import('../../src/action/run.js'))
})

afterAll(() => {
  process.env = savedEnv
  rmSync(workspace, { recursive: true, force: true })
})

function useEvent(eventName: string, file: string, sha: string, ref: string): void {
  Object.assign(github.context, { eventName, payload: fixture(file), sha, ref })
}

beforeEach(() => {
  for (const value of Object.values(core)) {
    if (jest.isMockFunction(value)) value.mockClear()
  }
  calls = []
  state = {}
  process.env.GITHUB_WORKSPACE = workspace
  delete process.env.GITHUB_STEP_SUMMARY
  process.exitCode = undefined
  inputs = {
    'working-directory': '.',
    image: 'ghcr.io/acme/policy-engine',
    registry: 'ghcr.io',
    username: 'acme-bot',
    password: PASSWORD,
    'github-token': TOKEN,
    push: 'auto'
  }
  useEvent('push', 'push_branch', 'a'.repeat(40), 'refs/heads/feature/Foo')
  runPipeline.mockReset()
  saveGoCache.mockReset()
  github.getOctokit.mockClear()
})

/** The calls that write something a reader of the log could see. */
const LOGGING = ['info', 'debug', 'notice', 'warning', 'error', 'setOutput', 'setFailed', 'group']

describe('run', () => {
  it('masks the password and the token before anything is logged', async () => {
    runPipeline.mockImplementation(async (_options, _git, logger) => {
      logger.info('building')
      logger.warning('a warning')
      return pushedResult()
    })
    await run()

    const secrets = calls.filter(call => call.fn === 'setSecret').map(call => call.args[0])
    expect(secrets.sort()).toEqual([PASSWORD, TOKEN].sort())
    const lastSecret = Math.max(
      ...calls.map((call, index) => (call.fn === 'setSecret' ? index : -1))
    )
    const firstLog = calls.findIndex(call => LOGGING.includes(call.fn))
    expect(firstLog).toBeGreaterThan(-1)
    expect(lastSecret).toBeLessThan(firstLog)
    // And no logged line carries either secret.
    const logged = JSON.stringify(calls.filter(call => LOGGING.includes(call.fn)))
    expect(logged).toContain('building')
    expect(logged).not.toContain(PASSWORD)
    expect(logged).not.toContain(TOKEN)
    // The pipeline ran after the masking, with the password and without the token.
    const options = runPipeline.mock.calls[0][0]
    expect(options.password).toBe(PASSWORD)
    expect(options).not.toHaveProperty('githubToken')
  })

  it('runs the pipeline with the inputs and the event, and sets every output', async () => {
    const result = pushedResult()
    runPipeline.mockResolvedValue(result)
    await run()

    expect(runPipeline).toHaveBeenCalledTimes(1)
    const [options, git] = runPipeline.mock.calls[0]
    expect(options).toMatchObject({
      workingDirectory: workspace,
      images: ['ghcr.io/acme/policy-engine'],
      registry: 'ghcr.io',
      username: 'acme-bot',
      push: 'auto',
      output: 'image'
    })
    expect(git).toMatchObject({
      eventName: 'push',
      ref: 'refs/heads/feature/Foo',
      sha: 'e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5',
      repository: 'acme/policies'
    })

    const outputs = Object.fromEntries(
      calls.filter(call => call.fn === 'setOutput').map(call => call.args)
    )
    expect(outputs).toEqual({
      image: result.image,
      digest: result.digest,
      tags: result.tags.join('\n'),
      metadata: JSON.stringify(result.metadata),
      policies: JSON.stringify(result.policies),
      'imports-file': '/tmp/out/imports.go',
      dockerfile: '/tmp/out/Dockerfile',
      binaries: '',
      sbom: '',
      'cache-hit': 'true',
      platform: ''
    })
    expect(JSON.parse(outputs.policies as string)).toHaveLength(2)
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.notice).not.toHaveBeenCalled()
  })

  it('gives a notice when a pull request from a fork is not pushed', async () => {
    useEvent('pull_request', 'pull_request_fork', 'b'.repeat(40), 'refs/pull/43/merge')
    const reason = 'pull request #43 comes from a fork (push: auto)'
    runPipeline.mockResolvedValue(
      pushedResult({
        pushed: false,
        pushSkippedReason: reason,
        digest: undefined,
        image: undefined
      })
    )
    await run()

    const git = runPipeline.mock.calls[0][1]
    expect(git.pullRequest).toMatchObject({ number: 43, fromFork: true })
    expect(core.notice).toHaveBeenCalledTimes(1)
    expect(core.notice).toHaveBeenCalledWith(`Image not pushed: ${reason}`)
    expect(core.setOutput).toHaveBeenCalledWith('image', '')
    expect(core.setFailed).not.toHaveBeenCalled()
    // Nothing was built to preview, so no comment is attempted.
    expect(github.getOctokit).not.toHaveBeenCalled()
  })

  it('a distributed build reports once: the platform job writes no summary and no comment, the merge job both', async () => {
    useEvent('pull_request', 'pull_request', 'c'.repeat(40), 'refs/pull/42/merge')
    process.env.GITHUB_STEP_SUMMARY = join(workspace, 'summary.md')
    core.summary.addRaw.mockReturnValue(core.summary)
    inputs.distribute = 'platform'
    inputs.platforms = 'linux/arm64'
    runPipeline.mockResolvedValue(
      pushedResult({ tags: [], distribute: 'platform', platform: 'linux/arm64' })
    )
    await run()
    expect(runPipeline.mock.calls[0][0]).toMatchObject({ distribute: 'platform' })
    expect(core.setOutput).toHaveBeenCalledWith('platform', 'linux/arm64')
    expect(core.summary.addRaw).not.toHaveBeenCalled()
    expect(github.getOctokit).not.toHaveBeenCalled()

    inputs.distribute = 'merge'
    inputs.digests = 'linux/amd64=sha256:' + 'a'.repeat(64)
    runPipeline.mockResolvedValue(pushedResult({ distribute: 'merge' }))
    await run()
    expect(runPipeline.mock.calls[1][0]).toMatchObject({
      distribute: 'merge',
      digests: ['linux/amd64=sha256:' + 'a'.repeat(64)]
    })
    expect(core.summary.addRaw).toHaveBeenCalledTimes(1)
    // The comment is attempted (this test has no GitHub API, so it only warns).
    expect(github.getOctokit).toHaveBeenCalledTimes(1)
    core.summary.addRaw.mockReset()
  })

  it('gives no notice when the user chose push: false', async () => {
    inputs.push = 'false'
    runPipeline.mockResolvedValue(
      pushedResult({ pushed: false, pushSkippedReason: 'push is false', image: undefined })
    )
    await run()
    expect(core.notice).not.toHaveBeenCalled()
  })

  it('turns an InputError into one annotation per problem, then fails the step', async () => {
    runPipeline.mockRejectedValue(
      new InputError([
        {
          field: 'platforms',
          message: 'unsupported platform "linux/sparc"',
          fix: 'use one of: linux/amd64'
        },
        {
          file: join(workspace, 'policy-build.yaml'),
          line: 7,
          column: 3,
          field: 'image.base',
          message: 'not a valid image reference: "bad image"',
          fix: 'write name[:tag]'
        }
      ])
    )
    await run()

    expect(core.error).toHaveBeenCalledTimes(2)
    expect(core.error).toHaveBeenNthCalledWith(
      1,
      'platforms: unsupported platform "linux/sparc" (fix: use one of: linux/amd64)',
      { title: 'policy-engine-build: platforms' }
    )
    expect(core.error).toHaveBeenNthCalledWith(
      2,
      'image.base: not a valid image reference: "bad image" (fix: write name[:tag])',
      {
        title: 'policy-engine-build: image.base',
        file: 'policy-build.yaml',
        startLine: 7,
        startColumn: 3
      }
    )
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith(
      'policy-engine-build: 2 input problems (see the annotations above)'
    )
    expect(core.setOutput).not.toHaveBeenCalled()
    // The failure is reported after the annotations.
    const order = calls.filter(call => ['error', 'setFailed'].includes(call.fn)).map(c => c.fn)
    expect(order).toEqual(['error', 'error', 'setFailed'])
  })

  it('an input problem outside the workspace carries its location in the message', async () => {
    runPipeline.mockRejectedValue(
      new InputError({ file: '/elsewhere/go.mod', line: 3, message: 'go 1.99 is too new' })
    )
    await run()
    expect(core.error).toHaveBeenCalledWith('/elsewhere/go.mod:3: go 1.99 is too new', {
      title: 'policy-engine-build'
    })
    expect(core.setFailed).toHaveBeenCalledWith(
      'policy-engine-build: 1 input problem (see the annotation above)'
    )
  })

  it('a BuildError fails the step with its message', async () => {
    runPipeline.mockRejectedValue(
      new BuildError('compile', 'go build for linux/arm64 failed (exit 1):\nmain.go:3: oops')
    )
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith(
      'compile: go build for linux/arm64 failed (exit 1):\nmain.go:3: oops'
    )
    expect(core.error).not.toHaveBeenCalled()
    expect(core.setOutput).not.toHaveBeenCalled()
  })

  it('a bad input of the action itself fails before the pipeline runs', async () => {
    inputs.load = 'maybe'
    await run()
    expect(runPipeline).not.toHaveBeenCalled()
    expect(core.error).toHaveBeenCalledWith(
      expect.stringContaining('input "load" must be true or false, got "maybe"'),
      { title: 'policy-engine-build: load' }
    )
    expect(core.setFailed).toHaveBeenCalledTimes(1)
  })

  it('saves the restored cache state for the post step', async () => {
    const restored: GoCacheState = {
      key: 'policy-engine-build-Linux-X64-go1.24-abc',
      paths: ['/runner/_temp/go/build', '/runner/_temp/go/mod'],
      gocache: '/runner/_temp/go/build',
      gomodcache: '/runner/_temp/go/mod',
      cacheHit: false
    }
    runPipeline.mockImplementation(async (_options, _git, _logger, hooks) => {
      hooks.onCacheRestored?.(restored)
      return pushedResult({ cacheHit: false })
    })
    await run()

    expect(core.saveState).toHaveBeenCalledTimes(1)
    expect(core.saveState).toHaveBeenCalledWith(CACHE_STATE, JSON.stringify(restored))
    expect(core.setOutput).toHaveBeenCalledWith('cache-hit', 'false')
  })

  it('saves no cache state when the pipeline restored none', async () => {
    runPipeline.mockResolvedValue(pushedResult())
    await run()
    expect(core.saveState).not.toHaveBeenCalled()
  })
})

describe('runPost', () => {
  it('saves nothing when the main step left no state', async () => {
    await runPost()
    expect(core.getState).toHaveBeenCalledWith(CACHE_STATE)
    expect(saveGoCache).not.toHaveBeenCalled()
    expect(core.info).toHaveBeenCalledWith(expect.stringContaining('nothing to save'))
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  it('saves what the main step restored', async () => {
    const restored: GoCacheState = {
      key: 'k',
      paths: ['/c/build', '/c/mod'],
      gocache: '/c/build',
      cacheHit: false
    }
    state[CACHE_STATE] = JSON.stringify(restored)
    saveGoCache.mockResolvedValue({ saved: true })
    await runPost()
    expect(saveGoCache).toHaveBeenCalledTimes(1)
    expect(saveGoCache.mock.calls[0][0].state).toEqual(restored)
  })

  it('a failed save is a warning, never a failure', async () => {
    state[CACHE_STATE] = JSON.stringify({ key: 'k', paths: [], gocache: '', cacheHit: false })
    saveGoCache.mockRejectedValue(new Error('cache service unavailable'))
    await runPost()
    expect(core.warning).toHaveBeenCalledWith('Go cache not saved: cache service unavailable')
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})
