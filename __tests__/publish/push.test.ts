import { describe, expect, it } from '@jest/globals'
import { decidePush } from '../../src/publish/push.js'
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
