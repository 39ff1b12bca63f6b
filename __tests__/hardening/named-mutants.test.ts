/**
 * Each test here kills a mutant that survived the whole suite once (issue 16): a plausible
 * bug, written down as the behaviour it breaks, so it cannot come back unnoticed.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gitContextFromActions } from '../../src/action/github.js'
import { hashSources } from '../../src/compile/cache-key.js'
import { parseManifest } from '../../src/discover/manifest.js'
import { InputError } from '../../src/errors.js'
import { dockerString } from '../../src/package/docker-syntax.js'
import { buildxArgs, type BuildxPlan } from '../../src/publish/buildx.js'
import { computeTags } from '../../src/publish/tags.js'

const plan: BuildxPlan = {
  context: '/out',
  platforms: ['linux/amd64'],
  tags: ['x:1'],
  buildArgs: [],
  metadataFile: '/tmp/meta.json',
  push: false,
  load: false,
  provenance: false,
  sbom: false
}

describe('mutants that once survived', () => {
  it('a one-part pre-release (v1.0.0-rc) gets its own tag only, never latest', () => {
    const tags = computeTags({
      images: ['ghcr.io/acme/engine'],
      git: { eventName: 'push', ref: 'refs/tags/v1.0.0-rc', sha: 'a'.repeat(40) },
      latest: true,
      explicitTags: []
    })
    expect(tags).toEqual(['ghcr.io/acme/engine:1.0.0-rc'])
  })

  it('--load keeps the timestamp rewrite, so a loaded image has the digest a push would', () => {
    const args = buildxArgs({ ...plan, load: true, sourceDateEpoch: 1714564800 })
    expect(args).toContain('type=docker,rewrite-timestamp=true')
  })

  it('a SOURCE_DATE_EPOCH of 0 is still passed and still rewrites timestamps', () => {
    const args = buildxArgs({ ...plan, push: true, sourceDateEpoch: 0 })
    expect(args).toContain('SOURCE_DATE_EPOCH=0')
    expect(args).toContain('type=image,push=true,rewrite-timestamp=true')
  })

  it.each(['\u007f', 'a\u007fb'])('a Dockerfile string refuses DEL (%j)', value => {
    expect(() => dockerString(value)).toThrow()
  })

  it('the Go cache key follows a changed .go file and a renamed one', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pe-mutant-key-'))
    try {
      writeFileSync(join(root, 'go.mod'), 'module a\n')
      writeFileSync(join(root, 'a.go'), 'package a\n')
      const first = await hashSources([root])
      writeFileSync(join(root, 'a.go'), 'package a\n\nconst X = 1\n')
      const changed = await hashSources([root])
      renameSync(join(root, 'a.go'), join(root, 'b.go'))
      const renamed = await hashSources([root])
      expect(new Set([first, changed, renamed]).size).toBe(3)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('fork detection compares repositories, not head.repo.fork (true inside a fork itself)', () => {
    const repo = { full_name: 'someone/policies', fork: true }
    const git = gitContextFromActions({
      eventName: 'pull_request',
      sha: 'm'.repeat(40),
      ref: 'refs/pull/3/merge',
      serverUrl: 'https://github.com',
      payload: {
        number: 3,
        pull_request: {
          number: 3,
          head: { sha: 'h'.repeat(40), repo },
          base: { repo }
        },
        repository: repo
      }
    })
    expect(git.pullRequest?.fromFork).toBe(false)
  })

  it('a manifest policy with both path and version is refused', () => {
    let error: unknown
    try {
      parseManifest(
        'version: 1\npolicies:\n  - path: ./policies/a\n    version: v1.0.0\n',
        '/ws/policy-build.yaml',
        '/ws'
      )
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    const fields = (error as InputError).problems.map(p => p.field ?? '')
    expect(fields.some(field => field.startsWith('policies[0]'))).toBe(true)
  })
})
