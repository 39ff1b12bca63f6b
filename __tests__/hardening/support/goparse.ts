import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { run } from '../../../src/util/exec.js'

/** What goparse/main.go reports for one file (see there). */
export interface GoFileReport {
  file: string
  error?: string
  package: string
  imports: string[]
  aliases: string[]
  sources: string[]
  calls: number
  funcs: string[]
  varSpecs: number
  other: number
}

/**
 * Parses many Go files with Go's own parser in ONE process (a `go run` per fuzz run would
 * take minutes): writes them to a temp folder, runs goparse on all of them, returns the
 * reports in the same order.
 */
export async function parseGoFiles(sources: string[]): Promise<GoFileReport[]> {
  if (sources.length === 0) return []
  const dir = mkdtempSync(join(tmpdir(), 'pe-goparse-'))
  try {
    const files = sources.map((source, i) => {
      const file = join(dir, `imports_${i}.go`)
      writeFileSync(file, source)
      return file
    })
    const binary = join(dir, 'goparse')
    const build = await run('go', ['build', '-o', binary, './main.go'], {
      cwd: resolve('__tests__/hardening/support/goparse'),
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOWORK: 'off' },
      timeoutMs: 300_000
    })
    if (build.exitCode !== 0) throw new Error(`building goparse failed: ${build.stderr}`)
    const result = await run(binary, files, { timeoutMs: 300_000 })
    if (result.exitCode !== 0) throw new Error(`goparse failed: ${result.stderr}`)
    return JSON.parse(result.stdout) as GoFileReport[]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** gofmt -e -l over the same batch: exit 0 and no output means every file parses. */
export async function gofmtCheck(sources: string[]): Promise<{ exitCode: number; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pe-gofmt-'))
  try {
    sources.forEach((source, i) => writeFileSync(join(dir, `imports_${i}.go`), source))
    const result = await run('gofmt', ['-e', '-l', dir], { timeoutMs: 300_000 })
    return { exitCode: result.exitCode, stderr: result.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
