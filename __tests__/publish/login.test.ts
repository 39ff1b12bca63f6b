import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { redact, wantsLogin } from '../../src/publish/login.js'

describe('wantsLogin', () => {
  it.each([
    [{}, false],
    [{ username: 'u', password: 'p' }, true]
  ])('%j -> %s', (options, expected) => {
    expect(wantsLogin(options)).toBe(expected)
  })

  it.each([
    [{ username: 'u' }, /password: username is set but password is empty/],
    [{ password: 'p' }, /username: password is set but username is empty/]
  ])('refuses half credentials %j', (options, message) => {
    expect(() => wantsLogin(options)).toThrow(InputError)
    expect(() => wantsLogin(options)).toThrow(message)
  })
})

describe('redact', () => {
  it('removes every occurrence of the secret', () => {
    expect(redact('a s3cret b s3cret', 's3cret')).toBe('a *** b ***')
  })
  it('leaves text alone without a secret', () => {
    expect(redact('text', undefined)).toBe('text')
  })
})
