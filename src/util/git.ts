import { run } from './exec.js'

/**
 * The one place that reads a commit time: `git log -1 --format=%ct` of `sha` (or HEAD) in
 * `dir`, the source of SOURCE_DATE_EPOCH. Undefined outside a git checkout or without git.
 */
export async function readCommitTime(dir: string, sha?: string): Promise<number | undefined> {
  try {
    const result = await run('git', ['log', '-1', '--format=%ct', ...(sha ? [sha] : [])], {
      cwd: dir,
      timeoutMs: 20_000
    })
    if (result.exitCode !== 0) {
      if (!sha) return undefined
      // The head sha may not be checked out (merge commit checkout): fall back to HEAD.
      return readCommitTime(dir)
    }
    const text = result.stdout.trim()
    return /^\d+$/.test(text) ? Number(text) : undefined
  } catch {
    return undefined // git not installed
  }
}
