import { readFileSync } from 'node:fs'
import { BuildError, InputError, type Problem, type StepName } from '../errors.js'
import type { GoMod } from '../types.js'
import { INSTALL_GO, runGo } from './command.js'

/** What `go env -json` told us about the Go toolchain on PATH. */
export interface GoToolchain {
  /** e.g. "1.26.8" (without the "go" prefix). */
  version: string
  goroot: string
  /** The host's defaults; the build overrides them with its own dedicated caches. */
  gocache: string
  gomodcache: string
  hostOs: string
  hostArch: string
  /** GOVERSION as printed, experiments included (e.g. go1.26.8 X:nodwarf5). */
  rawVersion?: string
}

/**
 * Reads the toolchain once with `go env -json`; GOVERSION there is the same string
 * `go version` prints. A Go too old for the engine or a policy is refused by checkGoVersions,
 * which names the go.mod that needs more.
 */
export async function readGoToolchain(
  env: NodeJS.ProcessEnv = process.env,
  step: StepName = 'discover'
): Promise<GoToolchain> {
  const result = await runGo(
    ['env', '-json', 'GOVERSION', 'GOROOT', 'GOCACHE', 'GOMODCACHE', 'GOHOSTOS', 'GOHOSTARCH'],
    { env, step, timeoutMs: 60_000 }
  )
  if (result.exitCode !== 0) {
    throw new BuildError(
      step,
      `go env failed (exit ${result.exitCode}): ${result.stderr.trim()}: ${INSTALL_GO}`
    )
  }
  const values = JSON.parse(result.stdout) as Record<string, string>
  const version = values.GOVERSION.replace(/^go/, '').split(/[\s-]/)[0]
  return {
    version,
    goroot: values.GOROOT,
    gocache: values.GOCACHE,
    gomodcache: values.GOMODCACHE,
    hostOs: values.GOHOSTOS,
    hostArch: values.GOHOSTARCH,
    rawVersion: values.GOVERSION
  }
}

interface GoVersionParts {
  nums: [number, number, number]
  /** 0 = language version "1.21", 1 = pre-release, 2 = release "1.21.0"; Go's ordering. */
  kind: number
  pre: number
}

function parseGoVersion(text: string): GoVersionParts | undefined {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+)|(rc|beta)(\d+))?$/.exec(text.trim())
  if (!m) return undefined
  const nums: [number, number, number] = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)]
  if (m[3] !== undefined) return { nums, kind: 2, pre: 0 }
  if (m[4]) return { nums, kind: 1, pre: (m[4] === 'rc' ? 1000 : 0) + Number(m[5]) }
  return { nums, kind: 0, pre: 0 }
}

/**
 * Compares Go versions the way Go does (1.21 < 1.21rc1 < 1.21.0 < 1.21.1).
 * Unparseable versions compare equal, so a typo is left to Go itself to report.
 */
export function compareGoVersions(a: string, b: string): number {
  const pa = parseGoVersion(a)
  const pb = parseGoVersion(b)
  if (!pa || !pb) return 0
  for (let i = 0; i < 3; i++) if (pa.nums[i] !== pb.nums[i]) return pa.nums[i] - pb.nums[i]
  // "1.21" vs "1.21.0": a language version is satisfied by any 1.21.x, so treat it as the lowest.
  if (pa.kind !== pb.kind) return pa.kind - pb.kind
  return pa.pre - pb.pre
}

/** The line of the `go` directive, for the error message (best effort). */
function goDirectiveLine(file: string): number | undefined {
  try {
    const index = readFileSync(file, 'utf8')
      .split('\n')
      .findIndex(line => /^\s*go\s+\S+/.test(line))
    return index >= 0 ? index + 1 : undefined
  } catch {
    return undefined
  }
}

/**
 * Refuses the build when a go.mod asks for a newer Go than the toolchain on PATH, naming
 * every such go.mod at once with the version to install.
 */
export function checkGoVersions(toolchainVersion: string, goMods: readonly GoMod[]): void {
  const problems: Problem[] = []
  let needed = toolchainVersion
  for (const mod of goMods) {
    if (!mod.go || compareGoVersions(mod.go, toolchainVersion) <= 0) continue
    if (compareGoVersions(mod.go, needed) > 0) needed = mod.go
    problems.push({
      file: mod.file,
      line: goDirectiveLine(mod.file),
      field: 'go',
      message: `module ${mod.module} requires go ${mod.go}, but the Go toolchain on PATH is go${toolchainVersion}`,
      fix: ''
    })
  }
  for (const problem of problems) {
    problem.fix = `install Go ${needed} or newer before this step, e.g. actions/setup-go with go-version: '>=${needed}'`
  }
  if (problems.length > 0) throw new InputError(problems)
}
