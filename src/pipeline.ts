/**
 * The whole build: plan -> cache-restore -> discover -> generate -> compile -> package -> publish. The plan
 * checks every input before any step runs; each step takes the plan, runs in its own log
 * group, is timed, and tags any failure with its name. `plan`, `generate` and
 * `build --output none` are this pipeline stopped after discover, generate and package.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { compile, ldflagsFor } from './compile/compile.js'
import {
  binaryKey,
  recordBinaries,
  reusableBinaries,
  sharedBinaryKey,
  type BinaryInputs
} from './compile/reuse.js'
import { planGoCacheKey, toolsDir } from './compile/cache-plan.js'
import { cacheServiceAvailable, restoreGoCache, type GoCacheState } from './compile/cache.js'
import { checkRun, localReplaceDirs, recordRun } from './compile/unchanged-run.js'
import { discover, readGoMod, type Discovery } from './discover/index.js'
import { BuildError, InputError, type StepName } from './errors.js'
import { generateWorkspace, type GeneratedWorkspace } from './generate/workspace.js'
import { readGoToolchain, type GoToolchain } from './go/toolchain.js'
import { silentLogger, type Logger } from './logger.js'
import { renderDockerfile } from './package/dockerfile.js'
import { ociLabels } from './package/labels.js'
import {
  POLICY_SET_LABEL,
  formatPolicySet,
  policySetHashes,
  policySetOf
} from './package/policy-set.js'
import { listedPolicyNames } from './package/policy-names.js'
import type { BuildOptions, PipelineResult, StepTiming } from './pipeline-types.js'
import { makeBuildPlan, type BuildPlan } from './plan/plan.js'
import { binaryPath, platformString } from './plan/platforms.js'
import { policyOutputs as scannedPolicyOutputs } from './policy-outputs.js'
import { DESCRIPTION_KEY, withDescription, type Annotation } from './publish/annotations.js'
import { preflightBuildx, runBuildx } from './publish/buildx.js'
import { dockerLogin, dockerLogout } from './publish/login.js'
import { baseImageLabels, type PinnedBase } from './publish/base-image.js'
import { requireCosign } from './publish/sign.js'
import { supplyChainFiles, supplyChainPublish } from './publish/supply-chain.js'
import { makeMergePlan, runMerge } from './publish/merge.js'
import { digestAllTagsName } from './publish/unchanged-push.js'
import type { GitContext, PolicyOutput } from './types.js'

/** Where a run may stop: after discover (plan), generate (generate), package (output none). */
export type StopPoint = 'discover' | 'generate' | 'package'

export interface PipelineHooks {
  /** Called once the Go cache is restored: the action hands this to its post step. */
  onCacheRestored?(state: GoCacheState): void
  /** The environment (default process.env): the plan adds the dedicated Go caches. */
  env?: NodeJS.ProcessEnv
  /** Stop after this step; default: after package when output is none, else publish too. */
  stopAfter?: StopPoint
  /**
   * Before a tagged push: the digest every tag already names in the registry, when a push
   * could be a no-op (e.g. a re-run of the same commit). The image is then built without
   * pushing first, and when its digest is that one, nothing is pushed. Default: every tag
   * names one digest built from this commit (publish/unchanged-push.ts).
   */
  currentDigest?(plan: BuildPlan): Promise<string | undefined>
}

/** Plans the build from the options (every input checked first), then runs it. */
export async function runPipeline(
  options: BuildOptions,
  git: GitContext,
  logger: Logger = silentLogger,
  hooks: PipelineHooks = {}
): Promise<PipelineResult> {
  // The merge of a distributed build is its own small path: no Go, no policies scan.
  if (options.distribute === 'merge') {
    return runMerge(await makeMergePlan(options, git, hooks.env ?? process.env), logger)
  }
  return runPlan(await makeBuildPlan(options, git, hooks.env ?? process.env), logger, hooks)
}

/** Runs the steps of a plan, up to the stop point. */
export async function runPlan(
  plan: BuildPlan,
  logger: Logger = silentLogger,
  hooks: PipelineHooks = {}
): Promise<PipelineResult> {
  const stopAfter = stopPointOf(plan, hooks)
  for (const warning of plan.warnings) logger.warning(warning)
  for (const notice of plan.notices) logger.info(notice)
  const steps = new Steps(logger)
  const toolchain = await toolchainOf(plan)
  const outDir =
    stopAfter === 'discover'
      ? undefined
      : resolve(
          plan.out ??
            (await mkdtemp(join(plan.env.RUNNER_TEMP || tmpdir(), 'policy-engine-build-')))
        )
  // Nothing changed since the last run into this --out: its scan, workspace and binaries are
  // taken back (content key, compile/unchanged-run.ts) and only package and publish run.
  const checked =
    outDir && plan.out && stopAfter !== 'generate'
      ? await checkRun(plan, toolchain.version, outDir)
      : undefined
  if (outDir && checked?.reused) {
    const reused = checked.reused
    logger.info(
      `nothing changed since the last run into ${outDir}: reusing its policies scan, workspace and binaries`
    )
    for (const w of reused.discovery.warnings)
      logger.warning(w.message, { file: w.file, line: w.line, column: w.column })
    if (stopAfter === undefined) await preflightPublish(plan)
    const result = initialResult(plan, reused.discovery, steps.timings)
    Object.assign(result, {
      outDir,
      policies: reused.policies,
      binaries: reused.binaries.map(b => ({ ...b, reused: true })),
      importsFile: reused.importsFile,
      goModFile: reused.goModFile,
      unchangedRun: true
    })
    return packageAndPublish(plan, result, outDir, reused.hashes, steps, logger, hooks)
  }

  // The Go cache comes back before discovery, whose type check compiles the dependency
  // closure (`go list -export`) and whose helper is kept in the cache: its key needs no scan.
  let cacheHit = false
  if (outDir && plan.cache.enabled) {
    cacheHit = await steps.run('cache-restore', 'Restore the Go cache', () =>
      cacheRestoreStep(plan, { goVersion: toolchain.version, outDir }, logger, hooks)
    )
  }
  const { discovery } = await steps.run('discover', 'Discover policies', () =>
    discoverStep(plan, logger, stopAfter === undefined, toolchain)
  )
  const result = initialResult(plan, discovery, steps.timings)
  result.cacheHit = cacheHit
  if (stopAfter === 'discover' || outDir === undefined) return stopped(result, 'discover')
  result.outDir = outDir
  // Local modules and the engine by content hash: the policy-set label says what was built.
  const hashes = await policySetHashes(result.policies, plan.workspace, plan.engineDir)
  const generated = await steps.run('generate', 'Generate the engine workspace', () =>
    generateStep(plan, discovery, result.policies, outDir, logger, hashes)
  )
  result.importsFile = generated.importsFile
  result.goModFile = generated.goModFile
  result.dockerfile = generated.dockerfile
  if (stopAfter === 'generate') return stopped(result, 'generate')

  result.binaries = await steps.run('compile', 'Compile the engine', () =>
    compileStep(plan, generated.dir, outDir, logger, discovery)
  )
  result.policies = await namedPolicies(plan, discovery, result.policies, outDir)
  if (plan.out) {
    await recordRun(
      plan,
      toolchain.version,
      outDir,
      {
        discovery,
        policies: result.policies,
        binaries: result.binaries,
        importsFile: result.importsFile,
        goModFile: result.goModFile,
        hashes
      },
      checked
    )
  }
  return packageAndPublish(plan, result, outDir, hashes, steps, logger, hooks)
}

/** The compiled (or reused) engine into a Dockerfile, then the image, up to the stop point. */
async function packageAndPublish(
  plan: BuildPlan,
  result: PipelineResult,
  outDir: string,
  hashes: PolicySetHashes,
  steps: Steps,
  logger: Logger,
  hooks: PipelineHooks
): Promise<PipelineResult> {
  const stopAfter = stopPointOf(plan, hooks)
  result.policySet = policySetOf(result.policies, hashes.modules, hashes.engine)
  result.dockerfile = await steps.run('package', 'Render the Dockerfile', async () => {
    await supplyChainFiles(plan, result, outDir, stopAfter === undefined, logger)
    return packageStep(plan, result.policies, outDir, hashes, result.baseImage)
  })
  if (stopAfter === 'package') return stopped(result, 'package')

  // The index carries the description label as an annotation (GHCR shows it for multi-arch).
  const description = imageLabels(plan, result.policies, hashes, result.baseImage)[DESCRIPTION_KEY]
  const annotations = withDescription(plan.image.annotations, description)
  await steps.run('publish', 'Build and publish the image', () =>
    publishStep(plan, result, outDir, logger, hooks, annotations)
  )
  if (result.pushed && (plan.image.sbom || plan.image.sign)) {
    await steps.run('publish', 'Attach the SBOM and sign', () =>
      supplyChainPublish(plan, result, logger)
    )
  }
  return result
}

/** Where this run stops: the hook's choice, else after package when the output is none. */
function stopPointOf(plan: BuildPlan, hooks: PipelineHooks): StopPoint | undefined {
  return hooks.stopAfter ?? (plan.output === 'none' ? 'package' : undefined)
}

/** Runs each step in a log group, times it, and tags an escaping failure with its name. */
class Steps {
  readonly timings: StepTiming[] = []
  constructor(private readonly logger: Logger) {}

  async run<T>(step: StepName, title: string, fn: () => Promise<T>): Promise<T> {
    const started = Date.now()
    try {
      return await this.logger.group(title, fn)
    } catch (error) {
      if (error instanceof BuildError) throw error.inStep(step)
      if (error instanceof InputError) error.step ??= step
      throw error
    } finally {
      this.timings.push({ step, ms: Date.now() - started })
    }
  }
}

function initialResult(
  plan: BuildPlan,
  discovery: Discovery,
  timings: StepTiming[]
): PipelineResult {
  return {
    discovery,
    policies: scannedPolicyOutputs(discovery, plan.workspace),
    platforms: plan.platforms,
    binaries: [],
    tags: plan.output === 'image' ? plan.image.tags : [],
    pushed: false,
    pushSkippedReason: plan.pushSkippedReason,
    cacheHit: false,
    timings,
    ...commitOf(plan)
  }
}

function commitOf(plan: BuildPlan): Pick<PipelineResult, 'commit'> {
  const { sha, pullRequest } = plan.git
  if (!sha) return {}
  const head = pullRequest?.headSha
  return { commit: head && head !== sha ? { sha, pullRequestHead: head } : { sha } }
}

function stopped(result: PipelineResult, step: StopPoint): PipelineResult {
  result.stoppedAfter = step
  result.pushSkippedReason =
    step === 'package'
      ? 'output is none: stopped after compiling'
      : `stopped after ${step}: nothing is built or pushed`
  return result
}

/** Policies, the Go toolchain against every go.mod, and docker when the run will publish. */
async function discoverStep(
  plan: BuildPlan,
  logger: Logger,
  willPublish: boolean,
  known?: GoToolchain
): Promise<{ discovery: Discovery; goVersion: string }> {
  const toolchain = known ?? (await readGoToolchain(plan.env))
  const engineMod = await readGoMod(join(plan.engineDir, 'go.mod'), plan.env)
  // Checked against every go.mod before the scan: a too-old Go names the go.mod that needs more.
  const discovery = await discover(
    {
      workspace: plan.workspace,
      policies: plan.policies,
      manifest: plan.manifest ?? null,
      platforms: plan.platforms,
      buildTags: plan.compile.buildTags,
      goVersion: { toolchain: toolchain.version, otherGoMods: [engineMod] },
      reservedModule: engineMod.module,
      env: plan.env,
      helperDir: join(toolsDir(plan), 'goscan'),
      toolchain
    },
    logger
  )
  if (willPublish) await preflightPublish(plan)
  logger.info(
    `${discovery.policies.length} policies in ${discovery.modules.length} modules; platforms ${plan.platforms.map(platformString).join(', ')}; go${toolchain.version}`
  )
  return { discovery, goVersion: toolchain.version }
}

/** A missing buildx or a builder that cannot do the job fails now, not after compiling. */
async function preflightPublish(plan: BuildPlan): Promise<void> {
  await preflightBuildx(publishTarget(plan), 'docker', plan.env)
  if (plan.image.sign && plan.push) await requireCosign(plan.env)
}

/** Restores the Go caches and the tools folder under a key computed from the plan alone. */
async function cacheRestoreStep(
  plan: BuildPlan,
  { goVersion, outDir }: { goVersion: string; outDir: string },
  logger: Logger,
  hooks: PipelineHooks
): Promise<boolean> {
  // Without a cache service nothing is restored or saved: the key (a hash of every policy
  // source) would be computed for nothing on each local run.
  const key = (await cacheServiceAvailable())
    ? await planGoCacheKey(plan, goVersion, { platformScoped: plan.distribute === 'platform' })
    : { key: '', restoreKeys: [] }
  const state = await restoreGoCache({
    dirs: plan.cache.dirs,
    extraPaths: [toolsDir(plan)],
    ...key,
    // Read at save time: modules the workspace no longer needs are not saved.
    goSumFiles: [join(outDir, 'go.sum')],
    logger,
    env: plan.env
  })
  hooks.onCacheRestored?.(state)
  return state.cacheHit
}

/** The workspace and its Dockerfile; the Dockerfile is rendered first, so a bad template writes nothing. */
async function generateStep(
  plan: BuildPlan,
  discovery: Discovery,
  policies: PolicyOutput[],
  outDir: string,
  logger: Logger,
  hashes: PolicySetHashes
): Promise<GeneratedWorkspace & { dockerfile: string }> {
  const dockerfileText = dockerfileFor(plan, policies, hashes)
  const generated = await generateWorkspace({
    discovery,
    outDir,
    engineDir: plan.engineDir,
    templatesDir: plan.templatesDir,
    env: plan.env,
    logger,
    // A tidy whose inputs are unchanged is skipped (its result is kept in the cached tools folder).
    tidyCacheDir: join(toolsDir(plan), 'tidy'),
    goVersion: (await toolchainOf(plan)).version
  })
  const dockerfile = join(outDir, 'Dockerfile')
  await writeFile(dockerfile, dockerfileText)
  return { ...generated, dockerfile }
}

async function compileStep(
  plan: BuildPlan,
  workspaceDir: string,
  outDir: string,
  logger: Logger,
  discovery: Discovery
): Promise<PipelineResult['binaries']> {
  const options = {
    sourceModules: discovery.modules.map(m => ({ module: m.goMod.module, dir: m.dir })),
    workspaceDir,
    outDir,
    platforms: plan.platforms,
    version: plan.version,
    commit: plan.git.sha ?? 'unknown',
    sourceDateEpoch: plan.sourceDateEpoch,
    ldflags: plan.compile.ldflags,
    goBuildFlags: plan.compile.goBuildFlags,
    env: plan.env,
    logger
  }
  // A binary built from exactly these inputs (content key, compile/reuse.ts) is not rebuilt.
  const inputs: BinaryInputs = {
    goVersion: (await toolchainOf(plan)).version,
    ldflags: ldflagsFor(options),
    goBuildFlags: plan.compile.goBuildFlags,
    env: plan.env,
    workspaceDir,
    linkBoundary: plan.workspace,
    sourceDirs: [
      ...discovery.modules.filter(m => m.source.kind === 'local').map(m => m.dir),
      ...localReplaceDirs(discovery)
    ]
  }
  const shared = await sharedBinaryKey(inputs)
  const keys = new Map(plan.platforms.map(p => [platformString(p), binaryKey(shared, inputs, p)]))
  const reused = await reusableBinaries(outDir, keys, plan.platforms)
  if (reused.length > 0) {
    logger.info(
      `reusing the binaries for ${reused.map(platformString).join(', ')}: every input that makes them is unchanged`
    )
  }
  const toBuild = plan.platforms.filter(p => !reused.includes(p))
  if (toBuild.length > 0) await compile({ ...options, platforms: toBuild })
  await recordBinaries(outDir, keys, plan.platforms)
  return plan.platforms.map(platform => ({
    platform,
    path: binaryPath(outDir, platform),
    ...(reused.includes(platform) ? { reused: true } : {})
  }))
}

/** The toolchain read once per plan (runPlan reads it before the cache is restored). */
const toolchains = new WeakMap<BuildPlan, Promise<GoToolchain>>()
function toolchainOf(plan: BuildPlan): Promise<GoToolchain> {
  let pending = toolchains.get(plan)
  if (!pending) {
    pending = readGoToolchain(plan.env)
    toolchains.set(plan, pending)
  }
  return pending
}

/**
 * Policy names from the compiled engine's own `--list` when a binary for this machine was
 * built (the authority, since Name() may compute its result); else the scanner's reading.
 */
async function namedPolicies(
  plan: BuildPlan,
  discovery: Discovery,
  scanned: PolicyOutput[],
  outDir: string
): Promise<PolicyOutput[]> {
  const names = await listedPolicyNames(outDir, plan.platforms, plan.env)
  return scanned.map((output, index) => {
    const policy = discovery.policies[index]
    return { ...output, name: names.get(`${policy.package}.${policy.symbol}`) ?? output.name }
  })
}

async function packageStep(
  plan: BuildPlan,
  policies: PolicyOutput[],
  outDir: string,
  hashes: PolicySetHashes,
  base?: PinnedBase
): Promise<string> {
  const file = join(outDir, 'Dockerfile')
  await writeFile(file, dockerfileFor(plan, policies, hashes, base))
  return file
}

type PolicySetHashes = Awaited<ReturnType<typeof policySetHashes>>

function dockerfileFor(
  plan: BuildPlan,
  policies: PolicyOutput[],
  hashes: PolicySetHashes,
  base?: PinnedBase
): string {
  return renderDockerfile(
    {
      baseImage: base?.image ?? plan.image.baseImage,
      labels: imageLabels(plan, policies, hashes, base),
      healthcheck: plan.image.healthcheck
    },
    { templatesDir: plan.templatesDir }
  )
}

/** The image's labels (LABEL lines of the Dockerfile): computed, then the user's on top. */
function imageLabels(
  plan: BuildPlan,
  policies: PolicyOutput[],
  hashes: PolicySetHashes,
  base?: PinnedBase
): Record<string, string> {
  return {
    ...ociLabels({
      git: plan.git,
      version: plan.version,
      policies,
      created: plan.sourceDateEpoch,
      licenses: plan.git.license
    }),
    [POLICY_SET_LABEL]: formatPolicySet(policySetOf(policies, hashes.modules, hashes.engine)),
    ...(base ? baseImageLabels(base) : {}),
    ...plan.image.labels
  }
}

function publishTarget(plan: BuildPlan): {
  builder?: string
  platforms: string[]
  ociFile?: string
} {
  return {
    builder: plan.image.builder,
    platforms: plan.platforms.map(platformString),
    ociFile: plan.output === 'oci' ? 'oci' : undefined
  }
}

async function publishStep(
  plan: BuildPlan,
  result: PipelineResult,
  outDir: string,
  logger: Logger,
  hooks: PipelineHooks = {},
  annotations: Annotation[] = plan.image.annotations
): Promise<void> {
  const ociFile =
    plan.output === 'oci' ? (plan.ociFile ?? join(outDir, 'image.oci.tar')) : undefined
  const image = plan.output === 'image'
  // A distributed build's platform job: pushed by digest, untagged; the merge job tags.
  const byDigest = plan.distribute === 'platform' && image
  if (plan.login) await dockerLogin({ ...plan.login, env: plan.env }, logger)
  try {
    const buildx = {
      ...publishTarget(plan),
      context: outDir,
      dockerfile: result.dockerfile,
      tags: image && !byDigest ? plan.image.tags : [],
      pushByDigest: byDigest ? plan.image.names : undefined,
      buildArgs: plan.image.buildArgs,
      annotations,
      metadataFile: join(outDir, 'buildx-metadata.json'),
      push: image && plan.push,
      load: plan.load,
      ociFile,
      provenance: plan.image.provenance,
      // The SBOM comes from the binaries' build info (supply-chain.ts), not buildx's scanner.
      sbom: false,
      sourceDateEpoch: plan.sourceDateEpoch
    }
    const current =
      buildx.push && !byDigest && !plan.load && !ociFile
        ? await (hooks.currentDigest ?? digestAllTagsName)(plan)
        : undefined
    if (current) {
      const dry = await runBuildx({ ...buildx, push: false, digestOnly: true }, logger, {
        env: plan.env,
        preflight: false
      })
      if (dry.digest === current) {
        logger.info(`Every tag already names ${current}: nothing to push.`)
        Object.assign(result, { digest: current, metadata: dry.metadata, pushed: true })
        result.unchangedSincePush = true
        result.image = `${plan.image.names[0]}@${current}`
        return
      }
    }
    const built = await runBuildx(buildx, logger, { env: plan.env, preflight: false })
    Object.assign(result, { digest: built.digest, metadata: built.metadata, ociFile })
    result.pushed = image && plan.push
    result.loaded = plan.load
    if (result.pushed && built.digest) result.image = `${plan.image.names[0]}@${built.digest}`
    if (byDigest) {
      Object.assign(result, {
        tags: [],
        distribute: 'platform',
        platform: publishTarget(plan).platforms[0]
      })
    }
  } finally {
    if (plan.login) await dockerLogout({ registry: plan.login.registry, env: plan.env }, logger)
  }
}
