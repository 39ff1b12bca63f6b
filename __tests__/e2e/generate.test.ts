/**
 * `generate` against the real Go toolchain (and, for the Dockerfile, the real BuildKit and
 * registry of scripts/e2e-env.sh). Run with `npm run test:e2e`: go mod tidy fetches the
 * examples' dependencies through the Go module proxy.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { runBuildx } from '../../src/publish/buildx.js'
import { recordingLogger } from '../../src/logger.js'
import { renderDockerfile } from '../../src/package/dockerfile.js'
import { run } from '../../src/util/exec.js'
import { packageRoot } from '../../src/util/paths.js'
import { runCli } from '../cli/run-cli.js'
import { e2eEnv } from './support/docker-env.js'
import { MANIFEST_TYPES, registryClient, type Manifest } from './support/registry.js'

jest.setTimeout(600_000)

const root = packageRoot()
let work: string
let cliBundle: string

/** One request per example policy, as their READMEs show. */
const EXAMPLE_REQUESTS: Record<string, unknown> = {
  'header-claims': {
    headers: {
      Authorization:
        'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTE3IiwiaXNzIjoiaHR0cHM6Ly9hdXRoLmV4YW1wbGUuY29tIiwiYXVkIjoib3JkZXJzLWFwaSIsImV4cCI6NDEwMjQ0NDgwMH0.sig',
      'X-Request-Id': '7f3c'
    }
  },
  'input-validator': {
    account: 'acc-12345678',
    amount: 12.5,
    currency: 'EUR',
    items: [{ sku: 'A-1', quantity: 2 }]
  },
  'method-allowlist': { method: 'GET' },
  ratelimit: { key: 'client-42', cost: 1 }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'pe-generate-'))
  // The CLI exactly as shipped: bundled like scripts/bundle.mjs does, but into a cache folder
  // inside the package (so it still finds templates/ and engine/) instead of dist/.
  const cacheDir = join(root, 'node_modules', '.cache', 'policy-engine-build-e2e')
  mkdirSync(cacheDir, { recursive: true })
  cliBundle = join(cacheDir, `cli-${process.pid}.js`)
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: cliBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);"
    }
  })
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
  if (cliBundle) rmSync(cliBundle, { force: true })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitForHealthy(base: string): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      const response = await fetch(`${base}/healthz`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the engine did not become healthy at ${base}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

async function goBuild(dir: string): Promise<string> {
  const result = await run('go', ['build', '-o', 'pe', '.'], { cwd: dir, timeoutMs: 300_000 })
  expect(result.stderr).toBe('')
  expect(result.exitCode).toBe(0)
  return join(dir, 'pe')
}

async function listed(binary: string): Promise<{ name: string; source: string }[]> {
  const result = await run(binary, ['--list'], { timeoutMs: 30_000 })
  expect(result.exitCode).toBe(0)
  return JSON.parse(result.stdout)
}

describe('acceptance: generate the examples, build and serve them', () => {
  let dir: string

  beforeAll(async () => {
    dir = join(work, 'examples')
    const result = await run(
      process.execPath,
      [cliBundle, 'generate', '--policies', 'examples/policies/*', '--out', dir],
      { cwd: root, timeoutMs: 300_000 }
    )
    expect(result.stderr).not.toContain('policy-engine-build:')
    expect(result.exitCode).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      dir,
      importsFile: join(dir, 'imports.go'),
      goModFile: join(dir, 'go.mod'),
      dockerfile: join(dir, 'Dockerfile')
    })
  })

  it('writes a gofmt-clean workspace that vets and builds', async () => {
    const gofmt = await run('gofmt', ['-l', '.'], { cwd: dir, timeoutMs: 60_000 })
    expect(gofmt.stdout).toBe('')
    const vet = await run('go', ['vet', './...'], { cwd: dir, timeoutMs: 300_000 })
    expect(vet.stderr).toBe('')
    expect(vet.exitCode).toBe(0)
    const all = await run('go', ['build', './...'], { cwd: dir, timeoutMs: 300_000 })
    expect(all.exitCode).toBe(0)
  })

  it('builds an engine whose --list shows every example policy', async () => {
    const binary = await goBuild(dir)
    const names = (await listed(binary)).map(entry => entry.name).sort()
    expect(names).toEqual(Object.keys(EXAMPLE_REQUESTS).sort())
  })

  it('serves POST /v1/policies/{name}/execute for each example', async () => {
    const binary = await goBuild(dir)
    const port = await freePort()
    const server = spawn(binary, ['serve', '--addr', `127.0.0.1:${port}`], { stdio: 'ignore' })
    try {
      const base = `http://127.0.0.1:${port}`
      await waitForHealthy(base)
      for (const [name, input] of Object.entries(EXAMPLE_REQUESTS)) {
        const response = await fetch(`${base}/v1/policies/${name}/execute`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input)
        })
        const body = await response.text()
        expect({ name, status: response.status }).toEqual({ name, status: 200 })
        expect(() => JSON.parse(body)).not.toThrow()
      }
    } finally {
      if (server.pid) process.kill(server.pid, 'SIGTERM')
    }
  })
})

describe('awkward policy shapes', () => {
  it('generates and compiles the discovery fixtures, registering exactly what was found', async () => {
    const dir = join(work, 'awkward')
    const plan = await runCli(['plan', '--policies', '__tests__/fixtures/discover/good/*'])
    expect(plan.code).toBe(0)
    const expected = (JSON.parse(plan.stdout).policies as { package: string; type: string }[])
      .map(p => `${p.package}.${p.type}`)
      .sort()

    const run1 = await runCli([
      'generate',
      '--policies',
      '__tests__/fixtures/discover/good/*',
      '--out',
      dir
    ])
    expect(run1.stderr).not.toContain('policy-engine-build:')
    expect(run1.code).toBe(0)
    // The generated file (the engine's own formatting is checked by the acceptance test).
    const gofmt = await run('gofmt', ['-l', 'imports.go'], { cwd: dir, timeoutMs: 60_000 })
    expect(gofmt.stdout).toBe('')
    const binary = await goBuild(dir)
    const sources = (await listed(binary)).map(entry => entry.source.replace(/\(\)$/, '')).sort()
    expect(sources).toEqual(expected)

    // A second generate into the same folder replaces it.
    const run2 = await runCli([
      'generate',
      '--policies',
      '__tests__/fixtures/discover/good/*',
      '--out',
      dir
    ])
    expect(run2.code).toBe(0)
  })
})

describe('user templates', () => {
  it('overrides only the templates present in the folder', async () => {
    const templates = join(root, 'node_modules', '.cache', `pe-templates-${process.pid}`)
    mkdirSync(templates, { recursive: true })
    try {
      writeFileSync(
        join(templates, 'Dockerfile.hbs'),
        'FROM {{dockerImage baseImage}}\n# custom\n{{#each labels}}LABEL {{dockerLabelKey key}}={{dockerString value}}\n{{/each}}'
      )
      const dir = join(work, 'custom-templates')
      // Inside the workspace, as the templates input requires.
      const relativeTemplates = templates.slice(root.length + 1)
      const result = await runCli([
        'generate',
        '--policies',
        'examples/policies/*',
        '--templates',
        relativeTemplates,
        '--base-image',
        'scratch',
        '--out',
        dir
      ])
      expect(result.stderr).not.toContain('policy-engine-build:')
      expect(result.code).toBe(0)
      expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toMatch(/^FROM scratch\n# custom\n/)
      expect(readFileSync(join(dir, 'imports.go'), 'utf8')).toContain(
        '// Code generated by policy-engine-build. DO NOT EDIT.'
      )

      // A template that feeds a helper a bad value is refused, naming the template.
      writeFileSync(
        join(templates, 'imports.go.hbs'),
        'package main\n// {{goIdent "not-an-ident"}}\n'
      )
      const bad = await runCli([
        'generate',
        '--policies',
        'examples/policies/*',
        '--templates',
        relativeTemplates,
        '--out',
        join(work, 'bad-template')
      ])
      expect(bad.code).toBe(2)
      expect(bad.stderr).toContain(`${join(templates, 'imports.go.hbs')}: templates: cannot render`)
      expect(bad.stderr).toContain('not a valid Go identifier')
    } finally {
      rmSync(templates, { recursive: true, force: true })
    }
  })
})

describe('the rendered Dockerfile on real BuildKit', () => {
  it('builds FROM scratch for two platforms with the labels, user, port and entrypoint intact', async () => {
    const env = e2eEnv()
    const context = join(work, 'dockerfile-context')
    for (const arch of ['amd64', 'arm64']) {
      const bin = join(context, 'bin', 'linux', arch)
      mkdirSync(bin, { recursive: true })
      writeFileSync(join(bin, 'policy-engine'), `stand-in for ${arch}\n`)
      chmodSync(join(bin, 'policy-engine'), 0o644)
    }
    const labels = {
      'org.opencontainers.image.title': 'policy-engine',
      'org.opencontainers.image.description': 'say "hi" to $HOME and ${USER} \\ back',
      'io.policy-engine-build.policies': 'ratelimit,header-claims'
    }
    writeFileSync(join(context, 'Dockerfile'), renderDockerfile({ baseImage: 'scratch', labels }))
    writeFileSync(join(context, '.dockerignore'), '*\n!bin\n')
    const repository = 'e2e/rendered-dockerfile'
    const result = await runBuildx(
      {
        context,
        builder: env.builder,
        platforms: ['linux/amd64', 'linux/arm64'],
        tags: [`${env.registry}/${repository}:1`],
        buildArgs: [],
        metadataFile: join(work, 'dockerfile-metadata.json'),
        push: true,
        load: false,
        provenance: false,
        sbom: false
      },
      recordingLogger()
    )
    expect(result.digest).toMatch(/^sha256:/)

    const registry = registryClient(env.registry)
    const index = await registry.json<{ manifests: { digest: string }[] }>(
      `${repository}/manifests/1`,
      ['application/vnd.oci.image.index.v1+json']
    )
    expect(index.manifests).toHaveLength(2)
    for (const descriptor of index.manifests) {
      const manifest = await registry.json<Manifest>(
        `${repository}/manifests/${descriptor.digest}`,
        MANIFEST_TYPES
      )
      // One layer: the COPY (no RUN, nothing from scratch).
      expect(manifest.layers).toHaveLength(1)
      const config = JSON.parse(
        (await registry.blob(repository, manifest.config.digest)).toString('utf8')
      ) as {
        config: {
          Labels: Record<string, string>
          User: string
          ExposedPorts: Record<string, unknown>
          Entrypoint: string[]
          Cmd: string[]
          Healthcheck?: { Test: string[]; Interval?: number; Timeout?: number; Retries?: number }
        }
      }
      expect(config.config.Labels).toEqual(labels)
      expect(config.config.User).toBe('65532:65532')
      expect(Object.keys(config.config.ExposedPorts)).toEqual(['8080/tcp'])
      expect(config.config.Entrypoint).toEqual(['/policy-engine'])
      expect(config.config.Cmd).toEqual(['serve', '--addr', ':8080'])
      expect(config.config.Healthcheck).toMatchObject({
        Test: ['CMD', '/policy-engine', 'healthcheck', '--addr', '127.0.0.1:8080'],
        Interval: 30e9,
        Timeout: 3e9,
        Retries: 3
      })
    }
  })
})

describe('build --output none', () => {
  it('compiles every platform into --out and stops before the image', async () => {
    const dir = join(work, 'build-none')
    const result = await run(
      process.execPath,
      [
        cliBundle,
        'build',
        '--policies',
        'examples/policies/*',
        '--output',
        'none',
        '--platforms',
        'linux/amd64,linux/arm64',
        '--cache=false',
        '--out',
        dir
      ],
      { cwd: root, timeoutMs: 600_000 }
    )
    expect(result.stderr).not.toContain('policy-engine-build:')
    expect(result.exitCode).toBe(0)
    const summary = JSON.parse(result.stdout)
    expect(summary.pushed).toBe(false)
    expect(summary.binaries.map((b: { path: string }) => b.path)).toEqual([
      join(dir, 'bin/linux/amd64/policy-engine'),
      join(dir, 'bin/linux/arm64/policy-engine')
    ])
    const names = (await listed(join(dir, 'bin/linux/amd64/policy-engine'))).map(e => e.name)
    expect(names.sort()).toEqual(Object.keys(EXAMPLE_REQUESTS).sort())
  })

  it('exits 2 naming the flag when push is asked for without an image', async () => {
    const result = await run(
      process.execPath,
      [cliBundle, 'build', '--policies', 'examples/policies/*', '--push', '--out', join(work, 'x')],
      { cwd: root, timeoutMs: 600_000 }
    )
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(/^policy-engine-build: push: push is true but no image name/m)
  })
})
