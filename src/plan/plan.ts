/**
 * The build plan: the manifest is read first, then every input is parsed and checked once,
 * with all problems reported together, before anything is scanned, downloaded or written.
 * Every later step takes the plan, never the raw options.
 */
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { checkGoBuildFlags, ldflagsFor } from '../compile/compile.js'
import { cacheKeyPrefixProblem, goCacheDirs, type GoCacheDirs } from '../compile/cache-key.js'
import { findManifest, type Manifest } from '../discover/manifest.js'
import { linksLeaving } from '../discover/links.js'
import { resolveInside, workspaceFolder } from '../discover/paths.js'
import { InputError, type Problem } from '../errors.js'
import { defaultEngineDir } from '../generate/workspace.js'
import { DEFAULT_BASE_IMAGE } from '../package/dockerfile.js'
import { isImageReference } from '../package/docker-syntax.js'
import { parseLabels } from '../package/labels.js'
import type { BuildOptions } from '../pipeline-types.js'
import { parseAnnotations, type Annotation } from '../publish/annotations.js'
import { producesIndex } from '../publish/buildx.js'
import { wantsLogin } from '../publish/login.js'
import { decidePush } from '../publish/push.js'
import { computeVersion } from '../publish/tags.js'
import type { GitContext, Platform } from '../types.js'
import { buildTagsOf, parseBuildArgs } from './build-flags.js'
import { chosenPlatforms, platformString } from './platforms.js'
import { outDirProblems } from './out-dir.js'
import { publishTargets } from './publish-targets.js'
import { resolveSourceDateEpoch } from './source-date.js'
import { labelValueProblems, pathProblem, versionProblem } from './values.js'

export interface BuildPlan {
  /** Absolute workspace root: every path is resolved inside it. */
  workspace: string
  git: GitContext
  manifest?: Manifest
  /** The policies input as written; discovery expands and checks the paths. */
  policies: string[]
  /** Canonical, without duplicates, in the user's order. */
  platforms: Platform[]
  engineDir: string
  templatesDir?: string
  /** Stamped into the engine and the labels. */
  version: string
  /** Seconds since the epoch: the build date of the binaries, labels and image layers. */
  sourceDateEpoch: number
  compile: {
    /** The user's extra -ldflags (appended after the version stamping). */
    ldflags?: string
    goBuildFlags: string[]
    /** The -tags of goBuildFlags: discovery selects files with them, as go build will. */
    buildTags: string[]
  }
  output: BuildOptions['output']
  /** Absolute path of the OCI tarball when output is oci. */
  ociFile?: string
  image: {
    names: string[]
    /** Full references; empty unless the output is an image. */
    tags: string[]
    /** The user's labels (input or manifest): they override the computed OCI labels. */
    labels: Record<string, string>
    /**
     * The user's OCI annotations (the `annotations` input); the publish step adds the index
     * description from the computed labels (withDescription).
     */
    annotations: Annotation[]
    baseImage: string
    /** HEALTHCHECK in the Dockerfile, calling the engine's `healthcheck` command. */
    healthcheck: boolean
    buildArgs: string[]
    builder?: string
    sbom: boolean
    provenance: boolean
    /** sign: true: cosign signs the pushed index digest; key: PEM (none: keyless). */
    sign?: { key?: string; password?: string }
  }
  load: boolean
  push: boolean
  pushSkippedReason?: string
  /** Registry login before pushing, when credentials are given and the build pushes. */
  login?: { registry?: string; username: string; password: string }
  cache: { enabled: boolean; keyPrefix: string; dirs: GoCacheDirs }
  /** The output folder asked for; undefined: a fresh temporary folder. */
  out?: string
  /** The environment of every go command: the caller's, with the dedicated Go caches. */
  env: NodeJS.ProcessEnv
  /** Inputs the plan ignored, and why (the pipeline logs them). */
  warnings: string[]
  /** Inputs the plan adjusted (lower-cased image names): the pipeline logs them as info. */
  notices: string[]
  /** 'platform': a distributed build's platform job (one platform, pushed by digest only). */
  distribute?: 'platform'
}

/** Collects the problems of one input after another, so all are reported together. */
class Checks {
  readonly problems: Problem[] = []
  attempt<T>(fn: () => T, fallback: T): T {
    try {
      return fn()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      this.problems.push(...error.problems)
      return fallback
    }
  }
  async attemptAsync<T>(fn: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      this.problems.push(...error.problems)
      return fallback
    }
  }
  add(problem: Problem | undefined): void {
    if (problem) this.problems.push(problem)
  }
}

/** The plan of one build; throws InputError naming every bad input at once. */
export async function makeBuildPlan(
  options: BuildOptions,
  git: GitContext,
  baseEnv: NodeJS.ProcessEnv = process.env
): Promise<BuildPlan> {
  const workspace = workspaceFolder(options.workingDirectory)
  const checks = new Checks()
  const warnings: string[] = []
  const notices: string[] = []
  checkPaths(options, checks)
  const manifest = await checks.attemptAsync(
    () => findManifest(workspace, options.manifest),
    undefined
  )
  const image = manifest?.image

  const platforms = checks.attempt(
    () => chosenPlatforms(options.platforms, image?.platforms),
    [] as Platform[]
  )
  const version = computeVersion(git, options.version)
  const badVersion = versionProblem(version, Boolean(options.version))
  checks.add(badVersion)
  const sourceDateEpoch = await checks.attemptAsync(
    () =>
      resolveSourceDateEpoch({
        env: baseEnv,
        repoDir: workspace,
        commitTime: git.commitTime,
        sha: git.sha
      }),
    0
  )
  checks.attempt(() => checkGoBuildFlags(options.goBuildFlags), undefined)
  if (!badVersion) {
    const commit = git.sha ?? 'unknown'
    checks.attempt(
      () => ldflagsFor({ version, commit, sourceDateEpoch, ldflags: options.ldflags }),
      ''
    )
  }
  checks.add(cacheKeyPrefixProblem(options.cacheKeyPrefix))
  checkOutputMode(options, platforms, checks)
  distributedPlatformProblems(options, platforms).forEach(problem => checks.add(problem))

  const { names, tags, ...targets } = publishTargets(options, image, git)
  targets.problems.forEach(problem => checks.add(problem))
  warnings.push(...targets.warnings)
  notices.push(...targets.notices)
  const labels = checks.attempt(
    () => parseLabels(options.labels.length ? options.labels : (image?.labels ?? [])),
    {}
  )
  labelValueProblems(labels).forEach(problem => checks.add(problem))
  const annotations = parseAnnotations(options.annotations ?? [])
  annotations.problems.forEach(problem => checks.add(problem))
  const indexOnly = annotations.annotations.filter(a =>
    a.levels.every(level => level.startsWith('index'))
  )
  // A distributed build's platform jobs write single manifests; the merge applies index levels.
  if (
    options.output !== 'none' &&
    options.distribute !== 'platform' &&
    indexOnly.length > 0 &&
    !producesIndex({
      platforms: platforms.map(platformString),
      provenance: options.provenance,
      sbom: false,
      load: options.output === 'image' && options.load
    })
  ) {
    warnings.push(
      `annotations: ${indexOnly.map(a => a.key).join(', ')} ${indexOnly.length === 1 ? 'names' : 'name'} only the index, but this build writes a single-platform manifest (no index): ${indexOnly.length === 1 ? 'it is' : 'they are'} not applied; build several platforms or set provenance: true for an index`
    )
  }
  const baseImage = options.baseImage || image?.base || DEFAULT_BASE_IMAGE
  if (!isImageReference(baseImage)) {
    checks.add({
      field: options.baseImage ? 'base-image' : 'image.base',
      file: options.baseImage ? undefined : manifest?.file,
      line: options.baseImage ? undefined : image?.line,
      message: `not a valid image reference: ${JSON.stringify(baseImage)}`,
      fix: 'write name[:tag][@sha256:...], e.g. gcr.io/distroless/static-debian12:nonroot, or scratch'
    })
  }
  const buildArgs = checks.attempt(() => parseBuildArgs(options.buildArgs), [] as string[])
  const engineDir = options.engine
    ? checks.attempt(() => resolveInside(workspace, options.engine as string, 'engine'), '')
    : (manifest?.engine?.dir ?? defaultEngineDir())
  const templatesDir = options.templates
    ? checks.attempt(
        () => resolveInside(workspace, options.templates as string, 'templates'),
        undefined
      )
    : manifest?.templates?.dir

  const push = decidePush(options.push, git, options.output, tags)
  if (options.sign && !push.push) {
    warnings.push('sign is true but nothing is pushed: only a pushed digest is signed')
  }
  // Half-given credentials are refused now, not after compiling.
  const login =
    push.push && checks.attempt(() => wantsLogin(options), false)
      ? { registry: options.registry, username: options.username!, password: options.password! }
      : undefined
  // Nothing in the templates or a custom engine may be a link out of the workspace.
  if (templatesDir)
    linksLeaving(templatesDir, workspace, { field: 'templates' }).forEach(p => checks.add(p))
  if (engineDir && engineDir !== defaultEngineDir()) {
    linksLeaving(engineDir, workspace, { field: 'engine' }).forEach(p => checks.add(p))
  }
  if (options.out) {
    const inputs = [
      { field: 'engine', dir: engineDir },
      ...(templatesDir ? [{ field: 'templates', dir: templatesDir }] : []),
      ...localPolicyDirs(workspace, options.policies, manifest)
    ].filter(input => input.dir)
    outDirProblems(options.out, workspace, inputs).forEach(problem => checks.add(problem))
  }
  if (checks.problems.length > 0) throw new InputError(checks.problems)

  const useActionsCache = options.cache && baseEnv.GITHUB_ACTIONS === 'true'
  const dirs = goCacheDirs(useActionsCache ? 'action' : 'local', baseEnv)
  return {
    workspace,
    git,
    manifest,
    policies: options.policies,
    platforms,
    engineDir,
    templatesDir,
    version,
    sourceDateEpoch,
    compile: {
      ldflags: options.ldflags,
      goBuildFlags: options.goBuildFlags,
      buildTags: buildTagsOf(options.goBuildFlags)
    },
    output: options.output,
    ociFile: options.output === 'oci' && options.ociFile ? resolve(options.ociFile) : undefined,
    image: {
      names,
      tags,
      labels,
      annotations: annotations.annotations,
      baseImage,
      healthcheck: options.healthcheck ?? true,
      buildArgs,
      builder: options.builder,
      sbom: options.sbom,
      provenance: options.provenance,
      ...(options.sign ? { sign: cosignKeyOf(options, workspace) } : {})
    },
    load: options.output === 'image' && options.load,
    push: push.push,
    pushSkippedReason: push.reason,
    login,
    cache: { enabled: options.cache, keyPrefix: options.cacheKeyPrefix.trim(), dirs },
    out: options.out,
    // Dedicated caches: trimming and saving never touch the user's own.
    env: { ...baseEnv, GOCACHE: dirs.gocache, GOMODCACHE: dirs.gomodcache },
    warnings,
    notices,
    ...(options.distribute === 'platform' ? { distribute: 'platform' as const } : {})
  }
}

/** distribute: platform builds one platform, as an image, pushed by digest (never loaded). */
export function distributedPlatformProblems(
  options: Pick<BuildOptions, 'distribute' | 'output' | 'load'>,
  platforms: Platform[]
): Problem[] {
  if (options.distribute !== 'platform') return []
  const problems: Problem[] = []
  if (platforms.length !== 1) {
    problems.push({
      field: 'platforms',
      message: `distribute: platform builds one platform per job, but ${platforms.length} are set (${platforms.map(platformString).join(', ') || 'none'})`,
      fix: 'set platforms: ${{ matrix.platform }} in the matrix job, one platform per leg'
    })
  }
  if (options.output !== 'image' || options.load) {
    problems.push({
      field: 'distribute',
      message: `distribute: platform pushes an image by digest, but ${options.load ? 'load is true' : `output is ${options.output}`}`,
      fix: 'use output: image without load in the platform jobs, or distribute: off'
    })
  }
  return problems
}

/** Control characters in any path input (a newline in a folder name reaches logs and files). */
function checkPaths(options: BuildOptions, checks: Checks): void {
  const paths: [string, string | undefined][] = [
    ['working-directory', options.workingDirectory],
    ['manifest', options.manifest],
    ['engine', options.engine],
    ['templates', options.templates],
    ['out', options.out],
    ['oci-file', options.ociFile],
    ...options.policies.map((spec): [string, string] => ['policies', spec])
  ]
  for (const [field, value] of paths) checks.add(pathProblem(field, value))
}

/** The local policy folders named without globs, for the --out overlap check. */
function localPolicyDirs(
  workspace: string,
  specs: string[],
  manifest: Manifest | undefined
): { field: string; dir: string }[] {
  const plain = specs.filter(spec => !/[*?[\]{}]/.test(spec))
  const fromManifest = (manifest?.policies ?? []).flatMap(entry =>
    entry.kind === 'local' && !/[*?[\]{}]/.test(entry.path)
      ? [resolve(dirname(manifest!.file), entry.path)]
      : []
  )
  return [...plain.map(spec => resolve(workspace, spec)), ...fromManifest].map(dir => ({
    field: 'policies',
    dir
  }))
}

/** output, push and load that contradict each other. */
function checkOutputMode(options: BuildOptions, platforms: Platform[], checks: Checks): void {
  if (options.output !== 'image' && options.push === 'true') {
    checks.add({
      field: 'output',
      message: `output is ${options.output} but push is true`,
      fix: 'use output: image to push, or drop push'
    })
  }
  if (options.output !== 'image' && options.load) {
    checks.add({
      field: 'load',
      message: `output is ${options.output} but load is true`,
      fix: 'use output: image to load the image into Docker'
    })
  }
  if (options.load && platforms.length > 1) {
    checks.add({
      field: 'load',
      message: `load needs a single platform, but ${platforms.length} are asked for (${platforms.map(platformString).join(', ')})`,
      fix: 'set platforms to one platform (e.g. linux/amd64) when loading, or drop load'
    })
  }
}

/** The cosign key: PEM as given, or the content of a key file inside the workspace (CLI). */
function cosignKeyOf(
  options: BuildOptions,
  workspace: string
): { key?: string; password?: string } {
  let key = options.cosignKey?.trim() ? options.cosignKey : undefined
  if (key && !key.includes('-----BEGIN')) {
    try {
      key = readFileSync(resolveInside(workspace, key, 'cosign-key'), 'utf8')
    } catch {
      throw new InputError({
        field: 'cosign-key',
        message: 'cosign-key is neither a PEM private key nor a readable key file in the workspace',
        fix: 'pass the key itself (${{ secrets.COSIGN_PRIVATE_KEY }}) or the path of cosign.key'
      })
    }
  }
  return { key, password: options.cosignPassword || undefined }
}
