import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { actionsLogger, annotationFor, reportFailure } from '../../src/action/logger.js'
import { BuildError, InputError } from '../../src/errors.js'

const workspace = '/home/runner/work/policies/policies'
let stdout: string[]
let exitCode: typeof process.exitCode
beforeEach(() => {
  stdout = []
  exitCode = process.exitCode
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.exitCode = exitCode
})
const lines = () => stdout.join('').split('\n').filter(Boolean)

describe('annotationFor', () => {
  it('makes absolute paths in the workspace repository-relative', () => {
    expect(
      annotationFor({ file: `${workspace}/policies/rl/limiter.go`, line: 12, column: 6 }, workspace)
    ).toEqual({
      properties: { file: 'policies/rl/limiter.go', startLine: 12, startColumn: 6 },
      inWorkspace: true
    })
  })
  it('cannot annotate files outside the workspace', () => {
    expect(annotationFor({ file: '/root/go/pkg/mod/x/y.go', line: 3 }, workspace)).toEqual({
      properties: {},
      inWorkspace: false
    })
  })
})

describe('actionsLogger', () => {
  it('turns warnings and errors with a location into annotations on the file and line', () => {
    const logger = actionsLogger(workspace)
    logger.warning('Limiter has Name and Execute but no Validate() error', {
      file: `${workspace}/policies/ratelimit/limiter.go`,
      line: 14,
      column: 6
    })
    logger.error('no policy found', { file: `${workspace}/policies/empty/go.mod`, line: 1 })
    expect(lines()).toEqual([
      '::warning file=policies/ratelimit/limiter.go,line=14,col=6::Limiter has Name and Execute but no Validate() error',
      '::error file=policies/empty/go.mod,line=1::no policy found'
    ])
  })

  it('keeps the location in the message for files outside the workspace', () => {
    actionsLogger(workspace).warning('odd', { file: '/root/go/pkg/mod/a/b.go', line: 3 })
    expect(lines()).toEqual(['::warning::/root/go/pkg/mod/a/b.go:3: odd'])
  })

  it('runs each step in a log group and prints its duration', async () => {
    const value = await actionsLogger(workspace).group('compile', async () => 42)
    expect(value).toBe(42)
    const output = lines()
    expect(output[0]).toBe('::group::compile')
    expect(output[1]).toMatch(/^compile: \d+\.\ds$/)
    expect(output[2]).toBe('::endgroup::')
  })
})

describe('reportFailure', () => {
  it('gives every input problem its own error annotation, then fails the step', () => {
    reportFailure(
      new InputError([
        {
          message: 'unknown platform linux/sparc',
          field: 'platforms',
          fix: 'use linux/amd64, linux/arm64, ...'
        },
        {
          message: 'path leaves the workspace',
          field: 'policies[1].path',
          file: `${workspace}/policy-build.yaml`,
          line: 7,
          column: 11
        }
      ]),
      workspace
    )
    expect(lines()).toEqual([
      '::error title=policy-engine-build%3A platforms::platforms: unknown platform linux/sparc (fix: use linux/amd64, linux/arm64, ...)',
      '::error title=policy-engine-build%3A policies[1].path,file=policy-build.yaml,line=7,col=11::policies[1].path: path leaves the workspace',
      '::error::policy-engine-build: 2 input problems (see the annotations above)'
    ])
    expect(process.exitCode).toBe(1)
  })

  it('annotates each Go compile error at its file:line, then fails with the message', () => {
    reportFailure(
      new BuildError('compile', 'go build for linux/amd64 failed (exit 1):\n...', {
        located: [
          {
            message: 'declared and not used: unused',
            location: { file: `${workspace}/policies/rl/limiter.go`, line: 63, column: 6 }
          },
          {
            message: 'undefined: x',
            location: { file: '/root/go/pkg/mod/example.com/kit@v1.0.0/kit.go', line: 9 }
          }
        ]
      }),
      workspace
    )
    expect(lines()).toEqual([
      '::error title=policy-engine-build%3A compile,file=policies/rl/limiter.go,line=63,col=6::declared and not used: unused',
      '::error title=policy-engine-build%3A compile::/root/go/pkg/mod/example.com/kit@v1.0.0/kit.go:9: undefined: x',
      '::error::compile: go build for linux/amd64 failed (exit 1):%0A...'
    ])
  })

  it('fails with the message of any other error', () => {
    reportFailure(new Error('compile: go build failed for linux/arm64'), workspace)
    expect(lines()).toEqual(['::error::compile: go build failed for linux/arm64'])
    expect(process.exitCode).toBe(1)
  })
})

describe('actionsLogger under a stdout hook that feeds lines back to it', () => {
  it('writes each message once, to the stdout it was made with (no endless loop)', () => {
    const logger = actionsLogger(workspace)
    const hooked = process.stdout.write
    // What the Go cache step does while @actions/cache runs: stdout lines go to the logger.
    process.stdout.write = ((chunk: string) => {
      logger.info(`routed: ${String(chunk).trim()}`)
      return true
    }) as typeof process.stdout.write
    try {
      process.stdout.write('Cache not found for input keys\n')
      logger.warning('Go cache: save failed')
    } finally {
      process.stdout.write = hooked
    }
    expect(lines()).toEqual([
      'routed: Cache not found for input keys',
      '::warning::Go cache: save failed'
    ])
  })
})
