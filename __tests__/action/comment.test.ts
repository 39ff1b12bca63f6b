import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { recordingLogger } from '../../src/logger.js'
import {
  buildCommentBody,
  COMMENT_MARKER,
  upsertPreviewComment,
  type CommentTarget
} from '../../src/action/comment.js'
import { startFakeGitHubApi, type FakeGitHubApi } from '../e2e/support/github-api.js'
import { pushedResult } from './result-fixture.js'

describe('buildCommentBody', () => {
  it('has the marker, the image by digest, the tags and a docker run line', () => {
    const result = pushedResult()
    const body = buildCommentBody(result, {
      images: ['ghcr.io/acme/policy-engine'],
      headSha: 'a3f5c7e9b1d3'
    })
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain(`\`${result.image}\``)
    expect(body).toContain('- `ghcr.io/acme/policy-engine:pr-42`')
    expect(body).toContain(`docker run --rm -p 8080:8080 ${result.image}`)
    expect(body).toContain('a3f5c7e')
    expect(body).toContain('linux/arm/v7')
  })

  it('says why when nothing was pushed, without a docker run line', () => {
    const result = pushedResult({
      pushed: false,
      image: undefined,
      pushSkippedReason: 'pull request from a fork'
    })
    const body = buildCommentBody(result, { images: ['ghcr.io/acme/policy-engine'] })
    expect(body).toContain('not pushed: pull request from a fork')
    expect(body).not.toContain('docker run')
  })
})

describe('upsertPreviewComment against a fake GitHub REST API', () => {
  let api: FakeGitHubApi
  let target: CommentTarget
  beforeEach(async () => {
    api = await startFakeGitHubApi()
    target = {
      token: 'ghs_faketoken',
      owner: 'acme',
      repo: 'policies',
      issueNumber: 42,
      baseUrl: api.url
    }
  })
  afterEach(() => api.close())

  it('creates the comment on the first run and updates the same one on the second', async () => {
    api.comments.push({ id: 7, issue: 42, body: 'LGTM', user: { login: 'octocat' } })
    const logger = recordingLogger()

    const first = await upsertPreviewComment(target, `${COMMENT_MARKER}\nfirst`, logger)
    expect(first.action).toBe('created')
    const second = await upsertPreviewComment(target, `${COMMENT_MARKER}\nsecond`, logger)
    expect(second).toMatchObject({ action: 'updated' })
    expect(
      second.action !== 'skipped' && first.action !== 'skipped' && second.id === first.id
    ).toBe(true)

    const ours = api.comments.filter(comment => comment.body.includes(COMMENT_MARKER))
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('second')
    expect(api.comments.find(comment => comment.id === 7)?.body).toBe('LGTM')
    expect(api.requests.map(request => request.method)).toEqual(['GET', 'POST', 'GET', 'PATCH'])
    expect(api.requests[0].authorization).toBe('token ghs_faketoken')
    expect(logger.messages.filter(message => message.level === 'warning')).toEqual([])
  })

  it('finds the marker comment on a later page', async () => {
    api.pageSize = 2
    for (let id = 1; id <= 5; id++) {
      api.comments.push({ id, issue: 42, body: `chatter ${id}`, user: { login: 'octocat' } })
    }
    api.comments.push({ id: 6, issue: 42, body: `${COMMENT_MARKER}\nold`, user: { login: 'bot' } })
    const outcome = await upsertPreviewComment(target, `${COMMENT_MARKER}\nnew`, recordingLogger())
    expect(outcome).toMatchObject({ action: 'updated', id: 6 })
    expect(api.requests.filter(request => request.method === 'GET')).toHaveLength(3)
    expect(api.comments).toHaveLength(6)
  })

  it.each([403, 404])('a %i (read-only fork token) is a warning, not a failure', async status => {
    api.failWith = status
    const logger = recordingLogger()
    const outcome = await upsertPreviewComment(target, `${COMMENT_MARKER}\nx`, logger)
    expect(outcome.action).toBe('skipped')
    const warnings = logger.messages.filter(message => message.level === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toContain(`HTTP ${status}`)
    expect(warnings[0].message).not.toContain('ghs_faketoken')
  })

  it('a server error is a warning too', async () => {
    api.failWith = 500
    const logger = recordingLogger()
    const outcome = await upsertPreviewComment(target, 'x', logger)
    expect(outcome.action).toBe('skipped')
    expect(logger.messages.some(message => message.level === 'warning')).toBe(true)
  }, 60_000)
})
