import { mkdir, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { BuildError, InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { CompiledBinary } from '../pipeline-types.js'
import type { Platform } from '../types.js'
import { goEnvironment, runGo } from '../go/command.js'
import { binaryPath, platformString } from '../plan/platforms.js'
import { rfc3339 } from '../util/time.js'
import { locateGoErrors, type SourceModule } from './go-errors.js'

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
  /** The policy modules' paths and folders: compile errors are pointed back at them. */
  sourceModules?: SourceModule[]
  logger: Logger
}

export interface CompileResult extends CompiledBinary {
  durationMs: number
  /** What `go build` wrote to stderr (the command trace when -x is among the flags). */
  log: string
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

/** The environment of `go build` for one platform (go/command.ts owns the rules). */
export function goBuildEnv(base: NodeJS.ProcessEnv, platform: Platform): NodeJS.ProcessEnv {
  return goEnvironment(base, platform)
}

async function compileOne(options: CompileOptions, platform: Platform): Promise<CompileResult> {
  const path = binaryPath(options.outDir, platform)
  const name = platformString(platform)
  await rm(path, { force: true })
  await mkdir(dirname(path), { recursive: true })
  const args = goBuildArgs(options, platform)
  options.logger.debug(`go ${args.join(' ')}`)
  options.logger.info(`compiling ${name} ...`)
  const result = await runGo(args, {
    cwd: options.workspaceDir,
    env: options.env,
    target: platform,
    step: 'compile',
    timeoutMs: options.timeoutMs ?? 30 * 60_000
  })
  if (result.timedOut) {
    throw new BuildError(
      'compile',
      `go build for ${name} timed out after ${Math.round(result.durationMs / 1000)}s`
    )
  }
  if (result.exitCode !== 0) {
    // Go's own lines (file:line:col: message), with the paths the user opens: go prints them
    // relative to the generated workspace.
    const { text, located } = locateGoErrors(
      (result.stderr + result.stdout).trim(),
      options.workspaceDir,
      options.sourceModules ?? []
    )
    const how = result.signal
      ? `failed: killed by ${result.signal}`
      : `failed (exit ${result.exitCode})`
    throw new BuildError('compile', `go build for ${name} ${how}${text ? `:\n${text}` : ''}`, {
      located
    })
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
