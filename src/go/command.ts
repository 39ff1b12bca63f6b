import { BuildError } from '../errors.js'
import { run, type RunOptions, type RunResult } from '../util/exec.js'

/**
 * Environment for the go commands discovery runs for itself (reading go.mod, building and
 * running goscan). These run on the host, so the target-platform variables a user may have
 * exported (GOOS, GOARCH, ...) are dropped, and GOTOOLCHAIN=local keeps a `go` line in a
 * policy's go.mod from triggering a toolchain download. The caller's GOFLAGS are dropped
 * because flags such as -mod=vendor would break commands that are not about the user's
 * build; -modcacherw is set instead, so modules downloaded here stay deletable and a cache
 * restore can extract over them.
 */
export function goEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw' }
  for (const name of [
    'GOOS',
    'GOARCH',
    'GOARM',
    'GOAMD64',
    'GOARM64',
    'GO386',
    'CGO_ENABLED',
    'GOWORK'
  ]) {
    delete out[name]
  }
  out.GOWORK = 'off'
  return out
}

/**
 * Runs the go command; a missing Go toolchain becomes a BuildError that says what to install
 * instead of a bare spawn ENOENT.
 */
export async function runGo(args: string[], options: RunOptions): Promise<RunResult> {
  try {
    return await run('go', args, options)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BuildError(
        'discover',
        'the go command was not found on PATH: install Go 1.22 or later (on GitHub Actions: actions/setup-go)',
        { cause: error }
      )
    }
    throw error
  }
}
