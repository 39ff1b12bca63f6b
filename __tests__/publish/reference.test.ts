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

describe('reference edges', () => {
  it('an image name may be 255 characters long, not 256', () => {
    expect(nameProblem('a'.repeat(255))).toBeUndefined()
    expect(nameProblem('a'.repeat(256))).toBe('the image name is longer than 255 characters')
  })

  it('the messages of each name problem', () => {
    expect(nameProblem('')).toBe('the image name is empty')
    expect(nameProblem('bad_host-:5000/x')).toBe(
      '"bad_host-:5000" is not a valid registry host[:port]'
    )
    expect(nameProblem('ghcr.io/a//b')).toBe(
      'the image name has an empty path component (check for "//" or a trailing "/")'
    )
    expect(nameProblem('ghcr.io/Acme')).toBe(
      '"Acme" has uppercase letters; repository names must be lowercase'
    )
    expect(nameProblem('a/b..c')).toBe(
      `"b..c" is not a valid path component (use lowercase letters, digits and single '.', '_', '__' or '-' between them)`
    )
  })

  it('a name of one component is a path, never a registry host', () => {
    expect(nameProblem('Example.com')).toMatch(/uppercase/)
    expect(nameProblem('localhost:5000')).toMatch(/not a valid path component/)
  })

  it('a first component is a host when it has a dot or a port, or is localhost', () => {
    expect(nameProblem('EXAMPLE.com/x')).toBeUndefined()
    expect(nameProblem('Host:5000/x')).toBeUndefined()
    expect(nameProblem('Localhost/x')).toMatch(/uppercase/)
    expect(nameProblem('Acme/x')).toMatch(/uppercase/)
    expect(parseReference('localhost/x')).toEqual({
      domain: 'localhost',
      path: 'x',
      name: 'localhost/x',
      tag: undefined,
      digest: undefined
    })
    expect(parseReference('acme/x:1')).toEqual({
      domain: undefined,
      path: 'acme/x',
      name: 'acme/x',
      tag: '1',
      digest: undefined
    })
    expect(parseReference('[::1]:5000/a')).toMatchObject({ domain: '[::1]:5000', path: 'a' })
  })

  it('a one-component reference has no domain, even when it looks like one', () => {
    expect(parseReference('localhost:1')).toMatchObject({ domain: undefined, path: 'localhost' })
    expect(parseReference('a.b')).toMatchObject({ domain: undefined, path: 'a.b', name: 'a.b' })
  })

  it('the problems of a reference, word for word', () => {
    expect(parseReference(`@${SHA}`)).toEqual({ problem: 'the image name is empty' })
    expect(parseReference('x@sha256:zz')).toEqual({
      problem: '"sha256:zz" is not a valid digest (algorithm:hex)'
    })
    expect(parseReference('x:')).toEqual({ problem: 'tag "": the tag is empty' })
    expect(parseReference(`x:${'v'.repeat(129)}`)).toEqual({
      problem: `tag "${'v'.repeat(129)}": the tag is 129 characters long; at most 128 are allowed`
    })
    expect(parseReference('x:a+b')).toEqual({
      problem:
        "tag \"a+b\": a tag must start with a letter, digit or '_' and contain only letters, digits, '_', '.' and '-'"
    })
  })

  it('a digest of another algorithm may have another length; sha256 must have 64', () => {
    expect(isValidDigest('sha512:' + 'c'.repeat(32))).toBe(true)
    expect(isValidDigest('sha256:' + 'c'.repeat(65))).toBe(false)
    expect(isValidDigest('sha256:' + 'C'.repeat(64))).toBe(true)
  })
})
