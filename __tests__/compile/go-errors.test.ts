/**
 * go build's errors pointed back at the user's files: a table of the spellings go uses, and a
 * real failing policy compiled through compile() (discovery passed; the source broke after).
 */
import { describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compile } from '../../src/compile/compile.js'
import { locateGoErrors, mapGoPath } from '../../src/compile/go-errors.js'
import { BuildError } from '../../src/errors.js'
import { recordingLogger } from '../../src/logger.js'
import { runPipeline } from '../../src/pipeline.js'
import type { BuildOptions } from '../../src/pipeline-types.js'
import type { Platform } from '../../src/types.js'
import { packageRoot } from '../../src/util/paths.js'
import { tempDir } from '../generate/go-fixtures.js'

const MODULES = [
  { module: 'example.com/policies', dir: '/src/policies' },
  { module: 'example.com/policies/ratelimit', dir: '/src/rl' }
]

describe('mapGoPath', () => {
  it.each([
    ['relative to the workspace', '../../../src/rl/rl.go', '/tmp/a/ws', '/src/rl/rl.go'],
    ['already absolute', '/src/rl/rl.go', '/tmp/ws', '/src/rl/rl.go'],
    [
      'a module path (-trimpath)',
      'example.com/policies/ratelimit/rl.go',
      '/tmp/ws',
      '/src/rl/rl.go'
    ],
    ['the longest module wins', 'example.com/policies/x/y.go', '/tmp/ws', '/src/policies/x/y.go'],
    [
      'module@version',
      'example.com/policies/ratelimit@v1.2.3/in/rl.go',
      '/tmp/ws',
      '/src/rl/in/rl.go'
    ],
    ['a workspace file', 'imports.go', '/tmp/ws', '/tmp/ws/imports.go'],
    ['./ is the workspace', './main.go', '/tmp/ws', '/tmp/ws/main.go']
  ])('%s', (_name, file, workspace, want) => {
    expect(mapGoPath(file, workspace, MODULES)).toBe(want)
  })
})

describe('locateGoErrors', () => {
  it('rewrites positioned lines and returns them; other lines are kept', () => {
    const output = [
      '# example.com/policies/ratelimit',
      '../src/rl/rl.go:63:6: declared and not used: unused',
      'example.com/policies/ratelimit/rl.go:70: undefined: y',
      'note: module requires Go 1.30'
    ].join('\n')
    const { text, located } = locateGoErrors(output, '/ws', MODULES)
    expect(text.split('\n')).toEqual([
      '# example.com/policies/ratelimit',
      '/src/rl/rl.go:63:6: declared and not used: unused',
      '/src/rl/rl.go:70: undefined: y',
      'note: module requires Go 1.30'
    ])
    expect(located).toEqual([
      {
        message: 'declared and not used: unused',
        location: { file: '/src/rl/rl.go', line: 63, column: 6 }
      },
      { message: 'undefined: y', location: { file: '/src/rl/rl.go', line: 70 } }
    ])
  })
})

describe('a policy that stops compiling after discovery', () => {
  it("is reported at the user's file and line, not inside the temporary workspace", async () => {
    const ws = tempDir('pe-go-errors-')
    cpSync(join(packageRoot(), 'examples', 'policies', 'ratelimit'), join(ws, 'ratelimit'), {
      recursive: true
    })
    const options: BuildOptions = {
      workingDirectory: ws,
      policies: ['ratelimit'],
      platforms: ['linux/amd64'],
      images: [],
      tags: [],
      labels: [],
      latest: false,
      push: 'auto',
      output: 'none',
      load: false,
      buildArgs: [],
      goBuildFlags: [],
      cache: false,
      cacheKeyPrefix: 'policy-engine-build',
      sbom: false,
      provenance: false,
      out: join(ws, 'out')
    }
    const generated = await runPipeline(options, { eventName: 'local' }, undefined, {
      stopAfter: 'generate'
    })
    const source = join(ws, 'ratelimit', 'ratelimit.go')
    const lines = readFileSync(source, 'utf8').split('\n')
    const at = lines.findIndex(line => line.startsWith('func (l *Limiter) Validate() error {'))
    lines.splice(at + 1, 0, '\tvar unused int = "x"')
    writeFileSync(source, lines.join('\n'))

    const logger = recordingLogger()
    const error = await compile({
      workspaceDir: generated.outDir!,
      outDir: generated.outDir!,
      platforms: [{ os: 'linux', arch: 'amd64' } as Platform],
      version: 'dev',
      commit: 'unknown',
      sourceDateEpoch: 0,
      env: process.env,
      logger,
      sourceModules: generated.discovery.modules.map(m => ({
        module: m.goMod.module,
        dir: m.dir
      }))
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BuildError)
    const build = error as BuildError
    expect(build.message).toContain(`${source}:${at + 2}:6: declared and not used: unused`)
    expect(build.message).not.toMatch(/^\.\.\//m)
    expect(build.located).toEqual(
      expect.arrayContaining([
        {
          message: 'declared and not used: unused',
          location: { file: source, line: at + 2, column: 6 }
        }
      ])
    )
  }, 180_000)
})
