import { describe, expect, it } from '@jest/globals'
import {
  diffPolicySets,
  isEmptyDiff,
  renderPreview,
  type PolicyDiff
} from '../../src/action/preview-diff.js'
import { buildCommentBody, COMMENT_MARKER } from '../../src/action/comment.js'
import { buildSummary } from '../../src/action/summary.js'
import type { PolicySet, PolicySetEntry } from '../../src/package/policy-set.js'
import { pushedResult } from '../action/result-fixture.js'

const remote = (name: string, version: string, type = 'Policy'): PolicySetEntry => ({
  name,
  module: `github.com/acme/${name}`,
  package: `github.com/acme/${name}`,
  type,
  version
})
const local = (name: string, hash: string, type = 'Policy'): PolicySetEntry => ({
  name,
  module: `example.com/policies/${name}`,
  package: `example.com/policies/${name}`,
  type,
  hash: `sha256:${hash}`
})
const set = (...policies: PolicySetEntry[]): PolicySet => ({ engine: 'sha256:e1', policies })

/** name: the kind of each entry, for a compact table. */
function shape(diff: PolicyDiff) {
  return {
    added: diff.added.map(p => p.name),
    removed: diff.removed.map(p => p.name),
    changed: diff.changed.map(c => `${c.name}: ${c.reasons.join(', ')}`),
    unchanged: diff.unchanged.map(p => p.name)
  }
}

describe('diffPolicySets', () => {
  const jwt = remote('jwt', 'v1.2.0')
  const rate = local('ratelimit', 'aaa')
  it.each([
    {
      case: 'added',
      base: set(jwt),
      head: set(jwt, rate),
      want: { added: ['ratelimit'], removed: [], changed: [], unchanged: ['jwt'] }
    },
    {
      case: 'removed',
      base: set(jwt, rate),
      head: set(rate),
      want: { added: [], removed: ['jwt'], changed: [], unchanged: ['ratelimit'] }
    },
    {
      case: 'version bump of a remote module',
      base: set(jwt, rate),
      head: set(remote('jwt', 'v1.3.0'), rate),
      want: { added: [], removed: [], changed: ['jwt: v1.2.0 → v1.3.0'], unchanged: ['ratelimit'] }
    },
    {
      case: 'content change of a local module',
      base: set(jwt, rate),
      head: set(jwt, local('ratelimit', 'bbb')),
      want: { added: [], removed: [], changed: ['ratelimit: source changed'], unchanged: ['jwt'] }
    },
    {
      case: 'rename of Name(): same module, package and type',
      base: set(rate),
      head: set({ ...rate, name: 'rate-limit' }),
      want: {
        added: [],
        removed: [],
        changed: ['rate-limit: renamed from `ratelimit`'],
        unchanged: []
      }
    },
    {
      case: 'rename and content change at once',
      base: set(rate),
      head: set({ ...local('ratelimit', 'ccc'), name: 'rl' }),
      want: {
        added: [],
        removed: [],
        changed: ['rl: renamed from `ratelimit`, source changed'],
        unchanged: []
      }
    },
    {
      case: 'local module becomes a remote one under the same name',
      base: set(rate),
      head: set(remote('ratelimit', 'v2.0.0')),
      want: {
        added: [],
        removed: [],
        changed: [
          'ratelimit: module example.com/policies/ratelimit → github.com/acme/ratelimit, local → v2.0.0'
        ],
        unchanged: []
      }
    },
    {
      case: 'a second type in the same package is an addition, not a rename',
      base: set(rate),
      head: set(rate, { ...rate, name: 'burst', type: 'Burst' }),
      want: { added: ['burst'], removed: [], changed: [], unchanged: ['ratelimit'] }
    },
    {
      case: 'nothing changed',
      base: set(jwt, rate),
      head: set(rate, jwt),
      want: { added: [], removed: [], changed: [], unchanged: ['jwt', 'ratelimit'] }
    }
  ])('$case', ({ base, head, want }) => {
    const diff = diffPolicySets(base, head)
    expect(shape(diff)).toEqual(want)
    expect(isEmptyDiff(diff)).toBe(
      want.added.length + want.removed.length + want.changed.length === 0
    )
  })

  it('reports an engine core change, and only when both sides know the engine', () => {
    expect(diffPolicySets(set(jwt), { engine: 'sha256:e2', policies: [jwt] }).engineChanged).toBe(
      true
    )
    expect(diffPolicySets({ policies: [jwt] }, set(jwt)).engineChanged).toBe(false)
  })

  it('does not claim a content change when one side has no hash (an older image)', () => {
    const { hash: _drop, ...noHash } = rate
    void _drop
    expect(isEmptyDiff(diffPolicySets(set(noHash), set(rate)))).toBe(true)
  })
})

describe('renderPreview', () => {
  it('lists the changes against the base image, sizes and the pull/run commands', () => {
    const text = renderPreview({
      baseReference: 'reg/acme/engine:main',
      diff: diffPolicySets(
        set(remote('jwt', 'v1.2.0')),
        set(remote('jwt', 'v1.3.0'), local('ratelimit', 'a'))
      ),
      sinceLastPush: 'changed',
      sizes: [
        { platform: 'linux/amd64', bytes: 5 * 1024 * 1024 + 300 * 1024 },
        { platform: 'linux/arm64', bytes: 900 }
      ],
      pull: { reference: 'reg/acme/engine@sha256:abc', tag: 'reg/acme/engine:pr-7' }
    }).join('\n')
    expect(text).toContain('Policies against `reg/acme/engine:main`:')
    expect(text).toContain('- added `ratelimit` (`example.com/policies/ratelimit`)')
    expect(text).toContain('- changed `jwt` (`github.com/acme/jwt@v1.3.0`): v1.2.0 → v1.3.0')
    expect(text).toContain('| `linux/amd64` | 5.3 MiB |')
    expect(text).toContain('| `linux/arm64` | 900 B |')
    expect(text).toContain('docker pull reg/acme/engine@sha256:abc')
    expect(text).toContain('docker run --rm -p 8080:8080 reg/acme/engine@sha256:abc')
    expect(text).not.toContain('Nothing in the engine changed')
  })

  it('says when nothing changed since the last push, and when the push was skipped', () => {
    expect(renderPreview({ sinceLastPush: 'same' }).join('\n')).toContain(
      'Nothing in the engine changed since the last push of this pull request.'
    )
    expect(renderPreview({ sinceLastPush: 'same', pushSkipped: true }).join('\n')).toContain(
      'nothing was pushed'
    )
  })

  it('says why there is no comparison with the base branch', () => {
    expect(renderPreview({ baseMissing: 'reg/x:main does not exist yet' }).join('\n')).toContain(
      'No comparison with the base branch: reg/x:main does not exist yet.'
    )
  })
})

describe('the preview section in the comment and the summary', () => {
  const section = renderPreview({
    baseReference: 'reg/e:main',
    diff: diffPolicySets(set(), set(local('ratelimit', 'a')))
  })
  it('is appended to the one comment, after the marker and the image', () => {
    const body = buildCommentBody(pushedResult(), { images: ['reg/e'], preview: section })
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body.indexOf('#### What changed')).toBeGreaterThan(body.indexOf('docker run'))
    expect(body).toContain('- added `ratelimit`')
    expect(buildCommentBody(pushedResult(), { images: ['reg/e'] })).not.toContain('What changed')
  })
  it('is in the job summary too', () => {
    expect(buildSummary(pushedResult(), section)).toContain('- added `ratelimit`')
    expect(buildSummary(pushedResult())).not.toContain('What changed')
  })
})
