/**
 * Reading go.mod files.
 *
 * The parsing itself is Go's: `go mod edit -json FILE` runs golang.org/x/mod/modfile, the
 * parser the go command uses, so quoting, comments, blocks and `// indirect` mean exactly
 * what they mean to `go build`, and a malformed file is refused with Go's own message. Its
 * JSON has no line numbers, so a light scan of the text adds them for the module directive
 * and for each replace (in file order, which is the order of the JSON list).
 *
 * One process per go.mod is what made `plan` slow on many modules (1,000 spawns of a large
 * Node process: ~5 s of 7). So a go.mod written in the plain subset every `go mod init` /
 * `go mod tidy` writes (module, go, toolchain, require and replace lines or blocks, canonical
 * versions, unquoted paths, `// indirect`) is read here, giving exactly the JSON Go gives
 * (a test compares the two on a corpus); anything else (quotes, exclude, retract, tool,
 * godebug, odd versions, a malformed line) goes to `go mod edit -json`, so Go's parser and
 * messages decide every file outside the subset. Go still parses every go.mod when the
 * workspace is tidied and built.
 */
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { InputError, type Problem } from '../errors.js'
import type { GoMod } from '../types.js'
import { runGo } from '../go/command.js'

export interface GoModJson {
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
  env: NodeJS.ProcessEnv = process.env,
  options: { useGo?: boolean } = {}
): Promise<GoModWithLines> {
  const text = await readFile(file, 'utf8')
  const json = (!options.useGo && parsePlainGoMod(text)) || (await goModEditJson(file, env))
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

/** At most this many `go mod edit -json` at once: 1,000 at once only fight for 2 cores. */
const GO_MOD_EDIT_CONCURRENCY = 4
let running = 0
const waiting: (() => void)[] = []

async function goModEditJson(file: string, env: NodeJS.ProcessEnv): Promise<GoModJson> {
  if (running >= GO_MOD_EDIT_CONCURRENCY) await new Promise<void>(r => waiting.push(r))
  running++
  try {
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
    return JSON.parse(result.stdout) as GoModJson
  } finally {
    running--
    waiting.shift()?.()
  }
}

const PATH = /^[A-Za-z0-9][A-Za-z0-9._~+-]*(\/[A-Za-z0-9._~+-]+)*$/
const VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/
const GO_VERSION = /^[1-9][0-9]*\.(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?$/
const TOOLCHAIN = /^go1\.(0|[1-9]\d*)(\.(0|[1-9]\d*))?((rc|beta)[1-9]\d*)?$/
const LOCAL = /^(\.\.?\/|\/)[A-Za-z0-9._~+/-]*$/

/** A required module path and version that Go accepts as they are (major version agreeing). */
function plainRequire(path: string, version: string): boolean {
  if (!PATH.test(path) || !path.split('/')[0].includes('.') || !VERSION.test(version)) return false
  if (path.startsWith('gopkg.in/')) return false
  const major = /\/v([0-9]+)$/.exec(path)
  const versionMajor = Number(/^v(\d+)/.exec(version)![1])
  if (major) return Number(major[1]) >= 2 && versionMajor === Number(major[1])
  return versionMajor <= 1
}

/**
 * The go.mod JSON of `go mod edit -json` for a file in the plain subset, else undefined
 * (the caller asks Go). Conservative: whatever is not certainly read as Go reads it is left
 * to Go.
 */
export function parsePlainGoMod(text: string): GoModJson | undefined {
  if (/[^\t\n\r -~]/.test(text) || /["`]/.test(text)) return undefined
  const json: GoModJson = {}
  const requires: NonNullable<GoModJson['Require']> = []
  const replaces: NonNullable<GoModJson['Replace']> = []
  let block: 'require' | 'replace' | undefined
  const require = (fields: string[], comment: string | undefined): boolean => {
    if (fields.length !== 2 || !plainRequire(fields[0], fields[1])) return false
    if (requires.some(r => r.Path === fields[0])) return false
    const indirect = comment !== undefined && /^indirect(;|$)/.test(comment.trim())
    requires.push({ Path: fields[0], Version: fields[1], ...(indirect ? { Indirect: true } : {}) })
    return true
  }
  const replace = (fields: string[]): boolean => {
    const arrow = fields.indexOf('=>')
    if (arrow < 1 || arrow > 2) return false
    const [oldPath, oldVersion] = fields.slice(0, arrow)
    const [newPath, newVersion, ...rest] = fields.slice(arrow + 1)
    if (rest.length > 0 || !newPath || !PATH.test(oldPath)) return false
    if (oldVersion !== undefined && !VERSION.test(oldVersion)) return false
    if (LOCAL.test(newPath)) {
      if (newVersion !== undefined) return false
    } else if (newVersion === undefined || !plainRequire(newPath, newVersion)) {
      return false
    }
    replaces.push({
      Old: { Path: oldPath, ...(oldVersion ? { Version: oldVersion } : {}) },
      New: { Path: newPath, ...(newVersion ? { Version: newVersion } : {}) }
    })
    return true
  }
  for (const raw of text.split(/\r?\n/)) {
    const at = raw.indexOf('//')
    // `//` inside a token (`../a//b`) is not a comment to Go's lexer: left to Go.
    if (at > 0 && !/[ \t]/.test(raw[at - 1])) return undefined
    const comment = at >= 0 ? raw.slice(at + 2) : undefined
    const fields = (at >= 0 ? raw.slice(0, at) : raw)
      .trim()
      .split(/[ \t]+/)
      .filter(Boolean)
    if (fields.length === 0) continue
    if (block) {
      if (fields.length === 1 && fields[0] === ')') block = undefined
      else if (!(block === 'require' ? require(fields, comment) : replace(fields))) return undefined
      continue
    }
    const [verb, ...args] = fields
    if ((verb === 'require' || verb === 'replace') && args.length === 1 && args[0] === '(') {
      block = verb
      continue
    }
    if (verb === 'module' && args.length === 1 && !json.Module && PATH.test(args[0])) {
      json.Module = { Path: args[0] }
    } else if (verb === 'go' && args.length === 1 && !json.Go && GO_VERSION.test(args[0])) {
      json.Go = args[0]
    } else if (verb === 'toolchain' && args.length === 1 && !json.Toolchain) {
      if (!TOOLCHAIN.test(args[0])) return undefined
      json.Toolchain = args[0]
    } else if (
      !(verb === 'require' ? require(args, comment) : verb === 'replace' && replace(args))
    ) {
      return undefined
    }
  }
  if (block || !json.Module) return undefined
  json.Require = requires.length ? requires : null
  json.Replace = replaces.length ? replaces : null
  return json
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
