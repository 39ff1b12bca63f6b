import { formatLocation, type Logger, type SourceLocation } from '../logger.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export const processIo: CliIo = {
  stdout: text => void process.stdout.write(text),
  stderr: text => void process.stderr.write(text)
}

function located(message: string, location?: SourceLocation): string {
  const where = formatLocation(location)
  return where ? `${where}: ${message}` : message
}

/**
 * The CLI's logger: everything goes to stderr, so stdout carries only the command's result
 * (the plan JSON). Warnings read like compiler messages: `warning: file:line: message`.
 */
export function cliLogger(io: CliIo, verbose = false): Logger {
  return {
    debug: message => {
      if (verbose) io.stderr(`debug: ${message}\n`)
    },
    info: message => io.stderr(`${message}\n`),
    warning: (message, location) => io.stderr(`warning: ${located(message, location)}\n`),
    error: (message, location) => io.stderr(`error: ${located(message, location)}\n`),
    group: async (name, fn) => {
      io.stderr(`==> ${name}\n`)
      return fn()
    }
  }
}
