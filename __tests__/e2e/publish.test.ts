/**
 * The publish layer against real components (scripts/e2e-env.sh): docker buildx with a remote
 * BuildKit builder, a plain and an htpasswd registry, and Docker Engine. Run with
 * `npm run test:e2e`. The context is a stand-in engine (a tiny static Go program) laid out
 * like the pipeline's output dir, so this suite proves buildx/registry behaviour on its own.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, rm, stat, utimes } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BuildError } from '../../src/errors.js'
import { runBuildx, type BuildxPlan } from '../../src/publish/buildx.js'
import { ociLabels, POLICIES_LABEL } from '../../src/package/labels.js'
import { dockerLogin, dockerLogout } from '../../src/publish/login.js'
import { computeTags, computeVersion } from '../../src/publish/tags.js'
import { recordingLogger } from '../../src/logger.js'
import type { GitContext } from '../../src/types.js'
import { run } from '../../src/util/exec.js'
import { writeStandInContext } from './support/docker-context.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import { flakyRegistry } from './support/registry-proxy.js'
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

jest.setTimeout(600_000)

const EPOCH = 1714564800
const git: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v1.4.0',
  sha: '0123456789abcdef0123456789abcdef01234567',
  repositoryUrl: 'https://github.com/acme/policies',
  commitTime: EPOCH,
  defaultBranch: 'main'
}
const POLICIES = ['ratelimit', 'allowlist']

let env: E2eEnv
let work: string
let context: string
let runs = 0

function plan(overrides: Partial<BuildxPlan>): BuildxPlan {
  runs += 1
  return {
    context,
    builder: env.builder,
    platforms: ['linux/amd64', 'linux/arm64'],
    tags: [],
    buildArgs: [],
    metadataFile: join(work, `metadata-${runs}.json`),
    push: false,
    load: false,
    provenance: false,
    sbom: false,
    sourceDateEpoch: EPOCH,
    ...overrides
  }
}

async function docker(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  return run('docker', args, { timeoutMs: 300_000, env: { ...process.env, ...extraEnv } })
}

/** A private DOCKER_CONFIG with the buildx plugin and builder, but no stored credentials. */
async function freshDockerConfig(): Promise<string> {
  const dir = await mkdtemp(join(work, 'docker-config-'))
  await cp(join(env.dockerConfig, 'cli-plugins'), join(dir, 'cli-plugins'), {
    recursive: true,
    verbatimSymlinks: true
  })
  await cp(join(env.dockerConfig, 'buildx'), join(dir, 'buildx'), { recursive: true })
  return dir
}

beforeAll(async () => {
  env = e2eEnv()
  work = await mkdtemp(join(tmpdir(), 'pe-publish-'))
  context = join(work, 'context')
  await mkdir(context)
  const version = computeVersion(git)
  const labels = ociLabels({ git, version, policies: POLICIES, created: EPOCH })
  await writeStandInContext(context, labels)
})

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('push to the plain registry', () => {
  let digest: string
  const repository = 'e2e/multiarch'

  beforeAll(async () => {
    const tags = computeTags({
      images: [`${env.registry}/${repository}`],
      git,
      latest: false,
      explicitTags: []
    })
    expect(tags).toEqual(
      ['1.4.0', '1.4', '1', 'latest'].map(t => `${env.registry}/${repository}:${t}`)
    )
    const result = await runBuildx(plan({ push: true, tags }), recordingLogger())
    expect(result.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    digest = result.digest!
  })

  it('pushes an index with exactly linux/amd64 and linux/arm64 under every tag', async () => {
    const registry = registryClient(env.registry)
    const index = await registry.json<Index>(`${repository}/manifests/${digest}`, INDEX_TYPES)
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(
      index.manifests.map(m => `${m.platform?.os}/${m.platform?.architecture}`).sort()
    ).toEqual(['linux/amd64', 'linux/arm64'])
    // No attestation manifests (they would show as unknown/unknown) with provenance/sbom off.
    expect(index.manifests.every(m => !m.annotations?.['vnd.docker.reference.type'])).toBe(true)
    const tags = await registry.json<{ tags: string[] }>(`${repository}/tags/list`)
    expect(tags.tags.sort()).toEqual(['1', '1.4', '1.4.0', 'latest'])
    for (const tag of tags.tags) {
      const response = await fetch(`http://${env.registry}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: INDEX_TYPES.join(', ') }
      })
      expect(response.headers.get('docker-content-digest')).toBe(digest)
    }
  })

  it('puts an aarch64 binary in the arm64 image and an x86-64 one in the amd64 image', async () => {
    const registry = registryClient(env.registry)
    const index = await registry.json<Index>(`${repository}/manifests/${digest}`, INDEX_TYPES)
    const expected: Record<string, number> = { amd64: EM_X86_64, arm64: EM_AARCH64 }
    for (const entry of index.manifests) {
      const manifest = await registry.json<Manifest>(
        `${repository}/manifests/${entry.digest}`,
        MANIFEST_TYPES
      )
      expect(manifest.layers).toHaveLength(1)
      const layer = await registry.blob(repository, manifest.layers[0].digest)
      const binary = fileInLayer(layer, 'policy-engine')
      expect(binary).toBeDefined()
      expect(elfMachine(binary!)).toBe(expected[entry.platform!.architecture])

      const config = JSON.parse(
        (await registry.blob(repository, manifest.config.digest)).toString('utf8')
      ) as { config: { User: string; Labels: Record<string, string> }; created: string }
      expect(config.config.User).toBe('65532:65532')
      expect(config.created).toBe('2024-05-01T12:00:00Z')
      expect(config.config.Labels).toMatchObject({
        'org.opencontainers.image.source': 'https://github.com/acme/policies',
        'org.opencontainers.image.revision': git.sha,
        'org.opencontainers.image.version': '1.4.0',
        'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
        [POLICIES_LABEL]: 'ratelimit,allowlist'
      })
    }
  })

  it('pulls and runs the amd64 image with Docker, as a non-root user', async () => {
    const ref = `${env.registry}/${repository}:1.4.0`
    const pull = await docker(['pull', '--platform', 'linux/amd64', ref])
    expect(pull.stderr).toBe('')
    expect(pull.exitCode).toBe(0)
    const user = await docker(['image', 'inspect', '--format', '{{.Config.User}}', ref])
    expect(user.stdout.trim()).toBe('65532:65532')
    const started = await docker(['run', '--rm', '--network', 'none', ref])
    expect(started.stderr).toBe('')
    expect(started.stdout.trim()).toBe('stand-in engine uid=65532 gid=65532 arch=amd64')
  })
})

describe('push to the htpasswd registry', () => {
  it('logs in with the password on stdin only and pushes; the password is printed nowhere', async () => {
    const dockerConfig = await freshDockerConfig()
    const processEnv = { ...process.env, DOCKER_CONFIG: dockerConfig }
    const logger = recordingLogger()
    const ref = `${env.authRegistry}/e2e/private:1.4.0`
    await dockerLogin(
      { registry: env.authRegistry, username: env.user, password: env.password, env: processEnv },
      logger
    )
    const result = await runBuildx(plan({ push: true, tags: [ref] }), logger, { env: processEnv })
    await dockerLogout({ registry: env.authRegistry, env: processEnv }, logger)

    expect(result.digest).toMatch(/^sha256:/)
    const seen = [
      result.stdout,
      result.stderr,
      JSON.stringify(result.metadata),
      ...logger.messages.map(m => m.message)
    ]
    for (const text of seen) expect(text).not.toContain(env.password)
    const registry = registryClient(env.authRegistry, { user: env.user, password: env.password })
    const index = await registry.json<Index>('e2e/private/manifests/1.4.0', INDEX_TYPES)
    expect(index.manifests).toHaveLength(2)
    // logout removed the stored credentials
    const config = JSON.parse(await readFile(join(dockerConfig, 'config.json'), 'utf8')) as {
      auths?: Record<string, unknown>
    }
    expect(config.auths?.[env.authRegistry]).toBeUndefined()
  })

  it('fails clearly with a wrong password, and pushes nothing', async () => {
    const dockerConfig = await freshDockerConfig()
    const processEnv = { ...process.env, DOCKER_CONFIG: dockerConfig }
    const logger = recordingLogger()
    const wrong = `${env.password}-wrong`
    const login = dockerLogin(
      { registry: env.authRegistry, username: env.user, password: wrong, env: processEnv },
      logger
    )
    await expect(login).rejects.toThrow(BuildError)
    await expect(login).rejects.toThrow(
      new RegExp(
        `docker login to ${env.authRegistry.replace(/\./g, '\\.')} failed: .*check the username and password`
      )
    )
    const error = await login.catch((e: Error) => e)
    expect(String(error)).not.toContain(wrong)

    // Even if a caller went on to build, the push is refused and says how to fix it.
    const ref = `${env.authRegistry}/e2e/refused:1`
    const push = runBuildx(plan({ push: true, tags: [ref] }), logger, { env: processEnv })
    await expect(push).rejects.toThrow(/set registry, username and password/)

    const registry = registryClient(env.authRegistry, { user: env.user, password: env.password })
    expect(await registry.status('e2e/refused/manifests/1', INDEX_TYPES)).toBe(404)
    expect(await registry.status('e2e/refused/tags/list')).toBe(404)
  })
})

describe('outputs without a registry push', () => {
  it('writes an OCI layout tarball with output: oci', async () => {
    const ociFile = join(work, 'image.oci.tar')
    const result = await runBuildx(
      plan({ ociFile, tags: [`${env.registry}/e2e/oci-only:1`] }),
      recordingLogger()
    )
    expect(result.digest).toMatch(/^sha256:/)
    expect((await stat(ociFile)).size).toBeGreaterThan(1000)
    const listing = await run('tar', ['-tf', ociFile], { timeoutMs: 60_000 })
    expect(listing.stdout.split('\n')).toEqual(expect.arrayContaining(['oci-layout', 'index.json']))
    const indexJson = await run('tar', ['-xOf', ociFile, 'index.json'], { timeoutMs: 60_000 })
    const index = JSON.parse(indexJson.stdout) as Index
    expect(index.manifests[0].digest).toBe(result.digest)
    expect(await registryClient(env.registry).status('e2e/oci-only/tags/list')).toBe(404)
  })

  it('pushes nothing with push: false', async () => {
    const result = await runBuildx(
      plan({ push: false, tags: [`${env.registry}/e2e/not-pushed:1`] }),
      recordingLogger()
    )
    expect(result.digest).toBeUndefined()
    expect(await registryClient(env.registry).status('e2e/not-pushed/tags/list')).toBe(404)
  })
})

describe('attestations and load', () => {
  it('adds attestation manifests to the index only when provenance is asked for', async () => {
    const repository = 'e2e/attested'
    const result = await runBuildx(
      plan({ push: true, provenance: true, tags: [`${env.registry}/${repository}:1`] }),
      recordingLogger()
    )
    const index = await registryClient(env.registry).json<Index>(
      `${repository}/manifests/${result.digest}`,
      INDEX_TYPES
    )
    const platforms = index.manifests.filter(m => m.platform?.os === 'linux')
    const attestations = index.manifests.filter(
      m => m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest'
    )
    expect(platforms.map(m => m.platform?.architecture).sort()).toEqual(['amd64', 'arm64'])
    expect(attestations).toHaveLength(2)
    expect(index.manifests).toHaveLength(4)
  })

  it('loads a single-platform image into Docker with load: true', async () => {
    const ref = 'e2e/loaded:dev'
    const result = await runBuildx(
      plan({ load: true, platforms: ['linux/arm64'], tags: [ref] }),
      recordingLogger()
    )
    expect(result.metadata['image.name']).toBe(`docker.io/${ref}`)
    const inspect = await docker([
      'image',
      'inspect',
      '--format',
      '{{.Architecture}} {{.Config.User}}',
      ref
    ])
    expect(inspect.stdout.trim()).toBe('arm64 65532:65532')
  })
})

describe('transient registry errors', () => {
  it('retries a push that keeps getting 503 until the registry recovers', async () => {
    // BuildKit retries a failed request a few times itself; the registry stays down for the
    // whole first buildx attempt and recovers when runBuildx announces its retry.
    const proxy = await flakyRegistry(env.registry, {
      when: req => req.method === 'PUT' && /\/manifests\//.test(req.url ?? ''),
      failures: Number.MAX_SAFE_INTEGER,
      status: 503
    })
    try {
      const recorded = recordingLogger()
      const logger = {
        ...recorded,
        warning: (message: string) => {
          recorded.warning(message)
          proxy.heal()
        }
      }
      const result = await runBuildx(
        plan({ push: true, tags: [`${proxy.host}/e2e/flaky:1`] }),
        logger,
        { retry: { attempts: 3, baseDelayMs: 500, maxDelayMs: 1000 } }
      )
      expect(proxy.failed).toBeGreaterThanOrEqual(1)
      expect(result.attempts).toBe(2)
      const warnings = recorded.messages.filter(m => m.level === 'warning')
      expect(warnings.map(m => m.message)).toEqual([
        expect.stringMatching(/transient registry error \(attempt 1\/3\)/)
      ])
      expect(await registryClient(env.registry).status('e2e/flaky/manifests/1', INDEX_TYPES)).toBe(
        200
      )
    } finally {
      await proxy.close()
    }
  })

  it('gives up after the last attempt when the registry stays down', async () => {
    const proxy = await flakyRegistry(env.registry, {
      when: req => req.method === 'PUT' && /\/manifests\//.test(req.url ?? ''),
      failures: Number.MAX_SAFE_INTEGER,
      status: 503
    })
    try {
      const push = runBuildx(
        plan({ push: true, tags: [`${proxy.host}/e2e/down:1`] }),
        recordingLogger(),
        { retry: { attempts: 2, baseDelayMs: 200, maxDelayMs: 200 } }
      )
      await expect(push).rejects.toThrow(
        /docker buildx build failed \(exit 1\) after 2 attempts:[^]*503/
      )
    } finally {
      await proxy.close()
    }
  })

  it('does not retry an unauthorized push', async () => {
    const logger = recordingLogger()
    const push = runBuildx(
      plan({ push: true, tags: [`${env.authRegistry}/e2e/no-retry:1`] }),
      logger,
      { retry: { attempts: 3, baseDelayMs: 500, maxDelayMs: 1000 } }
    )
    await expect(push).rejects.toThrow(/docker buildx build failed \(exit 1\):/)
    expect(logger.messages.filter(m => m.level === 'warning')).toEqual([])
  })
})

describe('reproducibility', () => {
  it('gives the same digest for two builds from clean builder caches', async () => {
    const digests: string[] = []
    for (const tag of ['first', 'second']) {
      const prune = await docker(['buildx', 'prune', '--all', '--force', '--builder', env.builder])
      expect(prune.exitCode).toBe(0)
      // A fresh compile would give new file times: rewrite-timestamp must hide them.
      const now = new Date()
      for (const arch of ['amd64', 'arm64']) {
        await utimes(join(context, 'bin', 'linux', arch, 'policy-engine'), now, now)
      }
      const result = await runBuildx(
        plan({ push: true, tags: [`${env.registry}/e2e/repro:${tag}`] }),
        recordingLogger()
      )
      digests.push(result.digest!)
      await new Promise(resolve => setTimeout(resolve, 1100))
    }
    expect(digests[0]).toMatch(/^sha256:/)
    expect(digests[1]).toBe(digests[0])
  })
})

describe('builder checks', () => {
  it('names a missing builder and says how to fix it', async () => {
    await expect(
      runBuildx(plan({ builder: 'no-such-builder' }), recordingLogger())
    ).rejects.toThrow(/"no-such-builder" cannot be used .*docker\/setup-buildx-action/)
  })

  it('refuses multi-platform builds on the docker driver', async () => {
    await expect(runBuildx(plan({ builder: 'default' }), recordingLogger())).rejects.toThrow(
      /uses the docker driver, which cannot build several platforms at once .*setup-buildx-action.*builder input/
    )
  })

  it('says to install buildx when the plugin is missing', async () => {
    const empty = await mkdtemp(join(work, 'no-plugins-'))
    await expect(
      runBuildx(plan({}), recordingLogger(), { env: { ...process.env, DOCKER_CONFIG: empty } })
    ).rejects.toThrow(/docker buildx is not available .*docker\/setup-buildx-action/)
  })
})
