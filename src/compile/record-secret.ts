/**
 * A random secret of this machine (its cache folder), mixed into the content keys of the
 * records that let a run reuse earlier outputs (compile/reuse.ts, compile/unchanged-run.ts).
 *
 * Why: the inputs of a key are all readable by whoever wrote them, so anyone able to put files
 * in the output folder (say, a pull request committing a `--out` folder with a binary and its
 * record) could compute a matching key and have a binary shipped that was never compiled from
 * the sources. With the secret in the key, only records this machine wrote can match. It lives
 * beside the tool's caches, never in the folders saved through @actions/cache, so a fresh
 * runner simply starts without reusable records.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { cacheRoot } from '../discover/goscan.js'

const known = new Map<string, string>()

/** The secret of the cache folder `env` names; created (owner-only) on first use. */
export function recordSecret(env: NodeJS.ProcessEnv): string {
  const file = join(cacheRoot(env), 'record-secret')
  let secret = known.get(file)
  if (secret) return secret
  secret = readSecret(file)
  if (!secret) {
    mkdirSync(dirname(file), { recursive: true })
    const fresh = randomBytes(32).toString('hex')
    try {
      // 'wx': two runs starting together keep the first one's secret.
      writeFileSync(file, fresh, { mode: 0o600, flag: 'wx' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      // Left unreadable (a run killed while writing it): start over.
      if (!readSecret(file)) writeFileSync(file, fresh, { mode: 0o600 })
    }
    secret = readSecret(file) ?? fresh
  }
  known.set(file, secret)
  return secret
}

function readSecret(file: string): string | undefined {
  try {
    const text = readFileSync(file, 'utf8').trim()
    return /^[0-9a-f]{64}$/.test(text) ? text : undefined
  } catch {
    return undefined
  }
}
