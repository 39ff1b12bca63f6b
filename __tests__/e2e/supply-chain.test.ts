/**
 * Supply chain (issue 15) against the real components: the example policies are built for
 * linux/amd64 and linux/arm64 and pushed to the local registry with sbom and sign on (a cosign
 * key made here), on a base image pushed here first (pinned by digest). Then, with standard
 * clients built by scripts/e2e-env.sh install: `oras discover`/`oras pull` find the SPDX SBOM
 * from the index digest (every example policy module with its version, the Go version, per
 * platform); `cosign verify --key` passes for the index digest and fails for another digest;
 * `policy-engine-build verify` reproduces the digests and reports the changed binary and label
 * when a policy changed. No key material or password in any log,
 * SBOM, output file or image blob.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/index.js'
import { run } from '../../src/util/exec.js'
import { e2eEnv, type E2eEnv } from './support/docker-env.js'
import { readWholeImage } from './support/fault-proxy.js'

jest.setTimeout(1_800_000)

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const PASSWORD = `pe-cosign-${randomBytes(12).toString('hex')}`
const PLATFORMS = ['linux/amd64', 'linux/arm64']
const SPDX = 'application/spdx+json'

let env: E2eEnv
let root: string
let ws: string
let image: string
let base: string
let digest: string
let buildOut = ''
const logs: string[] = []

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    io: { stdout: t => void (stdout += t), stderr: t => void (stderr += t) },
    cwd: ws,
    env: process.env
  })
  logs.push(stdout, stderr)
  return { code, stdout, stderr }
}

async function tool(name: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const result = await run(name, args, {
    cwd: root,
    timeoutMs: 300_000,
    env: { ...process.env, ...extraEnv }
  })
  logs.push(result.stdout, result.stderr)
  return result
}

async function git(args: string[]) {
  const result = await run('git', args, {
    cwd: ws,
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: '2024-05-01T12:00:00Z',
      GIT_COMMITTER_DATE: '2024-05-01T12:00:00Z'
    }
  })
  expect(result.stderr).not.toMatch(/fatal/)
  return result.stdout.trim()
}

/** The same inputs for build and verify. */
const common = () => [
  '--working-directory',
  ws,
  '--manifest',
  'policy-build.yaml',
  '--platforms',
  PLATFORMS.join(','),
  '--base-image',
  base,
  '--cache=false'
]

const modules = () =>
  readdirSync(join(ws, 'policies'))
    .filter(d => !d.startsWith('_'))
    .map(d => /^module (\S+)/m.exec(readFileSync(join(ws, 'policies', d, 'go.mod'), 'utf8'))![1])

beforeAll(async () => {
  env = e2eEnv()
  root = join(tmpdir(), `pe-supply-${Date.now()}`)
  ws = join(root, 'ws')
  mkdirSync(root, { recursive: true })
  cpSync(join(repoRoot, 'examples', 'policies'), join(ws, 'policies'), { recursive: true })
  cpSync(join(repoRoot, 'examples', 'policy-build.yaml'), join(ws, 'policy-build.yaml'))
  writeFileSync(join(ws, '.gitignore'), 'cosign.*\n.out/\n')
  await git(['init', '-q', '-b', 'main'])
  await git(['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.'])
  await git(['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'policies'])

  // A base image of our own (nothing can be pulled here), pushed by tag: the build pins it.
  const baseContext = join(root, 'base')
  mkdirSync(baseContext)
  writeFileSync(join(baseContext, 'hello.txt'), 'base layer\n')
  writeFileSync(join(baseContext, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /etc/hello.txt\n')
  base = `${env.registry}/e2e/supply-base-${Date.now()}:1`
  const pushed = await tool('docker', [
    'buildx',
    'build',
    '--builder',
    env.builder,
    '--platform',
    PLATFORMS.join(','),
    '--provenance=false',
    '--tag',
    base,
    '--output',
    'type=image,push=true',
    baseContext
  ])
  expect(pushed.exitCode).toBe(0)

  const keys = await tool('cosign', ['generate-key-pair'], { COSIGN_PASSWORD: PASSWORD })
  expect(keys.exitCode).toBe(0)
  cpSync(join(root, 'cosign.key'), join(ws, 'cosign.key'))

  image = `${env.registry}/e2e/supply-chain-${Date.now()}`
  process.env.COSIGN_PASSWORD = PASSWORD
  buildOut = join(root, 'out')
  const build = await cli([
    'build',
    ...common(),
    '--image',
    image,
    '--tags',
    'v1',
    '--push',
    'true',
    '--sbom',
    '--sign',
    '--cosign-key',
    'cosign.key',
    '--out',
    buildOut,
    '--json'
  ])
  if (build.code !== 0) throw new Error(`build failed: ${build.stderr}`)
  digest = (JSON.parse(build.stdout) as { digest: string }).digest
  expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
})

afterAll(() => {
  delete process.env.COSIGN_PASSWORD
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('the SBOM', () => {
  it('is written per platform into --out', () => {
    const files = readdirSync(join(buildOut, 'sbom')).sort()
    expect(files).toEqual([
      'policy-engine-linux-amd64.spdx.json',
      'policy-engine-linux-arm64.spdx.json'
    ])
  })

  it('is found from the index digest by oras and lists every policy module with its version and the Go version, per platform', async () => {
    const found = await tool('oras', [
      'discover',
      '--plain-http',
      '--format',
      'json',
      '--artifact-type',
      SPDX,
      `${image}@${digest}`
    ])
    expect(found.exitCode).toBe(0)
    const referrers =
      (
        JSON.parse(found.stdout) as {
          referrers?: {
            digest: string
            artifactType: string
            annotations?: Record<string, string>
          }[]
          manifests?: {
            digest: string
            artifactType: string
            annotations?: Record<string, string>
          }[]
        }
      ).referrers ?? []
    expect(referrers.map(r => r.annotations?.['dev.policy-engine-build.platform']).sort()).toEqual(
      PLATFORMS
    )
    const goVersion = (await tool('go', ['env', 'GOVERSION'])).stdout.trim()
    for (const referrer of referrers) {
      const dir = join(root, `pulled-${referrer.digest.slice(7, 19)}`)
      const pulled = await tool('oras', [
        'pull',
        '--plain-http',
        '-o',
        dir,
        `${image}@${referrer.digest}`
      ])
      expect(pulled.exitCode).toBe(0)
      const platform = referrer.annotations!['dev.policy-engine-build.platform']
      const file = join(dir, `policy-engine-${platform.replace('/', '-')}.spdx.json`)
      const sbom = JSON.parse(readFileSync(file, 'utf8')) as {
        spdxVersion: string
        packages: {
          name: string
          versionInfo?: string
          SPDXID: string
          sourceInfo?: string
          checksums?: unknown[]
          annotations?: { comment: string }[]
        }[]
      }
      expect(sbom.spdxVersion).toBe('SPDX-2.3')
      for (const module of modules()) {
        const entry = sbom.packages.find(p => p.name === module)
        expect(entry?.SPDXID).toMatch(/^SPDXRef-Policy-/)
        expect(entry?.versionInfo).toMatch(/^v\d+\.\d+\.\d+/)
        expect(entry?.sourceInfo).toMatch(/^local replace: policies\//)
        expect(entry?.checksums).toHaveLength(1)
      }
      expect(sbom.packages.find(p => p.name === 'stdlib')?.versionInfo).toBe(goVersion)
      expect(sbom.packages.find(p => p.name === 'golang.org/x/time')?.versionInfo).toMatch(/^v/)
      const engine = sbom.packages.find(p => p.SPDXID === 'SPDXRef-Package-engine')!
      const notes = engine.annotations!.map(a => a.comment)
      expect(notes).toContain(`platform: ${platform}`)
      expect(notes).toContain(`go.buildsetting: GOARCH=${platform.split('/')[1]}`)
      const baseDigest = (await tool('docker', ['buildx', 'imagetools', 'inspect', base])).stdout
      const pinned = sbom.packages.find(p => p.name === base)!
      expect(baseDigest).toContain(pinned.versionInfo)
    }
  })
})

describe('the signature', () => {
  it('verifies for the index digest with the public key', async () => {
    const verified = await tool('cosign', [
      'verify',
      '--key',
      join(root, 'cosign.pub'),
      '--insecure-ignore-tlog=true',
      '--allow-http-registry',
      `${image}@${digest}`
    ])
    expect(verified.stderr).toMatch(/signatures were verified against the specified public key/)
    expect(verified.exitCode).toBe(0)
  })

  it('fails for another digest of the same repository', async () => {
    const index = JSON.parse(
      (await tool('docker', ['buildx', 'imagetools', 'inspect', '--raw', `${image}@${digest}`]))
        .stdout
    ) as { manifests: { digest: string }[] }
    const other = index.manifests[0].digest
    expect(other).not.toBe(digest)
    const verified = await tool('cosign', [
      'verify',
      '--key',
      join(root, 'cosign.pub'),
      '--insecure-ignore-tlog=true',
      '--allow-http-registry',
      `${image}@${other}`
    ])
    expect(verified.exitCode).not.toBe(0)
    expect(verified.stderr).toMatch(/no signatures found|no matching signatures/i)
  })
})

describe('policy-engine-build verify', () => {
  it('reproduces the pushed digests from the same commit', async () => {
    const result = await cli(['verify', ...common(), '--image', `${image}:v1`, '--json'])
    expect(result.stderr).not.toMatch(/error/i)
    const report = JSON.parse(result.stdout) as {
      reproduced: boolean
      remote: string
      local: string
      platforms: { platform: string; same: boolean }[]
    }
    expect(report).toMatchObject({ reproduced: true, remote: digest, local: digest })
    expect(report.platforms.map(p => [p.platform, p.same])).toEqual(PLATFORMS.map(p => [p, true]))
    expect(result.code).toBe(0)
  })

  it('reports the changed binary and label when a policy file changed', async () => {
    const file = join(ws, 'policies', 'ratelimit', 'ratelimit.go')
    const source = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      source.replace('invalid rate limiter configuration', 'invalid rate-limiter configuration')
    )
    expect(readFileSync(file, 'utf8')).not.toBe(source)
    const changed = await cli(['verify', ...common(), '--image', `${image}@${digest}`, '--json'])
    writeFileSync(file, source)
    expect(changed.code).toBe(1)
    const report = JSON.parse(changed.stdout) as {
      reproduced: boolean
      local: string
      platforms: { platform: string; same: boolean; differences: string[] }[]
    }
    expect(report.reproduced).toBe(false)
    expect(report.local).not.toBe(digest)
    expect(report.platforms.map(p => p.platform)).toEqual(PLATFORMS)
    for (const platform of report.platforms) {
      expect(platform.same).toBe(false)
      const lines = platform.differences.join('\n')
      expect(lines).toMatch(/file \/policy-engine: differs/)
      expect(lines).toMatch(/label io\.policy-engine-build\.policy-set/)
    }
  })
})

describe('secrets', () => {
  it('the key and its password reach no log, SBOM, output file or image blob', async () => {
    const key = readFileSync(join(root, 'cosign.key'), 'utf8')
    const needles = [
      PASSWORD,
      Buffer.from(PASSWORD).toString('base64'),
      ...key.split('\n').filter(line => line.length > 20 && !line.startsWith('-----'))
    ]
    const found = (where: string, content: string | Buffer) =>
      needles.filter(n => Buffer.from(content).includes(Buffer.from(n))).map(() => where)
    const hits: string[] = []
    logs.forEach((log, i) => hits.push(...found(`log ${i}`, log)))
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
      )
    for (const file of walk(buildOut)) {
      if (statSync(file).size < 100 * 1024 * 1024) hits.push(...found(file, readFileSync(file)))
    }
    const repository = image.slice(env.registry.length + 1)
    const { documents, blobs } = await readWholeImage(env.registry, repository, 'v1')
    documents.forEach((d, i) => hits.push(...found(`image document ${i}`, JSON.stringify(d))))
    blobs.forEach((b, i) => hits.push(...found(`image blob ${i}`, b)))
    expect(existsSync(join(buildOut, 'sbom'))).toBe(true)
    expect(hits).toEqual([])
  })
})
