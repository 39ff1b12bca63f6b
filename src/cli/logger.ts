import { formatLocation, type Logger, type SourceLocation } from '../logger.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** stdout is a terminal: the human summary instead of JSON (unless --json). */
  stdoutIsTTY?: boolean
  /** stderr is a terminal: colors (unless NO_COLOR) and live progress. */
  stderrIsTTY?: boolean
}

export const processIo: CliIo = {
  stdout: text => void process.stdout.write(text),
  stderr: text => void process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true
}

/** ANSI styles, or none (not a terminal, or NO_COLOR set to anything: no-color.org). */
export interface Style {
  bold: (text: string) => string
  dim: (text: string) => string
  red: (text: string) => string
  yellow: (text: string) => string
  green: (text: string) => string
}

const plain = (text: string): string => text
export const NO_STYLE: Style = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain }

export function styleFor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): Style {
  if (!isTTY || env.NO_COLOR !== undefined) return NO_STYLE
  const sgr = (open: number, close: number) => (text: string) =>
    `\u001b[${open}m${text}\u001b[${close}m`
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39)
  }
}

function located(message: string, location?: SourceLocation): string {
  const where = formatLocation(location)
  return where ? `${where}: ${message}` : message
}

export interface CliLoggerOptions {
  verbose?: boolean
  /** Only warnings and errors. */
  quiet?: boolean
  style?: Style
  /** While a step runs longer than this, a line says it is still running (default 10 s). */
  heartbeatMs?: number
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`
}

/**
 * The CLI's logger: everything goes to stderr, so stdout carries only the command's result.
 * Warnings and errors read like compiler messages (`warning: file:line: message`). Each step
 * prints `==> Step`, a `still running` line every heartbeat while it runs, and its duration.
 */
export function cliLogger(io: CliIo, options: CliLoggerOptions | boolean = {}): Logger {
  const {
    verbose,
    quiet,
    style = NO_STYLE,
    heartbeatMs = 10_000
  } = typeof options === 'boolean' ? { verbose: options } : options
  const info = (text: string): void => {
    if (!quiet) io.stderr(`${text}\n`)
  }
  return {
    debug: message => {
      if (verbose) io.stderr(style.dim(`debug: ${message}`) + '\n')
    },
    info: message => info(message),
    warning: (message, location) =>
      io.stderr(`${style.yellow('warning:')} ${located(message, location)}\n`),
    error: (message, location) =>
      io.stderr(`${style.red('error:')} ${located(message, location)}\n`),
    group: async (name, fn) => {
      info(style.bold(`==> ${name}`))
      const started = Date.now()
      const timer = quiet
        ? undefined
        : setInterval(
            () => info(style.dim(`    ... ${name}: ${seconds(Date.now() - started)}`)),
            heartbeatMs
          )
      timer?.unref()
      try {
        const result = await fn()
        info(style.dim(`    ${name}: done in ${seconds(Date.now() - started)}`))
        return result
      } finally {
        if (timer) clearInterval(timer)
      }
    }
  }
}
