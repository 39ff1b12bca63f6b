/**
 * publishTargets called directly (publish-targets.test.ts goes through makeBuildPlan): where
 * the names and tags come from, the pull-request filter, and what is reported.
 */
import { describe, expect, it } from '@jest/globals'
import { publishTargets } from '../../src/plan/publish-targets.js'
import type { GitContext } from '../../src/types.js'

const SHA = 'a3f5c7e9b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6'
const RELEASE: GitContext = { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: SHA }
const BRANCH: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: SHA }
const PULL_REQUEST: GitContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  sha: SHA,
  pullRequest: { number: 7, headSha: SHA, fromFork: false }
}

type Options = Parameters<typeof publishTargets>[0]
const base: Options = {
  images: [],
  tags: [],
  latest: false,
  push: 'auto',
  output: 'image'
}

describe('publishTargets', () => {
  it('the image input wins over the manifest, and its tags are computed from the event', () => {
    expect(
      publishTargets({ ...base, images: ['r/input'] }, { names: ['r/manifest'], line: 1 }, RELEASE)
    ).toEqual({
      names: ['r/input'],
      tags: ['r/input:1.2.3', 'r/input:1.2', 'r/input:1', 'r/input:latest'],
      problems: [],
      warnings: [],
      notices: []
    })
  })

  it("the manifest's names and tags when the inputs have none", () => {
    expect(
      publishTargets(base, { names: ['r/m'], tags: ['stable'], line: 1 }, BRANCH)
    ).toMatchObject({ names: ['r/m'], tags: ['r/m:stable'] })
  })

  it("the tags input wins over the manifest's tags", () => {
    expect(
      publishTargets(
        { ...base, images: ['r/x'], tags: ['edge'] },
        { names: [], tags: ['stable'], line: 1 },
        BRANCH
      ).tags
    ).toEqual(['r/x:edge'])
  })

  it('latest and version reach the computed tags', () => {
    const git: GitContext = { ...BRANCH, defaultBranch: 'main' }
    expect(publishTargets({ ...base, images: ['r/x'], latest: true }, undefined, git).tags).toEqual(
      ['r/x:main', 'r/x:sha-a3f5c7e', 'r/x:latest']
    )
    expect(
      publishTargets({ ...base, images: ['r/x'], version: '9.9' }, undefined, {
        eventName: 'local'
      }).tags
    ).toEqual(['r/x:9.9'])
  })

  it('a capitalised name is lower-cased, with a notice naming the field it came from', () => {
    const fromInput = publishTargets({ ...base, images: ['r/Acme'] }, undefined, BRANCH)
    expect(fromInput.names).toEqual(['r/acme'])
    expect(fromInput.notices).toEqual([
      'image: "r/Acme" is used as "r/acme" (image names are lowercase; lower-cased as docker/metadata-action does)'
    ])
    const fromManifest = publishTargets(base, { names: ['r/Acme'], line: 1 }, BRANCH)
    expect(fromManifest.notices[0]).toMatch(/^image\.name: /)
    const fromTags = publishTargets({ ...base, tags: ['r/Acme:V1'] }, undefined, BRANCH)
    expect(fromTags).toMatchObject({ names: ['r/acme'], tags: ['r/acme:V1'] })
    expect(fromTags.notices[0]).toMatch(/^tags: /)
  })

  it('full references in tags name the images when no image is set', () => {
    expect(
      publishTargets({ ...base, tags: ['r/a:1', 'r/b:1', 'r/a:2'] }, undefined, RELEASE)
    ).toMatchObject({ names: ['r/a', 'r/b'], tags: ['r/a:1', 'r/b:1', 'r/a:2'], problems: [] })
  })

  it('on a pull request only pr-* tags are kept, with a warning', () => {
    const targets = publishTargets(
      { ...base, images: ['r/x'], tags: ['latest', 'pr-7'] },
      undefined,
      PULL_REQUEST
    )
    expect(targets.tags).toEqual(['r/x:pr-7'])
    expect(targets.warnings).toEqual([expect.stringMatching(/^pull request #7: tags "latest"/)])
  })

  it('a pull request whose tags are all dropped gets its computed pr-N tags', () => {
    expect(
      publishTargets({ ...base, images: ['r/x'], tags: ['latest'] }, undefined, PULL_REQUEST).tags
    ).toEqual(['r/x:pr-7', 'r/x:pr-7-a3f5c7e'])
  })

  it('output oci or none: no tags, but the names are kept', () => {
    for (const output of ['oci', 'none'] as const) {
      expect(
        publishTargets({ ...base, images: ['r/x'], output }, undefined, RELEASE)
      ).toMatchObject({ names: ['r/x'], tags: [], problems: [] })
    }
  })

  it('no names and no tags: nothing computed, and on a branch push a warning', () => {
    const targets = publishTargets(base, undefined, BRANCH)
    expect(targets).toMatchObject({ names: [], tags: [], problems: [], notices: [] })
    expect(targets.warnings).toEqual([expect.stringMatching(/^nothing is pushed: /)])
  })

  it('bad names and tags are problems, not thrown', () => {
    const targets = publishTargets(
      { ...base, images: ['r/x:1'], tags: ['bad tag'] },
      undefined,
      BRANCH
    )
    expect(targets.tags).toEqual([])
    expect(targets.problems.map(p => p.field)).toEqual(['image', 'tags'])
  })

  it('without any name no tag is computed, so a tag that would be invalid is no problem', () => {
    const git: GitContext = { eventName: 'push', ref: `refs/tags/v1.0.0-${'a'.repeat(130)}` }
    expect(publishTargets(base, undefined, git).problems.map(p => p.field)).toEqual(['image'])
    expect(
      publishTargets({ ...base, images: ['r/x'] }, undefined, git).problems.map(p => p.field)
    ).toEqual(['version'])
  })

  it('no warning when there is something to publish', () => {
    expect(publishTargets({ ...base, images: ['r/x'] }, undefined, BRANCH).warnings).toHaveLength(0)
  })

  it('push true with nothing to push to is a problem', () => {
    expect(publishTargets({ ...base, push: 'true' }, undefined, BRANCH).problems).toEqual([
      expect.objectContaining({ field: 'push' })
    ])
  })

  it('a release with nothing to publish is a problem beside the tag problems', () => {
    const targets = publishTargets({ ...base, tags: ['bare'] }, undefined, RELEASE)
    expect(targets.problems.map(p => p.field)).toEqual(['tags', 'image'])
  })
})
