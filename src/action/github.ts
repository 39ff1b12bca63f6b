import type { GitContext } from '../types.js'
import { run } from '../util/exec.js'

/**
 * The parts of @actions/github's `context` this module reads. Kept as a plain shape so the
 * mapping is a pure function, table-tested with recorded webhook payloads.
 */
export interface ActionsContext {
  eventName: string
  sha: string
  ref: string
  serverUrl: string
  payload: Record<string, unknown>
}

// Webhook payloads are loosely typed; these readers keep the mapping below readable.
type Json = Record<string, unknown>
const obj = (value: unknown): Json | undefined =>
  value && typeof value === 'object' ? (value as Json) : undefined
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

function epochSeconds(timestamp: unknown): number | undefined {
  const text = str(timestamp)
  if (!text) return undefined
  const ms = Date.parse(text)
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000)
}

/** pull_request and pull_request_target carry the same pull_request object. */
export function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target'
}

/**
 * A pull request comes from a fork when its head lives in another repository (or the fork was
 * deleted: head.repo is null). We compare repositories rather than reading head.repo.fork,
 * which is also true for a same-repository pull request inside a repository that is itself a
 * fork, and would wrongly refuse to push there.
 */
function fromFork(pullRequest: Json): boolean {
  const headRepo = obj(obj(pullRequest.head)?.repo)
  const baseRepo = obj(obj(pullRequest.base)?.repo)
  if (!headRepo) return true
  return str(headRepo.full_name) !== str(baseRepo?.full_name)
}

/** Maps the GitHub Actions event to what the pipeline needs. Pure: no I/O. */
export function gitContextFromActions(context: ActionsContext): GitContext {
  const payload = context.payload ?? {}
  const repository = obj(payload.repository)
  const fullName = str(repository?.full_name)
  const license = str(obj(repository?.license)?.spdx_id)
  const git: GitContext = {
    eventName: context.eventName,
    ref: str(context.ref),
    sha: str(context.sha),
    repository: fullName,
    repositoryUrl:
      str(repository?.html_url) ??
      (fullName ? `${context.serverUrl || 'https://github.com'}/${fullName}` : undefined),
    defaultBranch: str(repository?.default_branch),
    license: license && license !== 'NOASSERTION' ? license : undefined,
    description: str(repository?.description)
  }

  const pullRequest = obj(payload.pull_request)
  if (isPullRequestEvent(context.eventName) && pullRequest) {
    const number = Number(pullRequest.number ?? payload.number)
    const headSha = str(obj(pullRequest.head)?.sha) ?? git.sha ?? ''
    git.pullRequest = { number, headSha, fromFork: fromFork(pullRequest) }
    // Images are built from the head commit; GITHUB_SHA is the (ephemeral) merge commit.
    git.sha = headSha || git.sha
    git.ref = git.ref ?? `refs/pull/${number}/merge`
  } else if (context.eventName === 'push') {
    git.ref = str(payload.ref) ?? git.ref
    const after = str(payload.after)
    if (after && !/^0+$/.test(after)) git.sha = after
    git.commitTime = epochSeconds(obj(payload.head_commit)?.timestamp)
  } else if (context.eventName === 'release') {
    const tag = str(obj(payload.release)?.tag_name)
    if (tag) git.ref = `refs/tags/${tag}`
  }
  return dropUndefined(git)
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** The commit checked out in the workspace, when it is a git work tree. */
export async function checkedOutSha(dir: string): Promise<string | undefined> {
  try {
    const result = await run('git', ['rev-parse', 'HEAD'], { cwd: dir, timeoutMs: 20_000 })
    return result.exitCode === 0 ? result.stdout.trim() : undefined
  } catch {
    return undefined
  }
}

/**
 * pull_request_target runs with the base repository's secrets and a token that can write, and
 * GITHUB_SHA is the base branch. When the workspace holds the pull request's head instead,
 * untrusted code is built and published with those credentials: say so loudly.
 */
export function pullRequestTargetWarning(
  git: GitContext,
  workspaceSha: string | undefined
): string | undefined {
  if (git.eventName !== 'pull_request_target' || !git.pullRequest) return undefined
  const head = git.pullRequest.headSha
  if (!workspaceSha || !head || workspaceSha !== head) return undefined
  return (
    `pull_request_target with the pull request head (${head.slice(0, 7)}) checked out: ` +
    'this builds code from the pull request with the base repository secrets and a write token. ' +
    'Prefer the pull_request event, or build the head in a job without secrets.'
  )
}

/**
 * The notice for a push that push: auto decided against (a pull request from a fork, no image
 * name): the build succeeded, and the user should see at a glance why nothing was published.
 */
export function pushNotice(
  push: 'auto' | 'true' | 'false',
  result: { pushed: boolean; pushSkippedReason?: string; stoppedAfter?: string }
): string | undefined {
  // output: none (or oci) asked for no push: nothing to explain.
  if (push !== 'auto' || result.pushed || !result.pushSkippedReason) return undefined
  if (result.stoppedAfter || /^output is /.test(result.pushSkippedReason)) return undefined
  return `Image not pushed: ${result.pushSkippedReason}`
}
