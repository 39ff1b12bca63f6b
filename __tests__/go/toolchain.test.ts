import { describe, expect, it } from '@jest/globals'
import { checkGoVersions, compareGoVersions } from '../../src/go/toolchain.js'
import { InputError } from '../../src/errors.js'
import type { GoMod } from '../../src/types.js'

const mod = (module: string, go?: string): GoMod => ({
  file: `/w/${module}/go.mod`,
  module,
  go,
  requires: [],
  replaces: []
})

describe('compareGoVersions', () => {
  it.each([
    ['1.21', '1.21rc1', -1],
    ['1.21rc1', '1.21rc2', -1],
    ['1.21rc2', '1.21.0', -1],
    ['1.21.0', '1.21.1', -1],
    ['1.21.9', '1.22', -1],
    ['1.22', '1.22', 0],
    ['go1.26.8', '1.26.8', 0],
    ['1.100', '1.99.9', 1],
    ['1.21beta1', '1.21rc1', -1]
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareGoVersions(a, b))).toBe(sign)
    expect(Math.sign(compareGoVersions(b, a))).toBe(sign === 0 ? 0 : -sign)
  })
})

describe('checkGoVersions', () => {
  it('passes when every go directive is at most the toolchain, or absent', () => {
    expect(() =>
      checkGoVersions('1.26.8', [mod('a', '1.22'), mod('b', '1.26.8'), mod('c')])
    ).not.toThrow()
  })

  it('names every go.mod that needs a newer Go, and the version to install', () => {
    let error: unknown
    try {
      checkGoVersions('1.22.1', [mod('engine', '1.22'), mod('p1', '1.23'), mod('p2', '1.24.2')])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const problems = (error as InputError).problems
    expect(problems.map(p => p.file)).toEqual(['/w/p1/go.mod', '/w/p2/go.mod'])
    expect(problems[0].message).toBe(
      'module p1 requires go 1.23, but the Go toolchain on PATH is go1.22.1'
    )
    expect(problems[0].fix).toContain("go-version: '>=1.24.2'")
  })
})
