import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  formatPolicySet,
  moduleContentHash,
  parsePolicySet,
  policySetOf
} from '../../src/package/policy-set.js'
import type { PolicyOutput } from '../../src/types.js'

const examples = fileURLToPath(new URL('../../examples/policies', import.meta.url))

describe('the policy-set label', () => {
  const outputs: PolicyOutput[] = [
    {
      name: 'ratelimit',
      module: 'example.com/r',
      package: 'example.com/r',
      type: 'Limiter',
      path: 'policies/r',
      version: null
    },
    {
      name: null,
      module: 'github.com/a/jwt',
      package: 'github.com/a/jwt/v2',
      type: 'New',
      path: null,
      version: 'v2.1.0'
    }
  ]
  it('round-trips through the label text, sorted by name, version or hash per module kind', () => {
    const set = policySetOf(outputs, new Map([['policies/r', 'sha256:abc']]), 'sha256:eng')
    expect(set.policies.map(p => p.name)).toEqual(['github.com/a/jwt/v2.New', 'ratelimit'])
    expect(set.policies[0]).toMatchObject({ version: 'v2.1.0' })
    expect(set.policies[0].hash).toBeUndefined()
    expect(set.policies[1]).toMatchObject({ hash: 'sha256:abc' })
    const label = formatPolicySet(set)
    expect(label).not.toMatch(/[\n\r]/)
    expect(parsePolicySet(label)).toEqual(set)
  })
  it('reads nothing from a missing or foreign label', () => {
    expect(parsePolicySet(undefined)).toBeUndefined()
    expect(parsePolicySet('ratelimit,jwt')).toBeUndefined()
    expect(parsePolicySet('{"v":2,"policies":[]}')).toBeUndefined()
  })
})

describe('moduleContentHash', () => {
  it('changes with a source file or a replaced-in local folder, not with tests, docs or location', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pe-hash-'))
    try {
      cpSync(examples, join(work, 'a'), { recursive: true })
      cpSync(examples, join(work, 'b'), { recursive: true })
      const mod = (root: string) => join(work, root, 'method-allowlist')
      const first = await moduleContentHash(mod('a'))
      expect(first).toMatch(/^sha256:[0-9a-f]{64}$/)
      expect(await moduleContentHash(mod('b'))).toBe(first)

      writeFileSync(join(mod('b'), 'README.md'), 'docs only\n')
      writeFileSync(join(mod('b'), 'extra_test.go'), 'package allowlist\n')
      expect(await moduleContentHash(mod('b'))).toBe(first)

      // The kit is replaced in (replace ... => ../_kit): part of what is built.
      writeFileSync(join(work, 'b', '_kit', 'kit.go'), '\n// changed\n', { flag: 'a' })
      const kitChanged = await moduleContentHash(mod('b'))
      expect(kitChanged).not.toBe(first)

      writeFileSync(join(mod('a'), 'allowlist.go'), '\n// changed\n', { flag: 'a' })
      const sourceChanged = await moduleContentHash(mod('a'))
      expect(sourceChanged).not.toBe(first)
      expect(sourceChanged).not.toBe(kitChanged)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
