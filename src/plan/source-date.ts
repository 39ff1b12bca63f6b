import { InputError } from '../errors.js'
import { readCommitTime } from '../util/git.js'

/**
 * The build date: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the
 * commit time (from the event, or git in the workspace), else 0. Never the wall clock, so two
 * builds of one commit give the same bytes.
 */
export async function resolveSourceDateEpoch(options: {
  env?: NodeJS.ProcessEnv
  /** The user's repository (working directory), asked when the commit time is not known. */
  repoDir?: string
  /** Already known, e.g. from the GitHub event. */
  commitTime?: number
  sha?: string
}): Promise<number> {
  const fromEnv = (options.env ?? process.env).SOURCE_DATE_EPOCH
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    if (!/^\d+$/.test(fromEnv.trim())) {
      throw new InputError({
        field: 'SOURCE_DATE_EPOCH',
        message: `"${fromEnv}" is not a number of seconds since 1970`,
        fix: 'set SOURCE_DATE_EPOCH to an integer such as $(git log -1 --format=%ct), or unset it'
      })
    }
    return Number(fromEnv.trim())
  }
  if (options.commitTime !== undefined) return options.commitTime
  if (options.repoDir) return (await readCommitTime(options.repoDir, options.sha)) ?? 0
  return 0
}
