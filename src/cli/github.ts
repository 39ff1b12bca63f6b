import { readFile } from 'node:fs/promises'
import {
  gitContextFromActions,
  pullRequestTargetWarning,
  type ActionsContext
} from '../action/github.js'
import type { GitContext } from '../types.js'
import { localGitContext } from './git.js'

/**
 * Inside a GitHub Actions job (`run: npx policy-engine-build build`) the event decides the
 * tags, as it does for the action: the same GITHUB_* variables and event payload that
 * @actions/github's context reads. Undefined outside a workflow run.
 */
export async function actionsContextFromEnv(
  env: NodeJS.ProcessEnv
): Promise<ActionsContext | undefined> {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_EVENT_PATH) return undefined
  let payload: Record<string, unknown> = {}
  try {
    payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
  } catch {
    // No readable event (a local `act` run, say): the variables alone still name the ref.
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    payload
  }
}

/**
 * The revision the CLI builds: the workflow event when it runs inside GitHub Actions (so a
 * pull request gets pr-N, never latest), else the local checkout. As in the action, the
 * commit actually checked out is what is stamped, and its time feeds SOURCE_DATE_EPOCH.
 */
export async function cliGitContext(
  dir: string,
  env: NodeJS.ProcessEnv,
  warn: (message: string) => void
): Promise<GitContext> {
  const local = await localGitContext(dir)
  const actions = await actionsContextFromEnv(env)
  if (!actions || !actions.eventName) return local
  const git = gitContextFromActions(actions)
  const warning = pullRequestTargetWarning(git, local.sha)
  if (warning) warn(warning)
  if (local.sha) git.sha = local.sha
  if (git.commitTime === undefined && local.commitTime !== undefined) {
    git.commitTime = local.commitTime
  }
  return git
}
