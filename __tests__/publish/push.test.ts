import { describe, expect, it } from '@jest/globals'
import { decidePush, nothingToPublish } from '../../src/publish/push.js'
import type { GitContext } from '../../src/types.js'

const branch: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: 'abc' }
const pr = (fromFork: boolean): GitContext => ({
  eventName: 'pull_request',
  pullRequest: { number: 3, headSha: 'def', fromFork }
})
const TAGS = ['r/x:1']

describe('decidePush', () => {
  it.each<
    [
      string,
      'auto' | 'true' | 'false',
      GitContext,
      'image' | 'oci' | 'none',
      string[],
      boolean,
      RegExp | null
    ]
  >([
    ['auto on a branch', 'auto', branch, 'image', TAGS, true, null],
    ['auto on a same-repo pull request', 'auto', pr(false), 'image', TAGS, true, null],
    ['auto on a fork pull request', 'auto', pr(true), 'image', TAGS, false, /#3 comes from a fork/],
    ['true on a fork pull request', 'true', pr(true), 'image', TAGS, true, null],
    ['false', 'false', branch, 'image', TAGS, false, /push is false/],
    ['oci output', 'true', branch, 'oci', TAGS, false, /output is oci/],
    ['none output', 'auto', branch, 'none', TAGS, false, /output is none/],
    ['no tags', 'true', branch, 'image', [], false, /no image name/]
  ])('%s', (_name, push, git, output, tags, expected, reason) => {
    const decision = decidePush(push, git, output, tags)
    expect(decision.push).toBe(expected)
    if (reason) expect(decision.reason).toMatch(reason)
    else expect(decision.reason).toBeUndefined()
  })
})

describe('decidePush: the reasons, in the order they are checked', () => {
  it('says the output first, whatever push and the tags are', () => {
    expect(decidePush('true', branch, 'oci', [])).toEqual({ push: false, reason: 'output is oci' })
  })

  it('push false before a fork or missing tags', () => {
    expect(decidePush('false', pr(true), 'image', [])).toEqual({
      push: false,
      reason: 'push is false'
    })
  })

  it('a fork pull request under auto, naming it', () => {
    expect(decidePush('auto', pr(true), 'image', [])).toEqual({
      push: false,
      reason: 'pull request #3 comes from a fork (push: auto)'
    })
  })

  it('no tags: no image name', () => {
    expect(decidePush('auto', branch, 'image', [])).toEqual({
      push: false,
      reason: 'no image name is set'
    })
  })

  it('a push carries no reason', () => {
    expect(decidePush('auto', branch, 'image', TAGS)).toEqual({ push: true })
  })
})

describe('nothingToPublish', () => {
  const WHERE =
    "set the image input (e.g. ghcr.io/owner/policy-engine), image.name in the manifest, or full references in tags (docker/metadata-action's tags output)"
  const release: GitContext = { eventName: 'release', ref: 'refs/tags/v1.0.0' }
  const tag: GitContext = { eventName: 'push', ref: 'refs/tags/v1.0.0' }
  const local: GitContext = { eventName: 'local' }

  it('has nothing to say when there is a name to publish to', () => {
    expect(nothingToPublish('true', release, 'image', ['r/x'])).toEqual({})
  })

  it('push: true without a name is bad input, saying where names come from', () => {
    expect(nothingToPublish('true', local, 'none', [])).toEqual({
      problem: {
        field: 'push',
        message: 'push is true but no image name is given, so there is nothing to push to',
        fix: WHERE
      }
    })
  })

  it('a release would be silently missed: bad input', () => {
    expect(nothingToPublish('auto', release, 'image', [])).toEqual({
      problem: {
        field: 'image',
        message: 'a release would publish nothing: no image name is set',
        fix: `${WHERE}; or set output: none (or push: false) to build without publishing`
      }
    })
  })

  it('a release event is a release whatever its ref', () => {
    expect(nothingToPublish('auto', { eventName: 'release' }, 'image', []).problem?.message).toBe(
      'a release would publish nothing: no image name is set'
    )
  })

  it('so would a tag push, named by its ref', () => {
    expect(nothingToPublish('auto', tag, 'image', []).problem?.message).toBe(
      'refs/tags/v1.0.0 would publish nothing: no image name is set'
    )
  })

  it.each<[string, 'auto' | 'false', GitContext, 'image' | 'oci' | 'none']>([
    ['push false on a tag', 'false', tag, 'image'],
    ['output oci on a tag', 'auto', tag, 'oci'],
    ['output none on a release', 'auto', release, 'none'],
    ['a local build', 'auto', local, 'image'],
    ['a pull request', 'auto', pr(false), 'image'],
    [
      'a pull_request_target event without its payload',
      'auto',
      { eventName: 'pull_request_target' },
      'image'
    ]
  ])('%s: nothing to say', (_name, push, git, output) => {
    expect(nothingToPublish(push, git, output, [])).toEqual({})
  })

  it.each<[string, GitContext]>([
    ['a branch push', branch],
    ['a manual run without a ref', { eventName: 'workflow_dispatch' }],
    ['a branch named like a tag', { eventName: 'push', ref: 'refs/heads/refs/tags/x' }]
  ])('%s: a warning, the build stays green', (_name, git) => {
    expect(nothingToPublish('auto', git, 'image', [])).toEqual({
      warning: `nothing is pushed: no image name is set; ${WHERE}, or set output: none to only compile`
    })
  })
})
