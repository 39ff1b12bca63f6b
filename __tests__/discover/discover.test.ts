import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { discover, goscanBinary } from '../../src/discover/index.js'
import { recordingLogger } from '../../src/logger.js'
import { InputError } from '../../src/errors.js'
import { readGoToolchain } from '../../src/go/toolchain.js'
import type { DiscoveredPolicy } from '../../src/types.js'

const workspace = resolve('__tests__/fixtures/discover')

/** `package.Symbol kind` per policy: what the generated imports.go will reference. */
function shapes(policies: DiscoveredPolicy[]): string[] {
  return policies.map(p => `${p.package}.${p.symbol} ${p.kind}${p.name ? ` "${p.name}"` : ''}`)
}

async function discoverGood(dir: string) {
  const logger = recordingLogger()
  const result = await discover({ workspace, policies: [`good/${dir}`] }, logger)
  return { result, logger }
}

describe('discover: awkward but valid shapes', () => {
  it('registers value receivers and accepts interface{} for any', async () => {
    const { result } = await discoverGood('valuerecv')
    expect(shapes(result.policies)).toEqual([
      'example.com/policies/valuerecv.AllowAll value "allow-all"',
      'example.com/policies/valuerecv.Level value "level"'
    ])
    expect(result.policies.map(p => p.composite)).toEqual([true, false])
    expect(result.policies[0].file).toBe(join(workspace, 'good/valuerecv/allow.go'))
    expect(result.policies[0].line).toBe(10)
  })

  it('prefers a New() constructor returning an unexported type over exported types', async () => {
    const { result } = await discoverGood('ctor')
    expect(shapes(result.policies)).toEqual(['example.com/policies/ctor.New constructor "limiter"'])
  })

  it('finds two policies in one package, pointer and mixed receivers, and warns about near misses', async () => {
    const { result, logger } = await discoverGood('multi')
    expect(shapes(result.policies)).toEqual([
      'example.com/policies/multi.Upper pointer "upper"',
      'example.com/policies/multi.Lower pointer "lower"'
    ])
    const warnings = logger.messages.filter(m => m.level === 'warning')
    expect(warnings.map(w => w.message)).toEqual([
      'type Partial is not a policy: no method Execute(ctx context.Context, input any) (any, error)',
      'generic type Generic satisfies the policy contract but cannot be registered without type arguments: add func New() returning an instance'
    ])
    expect(warnings[0].location).toEqual({
      file: join(workspace, 'good/multi/policies.go'),
      line: 31,
      column: 6
    })
    expect(result.warnings).toHaveLength(2)
  })

  it('skips _test.go, //go:build ignore, other-OS files, testdata/, internal/ and _ folders', async () => {
    const { result } = await discoverGood('multi')
    const symbols = result.policies.map(p => p.symbol)
    for (const hidden of ['TestOnly', 'Ignored', 'WindowsOnly', 'Fake', 'Secret', 'Scratch']) {
      expect(symbols).not.toContain(hidden)
    }
  })

  it('reads build constraints for the target platform', async () => {
    const result = await discover({
      workspace,
      policies: ['good/multi'],
      platforms: [{ os: 'windows', arch: 'amd64' }]
    })
    expect(result.policies.map(p => p.symbol)).toContain('WindowsOnly')
  })

  it('finds a policy only in a nested package, with methods promoted from an internal package', async () => {
    const { result } = await discoverGood('nested')
    expect(shapes(result.policies)).toEqual([
      'example.com/policies/nested/checks/headers.RequireHeader value "require-header"'
    ])
    // The nested module under sub/ is a module of its own, not part of this one.
    expect(result.policies.map(p => p.symbol)).not.toContain('Sub')
  })

  it('keeps the package name of a /v2 module whose name differs from its path', async () => {
    const { result } = await discoverGood('v2')
    expect(result.policies).toHaveLength(1)
    expect(result.policies[0]).toMatchObject({
      module: 'example.com/policies/renamed/v2',
      package: 'example.com/policies/renamed/v2',
      packageName: 'renamedpolicy',
      symbol: 'NewPolicy',
      kind: 'constructor'
    })
  })

  it('accepts a dashed module path', async () => {
    const { result } = await discoverGood('dashed')
    expect(result.policies[0]).toMatchObject({
      module: 'example.com/policies/my-dashed-policy',
      packageName: 'mydashed',
      symbol: 'Deny',
      kind: 'pointer'
    })
  })

  it('refuses a module whose dependency cannot be found, at its go.mod, as go build would', async () => {
    const error = await discover({
      workspace,
      policies: ['scanonly/external'],
      env: { ...process.env, GOPROXY: 'off', GOFLAGS: '' }
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    const [problem] = (error as InputError).problems
    expect(problem.file).toBe(join(workspace, 'scanonly/external/go.mod'))
    expect(problem.message).toContain('example.com/not/downloaded')
  })

  it('expands globs to directories holding a go.mod and reports modules with their go.mod', async () => {
    const result = await discover({ workspace, policies: ['good/*'] })
    expect(result.modules.map(m => m.goMod.module).sort()).toEqual([
      'example.com/policies/ctor',
      'example.com/policies/multi',
      'example.com/policies/my-dashed-policy',
      'example.com/policies/nested',
      'example.com/policies/renamed/v2',
      'example.com/policies/valuerecv'
    ])
    expect(result.policies).toHaveLength(8)
    const local = result.modules[0].source
    expect(local.kind).toBe('local')
  })

  it('lists a module once when it is given twice, by path and by glob', async () => {
    const result = await discover({ workspace, policies: ['good/ctor', './good/ctor/', 'good/c*'] })
    expect(result.modules).toHaveLength(1)
  })

  it('refuses a folder replace that holds no module, naming go.mod:line (the engine copies replaces)', async () => {
    const error = await discover({ workspace, policies: ['bad/replaces'] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems).toEqual([
      expect.objectContaining({
        file: join(workspace, 'bad/replaces/go.mod'),
        line: 7,
        field: 'replace',
        message: expect.stringContaining('replace example.com/helper => ../helper')
      })
    ])
  })
})

describe('the goscan helper binary', () => {
  it('is built once into POLICY_ENGINE_BUILD_CACHE and reused', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'peb-goscan-cache-'))
    try {
      const env = { ...process.env, POLICY_ENGINE_BUILD_CACHE: cache }
      const binary = await goscanBinary(env)
      expect(binary.startsWith(join(cache, 'goscan'))).toBe(true)
      const built = statSync(binary).mtimeMs
      expect(await goscanBinary(env)).toBe(binary)
      expect(statSync(binary).mtimeMs).toBe(built)
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  }, 120_000)

  it("takes the pipeline's toolchain for its key: the same helper as its own go env finds", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'peb-goscan-cache-'))
    try {
      const env = { ...process.env, POLICY_ENGINE_BUILD_CACHE: cache }
      const own = await goscanBinary(env, join(cache, 'own'))
      const toolchain = await readGoToolchain(env)
      const given = await goscanBinary(env, join(cache, 'given'), toolchain)
      expect(relative(join(cache, 'given'), given)).toBe(relative(join(cache, 'own'), own))
      // Another toolchain is another helper.
      const other = await goscanBinary(env, join(cache, 'other'), {
        ...toolchain,
        rawVersion: `${toolchain.rawVersion} X:other`
      })
      expect(relative(join(cache, 'other'), other)).not.toBe(relative(join(cache, 'own'), own))
    } finally {
      rmSync(cache, { recursive: true, force: true })
    }
  }, 240_000)
})
