import * as github from '@actions/github'
import type { Logger } from '../logger.js'
import type { PipelineResult } from '../pipeline-types.js'
import { platformString } from '../plan/platforms.js'

/** Hidden in the rendered comment; how later runs find the comment to update. */
export const COMMENT_MARKER = '<!-- policy-engine-build:preview -->'

export interface CommentTarget {
  token: string
  owner: string
  repo: string
  issueNumber: number
  /** REST API root; GITHUB_API_URL on the runner (GitHub Enterprise Server too). */
  baseUrl?: string
}

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; url?: string }
  | { action: 'skipped'; reason: string }

/** The image reference to pull: the pushed name@digest, else the first name by digest. */
export function previewReference(result: PipelineResult, images: string[]): string | undefined {
  if (result.image) return result.image
  if (result.digest && images[0]) return `${images[0]}@${result.digest}`
  return undefined
}

/** The comment body. Pure. */
export function buildCommentBody(
  result: PipelineResult,
  details: { images: string[]; headSha?: string; preview?: string[] }
): string {
  const reference = previewReference(result, details.images)
  const lines = [COMMENT_MARKER, '### Policy engine preview', '']
  const merge = result.commit?.pullRequestHead
    ? ` (built from merge commit ${result.commit.sha.slice(0, 7)})`
    : ''
  const commit = details.headSha ? ` for ${details.headSha.slice(0, 7)}${merge}` : ''
  if (result.pushed && reference) {
    lines.push(`Image${commit}: \`${reference}\``, '')
  } else {
    const why = result.pushSkippedReason ? `: ${result.pushSkippedReason}` : ''
    lines.push(`Built${commit}, not pushed${why}.`, '')
    if (reference) lines.push(`Digest: \`${reference}\``, '')
  }
  if (result.tags.length > 0) {
    const heading = result.pushed ? 'Tags:' : 'Tags (not pushed):'
    lines.push(heading, '', ...result.tags.map(tag => `- \`${tag}\``), '')
  }
  const platforms = result.platforms.map(platformString).join(', ')
  const names = result.policies.map(policy => policy.name ?? policy.type).join(', ')
  lines.push(
    `Platforms: ${platforms || '–'} · Policies (${result.policies.length}): ${names || '–'}`
  )
  if (result.pushed && reference) {
    lines.push('', 'Run it:', '', '```sh', `docker run --rm -p 8080:8080 ${reference}`, '```')
  }
  // What changed against the base branch and the last push (src/action/preview-diff.ts).
  if (details.preview) lines.push('', ...details.preview)
  return lines.join('\n') + '\n'
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Creates the pull request's preview comment, or updates the one an earlier run left (found by
 * its marker, across every page of comments). A comment is a courtesy: a token that cannot
 * write (fork pull requests get a read-only one) or any API failure costs a warning, never
 * the build.
 */
export async function upsertPreviewComment(
  target: CommentTarget,
  body: string,
  logger: Logger
): Promise<CommentOutcome> {
  if (!target.token) {
    return skipped(logger, 'no github-token, so no pull request comment')
  }
  const octokit = github.getOctokit(target.token, {
    baseUrl: target.baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com'
  })
  const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber }
  try {
    let existing: number | undefined
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
      ...where,
      per_page: 100
    })
    for await (const page of pages) {
      const found = page.data.find(comment => comment.body?.includes(COMMENT_MARKER))
      if (found) {
        existing = found.id
        break
      }
    }
    if (existing !== undefined) {
      const updated = await octokit.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing,
        body
      })
      logger.info(`Updated the preview comment ${updated.data.html_url ?? existing}`)
      return { action: 'updated', id: updated.data.id, url: updated.data.html_url }
    }
    const created = await octokit.rest.issues.createComment({ ...where, body })
    logger.info(`Created the preview comment ${created.data.html_url ?? created.data.id}`)
    return { action: 'created', id: created.data.id, url: created.data.html_url }
  } catch (error) {
    const status = statusOf(error)
    if (status === 403 || status === 404) {
      return skipped(
        logger,
        `the token cannot comment on pull request #${target.issueNumber} (HTTP ${status}; pull requests ` +
          'from forks get a read-only token). Give the job `permissions: pull-requests: write`, or set pr-comment: false.'
      )
    }
    const message = error instanceof Error ? error.message : String(error)
    return skipped(logger, `could not write the pull request comment: ${message}`)
  }
}

function skipped(logger: Logger, reason: string): CommentOutcome {
  logger.warning(`Preview comment skipped: ${reason}`)
  return { action: 'skipped', reason }
}
