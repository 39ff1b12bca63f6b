import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { discover, type DiscoverOptions } from '../../src/discover/index.js'
import { BuildError, InputError, type Problem } from '../../src/errors.js'
import { recordingLogger } from '../../src/logger.js'

const fixtures = resolve('__tests__/fixtures/discover')

/** Runs discovery expecting bad input: exit code 2, with the problems it reports. */
async function problemsOf(
  options: Partial<DiscoverOptions>
): Promise<{ error: InputError; problems: Problem[] }> {
  const error = await discover({ workspace: fixtures, ...options }).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  expect((error as { exitCode?: number }).exitCode).toBe(2)
  const inputError = error as InputError
  for (const p of inputError.problems) expect(p.fix).toBeTruthy()
  return { error: inputError, problems: inputError.problems }
}

describe('discover: bad input is refused with exit code 2, naming where and how to fix', () => {
  it('a missing folder', async () => {
    const { problems } = await problemsOf({ policies: ['bad/does-not-exist'] })
    expect(problems).toHaveLength(1)
    expect(problems[0].field).toBe('policies')
    expect(problems[0].message).toContain('"bad/does-not-exist" does not exist')
  })

  it('a folder without go.mod', async () => {
    const { problems } = await problemsOf({ policies: ['bad/nogomod'] })
    expect(problems[0].message).toContain(`${join(fixtures, 'bad/nogomod')} has no go.mod`)
    expect(problems[0].fix).toContain('go mod init')
  })

  it('a Go syntax error, at file:line:column', async () => {
    const { problems, error } = await problemsOf({ policies: ['bad/syntax'] })
    expect(problems[0]).toMatchObject({
      file: join(fixtures, 'bad/syntax/broken.go'),
      line: 10,
      column: 15
    })
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toBe(
      "Go syntax error: expected ';', found nil (and 2 more in this file)"
    )
    expect(error.message).toContain('bad/syntax/broken.go:10:15')
    // A broken module is not also reported as having no policy.
    expect(problems.some(p => p.message.includes('has no policy'))).toBe(false)
  })

  it('no policy found names the module and what was looked for', async () => {
    const { problems } = await problemsOf({ policies: ['bad/nopolicy'] })
    expect(problems).toHaveLength(1)
    expect(problems[0].file).toBe(join(fixtures, 'bad/nopolicy/go.mod'))
    expect(problems[0].message).toContain('module example.com/policies/nopolicy')
    expect(problems[0].message).toContain('Execute(ctx context.Context, input any) (any, error)')
    expect(problems[0].message).toContain('New()')
  })

  it('a wrong Execute signature is warned at file:line and the module then has no policy', async () => {
    const logger = recordingLogger()
    const error = await discover(
      { workspace: fixtures, policies: ['bad/wrongexecute'] },
      logger
    ).catch(e => e)
    expect(error).toBeInstanceOf(InputError)
    const warning = logger.messages.find(m => m.level === 'warning')
    expect(warning?.location).toMatchObject({
      file: join(fixtures, 'bad/wrongexecute/policy.go'),
      line: 4
    })
    expect(warning?.message).toBe(
      'type Almost is not a policy: Execute has signature func(input any) (any, error), want func(ctx context.Context, input any) (any, error)'
    )
    expect((error as InputError).message).toContain('near misses')
    expect((error as InputError).message).toContain('policy.go:4: type Almost')
  })

  it('two modules with the same module path, naming both folders', async () => {
    const { problems } = await problemsOf({ policies: ['bad/dupmodule-a', 'bad/dupmodule-b'] })
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toContain('example.com/policies/same is used by two policy modules')
    expect(problems[0].message).toContain(join(fixtures, 'bad/dupmodule-a'))
    expect(problems[0].message).toContain(join(fixtures, 'bad/dupmodule-b'))
  })

  it('two policies returning the same Name(), naming both types', async () => {
    const { problems } = await problemsOf({ policies: ['bad/dupname-*'] })
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toContain('"same-name"')
    expect(problems[0].message).toContain('example.com/policies/dupname-a.Same')
    expect(problems[0].message).toContain('example.com/policies/dupname-b.Same')
  })

  it('an invalid module path, at go.mod:line', async () => {
    const { problems } = await problemsOf({ policies: ['bad/badpath'] })
    expect(problems[0]).toMatchObject({
      file: join(fixtures, 'bad/badpath/go.mod'),
      line: 1,
      field: 'module'
    })
    expect(problems[0].message).toContain('"Policies/NoDot" has no dot in its first path element')
    expect(problems[0].fix).toContain('go mod edit -module')
  })

  it('reports every problem at once', async () => {
    const { problems } = await problemsOf({
      policies: ['bad/does-not-exist', 'bad/nogomod', 'bad/badpath']
    })
    expect(problems).toHaveLength(3)
  })

  it('no policies at all', async () => {
    const { problems } = await problemsOf({ workspace: join(fixtures, 'good'), policies: [] })
    expect(problems[0].message).toBe('no policy modules were given')
  })

  describe('paths outside the workspace', () => {
    let workspace: string
    let outside: string
    beforeAll(() => {
      const root = mkdtempSync(join(tmpdir(), 'peb-discover-'))
      workspace = join(root, 'ws')
      outside = join(root, 'outside')
      mkdirSync(workspace)
      cpSync(join(fixtures, 'good/ctor'), outside, { recursive: true })
      cpSync(join(fixtures, 'good/ctor'), join(workspace, 'ctor'), { recursive: true })
      symlinkSync(outside, join(workspace, 'escape'))
      writeFileSync(
        join(workspace, 'policy-build.yaml'),
        'version: 1\npolicies:\n  - path: ./ctor\n  - path: ../outside\n'
      )
    })
    afterAll(() => rmSync(resolve(workspace, '..'), { recursive: true, force: true }))

    it('refuses ../x', async () => {
      const { problems } = await problemsOf({
        workspace,
        manifest: 'none.yaml',
        policies: ['../outside']
      })
      const outsideProblem = problems.find(p => p.field === 'policies')
      expect(outsideProblem?.message).toContain('outside the workspace')
    })

    it('refuses a symlink that points outside', async () => {
      const { problems } = await problemsOf({ workspace, policies: ['escape'] })
      expect(problems.find(p => p.field === 'policies')?.message).toContain(
        'leads through a symlink'
      )
    })

    it('refuses a manifest entry leaving the workspace, at manifest:line', async () => {
      const { problems } = await problemsOf({ workspace })
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatchObject({
        file: join(workspace, 'policy-build.yaml'),
        line: 4,
        field: 'policies[1].path'
      })
    })

    it('uses the default policy-build.yaml and accepts the paths inside', async () => {
      writeFileSync(join(workspace, 'ok.yaml'), 'version: 1\npolicies:\n  - path: ./ctor\n')
      const result = await discover({ workspace, manifest: 'ok.yaml' })
      expect(result.policies.map(p => p.symbol)).toEqual(['New'])
      expect(result.manifest?.file).toBe(join(workspace, 'ok.yaml'))
    })
  })

  it('a manifest with unknown fields, naming file:line, field and the fix', async () => {
    const { problems, error } = await problemsOf({ manifest: 'bad/manifests/unknown-fields.yaml' })
    const file = join(fixtures, 'bad/manifests/unknown-fields.yaml')
    expect(problems).toEqual([
      expect.objectContaining({ file, line: 2, field: 'engin', fix: 'did you mean "engine"?' }),
      expect.objectContaining({
        file,
        line: 6,
        field: 'policies[1].verison',
        fix: 'did you mean "version"?'
      }),
      expect.objectContaining({
        file,
        line: 8,
        field: 'image.platform',
        fix: 'did you mean "platforms"?'
      })
    ])
    expect(error.message).toContain('3 problems')
  })

  it('a manifest with a wrong version', async () => {
    const { problems } = await problemsOf({ manifest: 'bad/manifests/wrong-version.yaml' })
    expect(problems).toEqual([
      expect.objectContaining({
        file: join(fixtures, 'bad/manifests/wrong-version.yaml'),
        line: 1,
        field: 'version',
        message: 'unsupported manifest version 2',
        fix: 'set `version: 1` (the only version this release understands)'
      })
    ])
  })

  it('a policy excluded by build constraints on one of the target platforms', async () => {
    const logger = recordingLogger()
    const error = (await discover(
      {
        workspace: fixtures,
        policies: ['bad/archonly'],
        platforms: ['linux/amd64', 'linux/arm64']
      },
      logger
    ).catch(e => e)) as InputError
    expect(error).toBeInstanceOf(InputError)
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: join(fixtures, 'bad/archonly/fast_amd64.go'),
        line: 6,
        message:
          'policy example.com/policies/archonly.Fast is not compiled for linux/arm64: build constraints or a _GOOS/_GOARCH file name exclude its file there'
      })
    ])
    const warning = logger.messages.find(m => m.level === 'warning')
    expect(warning?.message).toContain(
      'policy example.com/policies/archonly.ArmOnly exists only for some target platforms'
    )

    const amd64 = await discover({
      workspace: fixtures,
      policies: ['bad/archonly'],
      platforms: ['linux/amd64']
    })
    expect(amd64.policies.map(p => p.symbol)).toEqual(['Fast', 'Portable'])
  })

  it('a missing Go toolchain is a build error that says what to install', async () => {
    const error = await discover({
      workspace: fixtures,
      policies: ['good/ctor'],
      env: { ...process.env, PATH: '/nonexistent' }
    }).catch(e => e)
    expect(error).toBeInstanceOf(BuildError)
    expect((error as { exitCode?: number }).exitCode).toBe(1)
    expect((error as Error).message).toContain('go command was not found on PATH')
  })

  it('a manifest that does not exist', async () => {
    const { problems } = await problemsOf({ manifest: 'bad/manifests/missing.yaml' })
    expect(problems[0]).toMatchObject({ field: 'manifest' })
    expect(problems[0].message).toContain('does not exist')
  })
})
