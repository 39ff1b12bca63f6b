import { BuildError, InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import { run } from '../util/exec.js'
import type { Credentials } from './oci-client.js'

export interface LoginOptions {
  /** host[:port]; empty means Docker Hub. */
  registry?: string
  username?: string
  password?: string
  /** The docker CLI; default `docker` from PATH. */
  docker?: string
  env?: NodeJS.ProcessEnv
}

/** Whether the options ask for a login at all; half-given credentials are an InputError. */
export function wantsLogin(options: Pick<LoginOptions, 'username' | 'password'>): boolean {
  const hasUser = Boolean(options.username)
  const hasPassword = Boolean(options.password)
  if (hasUser !== hasPassword) {
    throw new InputError({
      field: hasUser ? 'password' : 'username',
      message: hasUser
        ? 'username is set but password is empty'
        : 'password is set but username is empty',
      fix: 'give both username and password (e.g. ${{ github.actor }} and ${{ secrets.GITHUB_TOKEN }} for ghcr.io), or neither'
    })
  }
  return hasUser
}

/** Replaces every occurrence of the secret, so no error message can carry it. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text
  return text.split(secret).join('***')
}

/**
 * `docker login --username U --password-stdin REGISTRY`: the password reaches docker only on
 * stdin, never in argv (visible in ps) or in a log line. The caller masks it in the Actions log.
 */
export async function dockerLogin(options: LoginOptions, logger: Logger): Promise<void> {
  if (!wantsLogin(options)) return
  const docker = options.docker ?? 'docker'
  const registry = options.registry?.trim() ?? ''
  const args = ['login', '--username', options.username ?? '', '--password-stdin']
  if (registry) args.push(registry)
  const where = registry || 'Docker Hub'
  logger.info(`Logging in to ${where} as ${options.username}`)
  let result
  try {
    result = await run(docker, args, {
      input: options.password,
      timeoutMs: 120_000,
      env: options.env
    })
  } catch (error) {
    throw new BuildError(
      'publish',
      `the docker CLI (${docker}) cannot be started: ${String(error)}`,
      {
        cause: error
      }
    )
  }
  if (result.exitCode !== 0 || result.timedOut) {
    const output = redact(`${result.stderr}\n${result.stdout}`.trim(), options.password)
    const refused = /unauthorized|401|incorrect|denied/i.test(output)
    throw new BuildError(
      'publish',
      `docker login to ${where} failed${result.timedOut ? ' (timed out)' : ''}: ${output.split('\n')[0]}` +
        (refused ? ' (check the username and password inputs; nothing was pushed)' : '')
    )
  }
  logger.info(`Logged in to ${where}`)
}

/** Forgets the credentials stored by dockerLogin (a warning, never an error, if it fails). */
export async function dockerLogout(
  options: Pick<LoginOptions, 'registry' | 'docker' | 'env'>,
  logger: Logger
): Promise<void> {
  const docker = options.docker ?? 'docker'
  const registry = options.registry?.trim() ?? ''
  try {
    const result = await run(docker, ['logout', ...(registry ? [registry] : [])], {
      timeoutMs: 60_000,
      env: options.env
    })
    if (result.exitCode !== 0)
      logger.warning(`docker logout ${registry} failed: ${result.stderr.trim()}`)
  } catch (error) {
    logger.warning(`docker logout ${registry} failed: ${String(error)}`)
  }
}

/** The login input's credential, for the registry it names (none: docker's stored ones). */
export function loginCredentials(
  login: { registry?: string; username: string; password: string } | undefined,
  registry: string
): Credentials | undefined {
  if (!login) return undefined
  const named = login.registry?.trim()
  const same =
    !named ||
    named === registry ||
    (registry === 'registry-1.docker.io' && /^(docker\.io|index\.docker\.io)$/.test(named))
  return same ? { username: login.username, password: login.password } : undefined
}
