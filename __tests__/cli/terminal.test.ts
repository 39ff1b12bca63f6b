/**
 * The CLI as a person meets it: a human summary on a terminal, JSON with --json or when stdout
 * is not a terminal, --quiet, --version, progress for long steps, colors only on a terminal
 * and never with NO_COLOR, and the workflow event read inside GitHub Actions.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main, outputMode } from '../../src/cli/index.js'
import { cliGitContext } from '../../src/cli/github.js'
import { cliLogger, styleFor, type CliIo } from '../../src/cli/logger.js'
import { renderBuild, renderGenerate, renderPlan } from '../../src/cli/render.js'
import { computeTags } from '../../src/publish/tags.js'
import { packageRoot } from '../../src/util/paths.js'
import { pushedResult } from '../action/result-fixture.js'

const EXAMPLES = 'examples/policies/*'
const EVENTS = join(packageRoot(), '__tests__', 'fixtures', 'events')
const ESC = '\u001b['

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function runTerminal(
  argv: string[],
  { tty = true, env = {} }: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    stdoutIsTTY: tty,
    stderrIsTTY: tty
  }
  const code = await main(argv, { io, env, cwd: packageRoot() })
  return { code, stdout, stderr }
}

describe('--version', () => {
  it("prints this tool's version from package.json and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'))
    for (const flag of ['--version', '-V']) {
      const run = await runTerminal([flag])
      expect(run.code).toBe(0)
      expect(run.stdout).toBe(`${version}\n`)
    }
  })

  it('after a command, --version is the version input (stamped into the engine), not this', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pe-cli-version-')), 'out')
    const run = await runTerminal(
      ['generate', '--policies', EXAMPLES, '--version', '9.9.9-dev', '--out', out, '--json'],
      { tty: false }
    )
    expect(run.code).toBe(0)
    const { dockerfile } = JSON.parse(run.stdout)
    expect(readFileSync(dockerfile, 'utf8')).toContain(
      'org.opencontainers.image.version="9.9.9-dev"'
    )
  }, 120_000)
})

describe('where the result goes', () => {
  it.each([
    [{}, true, 'human'],
    [{}, false, 'json'],
    [{ json: true }, true, 'json'],
    [{ quiet: true }, true, 'none'],
    [{ quiet: true }, false, 'json']
  ] as const)('%j on a terminal=%s -> %s', (opts, tty, mode) => {
    expect(outputMode(opts, { stdout: () => {}, stderr: () => {}, stdoutIsTTY: tty })).toBe(mode)
  })

  it('plan on a terminal: a human summary, no JSON', async () => {
    const run = await runTerminal(['plan', '--policies', EXAMPLES, '--image', 'ghcr.io/a/b'], {
      env: { NO_COLOR: '1' }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Plan: \d+ policies, nothing written$/m)
    expect(run.stdout).toMatch(/^ {2}ratelimit +/m)
    expect(run.stdout).toMatch(/platforms.*linux\/amd64, linux\/arm64/)
    expect(() => JSON.parse(run.stdout)).toThrow()
    // Progress lines go to stderr: ==> steps and their duration.
    expect(run.stderr).toMatch(/==> Discover policies/)
    expect(run.stderr).toMatch(/Discover policies: done in \d+\.\ds/)
  }, 120_000)

  it('--json on a terminal: the machine-readable plan', async () => {
    const run = await runTerminal(['plan', '--policies', EXAMPLES, '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).policies.length).toBeGreaterThanOrEqual(3)
  }, 120_000)

  it('--quiet: no progress, no summary; warnings still printed', async () => {
    const run = await runTerminal(
      [
        'plan',
        '--policies',
        '__tests__/fixtures/discover/bad/wrongexecute',
        '--policies',
        EXAMPLES,
        '--quiet'
      ],
      { env: { NO_COLOR: '1' } }
    )
    expect(run.stdout).toBe('')
    expect(run.stderr).not.toContain('==>')
    expect(run.stderr).toMatch(/warning: .*Execute/)
  }, 120_000)

  it('colors on a terminal, none with NO_COLOR or when not a terminal', async () => {
    const colored = await runTerminal(['plan', '--policies', EXAMPLES])
    expect(colored.stderr).toContain(ESC)
    expect(colored.stdout).toContain(ESC)
    const noColor = await runTerminal(['plan', '--policies', EXAMPLES], { env: { NO_COLOR: '1' } })
    expect(noColor.stderr).not.toContain(ESC)
    expect(noColor.stdout).not.toContain(ESC)
    const piped = await runTerminal(['plan', '--policies', EXAMPLES], { tty: false })
    expect(piped.stderr + piped.stdout).not.toContain(ESC)
    expect(styleFor(true, { NO_COLOR: '' }).bold('x')).toBe('x')
  }, 120_000)
})

describe('renderers', () => {
  it('build: image, pushed, tags, policies, time', () => {
    const text = renderBuild(pushedResult(), '/work')
    expect(text).toMatch(/^✔ Built the policy engine image for linux\/amd64, linux\/arm\/v7$/m)
    expect(text).toMatch(/^ {2}image +ghcr\.io\/acme\/policy-engine@sha256:3b1f/m)
    expect(text).toMatch(/^ {2}pushed +yes$/m)
    expect(text).toMatch(/^ {2}tags +ghcr\.io\/acme\/policy-engine:pr-42$/m)
    expect(text).toMatch(/^ {14}ghcr\.io\/acme\/policy-engine:pr-42-a3f5c7e$/m)
    expect(text).toMatch(/^ {2}policies +2: ratelimit, jwt$/m)
    expect(text).toMatch(/^ {2}time +\d+\.\ds \(discover /m)
    expect(text.split('\n').length).toBeLessThan(20)
  })

  it('build --output none: the binaries relative to cwd, no push line, how to try it', () => {
    const text = renderBuild(
      pushedResult({
        stoppedAfter: 'package',
        image: undefined,
        digest: undefined,
        pushed: false,
        pushSkippedReason: 'output is none: stopped after compiling',
        binaries: [
          {
            platform: { os: 'linux', arch: 'amd64' },
            path: '/work/.out/bin/linux/amd64/policy-engine'
          }
        ]
      }),
      '/work'
    )
    expect(text).toMatch(/^✔ Compiled the policy engine/m)
    expect(text).toMatch(/binaries +\.out\/bin\/linux\/amd64\/policy-engine$/m)
    expect(text).not.toMatch(/pushed|tags/)
    expect(text).toContain('Try: .out/bin/linux/amd64/policy-engine --list')
  })

  it('a skipped push says why', () => {
    const text = renderBuild(
      pushedResult({ pushed: false, image: undefined, pushSkippedReason: 'push is false' }),
      '/'
    )
    expect(text).toMatch(/pushed +no \(push is false\)/)
    expect(text).toMatch(/digest +sha256:/)
  })

  it('build with nothing changed: says the push and the scan and compile were not needed', () => {
    const text = renderBuild(pushedResult({ unchangedSincePush: true, unchangedRun: true }), '/')
    expect(text).toMatch(/^ {2}pushed +not needed: every tag already named this digest$/m)
    expect(text).toMatch(/^ {2}reused +nothing changed since the last run: no scan, no compile$/m)
    expect(renderBuild(pushedResult(), '/')).not.toMatch(/reused/)
  })

  it('plan and generate', () => {
    const plan = renderPlan({
      policies: pushedResult().policies,
      packages: [],
      platforms: ['linux/amd64'],
      tags: ['a.io/b:1']
    })
    expect(plan).toMatch(/^ {2}jwt +github\.com\/acme\/jwt-policy\/verify\.New @ v1\.4\.2$/m)
    expect(plan).toMatch(/tags +a\.io\/b:1/)
    const generated = renderGenerate(
      {
        dir: '/w/o',
        importsFile: '/w/o/imports.go',
        goModFile: '/w/o/go.mod',
        dockerfile: '/w/o/Dockerfile'
      },
      '/w'
    )
    expect(generated).toContain('to o\n')
    expect(generated).toContain('(cd o && go build ./...)')
  })
})

describe('progress', () => {
  it('a long step prints a still-running line with the elapsed time; quiet prints none', async () => {
    let text = ''
    const io: CliIo = { stdout: () => {}, stderr: t => void (text += t) }
    const logger = cliLogger(io, { heartbeatMs: 20 })
    await logger.group('Compile the engine', () => new Promise(r => setTimeout(r, 90)))
    expect(text).toMatch(/^ {4}\.\.\. Compile the engine: 0\.\ds$/m)
    expect(text).toMatch(/Compile the engine: done in 0\.\ds/)
    let quiet = ''
    const silent = cliLogger(
      { stdout: () => {}, stderr: t => void (quiet += t) },
      {
        quiet: true,
        heartbeatMs: 20
      }
    )
    await silent.group('Compile', () => new Promise(r => setTimeout(r, 60)))
    silent.warning('kept')
    expect(quiet).toBe('warning: kept\n')
  })
})

describe('inside GitHub Actions', () => {
  const env = (event: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_PATH: join(EVENTS, `${event}.json`),
    GITHUB_EVENT_NAME: event.startsWith('push') ? 'push' : event,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/pull/42/merge',
    ...extra
  })

  it('a pull request event gives pr-N tags, never latest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-cli-gha-'))
    const git = await cliGitContext(dir, env('pull_request'), () => {})
    expect(git.eventName).toBe('pull_request')
    expect(git.pullRequest?.number).toBe(42)
    const tags = computeTags({ images: ['a.io/b'], git, latest: true, explicitTags: [] })
    expect(tags).toEqual(['a.io/b:pr-42', expect.stringMatching(/^a\.io\/b:pr-42-[0-9a-f]{7}$/)])
  })

  it('the CLI reads it: plan on a pull request computes pr tags', async () => {
    const run = await runTerminal(
      ['plan', '--policies', EXAMPLES, '--image', 'ghcr.io/acme/engine', '--json', '--latest'],
      { env: env('pull_request') }
    )
    expect(run.code).toBe(0)
    const tags: string[] = JSON.parse(run.stdout).tags
    expect(tags[0]).toBe('ghcr.io/acme/engine:pr-42')
    expect(tags.some(tag => tag.endsWith(':latest'))).toBe(false)
    expect(run.stderr).toContain('GitHub Actions: pull_request event')
  }, 120_000)

  it('a tag push gives the release tags; without GITHUB_ACTIONS the event is ignored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-cli-gha-'))
    const tag = await cliGitContext(
      dir,
      env('push_tag', { GITHUB_REF: 'refs/tags/v1.2.3' }),
      () => {}
    )
    expect(tag.ref).toMatch(/^refs\/tags\//)
    const local = await cliGitContext(dir, { ...env('pull_request'), GITHUB_ACTIONS: '' }, () => {})
    expect(local).toEqual({ eventName: 'local' })
  })
})
