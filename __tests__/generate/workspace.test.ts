import { describe, expect, it } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { recordingLogger } from '../../src/logger.js'
import {
  OUTPUT_MARKER,
  generateWorkspace,
  placeholderVersion
} from '../../src/generate/workspace.js'
import { run } from '../../src/util/exec.js'
import {
  DASHED_MODULE,
  MINI_ENGINE,
  dashedDiscovery,
  localModule,
  tempDir,
  writeTree
} from './go-fixtures.js'

// Offline: local modules only, so the Go proxy is never asked.
const env = { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod' }

function setup() {
  const root = tempDir()
  const engineDir = writeTree(join(root, 'engine'), MINI_ENGINE)
  const policyDir = writeTree(join(root, 'rate-limit'), DASHED_MODULE)
  return { root, engineDir, policyDir, outDir: join(root, 'out') }
}

describe('generateWorkspace', () => {
  it('writes a workspace that is gofmt-clean, vets and builds', async () => {
    const { engineDir, policyDir, outDir } = setup()
    const logger = recordingLogger()
    const result = await generateWorkspace({
      discovery: dashedDiscovery(policyDir),
      outDir,
      engineDir,
      env,
      logger
    })
    expect(result).toEqual({
      dir: outDir,
      importsFile: join(outDir, 'imports.go'),
      goModFile: join(outDir, 'go.mod')
    })
    // Engine copied without tests, testdata or its own generated file.
    expect(existsSync(join(outDir, 'main.go'))).toBe(true)
    expect(existsSync(join(outDir, 'internal/util/util.go'))).toBe(true)
    expect(existsSync(join(outDir, 'main_test.go'))).toBe(false)
    expect(existsSync(join(outDir, 'testdata'))).toBe(false)
    expect(readFileSync(join(outDir, '.dockerignore'), 'utf8')).toBe('*\n!bin\n')
    expect(existsSync(join(outDir, OUTPUT_MARKER))).toBe(true)

    const imports = readFileSync(result.importsFile, 'utf8')
    expect(imports).toContain('ratelimit "example.com/rate-limit/v2"')
    expect(imports).toContain('built "example.com/rate-limit/v2/built"')

    const goMod = readFileSync(result.goModFile, 'utf8')
    expect(goMod).toContain('require example.com/rate-limit/v2 v2.0.0')
    expect(goMod).toContain(`example.com/rate-limit/v2 => ${policyDir}`)

    const gofmt = await run('gofmt', ['-l', '.'], { cwd: outDir, timeoutMs: 60_000 })
    expect(gofmt.stdout).toBe('')
    const vet = await run('go', ['vet', './...'], { cwd: outDir, env, timeoutMs: 120_000 })
    expect(vet.stderr).toBe('')
    expect(vet.exitCode).toBe(0)
    const build = await run('go', ['run', '.'], { cwd: outDir, env, timeoutMs: 120_000 })
    expect(build.stderr).toBe('')
    expect(build.stdout.trim()).toBe('dev [allow built rate-limit]')
  }, 180_000)

  it('avoids aliases that collide with the engine package names', async () => {
    const { engineDir, root, outDir } = setup()
    const policyDir = writeTree(join(root, 'versioned'), {
      'go.mod': 'module example.com/version\n\ngo 1.22\n',
      'p.go':
        'package version\n\nimport "context"\n\ntype P struct{}\n\nfunc (*P) Name() string { return "p" }\nfunc (*P) Execute(ctx context.Context, input any) (any, error) { return nil, nil }\nfunc (*P) Validate() error { return nil }\n'
    })
    const policy = {
      module: 'example.com/version',
      package: 'example.com/version',
      packageName: 'version',
      symbol: 'P',
      kind: 'pointer' as const,
      file: join(policyDir, 'p.go'),
      line: 5
    }
    // The engine declares a package-level `version`, so the package needs another alias.
    const result = await generateWorkspace({
      discovery: {
        modules: [localModule(policyDir, 'example.com/version', [policy])],
        policies: [policy],
        warnings: []
      },
      outDir,
      engineDir,
      env,
      logger: recordingLogger()
    })
    expect(readFileSync(result.importsFile, 'utf8')).toContain('versionpkg "example.com/version"')
    const build = await run('go', ['build', './...'], { cwd: outDir, env, timeoutMs: 120_000 })
    expect(build.stderr).toBe('')
  }, 180_000)

  it('refuses a non-empty folder that is not a previous output, and rewrites one that is', async () => {
    const { engineDir, policyDir, outDir, root } = setup()
    const foreign = writeTree(join(root, 'foreign'), { 'keep.txt': 'mine' })
    const options = {
      discovery: dashedDiscovery(policyDir),
      engineDir,
      env,
      logger: recordingLogger()
    }
    const refused = generateWorkspace({ ...options, outDir: foreign })
    await expect(refused).rejects.toBeInstanceOf(InputError)
    await expect(refused).rejects.toThrow(/not empty and was not written by policy-engine-build/)
    expect(readFileSync(join(foreign, 'keep.txt'), 'utf8')).toBe('mine')

    await generateWorkspace({ ...options, outDir })
    writeFileSync(join(outDir, 'stale.go'), 'package main\n\nthis is not go\n')
    await generateWorkspace({ ...options, outDir })
    expect(existsSync(join(outDir, 'stale.go'))).toBe(false)
  }, 180_000)

  it('copes with an output folder inside the engine folder', async () => {
    const { engineDir, policyDir } = setup()
    const outDir = join(engineDir, '.out')
    const options = {
      discovery: dashedDiscovery(policyDir),
      engineDir,
      env,
      logger: recordingLogger()
    }
    await generateWorkspace({ ...options, outDir })
    await generateWorkspace({ ...options, outDir })
    expect(existsSync(join(outDir, 'main.go'))).toBe(true)
    expect(existsSync(join(outDir, '.out'))).toBe(false)
  }, 180_000)

  it('leaves a previous output untouched when the template refuses a value', async () => {
    const { engineDir, policyDir, outDir, root } = setup()
    const options = {
      discovery: dashedDiscovery(policyDir),
      engineDir,
      env,
      logger: recordingLogger()
    }
    await generateWorkspace({ ...options, outDir })
    const before = readFileSync(join(outDir, 'imports.go'), 'utf8')
    const templatesDir = writeTree(join(root, 'templates'), {
      'imports.go.hbs': 'package main\n// {{goIdent "not-valid"}}\n'
    })
    await expect(generateWorkspace({ ...options, outDir, templatesDir })).rejects.toThrow(
      /not a valid Go identifier/
    )
    expect(readFileSync(join(outDir, 'imports.go'), 'utf8')).toBe(before)
  }, 180_000)

  it('formats a user imports template with gofmt, and names it when it renders invalid Go', async () => {
    const { engineDir, policyDir, outDir, root } = setup()
    const options = {
      discovery: dashedDiscovery(policyDir),
      engineDir,
      env,
      logger: recordingLogger()
    }
    const templatesDir = writeTree(join(root, 'templates'), {
      'imports.go.hbs':
        'package main\nimport (\n{{#each imports}}{{goIdent alias}}   {{goString path}}\n{{/each}})\nfunc init() {\n{{#each policies}}registerPolicy({{goString source}}, {{#if (eq kind "constructor")}}{{goIdent alias}}.{{goIdent symbol}}(){{else}}&{{goIdent alias}}.{{goIdent symbol}}{}{{/if}})\n{{/each}}\n}\n'
    })
    const result = await generateWorkspace({ ...options, outDir, templatesDir })
    const text = readFileSync(result.importsFile, 'utf8')
    expect(text).toContain('\tratelimit "example.com/rate-limit/v2"\n')
    const gofmt = await run('gofmt', ['-l', 'imports.go'], { cwd: outDir, timeoutMs: 60_000 })
    expect(gofmt.stdout).toBe('')

    writeFileSync(join(templatesDir, 'imports.go.hbs'), 'package main\nfunc init() {\n')
    await expect(generateWorkspace({ ...options, outDir, templatesDir })).rejects.toThrow(
      new RegExp(
        `${join(templatesDir, 'imports.go.hbs')}: templates: the rendered imports.go is not valid Go: imports.go:\\d+`
      )
    )
  }, 180_000)

  it('refuses an engine folder without go.mod', async () => {
    const { policyDir, outDir, root } = setup()
    await expect(
      generateWorkspace({
        discovery: dashedDiscovery(policyDir),
        outDir,
        engineDir: root,
        env,
        logger: recordingLogger()
      })
    ).rejects.toThrow(/engine: the engine folder has no go.mod \(fix: /)
  })

  it('a kept tidy result spares go mod edit and go mod tidy; a changed input runs both again', async () => {
    const { root, engineDir, policyDir, outDir } = setup()
    // A go on PATH that logs its subcommand, then runs the real one.
    const log = join(root, 'go.log')
    const bin = join(root, 'bin')
    mkdirSync(bin)
    const realGo = (await run('sh', ['-c', 'command -v go'], { timeoutMs: 10_000 })).stdout.trim()
    writeFileSync(join(bin, 'go'), `#!/bin/sh\necho "$1 $2" >> "${log}"\nexec "${realGo}" "$@"\n`)
    chmodSync(join(bin, 'go'), 0o755)
    const options = () => ({
      discovery: dashedDiscovery(policyDir),
      outDir,
      engineDir,
      env: { ...env, PATH: `${bin}:${process.env.PATH}` },
      logger: recordingLogger(),
      tidyCacheDir: join(root, 'tidy'),
      goVersion: '1.26.8'
    })
    const goRuns = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [])
    const first = await generateWorkspace(options())
    const tidied = { mod: readFileSync(first.goModFile, 'utf8') }
    expect(goRuns()).toEqual(['mod edit', 'mod tidy'])

    rmSync(log)
    const again = options()
    await generateWorkspace(again)
    expect(goRuns()).toEqual([])
    expect(again.logger.messages.map(m => m.message).join('\n')).toMatch(/go mod tidy skipped/)
    expect(readFileSync(first.goModFile, 'utf8')).toBe(tidied.mod)

    // A new import in a policy (it may need a new requirement): both run again.
    writeFileSync(join(policyDir, 'extra.go'), 'package ratelimit\n\nimport _ "strings"\n')
    await generateWorkspace(options())
    expect(goRuns()).toEqual(['mod edit', 'mod tidy'])

    // The engine's go.mod changed: both run again.
    rmSync(log)
    writeFileSync(
      join(engineDir, 'go.mod'),
      `${readFileSync(join(engineDir, 'go.mod'), 'utf8')}\n// edited\n`
    )
    await generateWorkspace(options())
    expect(goRuns()).toEqual(['mod edit', 'mod tidy'])

    // Another Go version: both run again.
    rmSync(log)
    await generateWorkspace({ ...options(), goVersion: '1.26.9' })
    expect(goRuns()).toEqual(['mod edit', 'mod tidy'])
  }, 180_000)

  it("sweeps staging folders of killed runs beside the output, not a live run's", async () => {
    const { engineDir, policyDir, outDir } = setup()
    // A pid that is surely gone: a child that has exited.
    const gone = (await run('sh', ['-c', 'echo $$'], { timeoutMs: 10_000 })).stdout.trim()
    const killed = `${outDir}.partial-${gone}-1`
    const killedPrevious = `${outDir}.previous-${gone}-2`
    const live = `${outDir}.partial-${process.pid}-3`
    const unrelated = `${outDir}.partial-notes`
    for (const dir of [killed, killedPrevious, live, unrelated]) mkdirSync(dir)
    await generateWorkspace({
      discovery: dashedDiscovery(policyDir),
      outDir,
      engineDir,
      env,
      logger: recordingLogger()
    })
    expect([killed, killedPrevious, live, unrelated].map(existsSync)).toEqual([
      false,
      false,
      true,
      true
    ])
  }, 180_000)

  it('names the policy module whose requirements go mod tidy cannot resolve', async () => {
    const { engineDir, root, outDir } = setup()
    const policyDir = writeTree(join(root, 'broken'), {
      ...DASHED_MODULE,
      'go.mod':
        'module example.com/rate-limit/v2\n\ngo 1.22\n\nrequire example.com/missing v1.0.0\n',
      'dep.go': 'package ratelimit\n\nimport _ "example.com/missing"\n'
    })
    const error = await generateWorkspace({
      discovery: dashedDiscovery(policyDir),
      outDir,
      engineDir,
      env,
      logger: recordingLogger()
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems[0].file).toBe(join(policyDir, 'go.mod'))
    expect((error as Error).message).toMatch(
      /go mod tidy failed for module example.com\/rate-limit\/v2/
    )
  }, 180_000)
})

describe('placeholderVersion', () => {
  it.each([
    ['example.com/a', 'v0.0.0'],
    ['example.com/a/v2', 'v2.0.0'],
    ['example.com/a/v10', 'v10.0.0'],
    ['gopkg.in/yaml.v3', 'v3.0.0'],
    ['example.com/a.v3', 'v0.0.0']
  ])('%s -> %s', (path, version) => {
    expect(placeholderVersion(path)).toBe(version)
  })
})
