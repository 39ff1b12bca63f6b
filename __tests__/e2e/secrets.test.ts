/**
 * Secrets never leak (issue 7, item 4). Builds that push to the htpasswd registry run with
 * recognisable random values for the registry password, a GitHub token and a build secret
 * (an environment variable, the way CI secrets reach a step), then every captured stream and
 * artifact is scanned for them, raw and base64-encoded:
 * stdout, stderr, the outputs/state/summary/env files, every file the build wrote (metadata
 * file, Dockerfile, imports.go, go.mod, binaries), the Docker config after the build, the
 * image in the registry (index, manifests, config blobs with labels and history, layers),
 * `docker buildx imagetools inspect --raw`, and the requests made to the GitHub API.
 * Through the CLI (`main(argv)`), and through the bundled action the way the runner runs it.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/index.js'
import { run } from '../../src/util/exec.js'
import { ActionJob, workflowCommands } from './support/actions-runner.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import { policyWorkspace, readWholeImage, tagsOf } from './support/fault-proxy.js'
import { startFakeGitHubApi, type FakeGitHubApi } from './support/github-api.js'

jest.setTimeout(1_200_000)

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const TOKEN = `ghp_${randomBytes(18).toString('hex')}`
const BUILD_SECRET = `pe-build-secret-${randomBytes(12).toString('hex')}`
/** A cosign key password in the environment (COSIGN_PASSWORD), as signing jobs have it. */
const COSIGN_SECRET = `pe-cosign-password-${randomBytes(12).toString('hex')}`

let env: E2eEnv
let root: string
let ws: string

/** Every form in which a secret could be written down: raw, base64, user:password base64. */
function needles(): { name: string; value: string }[] {
  const forms: { name: string; value: string }[] = []
  for (const [name, secret] of [
    ['password', env.password],
    ['github token', TOKEN],
    ['build secret', BUILD_SECRET],
    ['cosign key password', COSIGN_SECRET]
  ] as const) {
    forms.push({ name, value: secret })
    forms.push({ name: `${name} (base64)`, value: Buffer.from(secret).toString('base64') })
  }
  forms.push({
    name: 'user:password (base64, as in a docker config)',
    value: Buffer.from(`${env.user}:${env.password}`).toString('base64')
  })
  return forms
}

/** The secrets found in `content`, by name; [] when clean. */
function leaks(content: string | Buffer): string[] {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content
  return needles()
    .filter(n => buffer.includes(Buffer.from(n.value)))
    .map(n => n.name)
}

/** Every file below dir (skipping the Go caches, which hold only compiler output), by path. */
function filesBelow(dir: string, skip: RegExp = /\/policy-engine-build\/go(\/|$)/): string[] {
  if (!existsSync(dir)) return []
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (skip.test(path)) continue
    if (entry.isDirectory()) files.push(...filesBelow(path, skip))
    else if (entry.isFile() && statSync(path).size < 200 * 1024 * 1024) files.push(path)
  }
  return files
}

/** A scan report: where each secret was found. Expected to be {}. */
function scan(sources: Record<string, string | Buffer>): Record<string, string[]> {
  const found: Record<string, string[]> = {}
  for (const [where, content] of Object.entries(sources)) {
    const hits = leaks(content)
    if (hits.length > 0) found[where] = hits
  }
  return found
}

function scanFiles(dir: string): Record<string, string[]> {
  const sources: Record<string, Buffer> = {}
  for (const file of filesBelow(dir)) sources[file] = readFileSync(file)
  return scan(sources)
}

/** The pushed image, every JSON document and blob of it, plus imagetools' raw view. */
async function imageSources(
  repository: string,
  tag: string
): Promise<Record<string, string | Buffer>> {
  const auth = { user: env.user, password: env.password }
  const { documents, blobs } = await readWholeImage(env.authRegistry, repository, tag, auth)
  const sources: Record<string, string | Buffer> = {}
  documents.forEach((doc, i) => (sources[`image document ${i}`] = JSON.stringify(doc)))
  blobs.forEach((blob, i) => (sources[`image blob ${i}`] = blob))
  return sources
}

/**
 * Samples the argv of every process on the machine while a build runs (every 20 ms): a
 * secret passed on a command line is visible to every user through ps. Best effort (a very
 * short-lived process can slip between samples), but any hit is a real leak.
 */
function watchArgv(): { stop(): string[] } {
  const seen = new Set<string>()
  const timer = setInterval(() => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
      let argv: Buffer
      try {
        argv = readFileSync(`/proc/${entry}/cmdline`)
      } catch {
        continue
      }
      const hits = leaks(argv)
      if (hits.length > 0) {
        const command = argv.toString('utf8').split('\0').slice(0, 3).join(' ')
        seen.add(`${command.slice(0, 60)}...: ${hits.join(', ')}`)
      }
    }
  }, 20)
  return {
    stop: () => {
      clearInterval(timer)
      return [...seen]
    }
  }
}

/** A private copy of the e2e Docker config: the login must not touch the shared one. */
function dockerConfigCopy(name: string): string {
  const dir = join(root, `docker-config-${name}`)
  mkdirSync(dir, { recursive: true })
  cpSync(env.dockerConfig, dir, { recursive: true, verbatimSymlinks: true })
  rmSync(join(dir, 'config.json'), { force: true })
  return dir
}

beforeAll(() => {
  env = e2eEnv()
  ;({ root, ws } = policyWorkspace('pe-secrets-'))
  // The values must be recognisable and must not already be anywhere (e.g. in a fixture).
  expect(env.password.length).toBeGreaterThanOrEqual(16)
})

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('the scanner', () => {
  it('finds every secret, raw and encoded, so a clean scan means something', () => {
    const planted = needles()
      .map(n => `..${n.value}..`)
      .join('\n')
    expect(leaks(planted)).toEqual(needles().map(n => n.name))
    expect(leaks(`token ${TOKEN}`)).toEqual(['github token'])
  })
})

describe('secrets through the CLI', () => {
  it('appear in no stream, file, config, image or history', async () => {
    const repository = `hardening/secrets-cli-${Date.now()}`
    const out = join(root, 'cli-out')
    const dockerConfig = dockerConfigCopy('cli')
    const saved = { ...process.env }
    let stdout = ''
    let stderr = ''
    let code: number
    Object.assign(process.env, {
      DOCKER_CONFIG: dockerConfig,
      GITHUB_TOKEN: TOKEN,
      BUILD_SECRET,
      COSIGN_PASSWORD: COSIGN_SECRET
    })
    const argvWatch = watchArgv()
    try {
      code = await main(
        [
          'build',
          '--working-directory',
          ws,
          '--out',
          out,
          '--policies',
          'policies/allow',
          '--image',
          `${env.authRegistry}/${repository}`,
          '--tags',
          'v1',
          '--registry',
          env.authRegistry,
          '--username',
          env.user,
          '--password',
          env.password,
          '--push',
          'true',
          '--builder',
          env.builder,
          '--base-image',
          'scratch',
          '--platforms',
          'linux/amd64,linux/arm64',
          '--cache',
          'false',
          '--verbose'
        ],
        {
          cwd: ws,
          io: { stdout: t => void (stdout += t), stderr: t => void (stderr += t) }
        }
      )
    } finally {
      process.env = saved
    }
    const argvLeaks = argvWatch.stop()
    if (code !== 0) throw new Error(`the CLI failed (${code}):\n${stderr}`)
    // docker login gets the password on stdin, never in its argv.
    expect(argvLeaks).toEqual([])
    expect(await tagsOf(env.authRegistry, repository, env)).toEqual(['v1'])

    const raw = await run(
      'docker',
      ['buildx', 'imagetools', 'inspect', '--raw', `${env.authRegistry}/${repository}:v1`],
      { timeoutMs: 120_000, env: { ...process.env, DOCKER_CONFIG: dockerConfig } }
    )
    expect(
      scan({
        stdout,
        stderr,
        'imagetools --raw': raw.stdout + raw.stderr,
        ...(await imageSources(repository, 'v1'))
      })
    ).toEqual({})
    expect(scanFiles(out)).toEqual({})
    expect(scanFiles(dockerConfig)).toEqual({})
    expect(scanFiles(ws)).toEqual({})
    // The scan itself works: the metadata file is there and was read.
    expect(existsSync(join(out, 'buildx-metadata.json'))).toBe(true)
  })
})

describe('secrets through the bundled action (pull request with a comment)', () => {
  let api: FakeGitHubApi

  beforeAll(async () => {
    const bundle = spawnSync(process.execPath, [join(repoRoot, 'scripts/bundle.mjs')], {
      cwd: repoRoot,
      encoding: 'utf8'
    })
    if (bundle.status !== 0) throw new Error(`npm run bundle failed: ${bundle.stderr}`)
    api = await startFakeGitHubApi()
  })

  afterAll(async () => {
    await api?.close()
  })

  it('masks them, and they appear in no output, summary, state, file, image or API body', async () => {
    const repository = `hardening/secrets-action-${Date.now()}`
    const jobDir = join(root, 'action-job')
    mkdirSync(jobDir, { recursive: true })
    const dockerConfig = dockerConfigCopy('action')
    const job = new ActionJob({
      node: process.env.PE_NODE || process.execPath,
      actionDir: repoRoot,
      jobDir,
      workspace: ws,
      eventName: 'pull_request',
      eventPayloadFile: join(repoRoot, '__tests__/fixtures/events/pull_request.json'),
      sha: '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d',
      ref: 'refs/pull/42/merge',
      repository: 'acme/policies',
      apiUrl: api.url,
      githubToken: TOKEN,
      inputs: {
        policies: 'policies/allow',
        image: `${env.authRegistry}/${repository}`,
        registry: env.authRegistry,
        username: env.user,
        password: env.password,
        builder: env.builder,
        'base-image': 'scratch',
        platforms: 'linux/amd64,linux/arm64',
        cache: 'false'
      },
      env: { DOCKER_CONFIG: dockerConfig, BUILD_SECRET, COSIGN_PASSWORD: COSIGN_SECRET },
      timeoutMs: 15 * 60_000
    })
    const argvWatch = watchArgv()
    const main = await job.step('main')
    expect(argvWatch.stop()).toEqual([])
    if (main.exitCode !== 0) {
      throw new Error(`the action failed (${main.exitCode}):\n${main.stdout}\n${main.stderr}`)
    }
    const post = await job.step('post')

    // Masked: the runner is told to hide both values before anything could print them.
    const masks = main.stdout.split('\n').filter(line => line.startsWith('::add-mask::'))
    expect(masks).toEqual(
      expect.arrayContaining([`::add-mask::${env.password}`, `::add-mask::${TOKEN}`])
    )
    const firstMask = main.stdout.indexOf('::add-mask::')
    expect(firstMask).toBeGreaterThanOrEqual(0)
    expect(leaks(main.stdout.slice(0, firstMask))).toEqual([])

    // Everything else: no secret anywhere. (The add-mask commands are the one place the
    // runner must see the values; they are not printed to the log.)
    const withoutMasks = (text: string) =>
      text
        .split('\n')
        .filter(line => !line.startsWith('::add-mask::'))
        .join('\n')
    expect(workflowCommands(main.stdout, 'error')).toEqual([])
    const tags = await tagsOf(env.authRegistry, repository, env)
    expect(tags.length).toBeGreaterThan(0)
    const comments = api.requests.filter(r => r.body !== undefined)
    expect(comments.length).toBeGreaterThan(0)
    expect(
      scan({
        'main stdout': withoutMasks(main.stdout),
        'main stderr': main.stderr,
        'post stdout': withoutMasks(post.stdout),
        'post stderr': post.stderr,
        outputs: JSON.stringify(main.outputs),
        state: JSON.stringify(main.state),
        summary: main.summary,
        'GitHub API request bodies and URLs': JSON.stringify(
          api.requests.map(r => ({ url: r.url, body: r.body }))
        ),
        ...(await imageSources(repository, tags[0]))
      })
    ).toEqual({})
    // The token was used, only where it belongs: the Authorization header.
    expect(api.requests.every(r => r.authorization?.includes(TOKEN))).toBe(true)
    expect(scanFiles(jobDir)).toEqual({})
    expect(scanFiles(dockerConfig)).toEqual({})
    expect(scanFiles(ws)).toEqual({})
  })
})
