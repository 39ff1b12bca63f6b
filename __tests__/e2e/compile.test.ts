/**
 * The compile step with the real Go toolchain: cross-compiled binaries of the right machine,
 * version stamping, byte-identical rebuilds from clean caches, Go's errors passed through.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compile, type CompileResult } from '../../src/compile/compile.js'
import { parsePlatforms } from '../../src/plan/platforms.js'
import { checkGoVersions, readGoToolchain } from '../../src/go/toolchain.js'
import { BuildError, InputError } from '../../src/errors.js'
import { recordingLogger } from '../../src/logger.js'
import { run } from '../../src/util/exec.js'
import { elfMachine, writeFixture } from './support/go-fixture.js'

const EPOCH = 1_700_000_000 // 2023-11-14T22:13:20Z
const platforms = parsePlatforms(['linux/amd64', 'linux/arm64', 'linux/arm/v7'])

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pe-compile-'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function buildFrom(name: string): Promise<CompileResult[]> {
  const fixture = join(root, name)
  const workspace = await writeFixture(fixture)
  return compile({
    workspaceDir: workspace,
    outDir: join(fixture, 'out'),
    platforms,
    version: '1.2.3',
    commit: 'abc1234',
    sourceDateEpoch: EPOCH,
    env: {
      ...process.env,
      GOCACHE: join(fixture, 'gocache'),
      GOMODCACHE: join(fixture, 'gomodcache')
    },
    logger: recordingLogger()
  })
}

describe('compile (real Go)', () => {
  let first: CompileResult[]
  let second: CompileResult[]

  beforeAll(async () => {
    // Two workspaces at different paths, each with its own empty GOCACHE: the clean-cache
    // rebuild that must give the same bytes.
    first = await buildFrom('first')
    second = await buildFrom('second-at-another-path')
  }, 900_000)

  it('lays the binaries out as bin/<os>/<arch>[/<variant>]/policy-engine', () => {
    expect(first.map(b => b.path.slice(join(root, 'first', 'out').length))).toEqual([
      '/bin/linux/amd64/policy-engine',
      '/bin/linux/arm64/policy-engine',
      '/bin/linux/arm/v7/policy-engine'
    ])
  })

  it('builds ELF files of the right machine per platform', async () => {
    const machines = await Promise.all(first.map(async b => elfMachine(await readFile(b.path))))
    expect(machines).toEqual([62, 183, 40])
  })

  it('stamps version, commit and the SOURCE_DATE_EPOCH date into the amd64 binary', async () => {
    const result = await run(first[0].path, ['--version'], { timeoutMs: 30_000 })
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('version=1.2.3')
    expect(result.stdout).toContain('commit=abc1234')
    expect(result.stdout).toContain('date=2023-11-14T22:13:20Z')
    expect(result.stdout).toContain('platform=linux/amd64')
  })

  it('gives byte-identical binaries from clean caches at another path', async () => {
    for (let i = 0; i < first.length; i++) {
      const [a, b] = await Promise.all([readFile(first[i].path), readFile(second[i].path)])
      expect({ platform: first[i].platform, identical: a.equals(b) }).toEqual({
        platform: first[i].platform,
        identical: true
      })
    }
  })

  it("turns Go's compile errors into a BuildError that keeps file:line", async () => {
    const broken = join(root, 'broken')
    await cp(join(root, 'first'), broken, { recursive: true })
    await writeFile(
      join(broken, 'alpha', 'alpha.go'),
      'package alpha\n\nfunc Broken() int { return "no" }\n'
    )
    const error = await compile({
      workspaceDir: join(broken, 'engine'),
      outDir: join(broken, 'out'),
      platforms: platforms.slice(0, 1),
      version: 'v',
      commit: 'c',
      sourceDateEpoch: 0,
      env: {
        ...process.env,
        GOCACHE: join(root, 'first', 'gocache'),
        GOMODCACHE: join(root, 'first', 'gomodcache')
      },
      logger: recordingLogger()
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BuildError)
    expect((error as BuildError).message).toMatch(/alpha\.go:3:\d+: .*cannot use "no"/)
    expect((error as BuildError).message).toContain('linux/amd64')
  }, 300_000)

  it('names the go.mod that needs a newer Go than the toolchain on PATH', async () => {
    const toolchain = await readGoToolchain()
    expect(toolchain.version).toMatch(/^\d+\.\d+/)
    const file = join(root, 'future.mod')
    await writeFile(file, 'module example.com/future\n\ngo 1.99.1\n')
    let error: unknown
    try {
      checkGoVersions(toolchain.version, [
        { file, module: 'example.com/future', go: '1.99.1', requires: [], replaces: [] },
        {
          file: join(root, 'ok.mod'),
          module: 'example.com/ok',
          go: '1.20',
          requires: [],
          replaces: []
        }
      ])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const problems = (error as InputError).problems
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file, line: 3, field: 'go' })
    expect(problems[0].message).toContain('example.com/future requires go 1.99.1')
    expect(problems[0].fix).toContain("actions/setup-go with go-version: '>=1.99.1'")
  })
})
