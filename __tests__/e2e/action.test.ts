/**
 * The bundled action (dist/main.js, then dist/post.js) run as the GitHub runner runs it, on
 * the example policies, against the real components: Go, buildx + BuildKit, an OCI registry,
 * the real @actions/cache client talking to a local cache service, and a local stand-in for
 * the GitHub REST API that records the pull request comment.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { COMMENT_MARKER } from '../../src/action/comment.js'
import { ActionJob, workflowCommands, type JobOptions } from './support/actions-runner.js'
import { startCacheServer, type CacheServer } from './support/cache-server.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import { startFakeGitHubApi, type FakeGitHubApi } from './support/github-api.js'
import { INDEX_TYPES, registryClient, type Index } from './support/registry.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const node = process.env.PE_NODE || process.execPath
const token = 'ghs_e2eFakeToken0123456789'
const TIMEOUT = 20 * 60_000

let env: E2eEnv
let api: FakeGitHubApi
let cache: CacheServer
let work: string
let workspace: string
let image: string
let repository: string

/** A git checkout of a policy repository holding the example policies, with one commit. */
function makeWorkspace(dir: string): void {
  cpSync(join(root, 'examples/policies'), join(dir, 'policies'), { recursive: true })
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
        GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z'
      }
    })
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  }
  git('init', '-q', '-b', 'main')
  git('-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com', 'add', '.')
  git(
    '-c',
    'user.name=Octo Cat',
    '-c',
    'user.email=octocat@example.com',
    'commit',
    '-qm',
    'policies'
  )
}

function eventFile(name: string): string {
  return join(root, '__tests__/fixtures/events', `${name}.json`)
}

function job(
  name: string,
  options: Partial<JobOptions> & Pick<JobOptions, 'eventName' | 'eventPayloadFile' | 'sha' | 'ref'>
): ActionJob {
  return new ActionJob({
    node,
    actionDir: root,
    jobDir: mkdtempSync(join(work, `${name}-`)),
    runnerTemp: join(work, 'runner-temp'),
    workspace,
    repository: 'acme/policies',
    apiUrl: api.url,
    githubToken: token,
    env: { ACTIONS_CACHE_URL: cache.url, ACTIONS_RUNTIME_TOKEN: cache.token },
    timeoutMs: TIMEOUT,
    inputs: {},
    ...options
  })
}

/** The inputs every build here shares: the examples, the e2e builder, a base image without a pull. */
function inputs(extra: Record<string, string>): Record<string, string> {
  return {
    policies: 'policies/*',
    image,
    builder: env.builder,
    'base-image': 'scratch',
    platforms: 'linux/amd64,linux/arm64',
    // One prefix: later jobs with other platforms restore through a restore-key.
    'cache-key-prefix': 'pe-action-e2e',
    ...extra
  }
}

function expectClean(run: { exitCode: number; stdout: string; stderr: string }): void {
  if (run.exitCode !== 0) {
    throw new Error(`the action failed (${run.exitCode}):\n${run.stdout}\n${run.stderr}`)
  }
  expect(workflowCommands(run.stdout, 'error')).toEqual([])
}

beforeAll(async () => {
  env = e2eEnv()
  const bundle = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], {
    cwd: root,
    encoding: 'utf8'
  })
  if (bundle.status !== 0) throw new Error(`npm run bundle failed: ${bundle.stderr}`)
  api = await startFakeGitHubApi()
  cache = await startCacheServer()
  work = mkdtempSync(join(tmpdir(), 'pe-action-e2e-'))
  workspace = join(work, 'workspace')
  makeWorkspace(workspace)
  repository = `acme/policy-engine-${Date.now()}`
  image = `${env.registry}/${repository}`
}, TIMEOUT)

afterAll(async () => {
  await api?.close()
  await cache?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the bundled action on a pull request from the same repository', () => {
  const headSha = 'a3f5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1'
  const prJob = () =>
    job('pr', {
      eventName: 'pull_request',
      eventPayloadFile: eventFile('pull_request'),
      sha: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
      ref: 'refs/pull/42/merge',
      inputs: inputs({})
    })
  let commentId: number | undefined

  it(
    'pushes a pr-42 preview, sets every output, writes the summary and comments; post saves the Go cache',
    async () => {
      const pr = prJob()
      const main = await pr.step('main')
      expectClean(main)

      const { outputs } = main
      expect(outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(outputs.image).toBe(`${image}@${outputs.digest}`)
      expect(outputs.tags.split('\n')).toEqual([
        `${image}:pr-42`,
        `${image}:pr-42-${headSha.slice(0, 7)}`
      ])
      const policies = JSON.parse(outputs.policies) as { name: string; module: string }[]
      expect(policies.map(policy => policy.module).sort()).toEqual([
        'example.com/policies/header-claims',
        'example.com/policies/input-validator/v2',
        'example.com/policies/method-allowlist',
        'example.com/policies/ratelimit'
      ])
      expect(readFileSync(outputs['imports-file'], 'utf8')).toContain('DO NOT EDIT')
      expect(readFileSync(outputs.dockerfile, 'utf8')).toContain('FROM scratch')
      expect(outputs['cache-hit']).toBe('false')
      expect(() => JSON.parse(outputs.metadata)).not.toThrow()

      // The registry really holds the two-platform index under the preview tag.
      const index = await registryClient(env.registry).json<Index>(
        `${repository}/manifests/pr-42`,
        INDEX_TYPES
      )
      expect(
        index.manifests.map(m => `${m.platform?.os}/${m.platform?.architecture}`).sort()
      ).toEqual(['linux/amd64', 'linux/arm64'])

      expect(main.summary).toContain('## Policy engine build')
      expect(main.summary).toContain('| Name | Module | Version | Package | Type |')
      expect(main.summary).toContain('example.com/policies/ratelimit')
      expect(main.summary).toContain(`\`${outputs.digest}\``)
      expect(main.summary).toContain('| compile |')
      expect(main.summary).not.toContain(token)

      // One comment, with the image by digest and a docker run line, using the job's token.
      const posts = api.requests.filter(request => request.method === 'POST')
      expect(posts).toHaveLength(1)
      expect(posts[0].url).toBe('/repos/acme/policies/issues/42/comments')
      expect(posts[0].authorization).toBe(`token ${token}`)
      const comment = api.comments.find(c => c.body.includes(COMMENT_MARKER))
      expect(comment?.body).toContain(`docker run --rm -p 8080:8080 ${outputs.image}`)
      commentId = comment?.id

      // Secrets were masked before anything else, and never printed in clear.
      expect(main.stdout).toContain(`::add-mask::${token}`)
      expect(main.stdout.replace(`::add-mask::${token}`, '')).not.toContain(token)

      expect(main.state['go-cache']).toBeTruthy()
      const post = await pr.step('post')
      expect(post.exitCode).toBe(0)
      expect(workflowCommands(post.stdout, 'warning')).toEqual([])
      const key = JSON.parse(main.state['go-cache']).key as string
      expect(cache.archiveSize(key)).toBeGreaterThan(0)
    },
    TIMEOUT
  )

  it(
    'on the next push restores the Go cache with an exact hit and updates the same comment',
    async () => {
      const pr = prJob()
      const main = await pr.step('main')
      expectClean(main)
      expect(main.outputs['cache-hit']).toBe('true')
      expect(api.requests.filter(request => request.method === 'PATCH')).toHaveLength(1)
      expect(api.requests.filter(request => request.method === 'POST')).toHaveLength(1)
      const ours = api.comments.filter(c => c.body.includes(COMMENT_MARKER))
      expect(ours).toHaveLength(1)
      expect(ours[0].id).toBe(commentId)
      const post = await pr.step('post')
      expect(post.exitCode).toBe(0)
      expect(post.stdout).toContain('exact hit')
    },
    TIMEOUT
  )
})

describe('the bundled action on a pull request from a fork', () => {
  it(
    'builds but does not push, says why in a notice, and a 403 on the comment is only a warning',
    async () => {
      api.failWith = 403
      try {
        const fork = job('fork', {
          eventName: 'pull_request',
          eventPayloadFile: eventFile('pull_request_fork'),
          sha: '7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b',
          ref: 'refs/pull/43/merge',
          inputs: inputs({ platforms: 'linux/amd64' })
        })
        const main = await fork.step('main')
        expectClean(main)
        expect(main.outputs.image).toBe('')
        const notices = workflowCommands(main.stdout, 'notice')
        expect(notices.some(text => /not pushed.*fork/.test(text))).toBe(true)
        const status = await registryClient(env.registry).status(
          `${repository}/manifests/pr-43`,
          INDEX_TYPES
        )
        expect(status).toBe(404)
        expect(main.summary).toMatch(/\| Pushed \| no \(.*fork/)
        // Nothing was pushed; a comment is only attempted when the build still has a digest to
        // show, and then the read-only token's 403 is a warning.
        const attempted = api.requests.some(request => request.url.includes('/issues/43/'))
        expect(attempted).toBe(main.outputs.digest !== '')
        if (attempted) {
          const warnings = workflowCommands(main.stdout, 'warning')
          expect(warnings.some(text => text.includes('HTTP 403'))).toBe(true)
        }
      } finally {
        api.failWith = undefined
      }
    },
    TIMEOUT
  )
})

describe('the bundled action on a tag push', () => {
  it(
    'v1.2.3 publishes 1.2.3, 1.2, 1 and latest',
    async () => {
      const sha = 'c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3'
      const release = job('tag', {
        eventName: 'push',
        eventPayloadFile: eventFile('push_tag'),
        sha,
        ref: 'refs/tags/v1.2.3',
        inputs: inputs({ platforms: 'linux/amd64' })
      })
      const requestsBefore = api.requests.length
      const main = await release.step('main')
      expectClean(main)
      expect(main.outputs.tags.split('\n').sort()).toEqual(
        [`${image}:1`, `${image}:1.2`, `${image}:1.2.3`, `${image}:latest`].sort()
      )
      const registry = registryClient(env.registry)
      const accept = [...INDEX_TYPES, 'application/vnd.oci.image.manifest.v1+json']
      for (const tag of ['1.2.3', '1.2', '1', 'latest']) {
        expect(await registry.status(`${repository}/manifests/${tag}`, accept)).toBe(200)
      }
      // No pull request, so no comment.
      expect(api.requests).toHaveLength(requestsBefore)
      const post = await release.step('post')
      expect(post.exitCode).toBe(0)
    },
    TIMEOUT
  )
})

describe('the bundled action with bad inputs', () => {
  it('fails with one error annotation per problem', async () => {
    const bad = job('bad', {
      eventName: 'push',
      eventPayloadFile: eventFile('push_branch'),
      sha: 'e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5',
      ref: 'refs/heads/feature/Foo',
      inputs: inputs({ push: 'maybe', cache: 'yes' })
    })
    const main = await bad.step('main')
    expect(main.exitCode).toBe(1)
    const errors = workflowCommands(main.stdout, 'error')
    expect(
      errors.some(text => text.includes('push: input "push" must be one of auto, true, false'))
    ).toBe(true)
    expect(errors.some(text => text.includes('cache: input "cache" must be true or false'))).toBe(
      true
    )
    expect(main.outputs).toEqual({})
  }, 120_000)
})

describe('the bundled action on policies with mistakes', () => {
  it('annotates the Go file and line of a near-miss type and fails on a module without policies', async () => {
    const dir = mkdtempSync(join(work, 'broken-'))
    mkdirSync(join(dir, 'policies/almost'), { recursive: true })
    writeFileSync(join(dir, 'policies/almost/go.mod'), 'module example.com/almost\n\ngo 1.22\n')
    writeFileSync(
      join(dir, 'policies/almost/almost.go'),
      [
        'package almost',
        '',
        'import "context"',
        '',
        '// Almost has no Validate method.',
        'type Almost struct{}',
        '',
        'func (Almost) Name() string { return "almost" }',
        '',
        'func (Almost) Execute(ctx context.Context, input any) (any, error) { return input, nil }',
        ''
      ].join('\n')
    )
    const broken = job('broken', {
      workspace: dir,
      eventName: 'push',
      eventPayloadFile: eventFile('push_branch'),
      sha: 'e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5',
      ref: 'refs/heads/feature/Foo',
      inputs: inputs({ platforms: 'linux/amd64' })
    })
    const main = await broken.step('main')
    expect(main.exitCode).toBe(1)
    const annotations = main.stdout.split('\n').filter(line => /^::(warning|error) /.test(line))
    expect(
      annotations.some(line => /^::warning file=policies\/almost\/almost\.go,line=6/.test(line))
    ).toBe(true)
    expect(
      annotations.some(line => line.startsWith('::error') && line.includes('example.com/almost'))
    ).toBe(true)
  }, 120_000)
})
