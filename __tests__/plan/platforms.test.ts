import { describe, expect, it } from '@jest/globals'
import {
  binaryPath,
  chosenPlatforms,
  DEFAULT_PLATFORMS,
  normalizePlatform,
  parsePlatforms,
  platformString,
  SUPPORTED_PLATFORMS
} from '../../src/plan/platforms.js'
import { targetVariables } from '../../src/go/command.js'
import { InputError } from '../../src/errors.js'

describe('parsePlatforms', () => {
  it.each([
    ['linux/amd64', { os: 'linux', arch: 'amd64' }],
    ['linux/arm64', { os: 'linux', arch: 'arm64' }],
    ['linux/arm64/v8', { os: 'linux', arch: 'arm64' }],
    ['linux/arm/v7', { os: 'linux', arch: 'arm', variant: 'v7' }],
    ['linux/arm', { os: 'linux', arch: 'arm', variant: 'v7' }],
    ['linux/arm/v6', { os: 'linux', arch: 'arm', variant: 'v6' }],
    [' Linux/AMD64 ', { os: 'linux', arch: 'amd64' }],
    ['linux/x86_64', { os: 'linux', arch: 'amd64' }],
    ['linux/386', { os: 'linux', arch: '386' }],
    ['linux/ppc64le', { os: 'linux', arch: 'ppc64le' }],
    ['linux/s390x', { os: 'linux', arch: 's390x' }],
    ['linux/riscv64', { os: 'linux', arch: 'riscv64' }]
  ])('%s', (text, platform) => {
    expect(parsePlatforms([text])).toEqual([platform])
  })

  it('drops duplicates, including other spellings of the same platform, keeping order', () => {
    expect(
      parsePlatforms(['linux/arm64', 'linux/amd64', 'linux/arm64/v8', '', 'linux/amd64']).map(
        platformString
      )
    ).toEqual(['linux/arm64', 'linux/amd64'])
  })

  it('refuses every unknown platform at once, naming the input and listing the valid ones', () => {
    let error: unknown
    try {
      parsePlatforms(['linux/amd64', 'windows/amd64', 'linux/sparc'])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const problems = (error as InputError).problems
    expect(problems.map(p => p.message)).toEqual([
      'unsupported platform "windows/amd64"',
      'unsupported platform "linux/sparc"'
    ])
    expect(problems.every(p => p.field === 'platforms')).toBe(true)
    expect(problems[0].fix).toContain('linux/arm/v7')
  })

  it('refuses an empty list', () => {
    expect(() => parsePlatforms(['', ' '])).toThrow(InputError)
  })

  it('accepts every supported platform', () => {
    expect(parsePlatforms([...SUPPORTED_PLATFORMS])).toHaveLength(SUPPORTED_PLATFORMS.length)
  })
})

describe('targetVariables and binaryPath', () => {
  it.each([
    ['linux/amd64', { GOOS: 'linux', GOARCH: 'amd64' }, '/out/bin/linux/amd64/policy-engine'],
    [
      'linux/amd64/v3',
      { GOOS: 'linux', GOARCH: 'amd64', GOAMD64: 'v3' },
      '/out/bin/linux/amd64/v3/policy-engine'
    ],
    ['linux/arm64', { GOOS: 'linux', GOARCH: 'arm64' }, '/out/bin/linux/arm64/policy-engine'],
    [
      'linux/arm/v7',
      { GOOS: 'linux', GOARCH: 'arm', GOARM: '7' },
      '/out/bin/linux/arm/v7/policy-engine'
    ],
    [
      'linux/arm/v6',
      { GOOS: 'linux', GOARCH: 'arm', GOARM: '6' },
      '/out/bin/linux/arm/v6/policy-engine'
    ]
  ])('%s', (text, env, path) => {
    const [platform] = parsePlatforms([text])
    expect(targetVariables(platform)).toEqual(env)
    expect(binaryPath('/out', platform)).toBe(path)
  })
})

describe('normalizePlatform', () => {
  it.each([
    ['linux/amd64', 'linux/amd64'],
    ['  LINUX/ARM  ', 'linux/arm/v7'],
    ['linux/aarch64', 'linux/arm64'],
    ['linux/amd64/v1', 'linux/amd64'],
    ['linux/i686', 'linux/386'],
    ['linux/arm/v5', 'linux/arm/v5']
  ])('%j is %s', (text, canonical) => {
    expect(normalizePlatform(text)).toBe(canonical)
  })

  it.each(['windows/amd64', 'linux', 'amd64', '', 'linux/amd64/v5', 'linux/arm/v8'])(
    '%j is not supported',
    text => {
      expect(normalizePlatform(text)).toBeUndefined()
    }
  )
})

describe('parsePlatforms: the problems', () => {
  function problems(entries: string[], field?: string): unknown {
    try {
      parsePlatforms(entries, field)
    } catch (error) {
      return (error as InputError).problems
    }
    return []
  }

  it('an empty list says no platform was given, in the field it came from', () => {
    expect(problems(['', ' '], 'image.platforms')).toEqual([
      {
        field: 'image.platforms',
        message: 'no target platform given',
        fix: 'set platforms, e.g. linux/amd64,linux/arm64'
      }
    ])
  })

  it('an unknown entry among blank ones is the one problem, shown trimmed', () => {
    expect(problems(['', ' linux/sparc '])).toEqual([
      {
        field: 'platforms',
        message: 'unsupported platform "linux/sparc"',
        fix: `use one of: ${SUPPORTED_PLATFORMS.join(', ')}`
      }
    ])
  })

  it('a valid entry beside an unknown one does not hide it', () => {
    expect(problems(['linux/amd64', 'linux/sparc'])).toHaveLength(1)
  })
})

describe('chosenPlatforms', () => {
  it('the given ones first, whatever the manifest says', () => {
    expect(chosenPlatforms(['linux/arm/v6'], ['linux/amd64']).map(platformString)).toEqual([
      'linux/arm/v6'
    ])
  })

  it("else the manifest's image.platforms, whose problems name that field", () => {
    expect(chosenPlatforms([], ['linux/s390x']).map(platformString)).toEqual(['linux/s390x'])
    try {
      chosenPlatforms([], ['bsd/amd64'])
      throw new Error('expected an InputError')
    } catch (error) {
      expect((error as InputError).problems[0].field).toBe('image.platforms')
    }
  })

  it('else the defaults: amd64 and arm64', () => {
    expect(chosenPlatforms([], undefined).map(platformString)).toEqual(DEFAULT_PLATFORMS)
    expect(chosenPlatforms([], []).map(platformString)).toEqual(['linux/amd64', 'linux/arm64'])
  })
})
