/** Where a message points: a file, and a line/column when there is one. */
export interface SourceLocation {
  file: string
  line?: number
  column?: number
}

/**
 * The library never talks to the Actions runtime; it reports through a Logger.
 * The action layer adapts @actions/core to it (annotations, groups); the CLI prints to stderr.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, location?: SourceLocation): void
  error(message: string, location?: SourceLocation): void
  /** Runs fn inside a named, collapsible log section. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** A logger that prints nothing: the default for library callers that pass none. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn()
}

/** A logger that records every message; handy for callers that want to inspect warnings. */
export interface RecordedMessage {
  level: 'debug' | 'info' | 'warning' | 'error'
  message: string
  location?: SourceLocation
}

export function recordingLogger(): Logger & { messages: RecordedMessage[] } {
  const messages: RecordedMessage[] = []
  return {
    messages,
    debug: message => void messages.push({ level: 'debug', message }),
    info: message => void messages.push({ level: 'info', message }),
    warning: (message, location) => void messages.push({ level: 'warning', message, location }),
    error: (message, location) => void messages.push({ level: 'error', message, location }),
    group: (_name, fn) => fn()
  }
}

/** Formats a location the way compilers do: file:line:column. */
export function formatLocation(location?: SourceLocation): string {
  if (!location) return ''
  let text = location.file
  if (location.line) text += `:${location.line}`
  if (location.line && location.column) text += `:${location.column}`
  return text
}
