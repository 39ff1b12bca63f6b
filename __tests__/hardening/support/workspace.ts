/**
 * A throw-away workspace for one corpus case: a temp root holding `ws/` (the workspace the
 * CLI is pointed at, seeded from __tests__/fixtures/corpus/<fixture>/) and `out/` (the --out
 * folder, which a rejected input must leave without a Dockerfile, binaries or imports.go).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { main } from '../../../src/cli/index.js'

export const CORPUS = resolve('__tests__/fixtures/corpus')

export interface CaseWorkspace {
  root: string
  ws: string
  out: string
}

export function makeWorkspace(
  fixture: string | undefined,
  files: Record<string, string> = {}
): CaseWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'pe-corpus-'))
  const ws = join(root, 'ws')
  mkdirSync(ws)
  if (fixture) cpSync(join(CORPUS, fixture), ws, { recursive: true })
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, path)), { recursive: true })
    writeFileSync(join(ws, path), text)
  }
  return { root, ws, out: join(root, 'out') }
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the real CLI entry point in-process, capturing what it prints. */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    cwd,
    io: {
      stdout: text => void (stdout += text),
      stderr: text => void (stderr += text)
    }
  })
  return { code, stdout, stderr }
}

/** What a rejected input must not have produced in the --out folder. */
export function halfWritten(out: string): string[] {
  if (!existsSync(out)) return []
  const entries = readdirSync(out)
  return ['Dockerfile', 'bin', 'imports.go', 'go.mod', 'image.oci.tar'].filter(name =>
    entries.includes(name)
  )
}

/** A previous output of ours (marker and one file), as a refused run must leave it. */
export function seedPreviousOutput(out: string): void {
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, '.policy-engine-build'), 'previous output\n')
  writeFileSync(join(out, 'previous.txt'), 'from the last build\n')
}

/** Every file under a folder with its content: equal snapshots mean nothing was touched. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (folder: string, prefix: string) => {
    if (!existsSync(folder)) return
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name)
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`)
      else files[`${prefix}${name}`] = readFileSync(path, 'utf8')
    }
  }
  walk(dir, '')
  return files
}
