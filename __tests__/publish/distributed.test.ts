/**
 * A distributed build, its pure parts and its plans: the digests hand-over, the checks the
 * merge makes before tagging, the imagetools argv, the platform job's buildx argv, per-platform
 * Go cache keys, and the merge run against a fake docker that records every call.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionOutputs } from '../../src/action/outputs.js'
import { goCacheKey } from '../../src/compile/cache-key.js'
import { InputError } from '../../src/errors.js'
import { recordingLogger } from '../../src/logger.js'
import { POLICIES_LABEL } from '../../src/package/labels.js'
import type { BuildOptions, PipelineResult } from '../../src/pipeline-types.js'
import { makeBuildPlan } from '../../src/plan/plan.js'
import { parsePlatforms } from '../../src/plan/platforms.js'
import { buildxArgs, validatePlan, type BuildxPlan } from '../../src/publish/buildx.js'
import {
  REVISION_LABEL,
  imagetoolsCreateArgs,
  indexAnnotations,
  legProblems,
  parseDigestLines,
  parseInspectedImage,
  type InspectedLeg
} from '../../src/publish/by-digest.js'
import { makeMergePlan, runMerge } from '../../src/publish/merge.js'
import type { GitContext } from '../../src/types.js'
import { runCli } from '../cli/run-cli.js'

const root = mkdtempSync(join(tmpdir(), 'pe-distributed-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const IMAGE = 'ghcr.io/acme/policy-engine'
const A = `sha256:${'a'.repeat(64)}`
const B = `sha256:${'b'.repeat(64)}`
const C = `sha256:${'c'.repeat(64)}`
const SHA = '4c5d6e7f80910111213141516171819202122232'
const OTHER = '99999999aaaabbbbccccddddeeeeffff00001111'
const RELEASE: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v1.2.3',
  sha: SHA,
  commitTime: 1_700_000_000
}
const FORK: GitContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/7/merge',
  sha: SHA,
  pullRequest: { number: 7, headSha: SHA, fromFork: true },
  commitTime: 1_700_000_000
}

function options(overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    workingDirectory: root,
    policies: [],
    platforms: ['linux/amd64', 'linux/arm64'],
    images: [IMAGE],
    tags: [],
    labels: [],
    latest: false,
    push: 'auto',
    output: 'image',
    load: false,
    buildArgs: [],
    goBuildFlags: [],
    cache: true,
    cacheKeyPrefix: 'policy-engine-build',
    sbom: false,
    provenance: false,
    distribute: 'merge',
    digests: [],
    ...overrides
  }
}

function leg(ref: string, platform: string, labels: Record<string, string> = {}): InspectedLeg {
  return {
    ref,
    platforms: [platform],
    labels: { [REVISION_LABEL]: SHA, [POLICIES_LABEL]: 'ratelimit,allow', ...labels }
  }
}

describe('parseDigestLines', () => {
  it('reads name@digest, platform=digest, platform=name@digest and a bare digest', () => {
    const parsed = parseDigestLines(
      [
        `${IMAGE}@${A}`,
        `linux/arm64=${B}`,
        ` linux/arm/v7 = other.io/x/y@${C} `,
        '',
        '# a comment',
        `linux/aarch64/=${B}`.replace('/=', '=')
      ],
      [IMAGE]
    )
    expect(parsed.problems).toEqual([])
    expect(parsed.legs).toEqual([
      { ref: `${IMAGE}@${A}`, declared: undefined },
      { ref: `${IMAGE}@${B}`, declared: 'linux/arm64' },
      { ref: `other.io/x/y@${C}`, declared: 'linux/arm/v7' },
      { ref: `${IMAGE}@${B}`, declared: 'linux/arm64' }
    ])
  })

  it('records a platform whose job handed over an empty digest', () => {
    const parsed = parseDigestLines([`linux/amd64=${A}`, 'linux/arm64='], [IMAGE])
    expect(parsed.empty).toEqual(['linux/arm64'])
    expect(parsed.legs).toHaveLength(1)
  })

  it('reports every bad line at once, quoting it', () => {
    const parsed = parseDigestLines(
      ['windows/amd64=' + A, 'linux/amd64=sha256:1234', `${IMAGE}:1.0`, `${IMAGE}:1.0@${A}`],
      [IMAGE]
    )
    expect(parsed.legs).toEqual([])
    expect(parsed.problems.map(p => p.message)).toEqual([
      expect.stringContaining('"windows/amd64" is not a platform'),
      expect.stringContaining('"sha256:1234" is not a digest'),
      expect.stringContaining(`"${IMAGE}:1.0" is not a digest`),
      expect.stringContaining('by digest only')
    ])
    expect(parsed.problems.every(p => p.field === 'digests')).toBe(true)
  })

  it('needs an image name for a bare digest', () => {
    expect(parseDigestLines([A], []).problems[0].message).toContain('needs the image input')
  })
})

describe('legProblems', () => {
  const planned = ['linux/amd64', 'linux/arm64']

  it('accepts the whole, consistent set', () => {
    expect(
      legProblems(planned, [leg(`r@${A}`, 'linux/amd64'), leg(`r@${B}`, 'linux/arm64')])
    ).toEqual([])
  })

  it('names the missing platform, and the job that pushed nothing', () => {
    const problems = legProblems(planned, [leg(`r@${A}`, 'linux/amd64')], ['linux/arm64'])
    expect(problems).toHaveLength(1)
    expect(problems[0].message).toBe(
      'no image for linux/arm64 (planned: linux/amd64, linux/arm64; given: linux/amd64); the job of linux/arm64 pushed nothing'
    )
  })

  it('names the platforms of each commit when the images mix revisions', () => {
    const problems = legProblems(planned, [
      leg(`r@${A}`, 'linux/amd64'),
      leg(`r@${B}`, 'linux/arm64', { [REVISION_LABEL]: OTHER })
    ])
    expect(problems.map(p => p.message)).toEqual([
      `the images were built from different commits: linux/amd64 from ${SHA.slice(0, 12)}; linux/arm64 from ${OTHER.slice(0, 12)}`
    ])
  })

  it('refuses an image without a revision label, naming it', () => {
    const unlabeled: InspectedLeg = { ref: `r@${B}`, platforms: ['linux/arm64'], labels: {} }
    const [problem] = legProblems(planned, [leg(`r@${A}`, 'linux/amd64'), unlabeled])
    expect(problem.message).toBe(`r@${B} (linux/arm64) carries no ${REVISION_LABEL} label`)
  })

  it('refuses a platform given twice, one nobody planned, and a line that lies about its platform', () => {
    const problems = legProblems(planned, [
      leg(`r@${A}`, 'linux/amd64'),
      { ...leg(`r@${B}`, 'linux/amd64'), declared: 'linux/arm64' },
      leg(`r@${C}`, 'linux/arm/v7')
    ])
    expect(problems.map(p => p.message)).toEqual([
      `r@${B} was given as linux/arm64 but is linux/amd64`,
      'no image for linux/arm64 (planned: linux/amd64, linux/arm64; given: linux/amd64, linux/arm/v7)',
      `linux/amd64 is given 2 times (r@${A}, r@${B})`,
      `linux/arm/v7 (r@${C}) is not a planned platform (planned: linux/amd64, linux/arm64)`
    ])
  })

  it('refuses images of one commit holding different policies', () => {
    const problems = legProblems(planned, [
      leg(`r@${A}`, 'linux/amd64'),
      leg(`r@${B}`, 'linux/arm64', { [POLICIES_LABEL]: 'ratelimit' })
    ])
    expect(problems[0].message).toBe(
      'the images hold different policies: linux/amd64: ratelimit,allow; linux/arm64: ratelimit'
    )
  })
})

describe('index annotations and the imagetools argv', () => {
  it('annotates the index with the OCI labels every image shares', () => {
    const legs = [
      leg(`r@${A}`, 'linux/amd64', { 'org.opencontainers.image.version': '1.2.3', other: 'x' }),
      leg(`r@${B}`, 'linux/arm64', {
        'org.opencontainers.image.version': '1.2.3',
        'org.opencontainers.image.title': 'only-here'
      })
    ]
    expect(indexAnnotations(legs)).toEqual([
      `index:${POLICIES_LABEL}=ratelimit,allow`,
      'index:org.opencontainers.image.revision=' + SHA,
      'index:org.opencontainers.image.version=1.2.3'
    ])
  })

  it('creates the index and applies every tag in one command', () => {
    expect(
      imagetoolsCreateArgs({
        builder: 'pe',
        tags: [`${IMAGE}:1.2.3`, `${IMAGE}:latest`],
        annotations: ['index:a=b'],
        sources: [`${IMAGE}@${A}`, `${IMAGE}@${B}`],
        metadataFile: '/tmp/m.json'
      })
    ).toEqual([
      'buildx',
      'imagetools',
      'create',
      '--builder',
      'pe',
      '--metadata-file',
      '/tmp/m.json',
      '--tag',
      `${IMAGE}:1.2.3`,
      '--tag',
      `${IMAGE}:latest`,
      '--annotation',
      'index:a=b',
      `${IMAGE}@${A}`,
      `${IMAGE}@${B}`
    ])
  })

  it('reads the platform and labels of a platform image and of an index', () => {
    const config = (architecture: string, variant?: string) => ({
      os: 'linux',
      architecture,
      ...(variant ? { variant } : {}),
      config: { Labels: { [REVISION_LABEL]: SHA } }
    })
    expect(parseInspectedImage(JSON.stringify(config('arm64', 'v8')))).toEqual({
      platforms: ['linux/arm64'],
      labels: { [REVISION_LABEL]: SHA }
    })
    const index = {
      'linux/amd64': config('amd64'),
      'linux/arm/v7': config('arm', 'v7'),
      'unknown/unknown': { config: {} }
    }
    expect(parseInspectedImage(JSON.stringify(index)).platforms).toEqual([
      'linux/amd64',
      'linux/arm/v7'
    ])
  })
})

describe('the platform job', () => {
  const base: BuildxPlan = {
    context: '/out',
    platforms: ['linux/arm64'],
    tags: [],
    buildArgs: [],
    metadataFile: '/tmp/meta.json',
    push: true,
    load: false,
    provenance: false,
    sbom: false,
    sourceDateEpoch: 1_700_000_000,
    pushByDigest: [IMAGE]
  }

  it('pushes by digest only: no --tag, a canonical name, reproducible timestamps', () => {
    const args = buildxArgs(base)
    expect(args).not.toContain('--tag')
    expect(args.slice(-3)).toEqual([
      '--output',
      `type=image,name=${IMAGE},push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true`,
      '/out'
    ])
    expect(() => validatePlan(base)).not.toThrow()
    expect(() => validatePlan({ ...base, pushByDigest: undefined })).toThrow(InputError)
  })

  it('quotes several image names as one CSV field', () => {
    const args = buildxArgs({ ...base, pushByDigest: [IMAGE, 'docker.io/acme/pe'] })
    expect(args).toContain(
      `type=image,"name=${IMAGE},docker.io/acme/pe",push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true`
    )
  })

  it('plans one platform, and refuses several', async () => {
    const plan = await makeBuildPlan(
      options({ distribute: 'platform', platforms: ['linux/arm64'], cache: false }),
      RELEASE,
      {}
    )
    expect(plan.distribute).toBe('platform')
    expect(plan.push).toBe(true)
    const refused = await makeBuildPlan(
      options({ distribute: 'platform', load: true }),
      RELEASE,
      {}
    ).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(InputError)
    expect((refused as InputError).problems.map(p => p.field)).toEqual(
      expect.arrayContaining(['platforms', 'distribute'])
    )
  })

  it('restores and saves only its own platform: no restore key reaches another platform', async () => {
    const keyFor = (platform: string, platformScoped: boolean) =>
      goCacheKey({
        prefix: 'pe',
        platforms: parsePlatforms([platform]),
        goVersion: '1.26.8',
        modFiles: [],
        env: { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' },
        platformScoped
      })
    const amd = await keyFor('linux/amd64', true)
    const arm = await keyFor('linux/arm64', true)
    expect(amd.key).not.toBe(arm.key)
    expect(amd.restoreKeys).toHaveLength(2)
    for (const restore of amd.restoreKeys) expect(arm.key.startsWith(restore)).toBe(false)
    for (const restore of arm.restoreKeys) expect(amd.key.startsWith(restore)).toBe(false)
    // Without the scoping, the broad fallbacks do reach the other platform's entry.
    const loose = await keyFor('linux/amd64', false)
    expect(loose.restoreKeys.some(restore => arm.key.startsWith(restore))).toBe(true)
  })

  it('outputs its platform and digest', () => {
    const result = {
      policies: [],
      platforms: parsePlatforms(['linux/arm64']),
      binaries: [],
      tags: [],
      pushed: true,
      cacheHit: false,
      timings: [],
      digest: A,
      image: `${IMAGE}@${A}`,
      distribute: 'platform',
      platform: 'linux/arm64'
    } as unknown as PipelineResult
    expect(actionOutputs(result)).toMatchObject({ platform: 'linux/arm64', digest: A, tags: '' })
  })
})

describe('makeMergePlan', () => {
  it('plans the same tags as a single-runner build of the same event', async () => {
    const single = await makeBuildPlan(options({ distribute: 'off', cache: false }), RELEASE, {})
    const merge = await makeMergePlan(options({ digests: [`linux/amd64=${A}`] }), RELEASE, {})
    expect(merge.tags).toEqual(single.image.tags)
    expect(merge.tags).toEqual(['1.2.3', '1.2', '1', 'latest'].map(tag => `${IMAGE}:${tag}`))
    expect(merge.legs).toEqual([{ ref: `${IMAGE}@${A}`, declared: 'linux/amd64' }])
    expect(merge.push).toBe(true)
  })

  it('on a fork pull request pushes nothing and ignores the (empty) digests', async () => {
    const merge = await makeMergePlan(
      options({ digests: ['linux/amd64=', 'linux/arm64='] }),
      FORK,
      {}
    )
    expect(merge.push).toBe(false)
    expect(merge.pushSkippedReason).toContain('fork')
    const result = await runMerge(merge, recordingLogger(), { docker: '/nonexistent/docker' })
    expect(result.pushed).toBe(false)
    expect(result.tags).toEqual([`${IMAGE}:pr-7`, `${IMAGE}:pr-7-${SHA.slice(0, 7)}`])
  })

  it('refuses bad digests, no digest at all, and output none, all at once', async () => {
    const error = await makeMergePlan(
      options({ digests: ['linux/amd64=nope'], output: 'none' }),
      RELEASE,
      {}
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).problems.map(p => p.field)).toEqual(['distribute', 'digests'])
    const none = await makeMergePlan(options({ digests: ['linux/arm64='] }), RELEASE, {}).catch(
      (e: unknown) => e
    )
    expect((none as InputError).problems[0].message).toBe(
      'distribute: merge got no digest (the jobs of linux/arm64 pushed nothing)'
    )
  })
})

describe('runMerge against a fake docker', () => {
  /** A docker that logs each argv line and answers imagetools inspect with canned configs. */
  function fakeDocker(configs: Record<string, object>): { docker: string; log: string } {
    const dir = mkdtempSync(join(root, 'docker-'))
    const log = join(dir, 'calls.log')
    const answers = join(dir, 'answers.json')
    writeFileSync(answers, JSON.stringify(configs))
    const docker = join(dir, 'docker')
    writeFileSync(
      docker,
      `#!/usr/bin/env node
const fs = require('fs')
const args = process.argv.slice(2)
fs.appendFileSync(${JSON.stringify(log)}, args.join(' ') + '\\n')
const answers = JSON.parse(fs.readFileSync(${JSON.stringify(answers)}, 'utf8'))
if (args[2] === 'inspect') { process.stdout.write(JSON.stringify(answers[args[3]])); process.exit(0) }
if (args[2] === 'create') {
  const meta = args[args.indexOf('--metadata-file') + 1]
  fs.writeFileSync(meta, JSON.stringify({ 'containerimage.digest': 'sha256:${'d'.repeat(64)}' }))
  process.exit(0)
}
process.exit(1)
`
    )
    chmodSync(docker, 0o755)
    return { docker, log }
  }
  const config = (architecture: string, revision = SHA) => ({
    os: 'linux',
    architecture,
    config: { Labels: { [REVISION_LABEL]: revision, [POLICIES_LABEL]: 'ratelimit,allow' } }
  })

  it('creates the index with every tag in one call after inspecting both images', async () => {
    const { docker, log } = fakeDocker({
      [`${IMAGE}@${A}`]: config('amd64'),
      [`${IMAGE}@${B}`]: config('arm64')
    })
    const plan = await makeMergePlan(
      options({ digests: [`linux/arm64=${B}`, `linux/amd64=${A}`] }),
      RELEASE,
      { RUNNER_TEMP: root }
    )
    const result = await runMerge(plan, recordingLogger(), { docker })
    const calls = readFileSync(log, 'utf8').trim().split('\n')
    expect(calls.filter(call => call.includes('imagetools create'))).toHaveLength(1)
    const create = calls.find(call => call.includes('imagetools create'))!
    // Sources in the planned platform order, every tag, the revision as an index annotation.
    expect(create.endsWith(`${IMAGE}@${A} ${IMAGE}@${B}`)).toBe(true)
    for (const tag of plan.tags) expect(create).toContain(`--tag ${tag}`)
    expect(create).toContain(`--annotation index:${REVISION_LABEL}=${SHA}`)
    expect(result).toMatchObject({
      pushed: true,
      digest: `sha256:${'d'.repeat(64)}`,
      image: `${IMAGE}@sha256:${'d'.repeat(64)}`,
      distribute: 'merge',
      commit: { sha: SHA }
    })
    expect(result.policies.map(p => p.name)).toEqual(['ratelimit', 'allow'])
  })

  it('puts the annotations input on the index: its index description replaces the label one', async () => {
    const described = (architecture: string) => ({
      ...config(architecture),
      config: {
        Labels: {
          ...config(architecture).config.Labels,
          'org.opencontainers.image.description': 'Computed'
        }
      }
    })
    const { docker, log } = fakeDocker({
      [`${IMAGE}@${A}`]: described('amd64'),
      [`${IMAGE}@${B}`]: described('arm64')
    })
    const plan = await makeMergePlan(
      options({
        digests: [`linux/amd64=${A}`, `linux/arm64=${B}`],
        annotations: [
          'org.opencontainers.image.description=Mine',
          'manifest:org.example.only-manifests=1',
          'manifest-descriptor:org.example.descriptor=2'
        ]
      }),
      RELEASE,
      { RUNNER_TEMP: root }
    )
    await runMerge(plan, recordingLogger(), { docker })
    const create = readFileSync(log, 'utf8')
      .split('\n')
      .find(call => call.includes('imagetools create'))!
    expect(create).toContain('--annotation index:org.opencontainers.image.description=Mine')
    expect(create).not.toContain('Computed')
    expect(create).toContain('--annotation manifest-descriptor:org.example.descriptor=2')
    expect(create).not.toContain('only-manifests')
    expect(create).toContain(`--annotation index:${REVISION_LABEL}=${SHA}`)
  })

  it('refuses a bad annotation in the merge plan', async () => {
    const error = await makeMergePlan(
      options({ digests: [`linux/amd64=${A}`], annotations: ['config:k=v'] }),
      RELEASE,
      {}
    ).catch((e: unknown) => e)
    expect((error as InputError).problems.map(p => p.field)).toEqual(['annotations'])
  })

  it('never calls create when a platform is missing or the commits differ', async () => {
    const { docker, log } = fakeDocker({
      [`${IMAGE}@${A}`]: config('amd64'),
      [`${IMAGE}@${B}`]: config('arm64', OTHER)
    })
    const missing = await makeMergePlan(options({ digests: [`linux/amd64=${A}`] }), RELEASE, {})
    const error = await runMerge(missing, recordingLogger(), { docker }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toContain('no image for linux/arm64')
    const mixed = await makeMergePlan(
      options({ digests: [`linux/amd64=${A}`, `linux/arm64=${B}`] }),
      RELEASE,
      {}
    )
    const mixedError = await runMerge(mixed, recordingLogger(), { docker }).catch((e: unknown) => e)
    expect((mixedError as InputError).message).toContain('built from different commits')
    expect(readFileSync(log, 'utf8')).not.toContain('imagetools create')
  })
})

describe('the CLI', () => {
  it('offers --distribute and --digests on build, and refuses a bad merge input with exit 2', async () => {
    const help = await runCli(['build', '--help'])
    expect(help.stdout).toContain('--distribute <value>')
    expect(help.stdout).toContain('--digests <value>')
    const bad = await runCli([
      'build',
      '--distribute',
      'merge',
      '--image',
      IMAGE,
      '--push',
      'true',
      '--digests',
      'linux/amd64=nope',
      '--digests',
      `linux/arm64=${B}`
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('digests: "linux/amd64=nope": "nope" is not a digest')
    const several = await runCli(['build', '--distribute', 'platform', '--output', 'none'])
    expect(several.code).toBe(2)
    expect(several.stderr).toContain('distribute: platform builds one platform per job, but 2')
  })
})
