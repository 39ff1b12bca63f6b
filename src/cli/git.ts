import type { GitContext } from '../types.js'
import { run } from '../util/exec.js'
import { readCommitTime } from '../util/git.js'

async function git(dir: string, args: string[]): Promise<string | undefined> {
  try {
    const result = await run('git', ['-C', dir, ...args], { timeoutMs: 20_000 })
    return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined
  } catch {
    return undefined // git not installed: a local build without revision metadata
  }
}

/** https://github.com/owner/repo from an https or ssh remote URL; other URLs without credentials. */
export function repositoryUrlOf(remote: string | undefined): string | undefined {
  if (!remote) return undefined
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)[:/](.+?)(?:\.git)?\/?$/.exec(remote)
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`
  try {
    const url = new URL(remote)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    url.username = ''
    url.password = ''
    return url
      .toString()
      .replace(/\.git\/?$/, '')
      .replace(/\/$/, '')
  } catch {
    return undefined
  }
}

/**
 * The CLI's view of the revision being built, from the git checkout of the working directory:
 * an exact tag wins over the branch (like a tag push), and the commit time feeds
 * SOURCE_DATE_EPOCH. Outside a git checkout every field is simply absent.
 */
export async function localGitContext(dir: string): Promise<GitContext> {
  const [sha, tag, branch, time, remote] = await Promise.all([
    git(dir, ['rev-parse', 'HEAD']),
    git(dir, ['describe', '--tags', '--exact-match', 'HEAD']),
    git(dir, ['symbolic-ref', '-q', 'HEAD']),
    readCommitTime(dir),
    git(dir, ['remote', 'get-url', 'origin'])
  ])
  const repositoryUrl = repositoryUrlOf(remote)
  const context: GitContext = { eventName: 'local' }
  if (tag) context.ref = `refs/tags/${tag}`
  else if (branch) context.ref = branch
  if (sha) context.sha = sha
  if (time !== undefined) context.commitTime = time
  if (repositoryUrl) {
    context.repositoryUrl = repositoryUrl
    const path = /^https?:\/\/github\.com\/([^/]+\/[^/]+)$/.exec(repositoryUrl)
    if (path) context.repository = path[1]
  }
  return context
}
