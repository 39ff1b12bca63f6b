import { readFile, rm } from 'node:fs/promises'
import { BuildError, InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import { annotationFlags, type Annotation } from './annotations.js'
import { run, type RunResult } from '../util/exec.js'
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry.js'

/** Everything one `docker buildx build` needs; buildxArgs() turns it into argv. */
export interface BuildxPlan {
  /** The build context directory (the output dir: bin/ + Dockerfile). */
  context: string
  /** Path of the Dockerfile; default <context>/Dockerfile (buildx's own default). */
  dockerfile?: string
  /** Named buildx builder; default the current one. */
  builder?: string
  /** e.g. ['linux/amd64', 'linux/arm64'] */
  platforms: string[]
  /** Full references, e.g. ghcr.io/acme/policy-engine:1.2.3 */
  tags: string[]
  /**
   * Push by digest only (a distributed build's platform job): these image names, no tag
   * (`push-by-digest=true,name-canonical=true`); the merge job tags the index later.
   */
  pushByDigest?: string[]
  /** KEY=value each. */
  buildArgs: string[]
  /**
   * OCI annotations (`--annotation levels:key=value`); index levels are passed only when the
   * result is an index (see producesIndex), since buildx refuses them on a single manifest.
   */
  annotations?: Annotation[]
  /** Where buildx writes its metadata JSON (the digest comes from there). */
  metadataFile: string
  push: boolean
  /**
   * Export the image without pushing (`type=image,push=false`): the metadata still names its
   * digest, so a caller can compare it with the registry's before pushing.
   */
  digestOnly?: boolean
  /** Load the (single-platform) image into the Docker engine. */
  load: boolean
  /** Write an OCI layout tarball here. */
  ociFile?: string
  provenance: boolean
  sbom: boolean
  /**
   * Seconds since the epoch: passed as the SOURCE_DATE_EPOCH build arg (and env), and makes
   * every exporter rewrite file timestamps to it, so the same inputs give the same digest.
   */
  sourceDateEpoch?: number
}

/**
 * The argv after `docker` for a plan. Pure, so it is table-tested.
 * Labels are not here on purpose: they are rendered into the Dockerfile (LABEL lines), so the
 * Dockerfile the user can read is the whole description of the image, and a CLI/library user
 * running `docker buildx build` on the output dir gets the same labels.
 * With no push, load or OCI file, the build still runs (it proves the Dockerfile builds and
 * warms the builder's cache) but exports nothing.
 */
export function buildxArgs(plan: BuildxPlan): string[] {
  const args = ['buildx', 'build']
  if (plan.builder) args.push('--builder', plan.builder)
  args.push('--progress', 'plain')
  if (plan.platforms.length > 0) args.push('--platform', plan.platforms.join(','))
  if (plan.dockerfile) args.push('--file', plan.dockerfile)
  for (const tag of plan.tags) args.push('--tag', tag)
  for (const arg of plan.buildArgs) args.push('--build-arg', arg)
  for (const annotation of annotationFlags(plan.annotations ?? [], producesIndex(plan))) {
    args.push('--annotation', annotation)
  }
  if (plan.sourceDateEpoch !== undefined) {
    args.push('--build-arg', `SOURCE_DATE_EPOCH=${plan.sourceDateEpoch}`)
  }
  args.push(`--provenance=${plan.provenance}`, `--sbom=${plan.sbom}`)
  args.push('--metadata-file', plan.metadataFile)
  const rewrite = plan.sourceDateEpoch !== undefined ? ',rewrite-timestamp=true' : ''
  if (plan.push && plan.pushByDigest?.length) {
    const name = csvField(`name=${plan.pushByDigest.join(',')}`)
    args.push(
      '--output',
      `type=image,${name},push-by-digest=true,name-canonical=true,push=true${rewrite}`
    )
  } else if (plan.push) args.push('--output', `type=image,push=true${rewrite}`)
  else if (plan.digestOnly) args.push('--output', `type=image,push=false${rewrite}`)
  if (plan.ociFile) args.push('--output', `type=oci,${csvField(`dest=${plan.ociFile}`)}${rewrite}`)
  if (plan.load) args.push('--output', `type=docker${rewrite}`)
  args.push(plan.context)
  return args
}

/**
 * Whether buildx writes an image index: several platforms, or attestations (provenance, SBOM)
 * beside the image. Loading into Docker (`type=docker`) never carries index annotations.
 */
export function producesIndex(
  plan: Pick<BuildxPlan, 'platforms' | 'provenance' | 'sbom' | 'load'>
): boolean {
  return !plan.load && (plan.platforms.length > 1 || plan.provenance || plan.sbom)
}

/** buildx reads --output as CSV: a field holding ',' or '"' must be quoted. */
function csvField(field: string): string {
  return /[,"]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}

export interface BuildxRunOptions {
  /** The docker CLI to run; default `docker` from PATH. */
  docker?: string
  /** Per attempt. Default 30 minutes. */
  timeoutMs?: number
  retry?: RetryOptions
  env?: NodeJS.ProcessEnv
  /**
   * Check docker, buildx and the builder first (default true). The pipeline checks them
   * before compiling (preflightBuildx) and passes false, so they run once per build.
   */
  preflight?: boolean
}

export interface BuildxResult {
  /** The index (or manifest) digest, sha256:...; undefined when nothing was exported. */
  digest?: string
  metadata: Record<string, unknown>
  attempts: number
  stdout: string
  stderr: string
}

const INSTALL_BUILDX =
  'set up buildx first, e.g. with the docker/setup-buildx-action step before this one'

/** Fails with a clear BuildError when the docker CLI or its buildx plugin is missing. */
export async function ensureBuildx(docker = 'docker', env?: NodeJS.ProcessEnv): Promise<string> {
  let result: RunResult
  try {
    result = await run(docker, ['buildx', 'version'], { timeoutMs: 60_000, env })
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : String(error)
    throw new BuildError(
      'publish',
      `the docker CLI (${docker}) cannot be started (${reason}): install Docker with the buildx plugin and put docker on PATH (on GitHub-hosted runners it is there; ${INSTALL_BUILDX}), or use output: none`,
      { cause: error }
    )
  }
  if (result.exitCode !== 0) {
    throw new BuildError(
      'publish',
      `docker buildx is not available (${firstLine(result.stderr || result.stdout)}): ${INSTALL_BUILDX}`
    )
  }
  return result.stdout.trim()
}

export interface BuilderInfo {
  name: string
  driver: string
}

/**
 * Inspects the builder and refuses what it cannot do before a long build starts: a missing
 * builder, or the `docker` driver asked for several platforms or an OCI tarball.
 */
export async function checkBuilder(
  plan: Pick<BuildxPlan, 'builder' | 'platforms' | 'ociFile'>,
  docker = 'docker',
  env?: NodeJS.ProcessEnv
): Promise<BuilderInfo> {
  const args = ['buildx', 'inspect', ...(plan.builder ? [plan.builder] : [])]
  const result = await run(docker, args, { timeoutMs: 60_000, env })
  if (result.exitCode !== 0) {
    const which = plan.builder
      ? `the buildx builder "${plan.builder}"`
      : 'the current buildx builder'
    throw new BuildError(
      'publish',
      `${which} cannot be used (${firstLine(result.stderr || result.stdout)}): create it with docker/setup-buildx-action${plan.builder ? ` (name: ${plan.builder})` : ''}, or set the builder input to an existing builder (see docker buildx ls)`
    )
  }
  const info = parseInspect(result.stdout)
  if (info.driver === 'docker') {
    const what =
      plan.platforms.length > 1
        ? `cannot build several platforms at once (${plan.platforms.join(',')})`
        : plan.ociFile
          ? 'cannot export an OCI tarball'
          : undefined
    if (what) {
      throw new BuildError(
        'publish',
        `the buildx builder "${info.name}" uses the docker driver, which ${what}: add a docker/setup-buildx-action step (it creates a docker-container builder), or set the builder input to such a builder`
      )
    }
  }
  return info
}

/** docker, buildx and a builder able to do the job: checked before a long build starts. */
export async function preflightBuildx(
  plan: Pick<BuildxPlan, 'builder' | 'platforms' | 'ociFile'>,
  docker = 'docker',
  env?: NodeJS.ProcessEnv
): Promise<BuilderInfo> {
  await ensureBuildx(docker, env)
  return checkBuilder(plan, docker, env)
}

/** Reads `Name:` and `Driver:` from `docker buildx inspect` output. */
export function parseInspect(output: string): BuilderInfo {
  const field = (key: string) => new RegExp(`^${key}:\\s*(\\S+)`, 'm').exec(output)?.[1] ?? ''
  return { name: field('Name'), driver: field('Driver') }
}

/**
 * Runs the build, retrying transient registry errors, and returns the digest from the
 * metadata file. SOURCE_DATE_EPOCH is set in buildx's environment too.
 */
export async function runBuildx(
  plan: BuildxPlan,
  logger: Logger,
  options: BuildxRunOptions = {}
): Promise<BuildxResult> {
  const docker = options.docker ?? 'docker'
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env) }
  if (plan.sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = String(plan.sourceDateEpoch)
  validatePlan(plan)
  if (options.preflight !== false) await preflightBuildx(plan, docker, env)

  const args = buildxArgs(plan)
  logger.info(`${docker} ${args.join(' ')}`)
  const timeoutMs = options.timeoutMs ?? 30 * 60_000
  const last = await withRetry(
    'docker buildx build',
    async () => {
      await rm(plan.metadataFile, { force: true })
      const result = await run(docker, args, {
        env,
        timeoutMs,
        onStderr: chunk => logLines(logger, chunk),
        onStdout: chunk => logLines(logger, chunk)
      })
      const ok = result.exitCode === 0 && !result.timedOut
      return { ok, value: result, output: result.stdout + result.stderr }
    },
    options.retry ?? DEFAULT_RETRY,
    logger
  )
  const result = last.value
  if (result.timedOut) {
    throw new BuildError(
      'publish',
      `docker buildx build timed out after ${Math.round(timeoutMs / 1000)}s`
    )
  }
  if (!last.ok) {
    throw new BuildError('publish', describeFailure(result, last.attempts))
  }
  const metadata = await readMetadata(plan.metadataFile)
  const digest = metadata['containerimage.digest']
  return {
    digest: typeof digest === 'string' ? digest : undefined,
    metadata,
    attempts: last.attempts,
    stdout: result.stdout,
    stderr: result.stderr
  }
}

/** Refuses combinations buildx would reject only after building. */
export function validatePlan(plan: BuildxPlan): void {
  if (plan.load && plan.platforms.length > 1) {
    throw new InputError({
      field: 'load',
      message: `load needs a single platform, but ${plan.platforms.length} are set (${plan.platforms.join(',')}): the Docker engine cannot store a multi-platform image`,
      fix: 'set platforms to one platform (e.g. linux/amd64) when load is true, or push instead'
    })
  }
  if (plan.push && plan.tags.length === 0 && !plan.pushByDigest?.length) {
    throw new InputError({
      field: 'image',
      message: 'push is on but there is no image name or tag to push to',
      fix: 'set the image input (e.g. ghcr.io/owner/policy-engine) or full references in tags'
    })
  }
}

async function readMetadata(file: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new BuildError('publish', `buildx wrote no metadata file at ${file}`, { cause: error })
  }
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch (error) {
    throw new BuildError('publish', `the buildx metadata file ${file} is not JSON`, {
      cause: error
    })
  }
}

/** The error lines of a failed build, with a hint for the failures users hit most. */
export function describeFailure(
  result: Pick<RunResult, 'exitCode' | 'stderr' | 'stdout'>,
  attempts = 1
): string {
  const output = `${result.stdout}\n${result.stderr}`
  const lines = output.split('\n').filter(line => /error|failed|denied|unauthorized/i.test(line))
  const tail = (lines.length > 0 ? lines : output.trim().split('\n')).slice(-15).join('\n')
  let hint = ''
  if (/\b401\b|unauthorized|authentication required|no basic auth credentials/i.test(output)) {
    hint =
      '\nThe registry refused the credentials: set registry, username and password (or log in before this step).'
  } else if (/\b403\b|denied/i.test(output)) {
    hint =
      '\nThe registry denied the push: check that the credentials may write to this repository (for ghcr.io: permissions: packages: write).'
  }
  const tries = attempts > 1 ? ` after ${attempts} attempts` : ''
  return `docker buildx build failed (exit ${result.exitCode})${tries}:\n${tail}${hint}`
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}

function logLines(logger: Logger, chunk: string): void {
  for (const line of chunk.split('\n')) if (line.trim() !== '') logger.info(line)
}
