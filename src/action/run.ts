import * as core from '@actions/core'
import * as github from '@actions/github'
import { saveGoCache, type GoCacheState } from '../compile/cache.js'
import type { Logger } from '../logger.js'
import { runPipeline } from '../pipeline.js'
import type { PipelineResult } from '../pipeline-types.js'
import type { GitContext } from '../types.js'
import { runCleanupMode } from './cleanup.js'
import { buildCommentBody, upsertPreviewComment } from './comment.js'
import {
  checkedOutSha,
  gitContextFromActions,
  isPullRequestEvent,
  pullRequestTargetWarning,
  pushNotice
} from './github.js'
import { buildOptionsOf, getInputs, type ActionInputs } from './inputs.js'
import { actionsLogger, reportFailure } from './logger.js'
import { actionOutputs } from './outputs.js'
import { actionPreview } from './preview.js'
import { renderPreview } from './preview-diff.js'
import { writeSummary } from './summary.js'
import { readCommitTime } from '../util/git.js'

/** core.saveState key shared by the main and post steps. */
export const CACHE_STATE = 'go-cache'

/** The GitContext of this run: the event payload, plus what only the checkout knows. */
async function gitContext(dir: string): Promise<GitContext> {
  const git = gitContextFromActions(github.context)
  const workspaceSha = await checkedOutSha(dir)
  const warning = pullRequestTargetWarning(git, workspaceSha)
  if (warning) core.warning(warning)
  // What was built is what is checked out (on pull requests, usually the merge commit): the
  // revision label and the engine's commit stamp say that; tags and the comment keep the head.
  if (workspaceSha) git.sha = workspaceSha
  if (git.commitTime === undefined) git.commitTime = await readCommitTime(dir, git.sha)
  return git
}

async function commentOnPullRequest(
  inputs: ActionInputs,
  git: GitContext,
  result: PipelineResult,
  logger: Logger,
  preview?: string[]
): Promise<void> {
  if (!git.pullRequest || !isPullRequestEvent(git.eventName) || !inputs.prComment) return
  if (!result.pushed && !result.digest) return
  const [owner, repo] = git.repository
    ? git.repository.split('/')
    : [github.context.repo.owner, github.context.repo.repo]
  const body = buildCommentBody(result, {
    images: inputs.images,
    headSha: git.pullRequest.headSha,
    preview
  })
  await upsertPreviewComment(
    { token: inputs.githubToken, owner, repo, issueNumber: git.pullRequest.number },
    body,
    logger
  )
}

/** The main step: inputs -> context -> pipeline -> outputs, summary and pull request comment. */
export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  try {
    const inputs = getInputs()
    const logger = actionsLogger(workspace)
    const git = await gitContext(inputs.workingDirectory)
    if (inputs.mode === 'cleanup') return await runCleanupMode(inputs, git, logger)
    // Pull request previews: pr-N and the base branch's image, read before the push.
    const baseRef = (github.context.payload.pull_request as { base?: { ref?: string } } | undefined)
      ?.base?.ref
    const session = await actionPreview(inputs, git, baseRef, logger)

    const result = await runPipeline(buildOptionsOf(inputs), git, logger, {
      // The post step saves exactly what this step restored, under the same key.
      onCacheRestored: (state: GoCacheState) => core.saveState(CACHE_STATE, JSON.stringify(state)),
      currentDigest: session?.currentDigest
    })

    for (const [name, value] of Object.entries(actionOutputs(result))) core.setOutput(name, value)
    const notice = pushNotice(inputs.push, result)
    if (notice) core.notice(notice)
    // A distributed build reports once, from its merge job: the platform jobs stay quiet.
    if (result.distribute === 'platform') return
    const facts = await session?.facts(result)
    const preview = facts ? renderPreview(facts) : undefined
    await writeSummary(result, preview)
    await commentOnPullRequest(inputs, git, result, logger, preview)
  } catch (error) {
    reportFailure(error, workspace)
  }
}

/** The post step (success only): save the Go caches the main step restored. Warnings only. */
export async function runPost(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  try {
    const saved = core.getState(CACHE_STATE)
    if (!saved) {
      core.info('Go cache: nothing to save (cache: false, or the main step stopped before it).')
      return
    }
    const state = JSON.parse(saved) as GoCacheState
    await saveGoCache({ state, logger: actionsLogger(workspace) })
  } catch (error) {
    core.warning(`Go cache not saved: ${error instanceof Error ? error.message : String(error)}`)
  }
}
