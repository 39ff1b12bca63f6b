import { describe, expect, it } from '@jest/globals'
import {
  dockerImage,
  dockerJson,
  dockerLabelKey,
  dockerPath,
  dockerPort,
  dockerString,
  dockerUser,
  isImageReference
} from '../../src/package/docker-syntax.js'

describe('dockerString', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['$HOME and ${X}', '"\\$HOME and \\${X}"'],
    ['ünïcode', '"ünïcode"']
  ])('quotes %j', (value, expected) => {
    expect(dockerString(value)).toBe(expected)
  })
  it.each(['a\nLABEL evil=1', 'a\rb', 'nul\u0000', 'tab\t', 'bad\ud800'])('refuses %j', value => {
    expect(() => dockerString(value)).toThrow()
  })
})

describe('dockerJson', () => {
  it('writes a JSON string', () => {
    expect(dockerJson('/policy-engine')).toBe('"/policy-engine"')
    expect(dockerJson('a"b$c')).toBe('"a\\"b$c"')
    expect(() => dockerJson('a\nb')).toThrow()
  })
})

describe('dockerImage', () => {
  it.each([
    'scratch',
    'gcr.io/distroless/static-debian12:nonroot',
    'alpine',
    'library/alpine:3.20',
    'localhost:5000/base:1',
    '127.0.0.1:5000/pe/base',
    'ghcr.io/acme/policy-engine@sha256:' + 'a'.repeat(64),
    'ghcr.io/acme/policy-engine:v1.2.3@sha256:' + 'b'.repeat(64),
    'my-registry.example.com/a__b/c-d.e:tag_1'
  ])('accepts %j', ref => {
    expect(dockerImage(ref)).toBe(ref)
  })
  it.each([
    '',
    'Alpine',
    'alpine:',
    'alpine\nRUN rm -rf /',
    'alpine AS build',
    '${BASE}',
    'alpine:tag with space',
    'alpine@sha256:short',
    'foo//bar',
    '-alpine',
    ':tag'
  ])('refuses %j', ref => {
    expect(isImageReference(ref)).toBe(false)
    expect(() => dockerImage(ref)).toThrow(/not a valid image reference/)
  })
})

describe('label keys, users, ports, paths', () => {
  it('validates label keys', () => {
    expect(dockerLabelKey('org.opencontainers.image.source')).toBe(
      'org.opencontainers.image.source'
    )
    expect(dockerLabelKey('io.policy-engine.policies')).toBe('io.policy-engine.policies')
    for (const bad of ['', 'a b', 'a=b', 'a\nb', '.x', 'x.', 'a"b', '$x']) {
      expect(() => dockerLabelKey(bad)).toThrow(/not a valid label key/)
    }
  })
  it('validates users', () => {
    expect(dockerUser('65532:65532')).toBe('65532:65532')
    expect(dockerUser(1000)).toBe('1000')
    expect(dockerUser('nonroot')).toBe('nonroot')
    for (const bad of ['', 'root user', '1:2:3', 'a\nb', '$U']) {
      expect(() => dockerUser(bad)).toThrow(/not a valid user/)
    }
  })
  it('validates ports', () => {
    expect(dockerPort(8080)).toBe('8080')
    expect(dockerPort('443')).toBe('443')
    for (const bad of [0, 65536, -1, 1.5, '80/tcp', '', 'x']) {
      expect(() => dockerPort(bad)).toThrow(/not a valid port/)
    }
  })
  it('validates paths', () => {
    expect(dockerPath('/policy-engine')).toBe('/policy-engine')
    for (const bad of ['policy-engine', '/a b', '/../etc', '/x\ny', '/$x']) {
      expect(() => dockerPath(bad)).toThrow(/not a valid path/)
    }
  })
})

describe('values that are not strings', () => {
  it('a Dockerfile string must be a string', () => {
    expect(() => dockerString(5)).toThrow('Dockerfile string must be a string, got number')
    expect(() => dockerJson(undefined)).toThrow(
      'Dockerfile exec-form argument must be a string, got undefined'
    )
  })

  it('an image reference must be a string', () => {
    expect(isImageReference(5)).toBe(false)
    expect(() => dockerImage(5)).toThrow('not a valid image reference: 5')
  })
})
