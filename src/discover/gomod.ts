/**
 * Reading go.mod files.
 *
 * The parsing itself is Go's: `go mod edit -json FILE` runs golang.org/x/mod/modfile, the
 * parser the go command uses, so quoting, comments, blocks and `// indirect` mean exactly
 * what they mean to `go build`, and a malformed file is refused with Go's own message. Its
 * JSON has no line numbers, so a light scan of the text adds them for the module directive
 * and for each replace (in file order, which is the order of the JSON list).
 */
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { InputError, type Problem } from '../errors.js'
import type { GoMod } from '../types.js'
import { runGo } from '../go/command.js'

interface GoModJson {
  Module?: { Path: string }
  Go?: string
  Toolchain?: string
  Require?: { Path: string; Version: string; Indirect?: boolean }[] | null
  Replace?:
    { Old: { Path: string; Version?: string }; New: { Path: string; Version?: string } }[] | null
}

/** GoMod plus where the module directive is, for messages about the module path. */
export interface GoModWithLines extends GoMod {
  moduleLine: number
}

/** Parses the go.mod at `file` with the Go toolchain. Throws InputError naming file:line. */
export async function readGoMod(
  file: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<GoModWithLines> {
  const text = await readFile(file, 'utf8')
  // cwd outside any module and GOTOOLCHAIN=local: reading a go.mod must never switch or
  // download a toolchain because of a `go`/`toolchain` line in it.
  const result = await runGo(['mod', 'edit', '-json', file], {
    cwd: tmpdir(),
    env,
    step: 'discover',
    timeoutMs: 60_000
  })
  if (result.exitCode !== 0) {
    throw new InputError(goModProblems(file, result.stderr))
  }
  const json = JSON.parse(result.stdout) as GoModJson
  if (!json.Module?.Path) {
    throw new InputError({
      file,
      line: 1,
      message: 'go.mod has no module directive',
      fix: 'add a line `module example.com/your/policy` at the top'
    })
  }
  const lines = scanLines(text)
  const replaces = (json.Replace ?? []).map((r, i) => ({
    oldPath: r.Old.Path,
    oldVersion: r.Old.Version,
    newPath: r.New.Path,
    newVersion: r.New.Version,
    line: lines.replaceLines[i] ?? lines.moduleLine
  }))
  return {
    file,
    module: json.Module.Path,
    moduleLine: lines.moduleLine,
    go: json.Go,
    toolchain: json.Toolchain,
    requires: (json.Require ?? []).map(r => ({
      path: r.Path,
      version: r.Version,
      indirect: r.Indirect === true
    })),
    replaces
  }
}

/** Turns `go: errors parsing go.mod:\nFILE:LINE[:COL]: message` into problems. */
export function goModProblems(file: string, stderr: string): Problem[] {
  const problems: Problem[] = []
  for (const raw of stderr.split('\n')) {
    const match = /^(.*?):(\d+)(?::(\d+))?: (.*)$/.exec(raw.trim())
    if (match && !raw.startsWith('go: ')) {
      problems.push({
        file,
        line: Number(match[2]),
        column: match[3] ? Number(match[3]) : undefined,
        message: `go.mod: ${match[4]}`,
        fix: 'correct go.mod (see https://go.dev/ref/mod#go-mod-file), e.g. with `go mod edit`'
      })
    }
  }
  if (problems.length === 0) {
    problems.push({
      file,
      message: `go.mod cannot be read by Go: ${stderr.trim() || 'unknown error'}`,
      fix: 'correct go.mod (see https://go.dev/ref/mod#go-mod-file)'
    })
  }
  return problems
}

/**
 * Finds the line of the module directive and of every replace, single-line or inside a
 * `replace ( ... )` block. Comments are dropped first; quoted paths cannot contain a
 * newline, so a line-based scan does not need a tokenizer.
 */
export function scanLines(text: string): { moduleLine: number; replaceLines: number[] } {
  let moduleLine = 1
  let moduleFound = false
  const replaceLines: number[] = []
  let inBlock: string | undefined
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (!line) return
    const lineNumber = index + 1
    if (inBlock) {
      if (line === ')') inBlock = undefined
      else if (inBlock === 'replace') replaceLines.push(lineNumber)
      return
    }
    const [verb, rest] = splitVerb(line)
    if (rest === '(') {
      inBlock = verb
      return
    }
    if (verb === 'module' && !moduleFound) {
      moduleFound = true
      moduleLine = lineNumber
    } else if (verb === 'replace') {
      replaceLines.push(lineNumber)
    }
  })
  return { moduleLine, replaceLines }
}

function splitVerb(line: string): [string, string] {
  const match = /^(\S+)\s*(.*)$/.exec(line)
  return match ? [match[1], match[2].trim()] : [line, '']
}
