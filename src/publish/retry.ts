import type { Logger } from '../logger.js'

/**
 * An HTTP status in the words registries and buildx use around it ("status 429",
 * "response status code 503", "HTTP/1.1 500"). A bare number is not enough: BuildKit prefixes
 * every progress line with a timestamp such as `#5 0.429`.
 */
const status = (codes: string): RegExp =>
  new RegExp(`(?:status(?: code)?|code|HTTP/[\\d.]+)\\W{0,3}(?:${codes})\\b`, 'i')

/**
 * Registry failures worth another try: rate limits, server errors, dropped connections.
 * Authentication and "not found" failures are not: retrying them only wastes time.
 */
const TRANSIENT: RegExp[] = [
  status('429'),
  /too ?many ?requests/i,
  /\b(?:internal server error|bad gateway|service unavailable|gateway time-?out)\b/i,
  /unexpected status(?: code)?:? 5\d\d\b/i,
  status('5\\d\\d'),
  /connection reset by peer/i,
  /\bECONNRESET\b/,
  /use of closed network connection/i,
  // Go's net/http reports a connection the server closed mid-request as `...: EOF`.
  /:\s*EOF\s*$/m,
  /i\/o timeout/i,
  /TLS handshake timeout/i,
  /unexpected EOF/i,
  /broken pipe/i,
  /temporary failure in name resolution/i
]

const PERMANENT: RegExp[] = [status('401|403'), /\bunauthorized\b/i, /\bforbidden\b/i, /denied/i]

/** True when the output of a failed buildx/docker command looks like a transient registry error. */
export function isTransient(output: string): boolean {
  if (PERMANENT.some(pattern => pattern.test(output))) return false
  return TRANSIENT.some(pattern => pattern.test(output))
}

export interface RetryOptions {
  /** Total attempts, the first one included. */
  attempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000 }

/** Exponential backoff: base, 2*base, 4*base... capped at max. attempt counts from 1. */
export function backoffDelay(attempt: number, options: RetryOptions): number {
  return Math.min(options.baseDelayMs * 2 ** (attempt - 1), options.maxDelayMs)
}

export interface Attempt<T> {
  ok: boolean
  value: T
  /** What to test with isTransient when ok is false. */
  output: string
}

/**
 * Runs fn until it succeeds, fails permanently, or runs out of attempts; returns the last
 * attempt and how many were made. Waits between attempts with exponential backoff.
 */
export async function withRetry<T>(
  what: string,
  fn: (attempt: number) => Promise<Attempt<T>>,
  options: RetryOptions,
  logger: Logger,
  sleep: (ms: number) => Promise<void> = ms => new Promise(resolve => setTimeout(resolve, ms))
): Promise<Attempt<T> & { attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const result = await fn(attempt)
    if (result.ok || attempt >= options.attempts || !isTransient(result.output)) {
      return { ...result, attempts: attempt }
    }
    const delay = backoffDelay(attempt, options)
    logger.warning(
      `${what} failed with a transient registry error (attempt ${attempt}/${options.attempts}); retrying in ${Math.round(delay / 1000)}s`
    )
    await sleep(delay)
  }
}
