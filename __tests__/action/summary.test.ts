import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSummary, cell, writeSummary } from '../../src/action/summary.js'
import { actionOutputs } from '../../src/action/outputs.js'
import { OUTPUTS } from '../../src/options.js'
import { pushedResult } from './result-fixture.js'

describe('buildSummary', () => {
  const summary = buildSummary(pushedResult())

  it('has the image, digest, platforms and cache hit', () => {
    expect(summary).toContain('| Image | `ghcr.io/acme/policy-engine@sha256:3b1f0c5e')
    expect(summary).toContain('| Digest | `sha256:3b1f0c5e')
    expect(summary).toContain('| Platforms | `linux/amd64`, `linux/arm/v7` |')
    expect(summary).toContain('| Go cache | hit (exact key) |')
    expect(summary).toContain('| Pushed | yes |')
  })

  it('has a policies table with name, module, version and package', () => {
    expect(summary).toContain('| Name | Module | Version | Package | Type |')
    expect(summary).toContain(
      '| ratelimit | example.com/policies/ratelimit | – | example.com/policies/ratelimit | Limiter |'
    )
    expect(summary).toContain(
      '| jwt | github.com/acme/jwt-policy | v1.4.2 | github.com/acme/jwt-policy/verify | New |'
    )
  })

  it('lists the tags and the step timings with a total', () => {
    expect(summary).toContain('- `ghcr.io/acme/policy-engine:pr-42-a3f5c7e`')
    expect(summary).toContain('| compile | 15.4 s |')
    expect(summary).toContain('| **total** | **18.6 s** |')
  })

  it('says why nothing was pushed', () => {
    const text = buildSummary(
      pushedResult({
        pushed: false,
        image: undefined,
        pushSkippedReason: 'pull request from a fork'
      })
    )
    expect(text).toContain('| Pushed | no (pull request from a fork) |')
    expect(text).not.toContain('| Image |')
  })

  it('says when the push or the scan and compile were not needed', () => {
    const text = buildSummary(pushedResult({ unchangedSincePush: true, unchangedRun: true }))
    expect(text).toContain('| Pushed | not needed: every tag already named this digest |')
    expect(text).toContain(
      '| Go cache | not needed: nothing changed since the last run into this folder |'
    )
    expect(buildSummary(pushedResult({ cacheHit: false }))).toContain('| Go cache | miss |')
  })

  it('escapes cells so a policy name cannot break the table or inject HTML', () => {
    expect(cell('a|b<script>\nc')).toBe('a\\|b&lt;script&gt; c')
  })
})

describe('writeSummary', () => {
  let dir: string | undefined
  const saved = process.env.GITHUB_STEP_SUMMARY
  afterEach(() => {
    process.env.GITHUB_STEP_SUMMARY = saved
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('appends to the GITHUB_STEP_SUMMARY file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pe-summary-'))
    const file = join(dir, 'step_summary')
    writeFileSync(file, 'earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = file
    await writeSummary(pushedResult())
    const text = readFileSync(file, 'utf8')
    expect(text.startsWith('earlier step\n## Policy engine build')).toBe(true)
  })
})

describe('actionOutputs', () => {
  it('sets every output that action.yml declares', () => {
    const outputs = actionOutputs(pushedResult())
    expect(Object.keys(outputs).sort()).toEqual(OUTPUTS.map(output => output.name).sort())
    expect(outputs.tags).toBe(
      'ghcr.io/acme/policy-engine:pr-42\nghcr.io/acme/policy-engine:pr-42-a3f5c7e'
    )
    expect(JSON.parse(outputs.policies)).toHaveLength(2)
    expect(outputs['cache-hit']).toBe('true')
    expect(JSON.parse(outputs.metadata)).toHaveProperty(['containerimage.digest'])
    expect(outputs.binaries).toBe('')
  })

  it('tags: never references that were not pushed (a fork pull request); loaded ones count', () => {
    const fork = pushedResult({
      pushed: false,
      image: undefined,
      pushSkippedReason: 'pull request #42 comes from a fork (push: auto)'
    })
    expect(actionOutputs(fork).tags).toBe('')
    expect(actionOutputs({ ...fork, loaded: true }).tags).toBe(fork.tags.join('\n'))
  })

  it('binaries: the bin folder of --out once compiled (output: none stops there)', () => {
    const compiled = pushedResult({
      stoppedAfter: 'package',
      binaries: [
        { platform: { os: 'linux', arch: 'amd64' }, path: '/tmp/out/bin/linux/amd64/policy-engine' }
      ]
    })
    expect(actionOutputs(compiled).binaries).toBe('/tmp/out/bin')
  })
})

describe('buildSummary: tags that were not pushed', () => {
  it('are listed under a heading that says so, with the reason', () => {
    const text = buildSummary(
      pushedResult({
        pushed: false,
        image: undefined,
        pushSkippedReason: 'pull request #42 comes from a fork (push: auto)'
      })
    )
    expect(text).not.toContain('### Tags\n')
    expect(text).toContain('### Tags (not pushed)')
    expect(text).toContain(
      'These references were computed but not pushed (pull request #42 comes from a fork (push: auto)):'
    )
  })

  it('pushed tags are listed as tags', () => {
    const text = buildSummary(pushedResult())
    expect(text).toContain('### Tags\n\n- `ghcr.io/acme/policy-engine:pr-42`')
    expect(text).not.toContain('not pushed')
  })
})
