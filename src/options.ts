import type { BuildOptions } from './pipeline-types.js'

/**
 * Every option of the product, once: the action inputs (action.yml), the CLI flags
 * (`--name`) and the library's BuildOptions are all derived from this table, and a test keeps
 * action.yml and the README's table in agreement with it.
 */
export interface OptionSpec {
  /** kebab-case: the action input name and the CLI flag name. */
  name: string
  description: string
  /** Default as action.yml writes it (a string); undefined = no default. */
  default?: string
  /**
   * A list input: 'lines-or-commas' splits on newlines and commas (platforms, tags);
   * 'lines' only on newlines, for values that may hold commas (labels, build args).
   */
  list?: 'lines' | 'lines-or-commas'
  /** Only meaningful in the action (e.g. github-token). */
  actionOnly?: boolean
  /** Whether the value is a secret to be masked. */
  secret?: boolean
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'policies',
    list: 'lines-or-commas',
    description:
      'Policy module directories (each holding a go.mod) or globs of them, newline- or comma-separated, relative to working-directory.'
  },
  {
    name: 'manifest',
    description: 'Path of a policy-build.yaml manifest. Default: policy-build.yaml when it exists.'
  },
  {
    name: 'engine',
    description:
      'Directory of a custom engine core module. Default: the engine shipped with the action.'
  },
  {
    name: 'templates',
    description: 'Directory with overriding imports.go.hbs and/or Dockerfile.hbs templates.'
  },
  {
    name: 'working-directory',
    default: '.',
    description:
      'Workspace root: every path is resolved inside it, and paths leaving it are refused.'
  },
  {
    name: 'platforms',
    list: 'lines-or-commas',
    description:
      "Target platforms, cross-compiled on the runner (no QEMU). Default: the manifest's image.platforms, else linux/amd64,linux/arm64."
  },
  {
    name: 'image',
    list: 'lines-or-commas',
    description: 'One or more image names, e.g. ghcr.io/acme/policy-engine.'
  },
  {
    name: 'tags',
    list: 'lines-or-commas',
    description:
      'Explicit tags or full image references; when set they replace the computed tags (docker/metadata-action tags output fits).'
  },
  {
    name: 'labels',
    list: 'lines',
    description:
      'Extra image labels as key=value, one per line; they override the computed OCI labels of the same key (docker/metadata-action labels output fits).'
  },
  {
    name: 'annotations',
    list: 'lines',
    description:
      "OCI annotations as [levels:]key=value, one per line; levels: index, manifest, index-descriptor, manifest-descriptor (comma-separated), none for the index and the manifests (docker/metadata-action's annotations output fits). The description label is added as index:org.opencontainers.image.description unless set here, so GHCR shows it for a multi-arch image. Index levels apply when the image is an index (several platforms, or provenance)."
  },
  {
    name: 'latest',
    default: 'false',
    description: 'Also tag `latest` on pushes to the default branch.'
  },
  {
    name: 'base-image',
    description:
      'Base image of the final stage. Default: gcr.io/distroless/static-debian12:nonroot. `scratch` works too.'
  },
  {
    name: 'healthcheck',
    default: 'true',
    description:
      "Add a HEALTHCHECK to the Dockerfile that runs the engine's own `healthcheck` command in exec form (no shell needed: works on scratch and distroless); false for a custom engine core without that command."
  },
  {
    name: 'push',
    default: 'auto',
    description: 'auto | true | false. auto pushes except on pull requests from forks.'
  },
  {
    name: 'output',
    default: 'image',
    description:
      'image (push/load an image) | oci (write an OCI layout tarball) | none (stop after compiling).'
  },
  {
    name: 'oci-file',
    description: 'Path of the OCI tarball when output is oci. Default: <out>/image.oci.tar.'
  },
  {
    name: 'load',
    default: 'false',
    description: 'Load the single-platform image into the local Docker engine.'
  },
  {
    name: 'builder',
    description: 'Name of the buildx builder to use. Default: the current builder.'
  },
  { name: 'build-args', list: 'lines', description: 'Build arguments as KEY=value, one per line.' },
  { name: 'go-build-flags', description: 'Extra flags for `go build`, space-separated.' },
  {
    name: 'ldflags',
    description: 'Extra -ldflags for `go build`, appended to the version stamping.'
  },
  {
    name: 'version',
    description:
      'Version stamped into the engine and the image labels. Default: from the tag, or the short commit.'
  },
  {
    name: 'cache',
    default: 'true',
    description: 'Restore and save the Go build and module caches with @actions/cache.'
  },
  {
    name: 'cache-key-prefix',
    default: 'policy-engine-build',
    description: 'Prefix of the Go cache key.'
  },
  {
    name: 'sbom',
    default: 'false',
    description:
      "Write an SPDX 2.3 SBOM per platform from the engine's Go build info (policy modules with versions or local folder hashes, dependencies, Go version, build settings, base image) into <out>/sbom, and attach it to the pushed image as an OCI referrer."
  },
  {
    name: 'provenance',
    default: 'false',
    description:
      'Generate a provenance attestation (buildx --provenance); false keeps the index to the platform images.'
  },
  {
    name: 'sign',
    default: 'false',
    description:
      'Sign the pushed index digest (never a tag) with cosign: with cosign-key, key-based; without, keyless with the GitHub OIDC token (needs permissions: id-token: write). cosign must be installed (sigstore/cosign-installer).'
  },
  {
    name: 'cosign-key',
    secret: true,
    description:
      'The cosign private key (PEM, e.g. ${{ secrets.COSIGN_PRIVATE_KEY }}) for key-based signing: masked, and passed to cosign in an environment variable, never in argv.'
  },
  {
    name: 'cosign-password',
    secret: true,
    description:
      'Password of cosign-key (masked). Default: the COSIGN_PASSWORD environment variable.'
  },
  {
    name: 'pr-comment',
    default: 'true',
    description: 'On pull requests, create or update one comment with the preview image.'
  },
  {
    name: 'mode',
    default: 'build',
    actionOnly: true,
    description:
      'build | cleanup. cleanup builds nothing: it deletes pull-request previews (on pull_request closed, the pr-N and pr-N-<sha> tags of that pull request; with older-than, every preview older than that) and the manifests only they reference, and updates the PR comment.'
  },
  {
    name: 'older-than',
    actionOnly: true,
    description:
      'mode: cleanup: delete the pr-* previews of any pull request whose image is older than this, e.g. 14d, 36h, 2w (a scheduled sweep).'
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    actionOnly: true,
    secret: true,
    description: 'Token for the pull request comment.'
  },
  { name: 'registry', description: 'Registry to log in to before pushing, e.g. ghcr.io.' },
  { name: 'username', description: 'Registry user name.' },
  {
    name: 'password',
    secret: true,
    description: 'Registry password or token: masked, and passed to docker login on stdin.'
  },
  {
    name: 'out',
    description:
      'Directory for the generated workspace, binaries and Dockerfile. Default: a fresh folder under RUNNER_TEMP (action) or ./.out (CLI).'
  },
  {
    name: 'distribute',
    default: 'off',
    description:
      'off | platform | merge. platform: build the one platform of this runner and push it by digest only (no tags; outputs digest and platform). merge: no Go; create the multi-arch index from digests, then apply every tag once.'
  },
  {
    name: 'digests',
    list: 'lines',
    description:
      'distribute: merge: the platform images, one per line, as name@sha256:... or platform=sha256:... (what each platform job wrote).'
  }
]

export const OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'image', description: 'The pushed image by digest: name@sha256:...' },
  {
    name: 'digest',
    description:
      "The image (index) digest; with distribute: platform, this platform's image, pushed untagged."
  },
  {
    name: 'tags',
    description:
      'Newline-separated list of the full image references pushed (or loaded); empty when nothing was pushed, e.g. on a pull request from a fork.'
  },
  { name: 'metadata', description: 'The buildx metadata JSON.' },
  { name: 'policies', description: 'JSON array of {name, module, package, type, path, version}.' },
  { name: 'imports-file', description: 'Path of the generated imports.go.' },
  { name: 'dockerfile', description: 'Path of the rendered Dockerfile.' },
  {
    name: 'binaries',
    description:
      'Folder of the compiled engine binaries, one per platform at <os>/<arch>[/<variant>]/policy-engine (output: none stops here).'
  },
  {
    name: 'sbom',
    description:
      'sbom: true: the folder of the SPDX SBOMs, one per platform (policy-engine-<os>-<arch>[-<variant>].spdx.json).'
  },
  {
    name: 'cache-hit',
    description: 'true when the Go cache was restored from an exact key match.'
  },
  {
    name: 'platform',
    description:
      'distribute: platform: the platform built and pushed by digest (e.g. linux/arm64); write platform=digest for the merge job.'
  }
]

/** Splits a list input the way the docker actions do: trimmed, no empties, no # comments. */
export function splitList(
  value: string | undefined,
  mode: 'lines' | 'lines-or-commas' = 'lines-or-commas'
): string[] {
  if (!value) return []
  return value
    .split(mode === 'lines' ? /\r?\n/ : /\r?\n|,/)
    .map(item => item.trim())
    .filter(item => item.length > 0 && !item.startsWith('#'))
}

/**
 * How a front end (action inputs, CLI flags) reads one option's value; each reports its own
 * bad values in its own words.
 */
export interface OptionReader {
  optional(name: string): string | undefined
  list(name: string): string[]
  bool(name: string): boolean
  oneOf<T extends string>(name: string, allowed: readonly T[]): T
}

/**
 * The library's options from any front end: the one mapping from option names to BuildOptions
 * fields, so the action and the CLI cannot drift apart.
 */
export function readBuildOptions(
  read: OptionReader,
  places: { workingDirectory: string; out: string | undefined; password?: string }
): BuildOptions {
  return {
    workingDirectory: places.workingDirectory,
    policies: read.list('policies'),
    manifest: read.optional('manifest'),
    engine: read.optional('engine'),
    templates: read.optional('templates'),
    platforms: read.list('platforms'),
    images: read.list('image'),
    tags: read.list('tags'),
    labels: read.list('labels'),
    annotations: read.list('annotations'),
    latest: read.bool('latest'),
    baseImage: read.optional('base-image'),
    healthcheck: read.bool('healthcheck'),
    push: read.oneOf('push', ['auto', 'true', 'false'] as const),
    output: read.oneOf('output', ['image', 'oci', 'none'] as const),
    ociFile: read.optional('oci-file'),
    load: read.bool('load'),
    builder: read.optional('builder'),
    buildArgs: read.list('build-args'),
    goBuildFlags: (read.optional('go-build-flags') ?? '').split(/\s+/).filter(Boolean),
    ldflags: read.optional('ldflags'),
    version: read.optional('version'),
    cache: read.bool('cache'),
    cacheKeyPrefix: read.optional('cache-key-prefix') ?? 'policy-engine-build',
    sbom: read.bool('sbom'),
    provenance: read.bool('provenance'),
    sign: read.bool('sign'),
    cosignKey: read.optional('cosign-key'),
    cosignPassword: read.optional('cosign-password'),
    registry: read.optional('registry'),
    username: read.optional('username'),
    password: places.password ?? read.optional('password'),
    out: places.out,
    distribute: read.oneOf('distribute', ['off', 'platform', 'merge'] as const),
    digests: read.list('digests')
  }
}
