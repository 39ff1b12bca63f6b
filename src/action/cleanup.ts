/**
 * `mode: cleanup`: deletes pull-request previews instead of building. On `pull_request`
 * (closed) the previews of that pull request; with `older-than` (a scheduled sweep) every
 * preview older than the limit. The PR comment then says the preview was removed.
 */
import * as core from '@actions/core'
import { InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import { cleanupPreviews, parseAge, type CleanupReport } from '../publish/cleanup.js'
import { imageNamesOf } from '../publish/tags.js'
import type { GitContext } from '../types.js'
import { COMMENT_MARKER, upsertPreviewComment } from './comment.js'
import { isPullRequestEvent } from './github.js'
import type { ActionInputs } from './inputs.js'

/** The PR comment once the preview is gone. Pure. */
export function removedCommentBody(pr: number, reports: CleanupReport[]): string {
  const lines = [COMMENT_MARKER, '### Policy engine preview', '']
  const tags = reports.flatMap(r => r.tags.map(tag => `${r.image}:${tag}`))
  const failed = reports.some(r => r.warnings.length > 0)
  lines.push(
    failed
      ? `The preview of #${pr} could not be removed completely (see the cleanup job's warnings).`
      : `The preview of #${pr} was removed when the pull request was closed.`
  )
  if (tags.length > 0) lines.push('', 'Deleted tags:', '', ...tags.map(tag => `- \`${tag}\``))
  const kept = reports.reduce((n, r) => n + r.keptShared.length, 0)
  if (kept > 0) {
    lines.push('', `${kept} manifest(s) still referenced by other tags were kept.`)
  }
  return lines.join('\n') + '\n'
}

/** The cleanup job's summary. Pure. */
export function cleanupSummary(reports: CleanupReport[]): string {
  const lines = ['## Policy engine previews cleaned up', '']
  lines.push('| Image | Tags removed | Manifests deleted | Shared, kept | Too recent |')
  lines.push('| --- | --- | ---: | ---: | --- |')
  for (const r of reports) {
    lines.push(
      `| \`${r.image}\` | ${r.tags.map(t => `\`${t}\``).join(', ') || '–'} | ${r.deleted.length} | ${r.keptShared.length} | ${r.tooRecent.length} |`
    )
  }
  const warnings = reports.flatMap(r => r.warnings)
  if (warnings.length > 0) lines.push('', ...warnings.map(w => `- ${w}`))
  return lines.join('\n') + '\n'
}

export async function runCleanupMode(
  inputs: ActionInputs,
  git: GitContext,
  logger: Logger
): Promise<void> {
  const images = inputs.images.length > 0 ? inputs.images : imageNamesOf(inputs.tags)
  const pr =
    git.pullRequest && isPullRequestEvent(git.eventName) ? git.pullRequest.number : undefined
  const olderThanMs = inputs.olderThan ? parseAge(inputs.olderThan) : undefined
  const problems = []
  if (images.length === 0) {
    problems.push({
      field: 'image',
      message: 'mode: cleanup needs the image name(s) whose previews to delete',
      fix: 'set image: the same value as in the build job'
    })
  }
  if (inputs.olderThan && olderThanMs === undefined) {
    problems.push({
      field: 'older-than',
      message: `older-than "${inputs.olderThan}" is not an age`,
      fix: 'write it as a number and a unit: 14d, 36h, 90m, 2w'
    })
  }
  if (pr === undefined && olderThanMs === undefined && !inputs.olderThan) {
    problems.push({
      field: 'mode',
      message: `mode: cleanup on a ${git.eventName} event has no pull request to clean up`,
      fix: 'run it on pull_request (types: [closed]), or set older-than for a scheduled sweep'
    })
  }
  if (problems.length > 0) throw new InputError(problems)

  const reports: CleanupReport[] = []
  for (const image of images) {
    const report = await cleanupPreviews(
      {
        image,
        // On a closed pull request its own previews go; older-than alone is a sweep.
        ...(pr !== undefined ? { pr } : { olderThanMs }),
        credentials:
          inputs.username && inputs.password
            ? { username: inputs.username, password: inputs.password }
            : undefined,
        githubToken: inputs.githubToken || inputs.password
      },
      logger
    )
    reports.push(report)
  }
  core.setOutput('tags', reports.flatMap(r => r.tags.map(t => `${r.image}:${t}`)).join('\n'))
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(cleanupSummary(reports), true).write()
  }
  if (pr !== undefined && inputs.prComment) {
    const [owner, repo] = (git.repository ?? '/').split('/')
    await upsertPreviewComment(
      { token: inputs.githubToken, owner, repo, issueNumber: pr },
      removedCommentBody(pr, reports),
      logger
    )
  }
}
