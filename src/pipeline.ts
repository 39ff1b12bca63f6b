import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  binaryPath,
  checkGoVersions,
  compile,
  goCacheDirs,
  goCacheKey,
  goModsOf,
  parsePlatforms,
  platformString,
  readGoToolchain,
  resolveSourceDateEpoch,
  restoreGoCache,
  type GoCacheState
} from './compile/index.js'
import { discover, readGoMod, resolveInside, type Discovery } from './discover/index.js'
import { BuildError, InputError, type Problem } from './errors.js'
import { ociLabels, parseLabels } from './package/labels.js'
import { decidePush } from './publish/push.js'
import { dockerLogin, dockerLogout, wantsLogin } from './publish/login.js'
import { checkBuilder, ensureBuildx, runBuildx } from './publish/buildx.js'
import { computeTags, computeVersion } from './publish/tags.js'
import { silentLogger, type Logger } from './logger.js'
import type { BuildOptions, PipelineResult, StepTiming } from './pipeline-types.js'
import { DEFAULT_BASE_IMAGE, renderDockerfile } from './package/dockerfile.js'
import { defaultEngineDir, generateWorkspace } from './generate/workspace.js'
import type { GitContext, Platform, PolicyOutput } from './types.js'
import { run } from './util/exec.js'
import { policyOutputs as scannedPolicyOutputs } from './policy-outputs.js'

export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64']

export interface PipelineHooks {
  /** Called once the Go cache is restored: the action hands this to its post step. */
  onCacheRestored?(state: GoCacheState): void
  env?: NodeJS.ProcessEnv
}

/** The options after the manifest is merged in and every value is checked. */
export interface ResolvedSettings {
  platforms: Platform[]
  images: string[]
  tags: string[]
  labels: Record<string, string>
  baseImage: string
  engineDir: string
  templatesDir?: string
  version: string
  push: boolean
  pushSkippedReason?: string
}

type Step = StepTiming['step']

/**
 * The whole build: discover -> generate -> compile -> package -> publish. Each step runs in
 * its own log group and is timed. Every input problem is found before anything is written or
 * pushed; nothing is pushed unless every platform compiled.
 */
export async function runPipeline(
  options: BuildOptions,
  git: GitContext,
  logger: Logger = silentLogger,
  hooks: PipelineHooks = {}
): Promise<PipelineResult> {
  const timings: StepTiming[] = []
  const step = async <T>(name: Step, title: string, fn: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    try {
      return await logger.group(title, fn)
    } finally {
      timings.push({ step: name, ms: Date.now() - started })
    }
  }
  const workspace = resolve(options.workingDirectory)
  const baseEnv = hooks.env ?? process.env
  const useActionsCache = options.cache && baseEnv.GITHUB_ACTIONS === 'true'
  const cacheDirs = goCacheDirs(useActionsCache ? 'action' : 'local', baseEnv)
  // Dedicated caches; every go command also gets GOTOOLCHAIN=local and -modcacherw
  // (discover/goenv.ts, build/compile.ts).
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    GOCACHE: cacheDirs.gocache,
    GOMODCACHE: cacheDirs.gomodcache
  }

  const { discovery, settings } = await step('discover', 'Discover policies', async () => {
    const discovery = await discover(
      {
        workspace,
        policies: options.policies,
        manifest: options.manifest,
        platforms: options.platforms,
        defaultPlatforms: DEFAULT_PLATFORMS,
        env
      },
      logger
    )
    const settings = resolveSettings(options, discovery, git, workspace)
    const toolchain = await readGoToolchain(env)
    const engineMod = await readGoMod(join(settings.engineDir, 'go.mod'), env)
    checkGoVersions(toolchain.version, goModsOf(engineMod, discovery))
    if (options.output !== 'none') {
      // A missing buildx or a builder that cannot do the job fails now, not after compiling.
      await ensureBuildx('docker', env)
      await checkBuilder(
        {
          builder: options.builder,
          platforms: settings.platforms.map(platformString),
          ociFile: options.output === 'oci' ? 'oci' : undefined
        },
        'docker',
        env
      )
    }
    logger.info(
      `${discovery.policies.length} policies in ${discovery.modules.length} modules; platforms ${settings.platforms.map(platformString).join(', ')}`
    )
    return { discovery, settings: { ...settings, goVersion: toolchain.version } }
  })

  const outDir = resolve(
    options.out ?? (await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'policy-engine-build-')))
  )

  let cacheHit = false
  if (options.cache) {
    await step('cache-restore', 'Restore the Go cache', async () => {
      const modFiles = [settings.engineDir, ...discovery.modules.map(m => m.dir)].flatMap(dir => [
        join(dir, 'go.mod'),
        join(dir, 'go.sum')
      ])
      const key = await goCacheKey({
        prefix: options.cacheKeyPrefix,
        platforms: settings.platforms,
        goVersion: settings.goVersion,
        modFiles,
        sourceRoots: [
          settings.engineDir,
          ...discovery.modules.filter(m => m.source.kind === 'local').map(m => m.dir)
        ],
        env
      })
      const state = await restoreGoCache({
        dirs: cacheDirs,
        ...key,
        // Read at save time: modules the workspace no longer needs are not saved.
        goSumFiles: [join(outDir, 'go.sum')],
        logger,
        env
      })
      cacheHit = state.cacheHit
      hooks.onCacheRestored?.(state)
    })
  }

  const generated = await step('generate', 'Generate the engine workspace', () =>
    generateWorkspace({
      discovery,
      outDir,
      engineDir: settings.engineDir,
      templatesDir: settings.templatesDir,
      env,
      logger
    })
  )

  const sourceDateEpoch = await resolveSourceDateEpoch({
    env,
    repoDir: workspace,
    commitTime: git.commitTime
  })
  const binaries = await step('compile', 'Compile the engine', () =>
    compile({
      workspaceDir: generated.dir,
      outDir,
      platforms: settings.platforms,
      version: settings.version,
      commit: git.sha ?? 'unknown',
      sourceDateEpoch,
      ldflags: options.ldflags,
      goBuildFlags: options.goBuildFlags,
      env,
      logger
    })
  )

  const policies = await policyOutputs(discovery, workspace, outDir, settings.platforms, env)

  const dockerfile = await step('package', 'Render the Dockerfile', async () => {
    const labels = {
      ...ociLabels({
        git,
        version: settings.version,
        policies,
        created: sourceDateEpoch,
        licenses: git.license
      }),
      ...settings.labels
    }
    const file = join(outDir, 'Dockerfile')
    await writeFile(
      file,
      renderDockerfile(
        { baseImage: settings.baseImage, labels },
        { templatesDir: settings.templatesDir }
      )
    )
    return file
  })

  const result: PipelineResult = {
    discovery,
    policies,
    platforms: settings.platforms,
    outDir,
    importsFile: generated.importsFile,
    dockerfile,
    binaries: binaries.map(({ platform, path }) => ({ platform, path })),
    tags: options.output === 'image' ? settings.tags : [],
    pushed: false,
    pushSkippedReason: settings.pushSkippedReason,
    cacheHit,
    timings
  }
  if (options.output === 'none') {
    result.pushSkippedReason = 'output is none: stopped after compiling'
    return result
  }

  await step('publish', 'Build and publish the image', async () => {
    const ociFile =
      options.output === 'oci'
        ? resolve(options.ociFile ?? join(outDir, 'image.oci.tar'))
        : undefined
    const loggedIn = settings.push && wantsLogin(options)
    if (loggedIn) {
      await dockerLogin(
        { registry: options.registry, username: options.username, password: options.password, env },
        logger
      )
    }
    try {
      const built = await runBuildx(
        {
          context: outDir,
          dockerfile,
          builder: options.builder,
          platforms: settings.platforms.map(platformString),
          tags: options.output === 'image' ? settings.tags : [],
          buildArgs: options.buildArgs,
          metadataFile: join(outDir, 'buildx-metadata.json'),
          push: options.output === 'image' && settings.push,
          load: options.output === 'image' && options.load,
          ociFile,
          provenance: options.provenance,
          sbom: options.sbom,
          sourceDateEpoch
        },
        logger,
        { env }
      )
      result.digest = built.digest
      result.metadata = built.metadata
      result.ociFile = ociFile
      result.pushed = options.output === 'image' && settings.push
      if (result.pushed && built.digest) result.image = `${settings.images[0]}@${built.digest}`
    } finally {
      if (loggedIn) await dockerLogout({ registry: options.registry, env }, logger)
    }
  })
  return result
}

/**
 * Merges the manifest under the options (options win) and checks every value, reporting all
 * problems together, before anything is generated, compiled or pushed.
 */
export function resolveSettings(
  options: BuildOptions,
  discovery: Discovery,
  git: GitContext,
  workspace: string
): ResolvedSettings {
  const manifest = discovery.manifest
  const image = manifest?.image
  const problems: Problem[] = []
  const attempt = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.problems)
      return fallback
    }
  }

  const platformList = options.platforms.length
    ? options.platforms
    : (image?.platforms ?? DEFAULT_PLATFORMS)
  const platforms = attempt(() => parsePlatforms(platformList), [] as Platform[])
  const images = options.images.length ? options.images : (image?.names ?? [])
  const version = computeVersion(git, options.version)

  if (options.push === 'true' && images.length === 0) {
    problems.push({
      field: 'push',
      message: 'push is true but no image name is given',
      fix: 'set the image input (e.g. ghcr.io/owner/policy-engine) or image.name in the manifest'
    })
  }
  if (options.output !== 'image' && options.push === 'true') {
    problems.push({
      field: 'output',
      message: `output is ${options.output} but push is true`,
      fix: 'use output: image to push, or drop push'
    })
  }
  if (options.output !== 'image' && options.load) {
    problems.push({
      field: 'load',
      message: `output is ${options.output} but load is true`,
      fix: 'use output: image to load the image into Docker'
    })
  }
  if (options.load && platforms.length > 1) {
    problems.push({
      field: 'load',
      message: `load needs a single platform, but ${platforms.length} are asked for (${platforms.map(platformString).join(', ')})`,
      fix: 'set platforms to one platform (e.g. linux/amd64) when loading, or drop load'
    })
  }
  const tags =
    options.output === 'image' && images.length > 0
      ? attempt(
          () =>
            computeTags({
              images,
              git,
              latest: options.latest,
              explicitTags: options.tags.length ? options.tags : (image?.tags ?? []),
              version: options.version
            }),
          [] as string[]
        )
      : []
  const labels = attempt(
    () => parseLabels(options.labels.length ? options.labels : (image?.labels ?? [])),
    {}
  )
  const engineDir = options.engine
    ? attempt(() => resolveInside(workspace, options.engine as string, 'engine'), '')
    : (manifest?.engine?.dir ?? defaultEngineDir())
  const templatesDir = options.templates
    ? attempt(() => resolveInside(workspace, options.templates as string, 'templates'), undefined)
    : manifest?.templates?.dir

  const push = decidePush(options.push, git, options.output, tags)
  // Half-given credentials are refused now, not after compiling.
  if (push.push) attempt(() => wantsLogin(options), false)
  if (problems.length > 0) throw new InputError(problems)
  return {
    platforms,
    images,
    tags,
    labels,
    baseImage: options.baseImage || image?.base || DEFAULT_BASE_IMAGE,
    engineDir,
    templatesDir,
    version,
    push: push.push,
    pushSkippedReason: push.reason
  }
}

/**
 * The `policies` output. Names come from the compiled engine's own `--list` when a binary for
 * this machine was built (the authority, since Name() may compute its result); otherwise from
 * the scanner's reading of a constant Name().
 */
async function policyOutputs(
  discovery: Discovery,
  workspace: string,
  outDir: string,
  platforms: Platform[],
  env: NodeJS.ProcessEnv
): Promise<PolicyOutput[]> {
  const names = await listedNames(outDir, platforms, env)
  return scannedPolicyOutputs(discovery, workspace).map((output, index) => {
    const policy = discovery.policies[index]
    return { ...output, name: names.get(`${policy.package}.${policy.symbol}`) ?? output.name }
  })
}

async function listedNames(
  outDir: string,
  platforms: Platform[],
  env: NodeJS.ProcessEnv
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const hostArch = process.arch === 'x64' ? 'amd64' : process.arch
  const host = platforms.find(p => p.os === process.platform && p.arch === hostArch)
  if (!host) return names
  const result = await run(binaryPath(outDir, host), ['--list'], { env, timeoutMs: 30_000 })
  if (result.exitCode !== 0) {
    throw new BuildError(
      'compile',
      `the compiled engine refused its policies: ${(result.stderr || result.stdout).trim()}`
    )
  }
  for (const entry of JSON.parse(result.stdout) as { name: string; source: string }[]) {
    names.set(entry.source.replace(/\(\)$/, ''), entry.name)
  }
  return names
}
