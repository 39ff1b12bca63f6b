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

describe('checkModulePath: the edges of each rule', () => {
  it.each([
    'example.com/CONSOLE',
    'example.com/com0',
    'example.com/xcom1',
    'example.com/a~b',
    'example.com/~1x',
    'example.com/x/v',
    'example.com/x/v1x',
    'example.com/v2',
    'gopkg.in/yaml.v0',
    'gopkg.in/yaml.v1-unstable',
    'gopkg.in/yaml.v10',
    'ex-ample.com/x',
    'a.b'
  ])('accepts %s', path => {
    expect(checkModulePath(path)).toBeUndefined()
  })

  it.each([
    ['example.com/a"b', 'contains a double quote, which is never allowed in a module path'],
    ["example.com/a'b", 'contains a single quote, which is never allowed in a module path'],
    ['example.com/a\tb', 'contains a tab, which is never allowed in a module path'],
    ['example.com/a\rb', 'contains a carriage return, which is never allowed in a module path'],
    ['example.com/a\u007fb', 'contains "\u007f", which is never allowed in a module path'],
    ['example.com/a\u001fb', 'contains "\\u001f", which is never allowed in a module path'],
    ['"', 'contains a double quote, which is never allowed in a module path'],
    ['/example.com/x', 'has a leading slash'],
    ['example.com/x/', 'has a trailing slash'],
    ['example.com//x', 'has a double slash'],
    [
      'policies',
      'has no dot in its first path element "policies" (it must look like a domain name)'
    ],
    ['-x.com/a', 'has a leading dash in its first path element'],
    [
      'ex_ample.com/a',
      'has an invalid character "_" in its first path element "ex_ample.com" (only lowercase letters, digits, dots and dashes)'
    ],
    ['exämple.com/a', 'has an invalid character "ä" in its first path element'],
    ['example.com/...', 'has an invalid path element "..."'],
    ['example.com/.', 'has an invalid path element "."'],
    ['example.com/.x', 'has a leading dot in path element ".x"'],
    ['example.com/x.', 'has a trailing dot in path element "x."'],
    [
      'example.com/a+b',
      'has an invalid character "+" in path element "a+b" (allowed: letters, digits, "-", ".", "_", "~")'
    ],
    ['example.com/aé', 'has an invalid character "é" in path element "aé"'],
    ['example.com/CON.txt', 'has path element "CON.txt", a name Windows reserves'],
    ['example.com/lpt9', 'has path element "lpt9", a name Windows reserves'],
    ['example.com/Aux', 'has path element "Aux", a name Windows reserves'],
    ['example.com/prn', 'has path element "prn", a name Windows reserves'],
    ['example.com/nul', 'has path element "nul", a name Windows reserves'],
    ['example.com/abc~12.txt', 'has path element "abc~12.txt" ending in a tilde and digits'],
    [
      'example.com/x/v1',
      'has an invalid major version suffix (it must be /v2 or later, without a leading zero or dots)'
    ],
    ['example.com/x/v.2', 'has an invalid major version suffix'],
    ['gopkg.in/yaml.v01', 'has an invalid major version suffix'],
    ['gopkg.in/yaml.v3x', 'has an invalid major version suffix'],
    ['gopkg.in/v3/yaml', 'has an invalid major version suffix']
  ])('refuses %j: %s', (path, reason) => {
    expect(checkModulePath(path)).toContain(reason)
  })
})
