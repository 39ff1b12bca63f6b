/**
 * The one owner of the `go` command: every go invocation of the product goes through runGo,
 * which sets the environment (host or target platform, GOTOOLCHAIN, GOWORK, GOFLAGS) and turns
 * a missing toolchain into one clear error. The caches (GOCACHE, GOMODCACHE) come from the
 * base environment the plan builds (plan/environment.ts), so discovery, generate and compile
 * all use the same dedicated folders.
 */
import { BuildError, type StepName } from '../errors.js'
import type { Platform } from '../types.js'
import { run, type RunOptions, type RunResult } from '../util/exec.js'

/** Said once: what to do when Go is missing or too old. */
export const INSTALL_GO =
  'install Go 1.22 or later and put `go` on PATH (on GitHub Actions: actions/setup-go before this step)'

/** Variables that pick the target platform: a user's exported GOARCH must never leak in. */
const TARGET_VARIABLES = [
  'GOOS',
  'GOARCH',
  'GOARM',
  'GOAMD64',
  'GOARM64',
  'GO386',
  'GOPPC64',
  'GORISCV64',
  'GOMIPS64',
  'CGO_ENABLED'
]

/** The Go variables that cross-compile for a platform (Docker's spelling of variants). */
export function targetVariables(platform: Platform): Record<string, string> {
  const env: Record<string, string> = { GOOS: platform.os, GOARCH: platform.arch }
  if (platform.arch === 'arm') env.GOARM = (platform.variant ?? 'v7').replace(/^v/, '')
  if (platform.arch === 'amd64' && platform.variant) env.GOAMD64 = platform.variant
  return env
}

function withFlag(goflags: string | undefined, flag: string): string {
  const current = (goflags ?? '').split(/\s+/).filter(Boolean)
  return (current.includes(flag) ? current : [...current, flag]).join(' ')
}

/**
 * The environment of one go command.
 * - Always: GOTOOLCHAIN=local (a `toolchain` line in a policy's go.mod never downloads another
 *   Go behind our back: the version check reports what to install instead), GOWORK=off (a
 *   go.work above the checkout must not change what is built), and -modcacherw (Go makes the
 *   module cache read-only otherwise, which breaks trimming and re-extracting the cache).
 * - host (discovery, go mod, building goscan): no target variables, and the caller's GOFLAGS
 *   are dropped, since flags such as -mod=vendor break commands that are not the user's build.
 * - a target platform (go build): the platform's variables, CGO_ENABLED=0, the caller's GOFLAGS
 *   kept (they are the user's build settings).
 */
export function goEnvironment(base: NodeJS.ProcessEnv, target?: Platform): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base }
  for (const name of TARGET_VARIABLES) delete env[name]
  env.GOTOOLCHAIN = 'local'
  env.GOWORK = 'off'
  if (!target) {
    env.GOFLAGS = '-modcacherw'
    return env
  }
  return {
    ...env,
    ...targetVariables(target),
    CGO_ENABLED: '0',
    GOFLAGS: withFlag(base.GOFLAGS, '-modcacherw')
  }
}

export interface GoRunOptions extends Omit<RunOptions, 'env'> {
  /** The base environment (with the plan's caches); default process.env. */
  env?: NodeJS.ProcessEnv
  /** The platform to build for; undefined runs the command for the host. */
  target?: Platform
  /** The step this command belongs to, for the error when Go cannot be started. */
  step: StepName
}

/** Runs `go <args>`: never throws for a non-zero exit (the caller reads it). */
export async function runGo(args: string[], options: GoRunOptions): Promise<RunResult> {
  const { env, target, step, ...rest } = options
  try {
    return await run('go', args, { ...rest, env: goEnvironment(env ?? process.env, target) })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'was not found on PATH' : `cannot be started (${code})`
    throw new BuildError(step, `the go command ${reason}: ${INSTALL_GO}`, { cause: error })
  }
}
