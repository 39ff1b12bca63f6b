/**
 * Signing the pushed image with cosign: always the index digest that was pushed
 * (name@sha256:...), never a tag, so what is signed is exactly what was built.
 *
 * - Key-based (`cosign-key`): the private key reaches cosign in an environment variable
 *   (`--key env://PE_COSIGN_KEY`: the argv names the variable, never the key) and its password
 *   in COSIGN_PASSWORD; nothing is uploaded to the transparency log (`--tlog-upload=false`), so
 *   it works offline and on private registries. Verify with `cosign verify --key cosign.pub
 *   --insecure-ignore-tlog=true name@sha256:...`.
 * - Keyless (no key): cosign's own OIDC flow; on GitHub Actions it takes the workflow's
 *   identity token (the job needs `permissions: id-token: write`) and records the signature in
 *   the public Rekor log.
 *
 * cosign is a user-side tool: found on PATH (sigstore/cosign-installer puts it there) or in
 * the tools folder (~/.cache/policy-engine-build/tools); when missing the build fails before
 * compiling, saying how to install it.
 */
import { access, constants } from 'node:fs/promises'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import { BuildError } from '../errors.js'
import type { Logger } from '../logger.js'
import { run } from '../util/exec.js'
import { redact } from './login.js'

export const INSTALL_COSIGN =
  'install cosign before this step: on GitHub Actions add `- uses: sigstore/cosign-installer@v3`; elsewhere `go install github.com/sigstore/cosign/v2/cmd/cosign@v2.6.5` or a release from https://github.com/sigstore/cosign/releases'

/** The env variable the private key travels in (cosign reads `env://NAME`). */
export const KEY_VARIABLE = 'PE_COSIGN_KEY'

export interface SignOptions {
  /** name@sha256:... (a digest reference: a tag is refused). */
  image: string
  /** PEM of a cosign private key; undefined: keyless. */
  key?: string
  /** The key's password; default the environment's COSIGN_PASSWORD, else empty. */
  password?: string
  env: NodeJS.ProcessEnv
  /** The cosign binary (findCosign). */
  cosign: string
}

/** The tools folder the e2e setup (and a developer) builds cosign into. */
export function toolsFolder(env: NodeJS.ProcessEnv): string {
  return env.PE_TOOLS_DIR || join(env.HOME || homedir(), '.cache', 'policy-engine-build', 'tools')
}

/** cosign on PATH, else in the tools folder; undefined when neither has it. */
export async function findCosign(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const dirs = [...(env.PATH ?? '').split(delimiter).filter(Boolean), toolsFolder(env)]
  for (const dir of dirs) {
    const candidate = join(dir, 'cosign')
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // next
    }
  }
  return undefined
}

/** Fails at once (before compiling) when signing is asked for and cosign is missing. */
export async function requireCosign(env: NodeJS.ProcessEnv): Promise<string> {
  const cosign = await findCosign(env)
  if (!cosign) {
    throw new BuildError(
      'publish',
      `sign is true but cosign was not found on PATH: ${INSTALL_COSIGN}`
    )
  }
  return cosign
}

/** cosign's argv for one signature. Pure (table-tested): never holds the key or password. */
export function cosignSignArgs(image: string, keyBased: boolean): string[] {
  if (!/@sha256:[a-f0-9]{64}$/.test(image)) {
    throw new BuildError('publish', `only a digest is signed, never a tag: got ${image}`)
  }
  return keyBased
    ? ['sign', '--yes', '--key', `env://${KEY_VARIABLE}`, '--tlog-upload=false', image]
    : ['sign', '--yes', image]
}

/** Signs the digest; throws a BuildError with cosign's (redacted) output on failure. */
export async function signImage(options: SignOptions, logger: Logger): Promise<void> {
  const keyBased = Boolean(options.key)
  const args = cosignSignArgs(options.image, keyBased)
  const env: NodeJS.ProcessEnv = { ...options.env }
  if (keyBased) {
    env[KEY_VARIABLE] = options.key
    env.COSIGN_PASSWORD = options.password ?? options.env.COSIGN_PASSWORD ?? ''
  }
  logger.info(`cosign ${args.join(' ')}`)
  const result = await run(options.cosign, args, { env, timeoutMs: 300_000 })
  if (result.exitCode !== 0) {
    let output = (result.stderr || result.stdout).trim()
    for (const secret of [options.key, env.COSIGN_PASSWORD]) output = redact(output, secret)
    const hint = keyBased
      ? 'check the cosign-key and its password (cosign-password or COSIGN_PASSWORD)'
      : 'keyless signing needs an OIDC identity: on GitHub Actions give the job `permissions: id-token: write`'
    throw new BuildError('publish', `cosign could not sign ${options.image}: ${output}; ${hint}`)
  }
  logger.info(`signed ${options.image}${keyBased ? ' (key)' : ' (keyless)'}`)
}
