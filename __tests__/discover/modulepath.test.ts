import { describe, expect, it } from '@jest/globals'
import { checkModulePath } from '../../src/discover/modulepath.js'

describe('checkModulePath follows Go module path rules', () => {
  it.each([
    'example.com/policies/ratelimit',
    'github.com/acme/jwt-policy',
    'example.com/policies/renamed/v2',
    'example.com/a_b/c~d/E.F',
    'gopkg.in/yaml.v3',
    'my-host.io/x/v10'
  ])('accepts %s', path => {
    expect(checkModulePath(path)).toBeUndefined()
  })

  it.each([
    ['', 'is empty'],
    ['policies/ratelimit', 'has no dot in its first path element "policies"'],
    ['Example.com/x', 'invalid character "E" in its first path element'],
    ['-example.com/x', 'leading dash'],
    ['/example.com/x', 'leading slash'],
    ['example.com/x/', 'trailing slash'],
    ['example.com//x', 'double slash'],
    ['example.com/../x', 'invalid path element ".."'],
    ['example.com/.x', 'leading dot'],
    ['example.com/x.', 'trailing dot'],
    ['example.com/a+b', 'invalid character "+"'],
    ['example.com/x/v1', 'major version suffix'],
    ['example.com/x/v0', 'major version suffix'],
    ['example.com/x/v02', 'major version suffix'],
    ['example.com/x/v2.1', 'major version suffix'],
    ['example.com/com1', 'Windows reserves'],
    ['example.com/abc~1', 'tilde and digits'],
    ['gopkg.in/yaml', 'major version suffix'],
    ['example.com/a"b', 'a double quote'],
    ['example.com/a`b', 'a backtick'],
    ['example.com/a\nb', 'a newline'],
    ['example.com/a b', 'a space'],
    ['example.com/a;b', 'a semicolon'],
    ['example.com/a\\b', 'a backslash'],
    ['example.com/a\u0000b', '"\\u0000"']
  ])('refuses %j: %s', (path, reason) => {
    expect(checkModulePath(path)).toContain(reason)
  })
})
