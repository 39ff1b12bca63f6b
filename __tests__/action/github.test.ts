import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkedOutSha,
  gitContextFromActions,
  pullRequestTargetWarning,
  pushNotice,
  type ActionsContext
} from '../../src/action/github.js'
import { readCommitTime } from '../../src/util/git.js'
import type { GitContext } from '../../src/types.js'

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../fixtures/events/${name}.json`, import.meta.url), 'utf8'))

/** What the runner puts in GITHUB_SHA / GITHUB_REF for each recorded event. */
function context(eventName: string, file: string, sha: string, ref: string): ActionsContext {
  return { eventName, payload: fixture(file), sha, ref, serverUrl: 'https://github.com' }
}

const repo = {
  repository: 'acme/policies',
  repositoryUrl: 'https://github.com/acme/policies',
  defaultBranch: 'main',
  license: 'Apache-2.0',
  description: 'Policies for the acme gateway'
}
const mergeSha = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d'

describe('gitContextFromActions with recorded payloads', () => {
  it.each<[string, ActionsContext, GitContext]>([
    [
      'pull_request from the same repository',
      context('pull_request', 'pull_request', mergeSha, 'refs/pull/42/merge'),
      {
        eventName: 'pull_request',
        ref: 'refs/pull/42/merge',
        sha: 'a3f5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1',
        pullRequest: {
          number: 42,
          headSha: 'a3f5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1',
          fromFork: false
        },
        ...repo
      }
    ],
    [
      'pull_request from a fork',
      context('pull_request', 'pull_request_fork', mergeSha, 'refs/pull/43/merge'),
      {
        eventName: 'pull_request',
        ref: 'refs/pull/43/merge',
        sha: 'b4e6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2',
        pullRequest: {
          number: 43,
          headSha: 'b4e6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2',
          fromFork: true
        },
        ...repo
      }
    ],
    [
      'pull_request_target from a fork',
      context(
        'pull_request_target',
        'pull_request_fork',
        '1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e',
        'refs/heads/main'
      ),
      {
        eventName: 'pull_request_target',
        ref: 'refs/heads/main',
        sha: 'b4e6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2',
        pullRequest: {
          number: 43,
          headSha: 'b4e6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2',
          fromFork: true
        },
        ...repo
      }
    ],
    [
      'push of tag v1.2.3',
      context('push', 'push_tag', 'c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3', 'refs/tags/v1.2.3'),
      {
        eventName: 'push',
        ref: 'refs/tags/v1.2.3',
        sha: 'c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3',
        commitTime: Date.parse('2026-11-24T08:15:30Z') / 1000,
        ...repo
      }
    ],
    [
      'push of pre-release tag v2.0.0-rc.1',
      context(
        'push',
        'push_tag_prerelease',
        'd6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2e4',
        'refs/tags/v2.0.0-rc.1'
      ),
      {
        eventName: 'push',
        ref: 'refs/tags/v2.0.0-rc.1',
        sha: 'd6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2e4',
        commitTime: Date.parse('2026-11-24T08:00:00Z') / 1000,
        ...repo
      }
    ],
    [
      'push of branch feature/Foo',
      context(
        'push',
        'push_branch',
        'e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5',
        'refs/heads/feature/Foo'
      ),
      {
        eventName: 'push',
        ref: 'refs/heads/feature/Foo',
        sha: 'e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5',
        commitTime: Date.parse('2026-11-24T07:45:10Z') / 1000,
        ...repo
      }
    ],
    [
      'push of the default branch',
      context(
        'push',
        'push_default_branch',
        'f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6',
        'refs/heads/main'
      ),
      {
        eventName: 'push',
        ref: 'refs/heads/main',
        sha: 'f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6',
        commitTime: Date.parse('2026-11-24T10:00:00Z') / 1000,
        ...repo
      }
    ],
    [
      'workflow_dispatch',
      context(
        'workflow_dispatch',
        'workflow_dispatch',
        '0123456789abcdef0123456789abcdef01234567',
        'refs/heads/main'
      ),
      {
        eventName: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: '0123456789abcdef0123456789abcdef01234567',
        ...repo
      }
    ],
    [
      'release published',
      context('release', 'release', '1111111111111111111111111111111111111111', 'refs/tags/v1.3.0'),
      {
        eventName: 'release',
        ref: 'refs/tags/v1.3.0',
        sha: '1111111111111111111111111111111111111111',
        ...repo
      }
    ]
  ])('%s', (_name, actions, expected) => {
    expect(gitContextFromActions(actions)).toEqual(expected)
  })

  it('takes the tag from the release payload even when GITHUB_REF is not the tag', () => {
    const git = gitContextFromActions(context('release', 'release', 'abc', 'refs/heads/main'))
    expect(git.ref).toBe('refs/tags/v1.3.0')
  })

  it('treats a pull request whose head repository was deleted as a fork', () => {
    const payload = fixture('pull_request')
    ;(payload.pull_request as { head: { repo: unknown } }).head.repo = null
    const git = gitContextFromActions({
      ...context('pull_request', 'pull_request', 'x', 'y'),
      payload
    })
    expect(git.pullRequest?.fromFork).toBe(true)
  })

  it('builds the repository URL from GITHUB_SERVER_URL when the payload has no html_url', () => {
    const git = gitContextFromActions({
      eventName: 'workflow_dispatch',
      sha: 'abc',
      ref: 'refs/heads/main',
      serverUrl: 'https://ghe.example.com',
      payload: { repository: { full_name: 'acme/policies' } }
    })
    expect(git.repositoryUrl).toBe('https://ghe.example.com/acme/policies')
  })

  it('copes with an empty payload (a run outside GitHub)', () => {
    expect(
      gitContextFromActions({
        eventName: 'push',
        sha: 'abc',
        ref: 'refs/heads/x',
        serverUrl: '',
        payload: {}
      })
    ).toEqual({ eventName: 'push', sha: 'abc', ref: 'refs/heads/x' })
  })
})

describe('gitContextFromActions: where the commit and the ref come from', () => {
  const push = (after: unknown, extra: Record<string, unknown> = {}): GitContext =>
    gitContextFromActions({
      eventName: 'push',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      serverUrl: '',
      payload: { after, ...extra }
    })

  it("a push builds the payload's after commit", () => {
    expect(push('b'.repeat(40)).sha).toBe('b'.repeat(40))
    expect(push('00ab' + 'c'.repeat(36)).sha).toBe('00ab' + 'c'.repeat(36))
    expect(push('ab' + '0'.repeat(38)).sha).toBe('ab' + '0'.repeat(38))
  })

  it('an all-zero after (a deleted branch) or none keeps GITHUB_SHA', () => {
    expect(push('0'.repeat(40)).sha).toBe('a'.repeat(40))
    expect(push('00').sha).toBe('a'.repeat(40))
    expect(push(undefined).sha).toBe('a'.repeat(40))
  })

  it("a push takes the payload's ref, and the head commit's time in seconds", () => {
    const git = push(undefined, {
      ref: 'refs/tags/v2.0.0',
      head_commit: { timestamp: '2024-05-01T12:00:00.999Z' }
    })
    expect(git).toMatchObject({ ref: 'refs/tags/v2.0.0', commitTime: 1714564800 })
    expect(push(undefined, { head_commit: { timestamp: 'not a time' } })).not.toHaveProperty(
      'commitTime'
    )
  })

  it('only a release event takes its tag from the release payload', () => {
    const git = gitContextFromActions({
      eventName: 'workflow_dispatch',
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      serverUrl: '',
      payload: { release: { tag_name: 'v9.0.0' } }
    })
    expect(git.ref).toBe('refs/heads/main')
  })
})

describe('pushNotice', () => {
  it('says nothing when the output asked for no push (output: none or oci)', () => {
    expect(
      pushNotice('auto', {
        pushed: false,
        pushSkippedReason: 'output is none: stopped after compiling',
        stoppedAfter: 'package'
      })
    ).toBeUndefined()
    expect(
      pushNotice('auto', { pushed: false, pushSkippedReason: 'output is oci' })
    ).toBeUndefined()
  })

  it('explains a push that push: auto decided against (a fork pull request)', () => {
    const reason = 'pull request #43 comes from a fork: built, not pushed (push: auto)'
    expect(pushNotice('auto', { pushed: false, pushSkippedReason: reason })).toBe(
      `Image not pushed: ${reason}`
    )
  })
  it('is quiet when the image was pushed or the user said push: false', () => {
    expect(pushNotice('auto', { pushed: true })).toBeUndefined()
    expect(
      pushNotice('false', { pushed: false, pushSkippedReason: 'push is false' })
    ).toBeUndefined()
  })
})

describe('pullRequestTargetWarning', () => {
  const target = gitContextFromActions(
    context(
      'pull_request_target',
      'pull_request_fork',
      '1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e',
      'refs/heads/main'
    )
  )
  it('warns when the pull request head is checked out', () => {
    expect(pullRequestTargetWarning(target, 'b4e6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2')).toMatch(
      /pull_request_target.*b4e6d8f/
    )
  })
  it('is quiet when the base is checked out, and on other events', () => {
    expect(
      pullRequestTargetWarning(target, '1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e')
    ).toBeUndefined()
    const pr = gitContextFromActions(context('pull_request', 'pull_request_fork', 'x', 'y'))
    expect(pullRequestTargetWarning(pr, 'b4e6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2')).toBeUndefined()
  })
})

describe('gitContextFromActions: defaults when the runner leaves a part out', () => {
  it('without GITHUB_SERVER_URL the repository URL is on github.com', () => {
    expect(
      gitContextFromActions({
        eventName: 'push',
        sha: 'a'.repeat(40),
        ref: 'refs/heads/main',
        serverUrl: '',
        payload: { repository: { full_name: 'acme/policies' } }
      }).repositoryUrl
    ).toBe('https://github.com/acme/policies')
  })

  it('a pull request without a head sha, a GITHUB_SHA or a GITHUB_REF', () => {
    expect(
      gitContextFromActions({
        eventName: 'pull_request',
        sha: '',
        ref: '',
        serverUrl: '',
        payload: { number: 9, pull_request: { head: {} } }
      })
    ).toEqual({
      eventName: 'pull_request',
      ref: 'refs/pull/9/merge',
      pullRequest: { number: 9, headSha: '', fromFork: true }
    })
  })
})

describe('pullRequestTargetWarning and pushNotice, word for word', () => {
  const target = (headSha: string): GitContext => ({
    eventName: 'pull_request_target',
    pullRequest: { number: 5, headSha, fromFork: true }
  })

  it('names the head commit by its short sha and says what to do instead', () => {
    expect(pullRequestTargetWarning(target('b'.repeat(40)), 'b'.repeat(40))).toBe(
      'pull_request_target with the pull request head (bbbbbbb) checked out: ' +
        'this builds code from the pull request with the base repository secrets and a write token. ' +
        'Prefer the pull_request event, or build the head in a job without secrets.'
    )
  })

  it('an unknown checkout or head is no evidence: quiet', () => {
    expect(pullRequestTargetWarning(target(''), '')).toBeUndefined()
    expect(pullRequestTargetWarning(target(''), undefined)).toBeUndefined()
    expect(pullRequestTargetWarning(target('b'.repeat(40)), undefined)).toBeUndefined()
    expect(
      pullRequestTargetWarning({ eventName: 'pull_request_target' }, 'b'.repeat(40))
    ).toBeUndefined()
  })

  it('only a reason that starts with "output is" is about the output', () => {
    expect(pushNotice('auto', { pushed: false, pushSkippedReason: 'x: output is fine' })).toBe(
      'Image not pushed: x: output is fine'
    )
  })

  it('a release event without a release payload keeps GITHUB_REF', () => {
    const git = gitContextFromActions({
      eventName: 'release',
      sha: 'a'.repeat(40),
      ref: 'refs/tags/v1.0.0',
      serverUrl: '',
      payload: {}
    })
    expect(git.ref).toBe('refs/tags/v1.0.0')
    expect(
      gitContextFromActions({
        eventName: 'release',
        sha: 'a'.repeat(40),
        ref: 'refs/tags/v1.0.0',
        serverUrl: '',
        payload: { release: { tag_name: '' } }
      }).ref
    ).toBe('refs/tags/v1.0.0')
  })
})

describe('commit time and checkout from git', () => {
  it('reads the commit time of the head sha, falling back to HEAD for an unknown sha', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-git-'))
    try {
      const git = (...args: string[]) =>
        execFileSync('git', args, {
          cwd: dir,
          env: {
            ...process.env,
            GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
            GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z'
          },
          encoding: 'utf8'
        }).trim()
      git('init', '-q')
      writeFileSync(join(dir, 'go.mod'), 'module example.com/x\n')
      git('add', '.')
      git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x')
      const head = git('rev-parse', 'HEAD')
      const expected = Date.parse('2026-11-20T10:00:00Z') / 1000
      expect(await checkedOutSha(dir)).toBe(head)
      expect(await readCommitTime(dir, head)).toBe(expected)
      expect(await readCommitTime(dir, 'a3f5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1')).toBe(expected)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('gives undefined outside a git work tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-nogit-'))
    try {
      expect(await checkedOutSha(dir)).toBeUndefined()
      expect(await readCommitTime(dir)).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
