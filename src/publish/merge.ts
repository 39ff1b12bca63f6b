/**
 * The merge job of a distributed build (`distribute: merge`): no Go and no policies scan. It
 * plans the tags exactly as a single-runner build would, reads every platform image the
 * platform jobs pushed by digest, refuses a set that misses a platform or mixes commits, then
 * creates the multi-arch index with one `docker buildx imagetools create`, which applies every
 * tag at once, at the end. See src/publish/README.md.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BuildError, InputError, type Problem } from '../errors.js'
import { findManifest } from '../discover/manifest.js'
import { isDirectory } from '../discover/paths.js'
import { silentLogger, type Logger } from '../logger.js'
import { POLICIES_LABEL } from '../package/labels.js'
import type { BuildOptions, PipelineResult } from '../pipeline-types.js'
import { chosenPlatforms, platformString } from '../plan/platforms.js'
import { publishTargets } from '../plan/publish-targets.js'
import type { GitContext, Platform, PolicyOutput } from '../types.js'
import { run } from '../util/exec.js'
import {
  REVISION_LABEL,
  imagetoolsCreateArgs,
  indexAnnotations,
  legProblems,
  parseDigestLines,
  parseInspectedImage,
  type InspectedLeg,
  type LegReference
} from './by-digest.js'
import { mergeAnnotationFlags, parseAnnotations, type Annotation } from './annotations.js'
import { dockerLogin, dockerLogout, wantsLogin } from './login.js'
import { decidePush } from './push.js'
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry.js'

export interface MergePlan {
  git: GitContext
  /** The platforms the index must hold, exactly: the same inputs as the platform jobs. */
  platforms: Platform[]
  names: string[]
  /** Every computed (or explicit) tag, as a single-runner build would push them. */
  tags: string[]
  legs: LegReference[]
  /** Platforms whose job handed over no digest. */
  emptyLegs: string[]
  push: boolean
  pushSkippedReason?: string
  login?: { registry?: string; username: string; password: string }
  builder?: string
  /** The `annotations` input: its index levels (and manifest descriptors) go on the index. */
  annotations: Annotation[]
  env: NodeJS.ProcessEnv
  warnings: string[]
  notices: string[]
}

/**
 * The merge's plan: the manifest (when the checkout has one) and the inputs, every problem at
 * once, before anything touches a registry. Needs no Go and no policy sources.
 */
export async function makeMergePlan(
  options: BuildOptions,
  git: GitContext,
  env: NodeJS.ProcessEnv = process.env
): Promise<MergePlan> {
  const problems: Problem[] = []
  const attempt = async <T>(fn: () => T | Promise<T>, fallback: T): Promise<T> => {
    try {
      return await fn()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.problems)
      return fallback
    }
  }
  const warnings: string[] = []
  const workspace = resolve(options.workingDirectory)
  // The manifest is read when the merge job checked out the repository; it is optional.
  const manifest = isDirectory(workspace)
    ? await attempt(() => findManifest(workspace, options.manifest), undefined)
    : undefined
  const image = manifest?.image
  const platforms = await attempt(
    () => chosenPlatforms(options.platforms, image?.platforms),
    [] as Platform[]
  )
  if (options.output !== 'image' || options.load) {
    problems.push({
      field: 'distribute',
      message: `distribute: merge creates an index in the registry, but ${options.load ? 'load is true' : `output is ${options.output}`}`,
      fix: 'use output: image without load in the merge job'
    })
  }
  const { names, tags, ...targets } = publishTargets({ ...options, output: 'image' }, image, git)
  problems.push(...targets.problems)
  warnings.push(...targets.warnings)
  const annotations = parseAnnotations(options.annotations ?? [])
  problems.push(...annotations.problems)
  const push = decidePush(options.push, git, 'image', tags)
  const login =
    push.push && (await attempt(() => wantsLogin(options), false))
      ? { registry: options.registry, username: options.username!, password: options.password! }
      : undefined
  // Digests matter only when the merge pushes: on a fork pull request the jobs pushed nothing.
  const digests = push.push
    ? parseDigestLines(options.digests ?? [], names)
    : { legs: [], empty: [], problems: [] }
  problems.push(...digests.problems)
  if (push.push && digests.legs.length === 0 && digests.problems.length === 0) {
    problems.push({
      field: 'digests',
      message: `distribute: merge got no digest${digests.empty.length ? ` (the jobs of ${digests.empty.join(', ')} pushed nothing)` : ''}`,
      fix: 'pass the platform jobs digests, one per line: platform=sha256:... or name@sha256:...'
    })
  }
  if (problems.length > 0) throw new InputError(problems)
  return {
    git,
    platforms,
    names,
    tags,
    legs: digests.legs,
    emptyLegs: digests.empty,
    push: push.push,
    pushSkippedReason: push.reason,
    login,
    builder: options.builder,
    annotations: annotations.annotations,
    env,
    warnings,
    notices: targets.notices
  }
}

export interface MergeRunOptions {
  docker?: string
  /** Per command. Default 10 minutes. */
  timeoutMs?: number
  retry?: RetryOptions
}

/** The merge: check the platform images, then create the index and tag it, once. */
export async function runMerge(
  plan: MergePlan,
  logger: Logger = silentLogger,
  options: MergeRunOptions = {}
): Promise<PipelineResult> {
  for (const warning of plan.warnings) logger.warning(warning)
  for (const notice of plan.notices) logger.info(notice)
  const started = Date.now()
  const result: PipelineResult = {
    discovery: { modules: [], policies: [], warnings: [] },
    policies: [],
    platforms: plan.platforms,
    binaries: [],
    tags: plan.tags,
    pushed: false,
    pushSkippedReason: plan.pushSkippedReason,
    cacheHit: false,
    timings: [],
    distribute: 'merge'
  }
  if (plan.git.sha) result.commit = commitOf(plan.git, plan.git.sha)
  try {
    if (!plan.push) {
      logger.info(`Nothing to merge: ${plan.pushSkippedReason ?? 'not pushing'}`)
      return result
    }
    await logger.group('Merge the platform images into one index', async () => {
      if (plan.login) await dockerLogin({ ...plan.login, env: plan.env }, logger)
      try {
        await mergeLegs(plan, result, logger, options)
      } finally {
        if (plan.login) await dockerLogout({ registry: plan.login.registry, env: plan.env }, logger)
      }
    })
    return result
  } catch (error) {
    if (error instanceof InputError) error.step ??= 'publish'
    throw error
  } finally {
    result.timings.push({ step: 'publish', ms: Date.now() - started })
  }
}

async function mergeLegs(
  plan: MergePlan,
  result: PipelineResult,
  logger: Logger,
  options: MergeRunOptions
): Promise<void> {
  const docker = options.docker ?? 'docker'
  const timeoutMs = options.timeoutMs ?? 10 * 60_000
  const builder = plan.builder ? ['--builder', plan.builder] : []
  const legs: InspectedLeg[] = []
  for (const leg of plan.legs) {
    const inspected = await dockerRetrying(
      docker,
      ['buildx', 'imagetools', 'inspect', ...builder, leg.ref, '--format', '{{json .Image}}'],
      `docker buildx imagetools inspect ${leg.ref}`,
      { env: plan.env, timeoutMs, retry: options.retry, logger }
    )
    legs.push({ ...leg, ...parseInspectedImage(inspected) })
    logger.info(`${leg.ref}: ${legs.at(-1)!.platforms.join(', ')}`)
  }
  const planned = plan.platforms.map(platformString)
  const problems = legProblems(planned, legs, plan.emptyLegs)
  if (problems.length > 0) throw new InputError(problems)

  const revision = legs[0].labels[REVISION_LABEL]
  if (plan.git.sha && revision !== plan.git.sha) {
    logger.warning(
      `the platform images were built from ${revision.slice(0, 12)}, this job runs for ${plan.git.sha.slice(0, 12)}: the tags name the images' commit`
    )
  }
  result.commit = commitOf(plan.git, revision)
  result.policies = policiesOf(legs[0].labels[POLICIES_LABEL])

  // One command: the index, its annotations and every tag, applied at the end.
  const dir = await mkdtemp(join(plan.env.RUNNER_TEMP || tmpdir(), 'policy-engine-merge-'))
  try {
    const metadataFile = join(dir, 'metadata.json')
    const args = imagetoolsCreateArgs({
      builder: plan.builder,
      tags: plan.tags,
      annotations: mergeAnnotationFlags(indexAnnotations(legs), plan.annotations),
      // In the planned platform order, so the index lists them as a single build would.
      sources: planned.map(platform => legs.find(leg => leg.platforms.includes(platform))!.ref),
      metadataFile
    })
    logger.info(`${docker} ${args.join(' ')}`)
    await dockerRetrying(docker, args, 'docker buildx imagetools create', {
      env: plan.env,
      timeoutMs,
      retry: options.retry,
      logger
    })
    const digest =
      (await metadataDigest(metadataFile)) ??
      (await rawDigest(docker, [...builder], plan.tags[0], plan.env, timeoutMs))
    result.digest = digest
    result.metadata = { 'containerimage.digest': digest }
    result.image = `${plan.names[0]}@${digest}`
    result.pushed = true
    logger.info(`Index ${result.image} tagged ${plan.tags.join(', ')}`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function commitOf(git: GitContext, sha: string): PipelineResult['commit'] {
  const head = git.pullRequest?.headSha
  return head && head !== sha ? { sha, pullRequestHead: head } : { sha }
}

/** The policies as the images' label lists them (names only: the merge scans no Go). */
function policiesOf(label: string | undefined): PolicyOutput[] {
  return (label ?? '')
    .split(',')
    .map(name => name.trim())
    .filter(Boolean)
    .map(name => ({ name, module: '', package: '', type: '', path: null, version: null }))
}

async function dockerRetrying(
  docker: string,
  args: string[],
  what: string,
  context: { env: NodeJS.ProcessEnv; timeoutMs: number; retry?: RetryOptions; logger: Logger }
): Promise<string> {
  let started = true
  const last = await withRetry(
    what,
    async () => {
      let result
      try {
        result = await run(docker, args, { env: context.env, timeoutMs: context.timeoutMs })
      } catch (error) {
        started = false
        return { ok: false, value: undefined, output: String(error) }
      }
      const ok = result.exitCode === 0 && !result.timedOut
      return { ok, value: result, output: result.stdout + result.stderr }
    },
    context.retry ?? DEFAULT_RETRY,
    context.logger
  )
  const result = last.value
  if (!started || !result) {
    throw new BuildError('publish', `the docker CLI (${docker}) cannot be started for ${what}`)
  }
  if (!last.ok) {
    const output = (result.stderr || result.stdout).trim().split('\n').slice(-10).join('\n')
    throw new BuildError(
      'publish',
      `${what} failed (exit ${result.exitCode}${result.timedOut ? ', timed out' : ''}):\n${output}`
    )
  }
  return result.stdout
}

async function metadataDigest(file: string): Promise<string | undefined> {
  try {
    const metadata = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    const digest = metadata['containerimage.digest']
    return typeof digest === 'string' && digest.startsWith('sha256:') ? digest : undefined
  } catch {
    return undefined
  }
}

/** The digest of what a reference points at, from its raw manifest bytes. */
async function rawDigest(
  docker: string,
  builder: string[],
  ref: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number
): Promise<string> {
  const result = await run(docker, ['buildx', 'imagetools', 'inspect', ...builder, ref, '--raw'], {
    env,
    timeoutMs
  })
  if (result.exitCode !== 0) {
    throw new BuildError('publish', `cannot read back ${ref}: ${result.stderr.trim()}`)
  }
  return `sha256:${createHash('sha256').update(result.stdout.replace(/\n$/, '')).digest('hex')}`
}
