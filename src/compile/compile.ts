import { mkdir, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { BuildError, InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { CompiledBinary } from '../pipeline-types.js'
import type { Platform } from '../types.js'
import { run } from '../util/exec.js'
import { binaryPath, goEnv, platformString } from '../plan/platforms.js'
import { rfc3339 } from '../util/time.js'

export interface CompileOptions {
  /** The generated engine workspace (holds go.mod and package main). */
  workspaceDir: string
  /** Binaries go to `<outDir>/bin/<os>/<arch>[/<variant>]/policy-engine`. */
  outDir: string
  platforms: Platform[]
  version: string
  commit: string
  /** Seconds since the epoch; stamped as main.date (RFC 3339) so rebuilds are identical. */
  sourceDateEpoch: number
  /** Extra -ldflags, appended after the version stamping (so a user -X wins). */
  ldflags?: string
  /** Extra `go build` flags, e.g. ['-tags=netgo'] or ['-x']. */
  goBuildFlags?: string[]
  /** Base environment (GOCACHE, GOMODCACHE, GOPROXY...); defaults to process.env. */
  env?: NodeJS.ProcessEnv
  /**
   * How many platforms compile at once. Default 2: one `go build` leaves cores idle (the
   * compiler works through the package graph's long serial chains, the linker is serial),
   * and two platforms side by side took 0.64x the time of one after the other on 2 cores
   * (bench/README.md).
   */
  parallelism?: number
  /** Per platform; a cold cross-compile of the standard library takes minutes on 2 cores. */
  timeoutMs?: number
  logger: Logger
}

export interface CompileResult extends CompiledBinary {
  durationMs: number
  /** What `go build` wrote to stderr (the command trace when -x is among the flags). */
  log: string
}

export { rfc3339 }

/**
 * The build date: SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the
 * commit time of HEAD in the user's repository, else 0. Never the wall clock, so two builds
 * of one commit give the same bytes.
 */
export async function resolveSourceDateEpoch(options: {
  env?: NodeJS.ProcessEnv
  /** The user's repository (working directory), asked with `git log -1 --format=%ct`. */
  repoDir?: string
  /** Already known, e.g. from the GitHub event. */
  commitTime?: number
}): Promise<number> {
  const fromEnv = (options.env ?? process.env).SOURCE_DATE_EPOCH
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    if (!/^\d+$/.test(fromEnv.trim())) {
      throw new InputError({
        field: 'SOURCE_DATE_EPOCH',
        message: `"${fromEnv}" is not a number of seconds since 1970`,
        fix: 'set SOURCE_DATE_EPOCH to an integer such as $(git log -1 --format=%ct), or unset it'
      })
    }
    return Number(fromEnv.trim())
  }
  if (options.commitTime !== undefined) return options.commitTime
  if (options.repoDir) {
    try {
      const result = await run('git', ['log', '-1', '--format=%ct'], {
        cwd: options.repoDir,
        timeoutMs: 30_000
      })
      const value = result.stdout.trim()
      if (result.exitCode === 0 && /^\d+$/.test(value)) return Number(value)
    } catch {
      // git missing: fall through to 0
    }
  }
  return 0
}

/** Quotes an -X value for Go's flag splitter when it holds spaces or quotes. */
function quoteLdflagValue(text: string): string {
  if (!/[\s'"]/.test(text)) return text
  if (!text.includes("'")) return `'${text}'`
  if (!text.includes('"')) return `"${text}"`
  throw new InputError({
    field: 'version',
    message: `${JSON.stringify(text)} holds both kinds of quote and cannot be passed to -ldflags`,
    fix: 'remove the quotes from the version/commit'
  })
}

/** The -ldflags string: strip symbols, stamp version/commit/date, then the user's flags. */
export function ldflagsFor(
  options: Pick<CompileOptions, 'version' | 'commit' | 'sourceDateEpoch' | 'ldflags'>
): string {
  const stamp = [
    ['main.version', options.version],
    ['main.commit', options.commit],
    ['main.date', rfc3339(options.sourceDateEpoch)]
  ].map(([name, value]) => `-X ${quoteLdflagValue(`${name}=${value}`)}`)
  return ['-s', '-w', ...stamp, options.ldflags?.trim()].filter(Boolean).join(' ')
}

/**
 * Refuses go-build-flags that would silently undo what the compile step guarantees:
 * the binary location the Dockerfile expects and the version stamping.
 */
export function checkGoBuildFlags(flags: readonly string[]): void {
  const problems = flags
    .filter(flag => /^--?(o|ldflags)(=|$)/.test(flag))
    .map(flag => ({
      field: 'go-build-flags',
      message: `"${flag}" cannot be set here: the compile step owns the output path and -ldflags`,
      fix: flag.includes('ldflags')
        ? 'put extra linker flags in the ldflags input'
        : 'remove it; binaries go to <out>/bin/<os>/<arch>/'
    }))
  if (problems.length > 0) throw new InputError(problems)
}

/** The argv of `go build` for one platform: pure, so it is table-tested. */
export function goBuildArgs(options: CompileOptions, platform: Platform): string[] {
  return [
    'build',
    '-trimpath',
    '-buildvcs=false',
    '-ldflags',
    ldflagsFor(options),
    ...(options.goBuildFlags ?? []),
    '-o',
    binaryPath(options.outDir, platform),
    '.'
  ]
}

/** The environment of `go build` for one platform. */
export function goBuildEnv(base: NodeJS.ProcessEnv, platform: Platform): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base }
  // A GOARM/GOAMD64 left in the environment must not leak into another platform's build.
  delete env.GOARM
  delete env.GOAMD64
  // -modcacherw: Go makes the module cache read-only otherwise, which breaks deleting and
  // re-extracting a dedicated cache folder.
  const current = (base.GOFLAGS ?? '').split(/\s+/).filter(Boolean)
  const goflags = (current.includes('-modcacherw') ? current : [...current, '-modcacherw']).join(
    ' '
  )
  return {
    ...env,
    ...goEnv(platform),
    CGO_ENABLED: '0',
    // Never let a go.mod `toolchain` line download another Go behind our back: the
    // toolchain check (toolchain.ts) reports what to install instead.
    GOTOOLCHAIN: 'local',
    GOFLAGS: goflags
  }
}

async function compileOne(options: CompileOptions, platform: Platform): Promise<CompileResult> {
  const path = binaryPath(options.outDir, platform)
  const name = platformString(platform)
  await rm(path, { force: true })
  await mkdir(dirname(path), { recursive: true })
  const args = goBuildArgs(options, platform)
  options.logger.debug(`go ${args.join(' ')}`)
  let result
  try {
    result = await run('go', args, {
      cwd: options.workspaceDir,
      env: goBuildEnv(options.env ?? process.env, platform),
      timeoutMs: options.timeoutMs ?? 30 * 60_000
    })
  } catch (error) {
    throw new BuildError('compile', `cannot run go: ${(error as Error).message}`, { cause: error })
  }
  if (result.timedOut) {
    throw new BuildError(
      'compile',
      `go build for ${name} timed out after ${Math.round(result.durationMs / 1000)}s`
    )
  }
  if (result.exitCode !== 0) {
    // Go's own lines (file:line:col: message) are kept verbatim: they are what the user fixes.
    const output = (result.stderr + result.stdout).trim()
    const how = result.signal
      ? `failed: killed by ${result.signal}`
      : `failed (exit ${result.exitCode})`
    throw new BuildError('compile', `go build for ${name} ${how}${output ? `:\n${output}` : ''}`)
  }
  options.logger.info(`compiled ${name} in ${(result.durationMs / 1000).toFixed(1)}s -> ${path}`)
  return { platform, path, durationMs: result.durationMs, log: result.stderr }
}

/**
 * Cross-compiles the engine workspace once per platform. On a failure no further platform
 * starts, the ones running finish, and the first error is thrown (no orphaned `go build`).
 */
export async function compile(options: CompileOptions): Promise<CompileResult[]> {
  checkGoBuildFlags(options.goBuildFlags ?? [])
  const results: CompileResult[] = new Array(options.platforms.length)
  const limit = Math.max(1, Math.min(options.parallelism ?? 2, options.platforms.length))
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (!failure && next < options.platforms.length) {
      const index = next++
      try {
        results[index] = await compileOne(options, options.platforms[index])
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  if (failure) throw failure.error
  return results
}
