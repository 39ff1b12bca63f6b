/**
 * `go build` failures, pointed back at the user's files. The compiler prints positions
 * relative to the folder it runs in (the generated engine workspace), e.g.
 * `../../src/policies/ratelimit/ratelimit.go:63:6`, which means nothing to the user; with
 * -trimpath some tools print module paths instead (`example.com/policies/ratelimit/x.go:12:3`,
 * or `module@version/x.go`). Each position is mapped to an absolute path in the module's own
 * folder (from discovery), so the CLI prints a path the user can open and the action
 * annotates the pull request at that file and line.
 */
import { isAbsolute, join, resolve } from 'node:path'
import type { LocatedMessage } from '../errors.js'

export interface SourceModule {
  /** Module path, e.g. example.com/policies/ratelimit. */
  module: string
  /** Absolute folder of the module's source. */
  dir: string
}

const POSITION = /^(\S+?\.go):(\d+)(?::(\d+))?: (.+)$/

/** The user's path of a file as go printed it, relative to the folder go ran in. */
export function mapGoPath(file: string, workspaceDir: string, modules: SourceModule[]): string {
  if (isAbsolute(file)) return file
  if (!file.startsWith('./') && !file.startsWith('../')) {
    // module[@version]/file.go: the longest module path that prefixes it.
    const unversioned = file.replace(/^([^@]+)@[^/]+\//, '$1/')
    const owner = modules
      .filter(m => unversioned.startsWith(`${m.module}/`))
      .sort((a, b) => b.module.length - a.module.length)[0]
    if (owner) return join(owner.dir, unversioned.slice(owner.module.length + 1))
  }
  return resolve(workspaceDir, file)
}

/**
 * Rewrites go's output with the user's paths, and returns every positioned line as a
 * LocatedMessage (the `# package` headers and other lines are kept in the text only).
 */
export function locateGoErrors(
  output: string,
  workspaceDir: string,
  modules: SourceModule[]
): { text: string; located: LocatedMessage[] } {
  const located: LocatedMessage[] = []
  const lines = output.split('\n').map(line => {
    const match = POSITION.exec(line.trimEnd())
    if (!match) return line
    const [, file, lineText, columnText, message] = match
    const location = {
      file: mapGoPath(file, workspaceDir, modules),
      line: Number(lineText),
      ...(columnText ? { column: Number(columnText) } : {})
    }
    located.push({ message, location })
    return `${location.file}:${lineText}${columnText ? `:${columnText}` : ''}: ${message}`
  })
  return { text: lines.join('\n'), located }
}
