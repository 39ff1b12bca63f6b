import type { Logger } from '../logger.js'

/**
 * @actions/cache reports through @actions/core, which writes workflow commands to stdout
 * (`::warning::Failed to restore: ...`, and `::error::` for a 5xx). The library must speak
 * through its Logger instead: an unreachable cache service is a warning for us (never an
 * error annotation), and the CLI must not get workflow commands on its stdout. So while a
 * cache call runs, its stdout lines are routed to the logger. `::add-mask::` lines still go
 * to stdout untouched: on a runner they hide signed URLs from the log.
 */

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** What a routed call said at warning level or above, for the caller to decide on. */
export interface RoutedMessages {
  problems: string[]
}

function route(line: string, logger: Logger, seen: RoutedMessages): boolean {
  const command = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
  if (!command) {
    if (line.trim()) logger.info(line)
    return true
  }
  const [, name, data] = command
  const message = unescapeData(data)
  switch (name) {
    case 'add-mask':
      return false
    case 'debug':
      logger.debug(message)
      return true
    case 'warning':
    case 'error':
      seen.problems.push(message)
      logger.warning(`Go cache: ${message}`)
      return true
    default:
      logger.debug(line)
      return true
  }
}

/**
 * Runs fn with stdout lines routed to the logger. The hook is removed when fn settles or
 * when `release` is called (a timed-out call may keep running; its late lines then reach
 * stdout as they would have without us).
 */
export function routeCacheOutput<T>(
  logger: Logger,
  fn: () => Promise<T>
): { promise: Promise<T>; messages: RoutedMessages; release: () => void } {
  const stdout = process.stdout
  const original = stdout.write
  const messages: RoutedMessages = { problems: [] }
  let pending = ''
  let released = false
  // A logger that itself writes to stdout (the action's does) must not be routed back into
  // itself: while a line is being routed, writes go straight through.
  let routing = false
  const hook = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (routing) return original.call(stdout, chunk as string, ...(rest as []))
    const text =
      typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8')
    pending += text
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    const passThrough: string[] = []
    for (const raw of lines) {
      const line = raw.replace(/\r$/, '')
      routing = true
      try {
        if (!route(line, logger, messages)) passThrough.push(`${line}\n`)
      } finally {
        routing = false
      }
    }
    if (passThrough.length > 0) return original.call(stdout, passThrough.join(''), ...(rest as []))
    const callback = rest.find(arg => typeof arg === 'function') as (() => void) | undefined
    callback?.()
    return true
  } as typeof stdout.write
  stdout.write = hook
  const release = (): void => {
    if (released) return
    released = true
    if (stdout.write === hook) stdout.write = original
    if (pending) route(pending, logger, messages)
    pending = ''
  }
  const promise = (async () => {
    try {
      return await fn()
    } finally {
      release()
    }
  })()
  return { promise, messages, release }
}
