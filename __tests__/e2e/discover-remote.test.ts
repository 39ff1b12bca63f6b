/**
 * Remote policy modules (`module` + `version` in the manifest) resolved through the Go module
 * proxy protocol with the real go command: a file:// proxy serving a policy module built by
 * the test (offline, exact), and the public proxy.golang.org for a real module and a version
 * that does not exist.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { discover } from '../../src/discover/index.js'
import { InputError } from '../../src/errors.js'
import { recordingLogger } from '../../src/logger.js'

const TIMEOUT = 5 * 60_000
const MODULE = 'example.com/policies/remote'
const VERSION = 'v1.2.0'

const POLICY_GO = `package remote

import "context"

// Echo returns its input.
type Echo struct{}

func (*Echo) Name() string { return "remote-echo" }

func (*Echo) Execute(_ context.Context, input any) (any, error) { return input, nil }

func (*Echo) Validate() error { return nil }
`

/** A minimal zip (stored entries): the format the module proxy protocol serves. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text)
    const nameBytes = Buffer.from(name)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x21, 12) // 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const centralDir = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(centralDir.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, centralDir, end])
}

let root: string
let workspace: string
let modcache: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'peb-remote-'))
  workspace = join(root, 'ws')
  modcache = join(root, 'modcache')
  mkdirSync(workspace)
  const goMod = `module ${MODULE}\n\ngo 1.22\n`
  const versions = join(root, 'proxy', MODULE, '@v')
  mkdirSync(versions, { recursive: true })
  writeFileSync(join(versions, 'list'), `${VERSION}\n`)
  writeFileSync(
    join(versions, `${VERSION}.info`),
    JSON.stringify({ Version: VERSION, Time: '2026-01-01T00:00:00Z' })
  )
  writeFileSync(join(versions, `${VERSION}.mod`), goMod)
  const prefix = `${MODULE}@${VERSION}/`
  writeFileSync(
    join(versions, `${VERSION}.zip`),
    zip({ [`${prefix}go.mod`]: goMod, [`${prefix}echo.go`]: POLICY_GO })
  )
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

/** go env for a private module cache (-modcacherw so it can be deleted afterwards). */
function goEnvWith(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...process.env, GOMODCACHE: modcache, GOFLAGS: '-modcacherw', ...extra }
}

describe('remote policy modules through the Go module proxy', () => {
  it(
    'downloads module@version through GOPROXY and discovers its policy in GOMODCACHE',
    async () => {
      writeFileSync(
        join(workspace, 'policy-build.yaml'),
        `version: 1\npolicies:\n  - module: ${MODULE}\n    version: ${VERSION}\n`
      )
      const result = await discover(
        { workspace, env: goEnvWith({ GOPROXY: `file://${join(root, 'proxy')}`, GOSUMDB: 'off' }) },
        recordingLogger()
      )
      expect(result.modules).toHaveLength(1)
      expect(result.modules[0].source).toEqual({ kind: 'remote', module: MODULE, version: VERSION })
      expect(result.modules[0].dir).toBe(join(modcache, `${MODULE}@${VERSION}`))
      expect(result.policies).toEqual([
        expect.objectContaining({
          module: MODULE,
          version: VERSION,
          package: MODULE,
          symbol: 'Echo',
          kind: 'pointer',
          name: 'remote-echo'
        })
      ])
    },
    TIMEOUT
  )

  it(
    'a real module from proxy.golang.org without a policy is refused, naming module@version',
    async () => {
      writeFileSync(
        join(workspace, 'quote.yaml'),
        'version: 1\npolicies:\n  - module: rsc.io/quote\n    version: v1.5.2\n'
      )
      const error = await discover({ workspace, manifest: 'quote.yaml', env: goEnvWith({}) }).catch(
        e => e
      )
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).message).toContain('module rsc.io/quote (')
      expect((error as InputError).message).toContain('has no policy')
    },
    TIMEOUT
  )

  it(
    "a version that does not exist is refused at manifest:line with Go's message",
    async () => {
      writeFileSync(
        join(workspace, 'missing.yaml'),
        'version: 1\npolicies:\n  - module: rsc.io/quote\n    version: v9.9.9\n'
      )
      const error = (await discover({
        workspace,
        manifest: 'missing.yaml',
        env: goEnvWith({})
      }).catch(e => e)) as InputError
      expect(error).toBeInstanceOf(InputError)
      expect(error.problems[0]).toMatchObject({
        file: join(workspace, 'missing.yaml'),
        line: 3,
        field: 'policies[0]'
      })
      expect(error.problems[0].message).toContain(
        'cannot download policy module rsc.io/quote@v9.9.9'
      )
      expect(error.problems[0].message).toContain('v9.9.9')
    },
    TIMEOUT
  )
})
