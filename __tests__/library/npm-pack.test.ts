/**
 * The library as a user installs it: `npm pack` (which runs `prepack`, building lib/*.d.ts),
 * the tarball installed into a scratch ESM project, a consumer type-checked with
 * `tsc --strict` against the installed declarations, then run against the installed bundle.
 */
import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packageRoot } from '../../src/util/paths.js'

const root = packageRoot()
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')

function sh(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' }
  })
}

const CONSUMER = `
import {
  OPTIONS,
  InputError,
  computeTags,
  parsePlatforms,
  platformString,
  type BuildOptions,
  type PipelineResult,
  type Platform
} from 'policy-engine-build'

const platforms: Platform[] = parsePlatforms(['linux/arm/v7', 'linux/amd64'])
const options: Pick<BuildOptions, 'platforms' | 'output'> = {
  platforms: platforms.map(platformString),
  output: 'none'
}
const tags: string[] = computeTags({
  images: ['ghcr.io/acme/engine'],
  git: { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: 'abcdef1234567890' },
  latest: false,
  explicitTags: []
})
let refused = ''
try {
  parsePlatforms(['plan9/mips'])
} catch (error) {
  if (error instanceof InputError) refused = error.problems[0].field ?? 'no field'
}
const digest: PipelineResult['digest'] = undefined
console.log(JSON.stringify({ options, tags, refused, digest, inputs: OPTIONS.length }))
`

describe('the packed library', () => {
  let dir: string
  let tarball: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pe-pack-'))
    const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', dir], root)) as {
      filename: string
      files: { path: string }[]
    }[]
    tarball = join(dir, packed[0].filename)
    files = packed[0].files.map(file => file.path)
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  let files: string[] = []

  it('holds the declarations package.json names, and no built binaries', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    expect(files).toContain(pkg.types.replace(/^\.\//, ''))
    expect(files).toContain('lib/pipeline-types.d.ts')
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/cli.js')
    expect(files).not.toContain('goscan/goscan')
    expect(files.filter(file => file.startsWith('lib/') && !file.endsWith('.d.ts'))).toEqual([])
    // Everything dist/ needs is bundled: installing the package pulls in nothing else.
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('installs into an ESM project whose strict tsc accepts a consumer, which then runs', () => {
    const consumer = join(dir, 'consumer')
    sh('mkdir', ['-p', consumer], dir)
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' })
    )
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          skipLibCheck: false,
          outDir: 'out',
          typeRoots: [join(root, 'node_modules', '@types')],
          types: ['node']
        },
        files: ['consumer.ts']
      })
    )
    writeFileSync(join(consumer, 'consumer.ts'), CONSUMER)
    // No dependencies to fetch, so an offline install from the tarball is complete.
    sh('npm', ['install', '--offline', '--no-package-lock', tarball], consumer)

    // The typed check: without lib/*.d.ts this fails with TS7016.
    sh(process.execPath, [tsc, '-p', '.', '--noEmit'], consumer)
    // A type error in the consumer is caught: the declarations are real, not `any`.
    writeFileSync(
      join(consumer, 'wrong.ts'),
      `import { parsePlatforms } from 'policy-engine-build'\nparsePlatforms(42)\n`
    )
    const wrong = spawnSync(
      process.execPath,
      [
        tsc,
        '--strict',
        '--noEmit',
        '--module',
        'NodeNext',
        '--moduleResolution',
        'NodeNext',
        '--typeRoots',
        join(root, 'node_modules', '@types'),
        '--types',
        'node',
        'wrong.ts'
      ],
      { cwd: consumer, encoding: 'utf8' }
    )
    expect(wrong.status).not.toBe(0)
    expect(wrong.stdout).toMatch(/wrong\.ts\(2,16\): error TS2345/)
    expect(wrong.stdout).not.toMatch(/TS7016/)

    sh(process.execPath, [tsc, '-p', '.'], consumer)
    const printed = JSON.parse(sh(process.execPath, ['out/consumer.js'], consumer))
    expect(printed.options.platforms).toEqual(['linux/arm/v7', 'linux/amd64'])
    expect(printed.tags).toEqual(
      expect.arrayContaining(['ghcr.io/acme/engine:1.2.3', 'ghcr.io/acme/engine:latest'])
    )
    expect(printed.refused).not.toBe('')
    expect(printed.inputs).toBeGreaterThan(10)
  }, 180_000)
})
