/**
 * What a build publishes to, decided by the plan: full references in `tags` name the images
 * when `image` is not set (docker/metadata-action's output passed straight in); a build that
 * would publish nothing while push asked for it, or on a release, is bad input; repository
 * names are lower-cased as docker/metadata-action does.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import type { BuildOptions } from '../../src/pipeline-types.js'
import { makeBuildPlan } from '../../src/plan/plan.js'
import { imageNamesOf, lowerCaseImageNames } from '../../src/publish/tags.js'
import type { GitContext } from '../../src/types.js'

const ws = mkdtempSync(join(tmpdir(), 'pe-publish-targets-'))
afterAll(() => rmSync(ws, { recursive: true, force: true }))

const SHA = 'a3f5c7e9b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6'
const RELEASE: GitContext = { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: SHA, commitTime: 1 }
const BRANCH: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: SHA, commitTime: 1 }
const PULL_REQUEST: GitContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  sha: SHA,
  commitTime: 1,
  pullRequest: { number: 7, headSha: SHA, fromFork: false }
}
const LOCAL: GitContext = { eventName: 'local', ref: 'refs/tags/v1.2.3', sha: SHA, commitTime: 1 }

function options(overrides: Partial<BuildOptions>): BuildOptions {
  return {
    workingDirectory: ws,
    policies: ['./policies/*'],
    platforms: [],
    images: [],
    tags: [],
    labels: [],
    latest: false,
    push: 'auto',
    output: 'image',
    load: false,
    buildArgs: [],
    goBuildFlags: [],
    cache: false,
    cacheKeyPrefix: 'policy-engine-build',
    sbom: false,
    provenance: false,
    ...overrides
  }
}

async function problemsOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('tags holding full references, without an image input', () => {
  const META = [
    'ghcr.io/acme/engine:1.2.3',
    'ghcr.io/acme/engine:1.2',
    'docker.io/acme/engine:1.2.3'
  ]

  it('publishes to those references, and the images are named from them', async () => {
    const plan = await makeBuildPlan(options({ tags: META }), RELEASE, {})
    expect(plan.image.tags).toEqual(META)
    expect(plan.image.names).toEqual(['ghcr.io/acme/engine', 'docker.io/acme/engine'])
    expect(plan.push).toBe(true)
    expect(plan.pushSkippedReason).toBeUndefined()
    expect(plan.warnings).toEqual([])
  })

  it('push: true is satisfied by them', async () => {
    const plan = await makeBuildPlan(options({ tags: META, push: 'true' }), BRANCH, {})
    expect(plan.push).toBe(true)
    expect(plan.image.names[0]).toBe('ghcr.io/acme/engine')
  })

  it('a bare tag with no image name anywhere is bad input naming it', async () => {
    const problems = await problemsOf(
      makeBuildPlan(options({ tags: ['ghcr.io/acme/engine:1.2.3', 'latest'] }), RELEASE, {})
    )
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'tags',
        message: '"latest" is a bare tag but no image name is set'
      })
    ])
  })

  it('output none or oci ignores them (nothing is published)', async () => {
    const plan = await makeBuildPlan(options({ tags: META, output: 'none' }), RELEASE, {})
    expect(plan.image.tags).toEqual([])
    expect(plan.push).toBe(false)
  })
})

describe('nothing to publish', () => {
  it('push: true without any image name is bad input, saying where names come from', async () => {
    const problems = await problemsOf(makeBuildPlan(options({ push: 'true' }), BRANCH, {}))
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'push',
        message: expect.stringMatching(/^push is true but no image name is given/),
        fix: expect.stringContaining('full references in tags')
      })
    ])
  })

  it('push: auto on a release tag is bad input, never a silently skipped release', async () => {
    const problems = await problemsOf(makeBuildPlan(options({}), RELEASE, {}))
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'image',
        message: 'refs/tags/v1.2.3 would publish nothing: no image name is set',
        fix: expect.stringContaining('output: none')
      })
    ])
    const release = await problemsOf(
      makeBuildPlan(options({}), { ...RELEASE, eventName: 'release' }, {})
    )
    expect(release[0].message).toBe('a release would publish nothing: no image name is set')
  })

  it('push: auto on a branch push: a warning, and the reason in the result', async () => {
    const plan = await makeBuildPlan(options({}), BRANCH, {})
    expect(plan.push).toBe(false)
    expect(plan.pushSkippedReason).toBe('no image name is set')
    expect(plan.warnings).toEqual([expect.stringMatching(/^nothing is pushed: no image name/)])
  })

  it('pull requests and local builds without an image name are not warned about', async () => {
    for (const git of [PULL_REQUEST, LOCAL]) {
      const plan = await makeBuildPlan(options({}), git, {})
      expect(plan.push).toBe(false)
      expect(plan.warnings).toEqual([])
    }
  })

  it('output none on a release tag is fine: nothing was asked to be published', async () => {
    const plan = await makeBuildPlan(options({ output: 'none' }), RELEASE, {})
    expect(plan.push).toBe(false)
    expect(plan.warnings).toEqual([])
  })
})

describe('repository names with capital letters', () => {
  it('the image input is lower-cased, with a notice; tags keep their case', async () => {
    const plan = await makeBuildPlan(
      options({ images: ['GHCR.io/Acme/Repo/policy-engine'], tags: ['Feature-X'] }),
      BRANCH,
      {}
    )
    expect(plan.image.names).toEqual(['ghcr.io/acme/repo/policy-engine'])
    expect(plan.image.tags).toEqual(['ghcr.io/acme/repo/policy-engine:Feature-X'])
    expect(plan.notices).toEqual([
      'image: "GHCR.io/Acme/Repo/policy-engine" is used as "ghcr.io/acme/repo/policy-engine" (image names are lowercase; lower-cased as docker/metadata-action does)'
    ])
  })

  it('full references in tags: the name is lower-cased, the tag is not', async () => {
    const plan = await makeBuildPlan(
      options({ tags: ['localhost:5000/Acme/Repo:Feature-X'] }),
      BRANCH,
      {}
    )
    expect(plan.image.tags).toEqual(['localhost:5000/acme/repo:Feature-X'])
    expect(plan.image.names).toEqual(['localhost:5000/acme/repo'])
    expect(plan.notices).toHaveLength(1)
  })

  it('the manifest image.name is lower-cased too', async () => {
    const { writeFileSync } = await import('node:fs')
    const dir = mkdtempSync(join(ws, 'manifest-'))
    writeFileSync(
      join(dir, 'policy-build.yaml'),
      'version: 1\npolicies:\n  - path: ./p\nimage:\n  name: ghcr.io/Acme/Engine\n'
    )
    const plan = await makeBuildPlan(options({ workingDirectory: dir }), BRANCH, {})
    expect(plan.image.names).toEqual(['ghcr.io/acme/engine'])
    expect(plan.notices[0]).toMatch(/^image\.name: "ghcr\.io\/Acme\/Engine" is used as/)
  })

  it('lowercase names give no notice', async () => {
    const plan = await makeBuildPlan(options({ images: ['ghcr.io/acme/engine'] }), BRANCH, {})
    expect(plan.notices).toEqual([])
  })

  it('a name invalid for another reason is still refused', async () => {
    const problems = await problemsOf(
      makeBuildPlan(options({ images: ['ghcr.io/Acme/bad name'] }), BRANCH, {})
    )
    expect(problems[0]).toMatchObject({ field: 'image' })
  })
})

describe('helpers', () => {
  it('imageNamesOf: the names in first-seen order, digests and ports understood', () => {
    expect(
      imageNamesOf([
        'a.io/x:1',
        'localhost:5000/y:2',
        'a.io/x:2',
        'b.io/z@sha256:' + 'a'.repeat(64)
      ])
    ).toEqual(['a.io/x', 'localhost:5000/y', 'b.io/z'])
  })

  it('lowerCaseImageNames keeps bare tags and unchanged values as written', () => {
    expect(lowerCaseImageNames(['Latest', ' a.io/X:Y '], 'tags', true).values).toEqual([
      'Latest',
      'a.io/x:Y'
    ])
  })
})
