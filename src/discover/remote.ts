/**
 * Remote policy modules (`module` + `version` in the manifest) are fetched the way Go fetches
 * any dependency: `go mod download -json module@version`, through GOPROXY (default
 * proxy.golang.org) with checksum verification against GOSUMDB, into GOMODCACHE. The source
 * is then read from the module cache directory Go reports.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError, type Problem } from '../errors.js'
import { runGo } from '../go/command.js'

export interface DownloadedModule {
  module: string
  version: string
  /** The extracted module in GOMODCACHE (read-only). */
  dir: string
  goMod: string
  sum?: string
}

interface DownloadJson {
  Path?: string
  Version?: string
  Error?: string
  Dir?: string
  GoMod?: string
  Sum?: string
}

/** Downloads module@version; throws InputError naming the module with Go's own message. */
export async function downloadModule(
  module: string,
  version: string,
  options: { env?: NodeJS.ProcessEnv; origin?: Omit<Problem, 'message'> } = {}
): Promise<DownloadedModule> {
  // The user's proxy/auth settings (GOPROXY, GOPRIVATE, GONOSUMDB, ...) are kept; runGo
  // keeps a go.work out, and the empty temporary folder keeps any go.mod out.
  const env = options.env ?? process.env
  const cwd = await mkdtemp(join(tmpdir(), 'peb-download-'))
  try {
    const result = await runGo(['mod', 'download', '-json', `${module}@${version}`], {
      cwd,
      env,
      step: 'discover',
      timeoutMs: 10 * 60_000
    })
    let json: DownloadJson = {}
    try {
      json = JSON.parse(result.stdout) as DownloadJson
    } catch {
      // no JSON: Go failed before resolving anything; stderr says why
    }
    if (result.exitCode !== 0 || json.Error || !json.Dir) {
      const reason = result.timedOut
        ? 'timed out after 10 minutes'
        : (json.Error ?? result.stderr.trim()) || `go exited with code ${result.exitCode}`
      throw new InputError({
        ...options.origin,
        message: `cannot download policy module ${module}@${version}: ${reason}`,
        fix: 'check the module path and that the version exists (`go list -m -versions MODULE`); for a private module set GOPRIVATE and credentials (e.g. a .netrc or GOPROXY with auth)'
      })
    }
    return {
      module,
      version: json.Version ?? version,
      dir: json.Dir,
      goMod: json.GoMod ?? join(json.Dir, 'go.mod'),
      sum: json.Sum
    }
  } finally {
    await rm(cwd, { recursive: true, force: true })
  }
}
