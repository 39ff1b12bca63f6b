import { describe, expect, it } from '@jest/globals'
import {
  isReferenceProblem,
  isValidDigest,
  isValidTag,
  nameProblem,
  parseReference
} from '../../src/publish/reference.js'

const SHA = 'sha256:' + 'a'.repeat(64)

describe('isValidTag', () => {
  it.each([
    ['latest', true],
    ['1.2.3', true],
    ['v1.2.3-rc.1', true],
    ['Feature_X', true],
    ['_under', true],
    ['x'.repeat(128), true],
    ['x'.repeat(129), false],
    ['-dash', false],
    ['.dot', false],
    ['a/b', false],
    ['a+b', false],
    ['', false]
  ])('%s -> %s', (tag, valid) => {
    expect(isValidTag(tag)).toBe(valid)
  })
})

describe('nameProblem', () => {
  it.each([
    'policy-engine',
    'acme/policy-engine',
    'ghcr.io/acme/policy-engine',
    'localhost/x',
    'localhost:5000/x',
    '127.0.0.1:5000/a/b/c',
    'Registry.Example.COM/acme/x',
    'a__b/c.d/e---f'
  ])('accepts %s', name => {
    expect(nameProblem(name)).toBeUndefined()
  })

  it.each([
    ['Acme/x', /lowercase/],
    ['ghcr.io/Acme/x', /lowercase/],
    ['ghcr.io//x', /empty path component/],
    ['x/', /empty path component/],
    ['a..b', /not a valid path component/],
    ['-x', /not a valid path component/],
    ['bad_host-:5000/x', /registry host/],
    ['', /empty/]
  ])('refuses %s', (name, problem) => {
    expect(nameProblem(name)).toMatch(problem)
  })
})

describe('parseReference', () => {
  it.each([
    ['x', { name: 'x', path: 'x', domain: undefined, tag: undefined, digest: undefined }],
    ['x:1', { name: 'x', path: 'x', tag: '1' }],
    ['127.0.0.1:5000/a/b:v1', { domain: '127.0.0.1:5000', path: 'a/b', tag: 'v1' }],
    ['127.0.0.1:5000/a/b', { domain: '127.0.0.1:5000', path: 'a/b', tag: undefined }],
    [`ghcr.io/a/b:1@${SHA}`, { domain: 'ghcr.io', tag: '1', digest: SHA }],
    [`ghcr.io/a/b@${SHA}`, { tag: undefined, digest: SHA }]
  ])('%s', (text, expected) => {
    const parsed = parseReference(text)
    expect(isReferenceProblem(parsed)).toBe(false)
    expect(parsed).toMatchObject(expected)
  })

  it.each([
    ['ghcr.io/a/b:-bad', /tag "-bad"/],
    ['ghcr.io/a/B:1', /lowercase/],
    ['ghcr.io/a/b@sha256:abc', /digest/],
    ['a/b:c:d', /./]
  ])('refuses %s', (text, problem) => {
    const parsed = parseReference(text)
    expect(isReferenceProblem(parsed) && parsed.problem).toMatch(problem)
  })
})

describe('isValidDigest', () => {
  it.each([
    [SHA, true],
    ['sha256:' + 'a'.repeat(63), false],
    ['sha512:' + 'b'.repeat(128), true],
    ['sha256:' + 'g'.repeat(64), false]
  ])('%s -> %s', (digest, valid) => {
    expect(isValidDigest(digest)).toBe(valid)
  })
})
