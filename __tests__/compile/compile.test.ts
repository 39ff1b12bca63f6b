import { describe, expect, it } from '@jest/globals'
import {
  checkGoBuildFlags,
  goBuildArgs,
  goBuildEnv,
  ldflagsFor
} from '../../src/compile/compile.js'
import { resolveSourceDateEpoch } from '../../src/plan/source-date.js'
import { rfc3339 } from '../../src/util/time.js'
import { parsePlatforms } from '../../src/plan/platforms.js'
import { InputError } from '../../src/errors.js'
import { silentLogger } from '../../src/logger.js'

const base = {
  workspaceDir: '/w',
  outDir: '/out',
  platforms: parsePlatforms(['linux/arm/v7']),
  version: '1.2.3',
  commit: 'abc',
  sourceDateEpoch: 1_700_000_000,
  logger: silentLogger
}

describe('goBuildArgs', () => {
  it('builds reproducibly: -trimpath, no VCS stamping, stripped, stamped, into the platform folder', () => {
    expect(goBuildArgs({ ...base, goBuildFlags: ['-tags=netgo'] }, base.platforms[0])).toEqual([
      'build',
      '-trimpath',
      '-buildvcs=false',
      '-ldflags',
      '-s -w -X main.version=1.2.3 -X main.commit=abc -X main.date=2023-11-14T22:13:20Z',
      '-tags=netgo',
      '-o',
      '/out/bin/linux/arm/v7/policy-engine',
      '.'
    ])
  })
})

describe('ldflagsFor', () => {
  it('appends the user ldflags after the stamping', () => {
    expect(ldflagsFor({ ...base, ldflags: ' -X main.extra=1 ' })).toBe(
      '-s -w -X main.version=1.2.3 -X main.commit=abc -X main.date=2023-11-14T22:13:20Z -X main.extra=1'
    )
  })

  it('quotes values with spaces for Go', () => {
    expect(ldflagsFor({ ...base, version: '1.0 beta' })).toContain("-X 'main.version=1.0 beta'")
    expect(ldflagsFor({ ...base, version: "it's" })).toContain(`-X "main.version=it's"`)
    expect(() => ldflagsFor({ ...base, version: `'"` })).toThrow(InputError)
  })
})

describe('goBuildEnv', () => {
  it('cross-compiles without cgo, never downloads a toolchain, and drops stale GOARM', () => {
    const [amd64] = parsePlatforms(['linux/amd64'])
    const env = goBuildEnv(
      { PATH: '/bin', GOARM: '6', GOFLAGS: '-mod=mod', CGO_ENABLED: '1' },
      amd64
    )
    expect(env).toEqual({
      PATH: '/bin',
      GOOS: 'linux',
      GOARCH: 'amd64',
      CGO_ENABLED: '0',
      GOTOOLCHAIN: 'local',
      GOWORK: 'off',
      GOFLAGS: '-mod=mod -modcacherw'
    })
  })
})

describe('SOURCE_DATE_EPOCH', () => {
  it('formats RFC 3339 without fractions', () => {
    expect(rfc3339(0)).toBe('1970-01-01T00:00:00Z')
  })

  it('prefers the env, then the known commit time, then 0', async () => {
    expect(await resolveSourceDateEpoch({ env: { SOURCE_DATE_EPOCH: '42' }, commitTime: 7 })).toBe(
      42
    )
    expect(await resolveSourceDateEpoch({ env: {}, commitTime: 7 })).toBe(7)
    expect(await resolveSourceDateEpoch({ env: {}, repoDir: '/nonexistent-dir' })).toBe(0)
  })

  it('refuses a SOURCE_DATE_EPOCH that is not a number', async () => {
    await expect(
      resolveSourceDateEpoch({ env: { SOURCE_DATE_EPOCH: 'yesterday' } })
    ).rejects.toThrow(InputError)
  })
})

describe('checkGoBuildFlags', () => {
  it('refuses -o and -ldflags, naming the input and where they belong', () => {
    expect(() => checkGoBuildFlags(['-tags=netgo', '-x', '-race=false'])).not.toThrow()
    let error: unknown
    try {
      checkGoBuildFlags(['-o', 'x', '-ldflags=-X main.version=9', '--ldflags'])
    } catch (e) {
      error = e
    }
    expect((error as InputError).problems.map(p => [p.field, p.fix])).toEqual([
      ['go-build-flags', 'remove it; binaries go to <out>/bin/<os>/<arch>/'],
      ['go-build-flags', 'put extra linker flags in the ldflags input'],
      ['go-build-flags', 'put extra linker flags in the ldflags input']
    ])
  })
})

describe('goBuildEnv GOFLAGS', () => {
  it('adds -modcacherw once', () => {
    const [amd64] = parsePlatforms(['linux/amd64'])
    expect(goBuildEnv({ GOFLAGS: '-modcacherw  -mod=mod' }, amd64).GOFLAGS).toBe(
      '-modcacherw -mod=mod'
    )
    expect(goBuildEnv({}, amd64).GOFLAGS).toBe('-modcacherw')
  })
})
