/**
 * The machine's record secret: created once per cache folder, owner-only, the same on every
 * later call and process, replaced when left unreadable, different for another folder.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { recordSecret } from '../../src/compile/record-secret.js'

describe('record secret', () => {
  it('is 32 random bytes kept owner-only in the cache folder, the same every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peb-secret-'))
    const env = { POLICY_ENGINE_BUILD_CACHE: dir }
    const secret = recordSecret(env)
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(join(dir, 'record-secret'), 'utf8')).toBe(secret)
    expect(statSync(join(dir, 'record-secret')).mode & 0o777).toBe(0o600)
    expect(recordSecret(env)).toBe(secret)
  })

  it('is read back from the file (another process wrote it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peb-secret-'))
    writeFileSync(join(dir, 'record-secret'), `${'ab'.repeat(32)}\n`)
    expect(recordSecret({ POLICY_ENGINE_BUILD_CACHE: dir })).toBe('ab'.repeat(32))
  })

  it('replaces a file left unreadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peb-secret-'))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'record-secret'), 'half')
    const secret = recordSecret({ POLICY_ENGINE_BUILD_CACHE: dir })
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(join(dir, 'record-secret'), 'utf8')).toBe(secret)
  })

  it('differs between two cache folders (machines)', () => {
    const a = recordSecret({ POLICY_ENGINE_BUILD_CACHE: mkdtempSync(join(tmpdir(), 'peb-a-')) })
    const b = recordSecret({ POLICY_ENGINE_BUILD_CACHE: mkdtempSync(join(tmpdir(), 'peb-b-')) })
    expect(a).not.toBe(b)
  })
})
