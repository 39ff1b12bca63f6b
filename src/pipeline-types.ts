import type { StepName } from './errors.js'
import type { PolicySet } from './package/policy-set.js'
import type { DiscoveryResult, Platform, PolicyOutput } from './types.js'

/** The library's view of every option (see src/options.ts for their meaning and defaults). */
export interface BuildOptions {
  /** Absolute workspace root: every path is resolved inside it. */
  workingDirectory: string
  policies: string[]
  manifest?: string
  engine?: string
  templates?: string
  platforms: string[]
  images: string[]
  tags: string[]
  labels: string[]
  /** `[levels:]key=value` lines (src/publish/annotations.ts); default none. */
  annotations?: string[]
  latest: boolean
  baseImage?: string
  /** HEALTHCHECK in the Dockerfile (the engine's `healthcheck` command); default true. */
  healthcheck?: boolean
  push: 'auto' | 'true' | 'false'
  output: 'image' | 'oci' | 'none'
  ociFile?: string
  load: boolean
  builder?: string
  buildArgs: string[]
  goBuildFlags: string[]
  ldflags?: string
  version?: string
  cache: boolean
  cacheKeyPrefix: string
  sbom: boolean
  provenance: boolean
  /** Sign the pushed index digest with cosign (src/publish/sign.ts). */
  sign?: boolean
  /** PEM of the cosign private key; none: keyless. */
  cosignKey?: string
  cosignPassword?: string
  registry?: string
  username?: string
  password?: string
  /** Output directory (workspace, binaries, Dockerfile). */
  out?: string
  /** Distributed build (src/publish/README.md): one platform by digest, or the merge. Default off. */
  distribute?: 'off' | 'platform' | 'merge'
  /** distribute: merge: name@sha256:... or platform=sha256:... lines. */
  digests?: string[]
}

export interface StepTiming {
  step: StepName
  ms: number
}

export interface CompiledBinary {
  platform: Platform
  /** Absolute path, <out>/bin/<os>/<arch>[/<variant>]/policy-engine */
  path: string
  /** Not rebuilt: the binary in --out was made from exactly the same inputs (content key). */
  reused?: boolean
}

export interface PipelineResult {
  discovery: DiscoveryResult
  policies: PolicyOutput[]
  platforms: Platform[]
  /** The output folder; absent when the run stopped after discover. */
  outDir?: string
  importsFile?: string
  goModFile?: string
  dockerfile?: string
  binaries: CompiledBinary[]
  /** Full references tagged (name:tag). */
  tags: string[]
  /** Index digest sha256:... when an image was built. */
  digest?: string
  /** name@digest of the first image name, when pushed. */
  image?: string
  metadata?: Record<string, unknown>
  ociFile?: string
  pushed: boolean
  /** The single-platform image was loaded into the local Docker engine (load: true). */
  loaded?: boolean
  /** Why push was skipped, when it was (fork pull request, push: false, ...). */
  pushSkippedReason?: string
  cacheHit: boolean
  timings: StepTiming[]
  /** The commit built; on pull requests also the head it was built for (when it differs). */
  commit?: { sha: string; pullRequestHead?: string }
  /** Set when the run stopped before publish (plan, generate, output none). */
  stoppedAfter?: 'discover' | 'generate' | 'package'
  /** A distributed build's role: one platform pushed by digest, or the merge of them. */
  distribute?: 'platform' | 'merge'
  /** distribute: platform: the platform this run built, e.g. linux/arm64. */
  platform?: string
  /** sbom: true: the SBOM folder and its files (one per platform). */
  sbom?: { dir: string; files: { platform: string; path: string }[] }
  /** The base image as pinned for this build (name@digest), when an image was built. */
  baseImage?: { image: string; name: string; digest?: string }
  /** The digest cosign signed (name@sha256:...). */
  signed?: string
  /** What the engine holds (the io.policy-engine-build.policy-set label), once compiled. */
  policySet?: PolicySet
  /**
   * Nothing changed since the last run into the same output folder (content key): its scan,
   * workspace and binaries were reused; discover, generate and compile did not run.
   */
  unchangedRun?: boolean
  /** The push was skipped: every tag already named the digest just built (a re-run). */
  unchangedSincePush?: boolean
}
