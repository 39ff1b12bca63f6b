/**
 * The whole life of a pull-request preview, with the bundled action on the real registry
 * (deletion enabled) and the local stand-in for the GitHub API: the base branch's image, two
 * pushes to one pull request updating one comment (the second with the policy diff), a re-run
 * that pushes nothing, a release sharing a per-platform manifest with the preview (same bytes),
 * the cleanup on close (exactly the preview's tags and the manifests only they reference; the
 * release still pulls and runs), and the CLI's sweep by age.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { COMMENT_MARKER } from '../../src/action/comment.js'
import { run } from '../../src/util/exec.js'
import { ActionJob, workflowCommands, type StepRun } from './support/actions-runner.js'
import { startCacheServer, type CacheServer } from './support/cache-server.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import { startFakeGitHubApi, type FakeGitHubApi } from './support/github-api.js'
import { INDEX_TYPES, MANIFEST_TYPES, registryClient, type Index } from './support/registry.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const node = process.env.PE_NODE || process.execPath
const token = 'ghs_e2ePreviewToken0123456789'
const TIMEOUT = 20 * 60_000
const PR = 42

let env: E2eEnv
let api: FakeGitHubApi
let cache: CacheServer
let work: string
let workspace: string
let repository: string
let image: string
/** Commits: the base branch, then the pull request's two pushes. */
const commits: { sha: string; date: string }[] = []

function git(...args: string[]): string {
  const date = args[0] === 'commit' ? process.env.PE_COMMIT_DATE : undefined
  const result = spawnSync(
    'git',
    ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com', ...args],
    {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    }
  )
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

function commit(message: string, date: string): string {
  process.env.PE_COMMIT_DATE = date
  git('add', '-A', '.')
  git('commit', '--allow-empty', '-qm', message)
  const sha = git('rev-parse', 'HEAD')
  commits.push({ sha, date })
  return sha
}

// Webhook payloads, edited field by field (the fixtures are typed loosely on purpose).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Event = Record<string, any>

function payload(name: string, edit: (event: Event) => void): string {
  const event = JSON.parse(
    readFileSync(join(root, '__tests__/fixtures/events', `${name}.json`), 'utf8')
  ) as Event
  edit(event)
  const file = join(work, `${name}-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(event))
  return file
}

function job(
  name: string,
  o: { event: string; payload: string; sha: string; ref: string; inputs: Record<string, string> }
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
    eventName: o.event,
    eventPayloadFile: o.payload,
    sha: o.sha,
    ref: o.ref,
    inputs: {
      policies: 'policies/*',
      image,
      builder: env.builder,
      'base-image': 'scratch',
      platforms: 'linux/amd64,linux/arm64',
      'cache-key-prefix': 'pe-preview-e2e',
      ...o.inputs
    }
  })
}

function expectClean(step: StepRun): void {
  if (step.exitCode !== 0) {
    throw new Error(`the action failed (${step.exitCode}):\n${step.stdout}\n${step.stderr}`)
  }
  expect(workflowCommands(step.stdout, 'error')).toEqual([])
}

const registry = () => registryClient(env.registry)
const tags = async (): Promise<string[]> =>
  ((await registry().json<{ tags: string[] | null }>(`${repository}/tags/list`)).tags ?? []).sort()
const indexOf = (reference: string) =>
  registry().json<Index>(`${repository}/manifests/${reference}`, INDEX_TYPES)
const manifestStatus = (digest: string) =>
  registry().status(`${repository}/manifests/${digest}`, [...INDEX_TYPES, ...MANIFEST_TYPES])
const childDigest = (index: Index, arch: string) =>
  index.manifests.find(m => m.platform?.architecture === arch)?.digest as string

function prJob(name: string, sha: string, action = 'synchronize', inputs = {}) {
  return job(name, {
    event: 'pull_request',
    payload: payload('pull_request', event => {
      event.action = action
      event.pull_request.head.sha = sha
      if (action === 'closed') {
        event.pull_request.state = 'closed'
        event.pull_request.merged = true
      }
    }),
    sha: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
    ref: `refs/pull/${PR}/merge`,
    inputs: { version: '1.0.0', ...inputs }
  })
}

const previewComments = () => api.comments.filter(c => c.body.includes(COMMENT_MARKER))

beforeAll(async () => {
  env = e2eEnv()
  const bundle = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], {
    cwd: root,
    encoding: 'utf8'
  })
  if (bundle.status !== 0) throw new Error(`npm run bundle failed: ${bundle.stderr}`)
  api = await startFakeGitHubApi()
  cache = await startCacheServer()
  work = mkdtempSync(join(tmpdir(), 'pe-preview-e2e-'))
  workspace = join(work, 'workspace')
  cpSync(join(root, 'examples/policies'), join(workspace, 'policies'), { recursive: true })
  git('init', '-q', '-b', 'main')
  repository = `acme/preview-${Date.now()}`
  image = `${env.registry}/${repository}`
}, TIMEOUT)

afterAll(async () => {
  await api?.close()
  await cache?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('a pull request preview, from the base branch to the cleanup', () => {
  let firstPush: StepRun
  let secondPush: StepRun
  let releaseAmd64: string

  it(
    'the base branch build records its policy set in the image',
    async () => {
      // Nineteen days before the machine's 2026-11-29: old enough for the sweep below.
      const sha = commit('policies', '2026-11-10T10:00:00Z')
      const main = await job('main', {
        event: 'push',
        payload: payload('push_default_branch', event => {
          event.after = sha
          event.head_commit.id = sha
          event.head_commit.timestamp = '2026-11-10T10:00:00Z'
        }),
        sha,
        ref: 'refs/heads/main',
        inputs: {}
      }).step('main')
      expectClean(main)
      expect(await tags()).toEqual(['main', `sha-${sha.slice(0, 7)}`])
    },
    TIMEOUT
  )

  it(
    'first push: a preview, one comment, no policy change against main',
    async () => {
      const sha = commit('pr: first push', new Date(Date.now() - 3_600_000).toISOString())
      firstPush = await prJob('pr1', sha).step('main')
      expectClean(firstPush)
      expect(await tags()).toEqual(
        [
          'main',
          `pr-${PR}`,
          `pr-${PR}-${sha.slice(0, 7)}`,
          `sha-${commits[0].sha.slice(0, 7)}`
        ].sort()
      )
      expect(previewComments()).toHaveLength(1)
      const body = previewComments()[0].body
      expect(body).toContain(`No policy changes against \`${image}:main\`.`)
      expect(body).toMatch(/\| `linux\/amd64` \| [\d.]+ (KiB|MiB) \|/)
      expect(body).toMatch(/\| `linux\/arm64` \| [\d.]+ (KiB|MiB) \|/)
      expect(body).toContain(`docker pull ${image}@${firstPush.outputs.digest}`)
      expect(firstPush.summary).toContain('#### What changed')
    },
    TIMEOUT
  )

  it(
    'second push: the same comment, updated with the policy diff',
    async () => {
      appendFileSync(join(workspace, 'policies/ratelimit/ratelimit.go'), '\n// tuned\n')
      rmSync(join(workspace, 'policies/header-claims'), { recursive: true })
      const sha = commit('pr: second push', new Date(Date.now() - 1_800_000).toISOString())
      secondPush = await prJob('pr2', sha).step('main')
      expectClean(secondPush)
      expect(secondPush.outputs.digest).not.toBe(firstPush.outputs.digest)
      expect(previewComments()).toHaveLength(1)
      expect(api.requests.filter(r => r.method === 'POST')).toHaveLength(1)
      expect(api.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
      const body = previewComments()[0].body
      expect(body).toContain(`Policies against \`${image}:main\`:`)
      expect(body).toMatch(/- removed `[^`]+` \(`example.com\/policies\/header-claims`\)/)
      expect(body).toMatch(
        /- changed `[^`]+` \(`example.com\/policies\/ratelimit`\): source changed/
      )
      expect(body).not.toContain('Nothing in the engine changed')
      expect(body).toContain(`docker pull ${image}@${secondPush.outputs.digest}`)
    },
    TIMEOUT
  )

  it(
    'a re-run of the same commit builds the same digest and pushes nothing',
    async () => {
      const rerun = await prJob('pr2-rerun', commits[2].sha).step('main')
      expectClean(rerun)
      expect(rerun.outputs.digest).toBe(secondPush.outputs.digest)
      expect(rerun.stdout).toContain(`Every tag already names ${secondPush.outputs.digest}`)
      expect(previewComments()).toHaveLength(1)
      expect(previewComments()[0].body).toContain(
        'Nothing in the engine changed since the last push, and the image is identical: nothing was pushed.'
      )
    },
    TIMEOUT
  )

  it(
    'a release of the same commit shares its amd64 manifest with the preview, byte for byte',
    async () => {
      const { sha, date } = commits[2]
      const tagged = await job('release', {
        event: 'push',
        payload: payload('push_tag', event => {
          event.ref = 'refs/tags/v1.0.0'
          event.after = sha
          event.head_commit.id = sha
          event.head_commit.timestamp = date
        }),
        sha,
        ref: 'refs/tags/v1.0.0',
        inputs: { version: '1.0.0', platforms: 'linux/amd64' }
      }).step('main')
      expectClean(tagged)
      // One platform: buildx pushes the image manifest itself (no index) unless attestations ask for one.
      const top = await registry().json<Partial<Index>>(`${repository}/manifests/1.0.0`, [
        ...INDEX_TYPES,
        ...MANIFEST_TYPES
      ])
      const preview = await indexOf(`pr-${PR}`)
      releaseAmd64 = top.manifests
        ? childDigest(top as Index, 'amd64')
        : (tagged.outputs.digest as string)
      expect(releaseAmd64).toBe(childDigest(preview, 'amd64'))
      expect(tagged.outputs.digest).not.toBe(secondPush.outputs.digest)
    },
    TIMEOUT
  )

  it(
    'closing the pull request deletes exactly its tags and the manifests only they reference',
    async () => {
      const before = await tags()
      const previewTags = before.filter(t => t === `pr-${PR}` || t.startsWith(`pr-${PR}-`))
      expect(previewTags).toHaveLength(3)
      const first = await indexOf(`pr-${PR}-${commits[1].sha.slice(0, 7)}`)
      const second = await indexOf(`pr-${PR}`)
      const shared = childDigest(second, 'amd64')

      const closed = await prJob('closed', commits[2].sha, 'closed', { mode: 'cleanup' }).step(
        'main'
      )
      expectClean(closed)
      expect(workflowCommands(closed.stdout, 'warning')).toEqual([])
      expect(await tags()).toEqual(before.filter(t => !previewTags.includes(t)))

      // Only-preview manifests are gone: both indexes, the first push's children, the arm64 image.
      for (const digest of [
        secondPush.outputs.digest,
        firstPush.outputs.digest,
        childDigest(first, 'amd64'),
        childDigest(first, 'arm64'),
        childDigest(second, 'arm64')
      ]) {
        expect(await manifestStatus(digest)).toBe(404)
      }
      // The manifest the release shares survives, and so does the release.
      expect(shared).toBe(releaseAmd64)
      expect(await manifestStatus(shared)).toBe(200)
      expect(await manifestStatus(`1.0.0`)).toBe(200)
      expect(await manifestStatus('main')).toBe(200)

      const body = previewComments()[0].body
      expect(previewComments()).toHaveLength(1)
      expect(body).toContain(`The preview of #${PR} was removed`)
      expect(body).toContain(`- \`${image}:pr-${PR}\``)
      expect(closed.summary).toContain('Policy engine previews cleaned up')

      // The release still pulls and runs after the cleanup.
      const ref = `${image}:1.0.0`
      const docker = (args: string[]) => run('docker', args, { timeoutMs: 180_000 })
      const pulled = await docker(['pull', '--platform', 'linux/amd64', ref])
      expect(pulled.exitCode).toBe(0)
      const listed = await docker(['run', '--rm', '--platform', 'linux/amd64', ref, '--list'])
      expect(listed.exitCode).toBe(0)
      expect(listed.stdout).toContain('ratelimit')
    },
    TIMEOUT
  )

  it(
    'the sweep deletes only previews older than the limit; a shared index is only untagged',
    async () => {
      // pr-7 names main's index (commit of 2026-11-10), pr-8 the release's (an hour ago).
      const put = async (tag: string, from: string) => {
        const manifest = await fetch(`http://${env.registry}/v2/${repository}/manifests/${from}`, {
          headers: { accept: [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ') }
        })
        expect(manifest.status).toBe(200)
        const bytes = Buffer.from(await manifest.arrayBuffer())
        const type = manifest.headers.get('content-type') as string
        const response = await fetch(`http://${env.registry}/v2/${repository}/manifests/${tag}`, {
          method: 'PUT',
          headers: { 'content-type': type },
          body: bytes
        })
        expect(response.status).toBe(201)
      }
      await put('pr-7', 'main')
      await put('pr-8', '1.0.0')
      const mainDigest = (
        await fetch(`http://${env.registry}/v2/${repository}/manifests/main`, {
          method: 'HEAD',
          headers: { accept: INDEX_TYPES.join(', ') }
        })
      ).headers.get('docker-content-digest')

      const cli = await run(
        node,
        [join(root, 'dist/cli.js'), 'cleanup', '--image', image, '--older-than', '7d', '--json'],
        { timeoutMs: 120_000 }
      )
      expect(cli.exitCode).toBe(0)
      const [report] = JSON.parse(cli.stdout) as {
        tags: string[]
        untagged: string[]
        tooRecent: string[]
        deleted: string[]
      }[]
      expect(report.tags).toEqual(['pr-7'])
      expect(report.untagged).toEqual(['pr-7'])
      expect(report.deleted).toEqual([])
      expect(report.tooRecent).toEqual(['pr-8'])
      const after = await tags()
      expect(after).not.toContain('pr-7')
      expect(after).toContain('pr-8')
      expect(after).toContain('main')
      // main's index (which pr-7 named) is untouched.
      expect(await manifestStatus(mainDigest as string)).toBe(200)
      expect(await manifestStatus('main')).toBe(200)
    },
    TIMEOUT
  )
})
