/**
 * The whole pipeline on the bundled examples, against real components: the Go toolchain,
 * docker buildx on a remote BuildKit builder, a local registry and Docker Engine
 * (scripts/e2e-env.sh). Run with `npm run test:e2e`.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { POLICIES_LABEL } from '../../src/package/labels.js'
import { recordingLogger } from '../../src/logger.js'
import { runPipeline } from '../../src/pipeline.js'
import type { BuildOptions, PipelineResult } from '../../src/pipeline-types.js'
import type { GitContext } from '../../src/types.js'
import { run } from '../../src/util/exec.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import {
  EM_AARCH64,
  EM_X86_64,
  elfMachine,
  fileInLayer,
  INDEX_TYPES,
  MANIFEST_TYPES,
  registryClient,
  type Index,
  type Manifest
} from './support/registry.js'

jest.setTimeout(900_000)

const ROOT = resolve(import.meta.dirname, '../..')
const SHA = '4c5d6e7f80910111213141516171819202122232'
const git: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v1.2.3',
  sha: SHA,
  repositoryUrl: 'https://github.com/acme/policies',
  repository: 'acme/policies',
  commitTime: 1714564800
}

/** The requests the example READMEs document, with what each policy must answer. */
const REQUESTS: Record<string, { body: unknown; expect: Record<string, unknown> }> = {
  ratelimit: { body: { key: 'client-42', cost: 1 }, expect: { allow: true, key: 'client-42' } },
  'header-claims': {
    body: { headers: { 'X-Request-Id': '7f3c' } },
    expect: { allow: false, reason: 'required headers are missing' }
  },
  'input-validator': {
    body: {
      account: 'acc-12345678',
      amount: 12.5,
      currency: 'EUR',
      items: [{ sku: 'A-1', quantity: 2 }]
    },
    expect: { allow: true }
  },
  'method-allowlist': {
    body: { method: 'DELETE' },
    expect: { allow: false, reason: 'method "DELETE" is not one of GET, HEAD, OPTIONS' }
  }
}

function options(env: E2eEnv, image: string, out: string): BuildOptions {
  return {
    workingDirectory: ROOT,
    policies: ['examples/policies/*'],
    platforms: ['linux/amd64', 'linux/arm64'],
    images: [image],
    tags: [],
    labels: [],
    latest: false,
    baseImage: 'scratch',
    push: 'true',
    output: 'image',
    load: false,
    builder: env.builder,
    buildArgs: [],
    goBuildFlags: [],
    cache: true,
    cacheKeyPrefix: 'pe-e2e',
    sbom: false,
    provenance: false,
    out
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject()
      )
    })
  })
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 30s`)
    await new Promise(r => setTimeout(r, 250))
  }
}

describe('runPipeline: examples -> multi-arch image in a registry', () => {
  let env: E2eEnv
  let work: string
  let result: PipelineResult
  let image: string
  const logger = recordingLogger()

  beforeAll(async () => {
    env = e2eEnv()
    work = await mkdtemp(join(tmpdir(), 'pe-pipeline-'))
    image = `${env.registry}/e2e/pipeline-examples`
    result = await runPipeline(options(env, image, join(work, 'out')), git, logger)
  })

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('pushes the semver tags of a release tag and reports the digest', () => {
    expect(result.pushed).toBe(true)
    expect(result.tags).toEqual([`${image}:1.2.3`, `${image}:1.2`, `${image}:1`, `${image}:latest`])
    expect(result.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(result.image).toBe(`${image}@${result.digest}`)
    expect(result.policies.map(p => p.name).sort()).toEqual(Object.keys(REQUESTS).sort())
    // The Go cache is restored before discovery: its key comes from the plan (issue 19).
    expect(result.timings.map(t => t.step)).toEqual([
      'cache-restore',
      'discover',
      'generate',
      'compile',
      'package',
      'publish'
    ])
  })

  it('lists exactly the two platforms in the index, each with the right binary', async () => {
    const registry = registryClient(env.registry)
    const index = await registry.json<Index>('e2e/pipeline-examples/manifests/1.2.3', INDEX_TYPES)
    const platforms = index.manifests.map(m => `${m.platform?.os}/${m.platform?.architecture}`)
    expect(platforms.sort()).toEqual(['linux/amd64', 'linux/arm64'])
    for (const descriptor of index.manifests) {
      const manifest = await registry.json<Manifest>(
        `e2e/pipeline-examples/manifests/${descriptor.digest}`,
        MANIFEST_TYPES
      )
      let binary: Buffer | undefined
      for (const layer of manifest.layers) {
        binary ??= fileInLayer(
          await registry.blob('e2e/pipeline-examples', layer.digest),
          'policy-engine'
        )
      }
      expect(binary).toBeDefined()
      const want = descriptor.platform?.architecture === 'arm64' ? EM_AARCH64 : EM_X86_64
      expect(elfMachine(binary as Buffer)).toBe(want)
      // The HEALTHCHECK calls the engine's own command, in exec form (scratch has no shell).
      const config = JSON.parse(
        (await registry.blob('e2e/pipeline-examples', manifest.config.digest)).toString('utf8')
      ) as { config: { Labels: Record<string, string>; Healthcheck?: { Test: string[] } } }
      expect(config.config.Healthcheck?.Test).toEqual([
        'CMD',
        '/policy-engine',
        'healthcheck',
        '--addr',
        '127.0.0.1:8080'
      ])
      // The index carries the description label as an annotation (what GHCR shows).
      const annotations = (index as Index & { annotations?: Record<string, string> }).annotations
      expect(annotations?.['org.opencontainers.image.description']).toBe(
        config.config.Labels['org.opencontainers.image.description']
      )
    }
  })

  it('runs the amd64 image as a non-root user and serves every example policy', async () => {
    const ref = `${image}:1.2.3`
    const docker = (args: string[]) => run('docker', args, { timeoutMs: 180_000 })
    expect((await docker(['pull', '--platform', 'linux/amd64', ref])).exitCode).toBe(0)
    const inspect = await docker(['image', 'inspect', '--format', '{{json .Config}}', ref])
    const config = JSON.parse(inspect.stdout) as { User: string; Labels: Record<string, string> }
    expect(config.User).toBe('65532:65532')
    expect(config.Labels['org.opencontainers.image.source']).toBe(git.repositoryUrl)
    expect(config.Labels['org.opencontainers.image.revision']).toBe(SHA)
    expect(config.Labels['org.opencontainers.image.version']).toBe('1.2.3')
    expect(config.Labels['org.opencontainers.image.created']).toBe('2024-05-01T12:00:00Z')
    expect(config.Labels[POLICIES_LABEL].split(',').sort()).toEqual(Object.keys(REQUESTS).sort())

    const port = await freePort()
    const name = `pe-e2e-${port}`
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
    expect(started.stderr).toBe('')
    try {
      const base = `http://127.0.0.1:${port}`
      await waitForHealth(`${base}/healthz`)
      const pid = (await docker(['inspect', '--format', '{{.State.Pid}}', name])).stdout.trim()
      const status = await readFile(`/proc/${pid}/status`, 'utf8')
      expect(status).toMatch(/^Uid:\s+65532\s/m)

      const listed = (await (await fetch(`${base}/v1/policies`)).json()) as {
        policies: { name: string }[]
      }
      expect(listed.policies.map(p => p.name).sort()).toEqual(Object.keys(REQUESTS).sort())
      for (const [policy, request] of Object.entries(REQUESTS)) {
        const response = await fetch(`${base}/v1/policies/${policy}/execute`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request.body)
        })
        expect(response.status).toBe(200)
        expect(await response.json()).toMatchObject(request.expect)
      }
    } finally {
      await docker(['rm', '--force', name])
    }
  })

  it('gives the same digest when the same commit is built again from a clean builder', async () => {
    const prune = await run(
      'docker',
      ['buildx', 'prune', '--all', '--force', '--builder', env.builder],
      {
        timeoutMs: 120_000
      }
    )
    expect(prune.exitCode).toBe(0)
    const again = await runPipeline(
      { ...options(env, image, join(work, 'again')), tags: ['rebuild'] },
      git,
      recordingLogger()
    )
    expect(again.digest).toBe(result.digest)
  })

  it('runs again with nothing changed: no scan, no compile, and nothing pushed', async () => {
    const quiet = recordingLogger()
    const again = await runPipeline(options(env, image, join(work, 'out')), git, quiet)
    expect(again.unchangedRun).toBe(true)
    expect(again.timings.map(t => t.step)).toEqual(['package', 'publish'])
    // Every tag already names the digest of this commit's image: built, compared, not pushed.
    expect(again.unchangedSincePush).toBe(true)
    expect(again.digest).toBe(result.digest)
    expect(again.tags).toEqual(result.tags)
    expect(quiet.messages.map(m => m.message)).toContain(
      `Every tag already names ${result.digest}: nothing to push.`
    )
  })

  it('pushes another commit even though every tag exists: its revision differs', async () => {
    const next = { ...git, sha: 'f'.repeat(40) }
    const moved = await runPipeline(options(env, image, join(work, 'out')), next, recordingLogger())
    expect(moved.unchangedRun).toBeUndefined()
    expect(moved.unchangedSincePush).toBeUndefined()
    expect(moved.pushed).toBe(true)
    expect(moved.digest).not.toBe(result.digest)
    const head = await fetch(`http://${env.registry}/v2/e2e/pipeline-examples/manifests/1.2.3`, {
      method: 'HEAD',
      headers: { accept: INDEX_TYPES.join(', ') }
    })
    expect(head.headers.get('docker-content-digest')).toBe(moved.digest)
  })
})
