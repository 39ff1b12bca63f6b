/**
 * Lets the process end on its own, but no later than graceMs from now: after a cache call
 * timed out, @actions/cache can leave a socket open that would keep Node (and the job) alive.
 * The timer is unref'd, so it never delays a process that is free to exit.
 */
export function exitSoon(code: number, graceMs = 3_000): void {
  process.exitCode = code
  setTimeout(() => process.exit(code), graceMs).unref()
}
