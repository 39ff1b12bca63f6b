import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { goIdent, goString, isGoIdentifier } from '../../src/generate/go-syntax.js'
import { run } from '../../src/util/exec.js'
import { tempDir } from './go-fixtures.js'

/** Decodes the escapes goString writes, to check the round trip without a Go toolchain. */
function decodeGoString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true)
  const body = literal.slice(1, -1)
  return body.replace(
    /\\(?:x([0-9a-f]{2})|u([0-9a-f]{4})|U([0-9a-f]{8})|(.))/g,
    (_m, x: string, u: string, bigU: string, simple: string) => {
      if (x || u || bigU) return String.fromCodePoint(parseInt(x ?? u ?? bigU, 16))
      return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[simple]
    }
  )
}

describe('goString', () => {
  it.each([
    ['example.com/policies/ratelimit.Limiter', '"example.com/policies/ratelimit.Limiter"'],
    ['a"b', '"a\\"b"'],
    ['a\\b', '"a\\\\b"'],
    ['line\nbreak\ttab\rcr', '"line\\nbreak\\ttab\\rcr"'],
    ['nul\u0000del\u007f', '"nul\\x00del\\x7f"'],
    ['é', '"\\u00e9"'],
    ['\u2028', '"\\u2028"'],
    ['\ufeff', '"\\ufeff"'],
    ['😀', '"\\U0001f600"'],
    ['"); panic("x', '"\\"); panic(\\"x"']
  ])('quotes %j', (input, expected) => {
    expect(goString(input)).toBe(expected)
  })

  it('refuses lone surrogates and non-strings', () => {
    expect(() => goString('a\ud800b')).toThrow(/lone surrogate/)
    expect(() => goString('\udc00')).toThrow(/lone surrogate/)
    expect(() => goString(42)).toThrow(/expects a string/)
    expect(() => goString(undefined)).toThrow()
  })

  it('round-trips any well-formed string and only ever emits printable ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), value => {
        const literal = goString(value)
        expect(literal).toMatch(/^"[\x20-\x7e]*"$/)
        // No unescaped quote can end the literal early.
        expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*"/)
        expect(decodeGoString(literal)).toBe(value)
      })
    )
  })
})

describe('goString with the Go compiler', () => {
  it('compiles to exactly the original strings', async () => {
    const samples = [
      '',
      'plain',
      '"quoted" \\ back',
      'nul\u0000 bell\u0007 del\u007f c1\u0085 bom\ufeff ls\u2028',
      '日本語 😀 é',
      ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 40 }), { numRuns: 300, seed: 42 }),
      ...fc
        .sample(fc.string({ unit: 'binary', maxLength: 20 }), { numRuns: 100, seed: 7 })
        .filter(value => !/\p{Cs}/u.test(value))
    ]
    const dir = tempDir('pe-gostring-')
    writeFileSync(join(dir, 'go.mod'), 'module example.com/gostring\n\ngo 1.22\n')
    writeFileSync(
      join(dir, 'main.go'),
      `package main\n\nimport (\n\t"encoding/json"\n\t"os"\n)\n\nvar values = []string{\n${samples
        .map(value => `\t${goString(value)},\n`)
        .join('')}}\n\nfunc main() { _ = json.NewEncoder(os.Stdout).Encode(values) }\n`
    )
    const result = await run('go', ['run', '.'], {
      cwd: dir,
      env: { ...process.env, GOFLAGS: '', GOWORK: 'off' },
      timeoutMs: 120_000
    })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual(samples)
    const gofmt = await run('gofmt', ['-l', 'main.go'], { cwd: dir, timeoutMs: 30_000 })
    expect(gofmt.stdout).toBe('')
  }, 120_000)
})

describe('goIdent', () => {
  it.each(['ratelimit', 'jwtclaims2', '_x', 'Limiter', 'Z9'])('accepts %j', name => {
    expect(goIdent(name)).toBe(name)
  })
  // Non-ASCII letters are refused: Node's Unicode tables are newer than Go's, so U+2EBF0 (a
  // CJK ideograph of Unicode 15.1, unknown to Go 1.26) would pass a \p{L} check and break
  // gofmt. 'größe' is valid Go but refused too (discovery says so, with a fix).
  it.each([
    '',
    '2fa',
    'foo-bar',
    'a.b',
    'func',
    'type',
    'package',
    'a b',
    'x;y',
    'v()',
    42,
    'größe',
    'X\u{2EBF0}',
    '\u{2EBF0}'
  ])('refuses %j', name => {
    expect(isGoIdentifier(name)).toBe(false)
    expect(() => goIdent(name)).toThrow(/not a valid Go identifier/)
  })
})
