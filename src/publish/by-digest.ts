/**
 * A distributed build's hand-over, pure: the `digests` lines the platform jobs wrote, and the
 * checks the merge job runs on the images they name before it tags anything.
 */
import type { Problem } from '../errors.js'
import { POLICIES_LABEL } from '../package/labels.js'
import { normalizePlatform } from '../plan/platforms.js'
import { isReferenceProblem, isValidDigest, parseReference } from './reference.js'

export const REVISION_LABEL = 'org.opencontainers.image.revision'

/** One platform image handed to the merge. */
export interface LegReference {
  /** name@sha256:... */
  ref: string
  /** The platform the line declared (platform=digest), canonical; undefined for name@digest. */
  declared?: string
}

export interface ParsedDigests {
  legs: LegReference[]
  /** Platforms whose line had no digest: that job pushed nothing (e.g. it failed or was skipped). */
  empty: string[]
  problems: Problem[]
}

const FIX =
  'write one line per platform job: platform=sha256:... (its platform and digest outputs) or name@sha256:...'

/**
 * Reads the `digests` input: `name@sha256:...`, `platform=sha256:...`, `platform=name@sha256:...`
 * or a bare `sha256:...` (the image is then the first image name). Every bad line is reported.
 */
export function parseDigestLines(
  lines: readonly string[],
  names: readonly string[]
): ParsedDigests {
  const parsed: ParsedDigests = { legs: [], empty: [], problems: [] }
  const problem = (line: string, message: string) =>
    parsed.problems.push({
      field: 'digests',
      message: `${JSON.stringify(line)}: ${message}`,
      fix: FIX
    })
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    let declared: string | undefined
    let value = line
    const eq = line.indexOf('=')
    if (eq >= 0) {
      const platform = normalizePlatform(line.slice(0, eq).trim())
      if (!platform) {
        problem(line, `"${line.slice(0, eq).trim()}" is not a platform`)
        continue
      }
      declared = platform
      value = line.slice(eq + 1).trim()
      if (value === '') {
        parsed.empty.push(platform)
        continue
      }
    }
    if (!value.includes('@')) {
      if (!isValidDigest(value)) {
        problem(line, `"${value}" is not a digest (sha256: and 64 hex digits)`)
        continue
      }
      if (names.length === 0) {
        problem(line, 'a bare digest needs the image input to name the image')
        continue
      }
      value = `${names[0]}@${value}`
    }
    const reference = parseReference(value)
    if (isReferenceProblem(reference)) {
      problem(line, reference.problem)
      continue
    }
    if (!reference.digest || reference.tag) {
      problem(line, 'name the image by digest only (name@sha256:...), with no tag')
      continue
    }
    parsed.legs.push({ ref: `${reference.name}@${reference.digest}`, declared })
  }
  return parsed
}

/** What the registry says about one platform image (its config, read by the merge job). */
export interface InspectedLeg extends LegReference {
  /** The image's platforms: one for a platform image (attestation manifests excluded). */
  platforms: string[]
  labels: Record<string, string>
}

const short = (sha: string) => sha.slice(0, 12)

/**
 * Why this set of platform images must not become one index: a planned platform missing or
 * given twice, a platform nobody planned, a line that says one platform and names another,
 * images of different commits or policy sets. Empty when the set is whole and consistent.
 */
export function legProblems(
  planned: readonly string[],
  legs: readonly InspectedLeg[],
  empty: readonly string[] = []
): Problem[] {
  const problems: Problem[] = []
  const add = (message: string, fix: string) => problems.push({ field: 'digests', message, fix })
  for (const leg of legs) {
    if (leg.declared && !leg.platforms.includes(leg.declared)) {
      add(
        `${leg.ref} was given as ${leg.declared} but is ${leg.platforms.join(', ') || 'an image without a platform'}`,
        'pass each job its own platform and digest outputs'
      )
    }
  }
  const byPlatform = new Map<string, string[]>()
  for (const leg of legs) {
    for (const platform of leg.platforms) {
      byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), leg.ref])
    }
  }
  const missing = planned.filter(platform => !byPlatform.has(platform))
  if (missing.length > 0) {
    const pushedNothing = missing.filter(platform => empty.includes(platform))
    add(
      `no image for ${missing.join(', ')} (planned: ${planned.join(', ')}; given: ${[...byPlatform.keys()].join(', ') || 'none'})${pushedNothing.length ? `; the job of ${pushedNothing.join(', ')} pushed nothing` : ''}`,
      'run the merge after every platform job succeeded (needs: the matrix job), and hand over every digest'
    )
  }
  for (const [platform, refs] of byPlatform) {
    if (!planned.includes(platform)) {
      add(
        `${platform} (${refs.join(', ')}) is not a planned platform (planned: ${planned.join(', ')})`,
        'give the merge the same platforms as the matrix'
      )
    } else if (refs.length > 1) {
      add(
        `${platform} is given ${refs.length} times (${refs.join(', ')})`,
        'hand over one digest per platform: the digests of this run only'
      )
    }
  }
  const revisions = new Map<string, string[]>()
  for (const leg of legs) {
    const revision = leg.labels[REVISION_LABEL]
    if (!revision) {
      add(
        `${leg.ref} (${leg.platforms.join(', ')}) carries no ${REVISION_LABEL} label`,
        'merge only images built by policy-engine-build with distribute: platform'
      )
      continue
    }
    revisions.set(revision, [...(revisions.get(revision) ?? []), ...leg.platforms])
  }
  if (revisions.size > 1) {
    const which = [...revisions].map(
      ([sha, platforms]) => `${platforms.join(', ')} from ${short(sha)}`
    )
    add(
      `the images were built from different commits: ${which.join('; ')}`,
      'hand over the digests of one workflow run: every platform job builds the same checkout'
    )
  }
  const policySets = new Set(legs.map(leg => leg.labels[POLICIES_LABEL] ?? ''))
  if (revisions.size <= 1 && policySets.size > 1) {
    add(
      `the images hold different policies: ${legs.map(leg => `${leg.platforms.join(', ')}: ${leg.labels[POLICIES_LABEL] || 'none'}`).join('; ')}`,
      'give every platform job the same policies input and manifest'
    )
  }
  return problems
}

/**
 * The index annotations: the OCI labels (and the policies label) every platform image carries
 * with the same value, as `index:key=value` for `docker buildx imagetools create --annotation`.
 */
export function indexAnnotations(legs: readonly InspectedLeg[]): string[] {
  if (legs.length === 0) return []
  const [first, ...rest] = legs
  return Object.entries(first.labels)
    .filter(([key]) => key.startsWith('org.opencontainers.image.') || key === POLICIES_LABEL)
    .filter(([key, value]) => rest.every(leg => leg.labels[key] === value))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `index:${key}=${value}`)
}

/** argv after `docker` for the one command that creates the index and applies every tag. */
export function imagetoolsCreateArgs(plan: {
  builder?: string
  tags: readonly string[]
  annotations: readonly string[]
  sources: readonly string[]
  metadataFile?: string
  dryRun?: boolean
}): string[] {
  const args = ['buildx', 'imagetools', 'create']
  if (plan.builder) args.push('--builder', plan.builder)
  if (plan.dryRun) args.push('--dry-run')
  if (plan.metadataFile) args.push('--metadata-file', plan.metadataFile)
  for (const tag of plan.tags) args.push('--tag', tag)
  for (const annotation of plan.annotations) args.push('--annotation', annotation)
  args.push(...plan.sources)
  return args
}

/**
 * The platforms and labels of `docker buildx imagetools inspect REF --format '{{json .Image}}'`:
 * one image config for a platform image, or a map platform -> config for an index.
 */
export function parseInspectedImage(json: string): {
  platforms: string[]
  labels: Record<string, string>
} {
  type Config = {
    os?: string
    architecture?: string
    variant?: string
    config?: { Labels?: Record<string, string> | null }
  }
  const value = JSON.parse(json) as Config | Record<string, Config>
  const configs: Config[] =
    typeof (value as Config).architecture === 'string'
      ? [value as Config]
      : Object.entries(value as Record<string, Config>)
          .filter(([platform]) => !platform.startsWith('unknown'))
          .map(([, config]) => config)
  const platforms = configs
    .filter(config => config.os && config.architecture)
    .map(config => [config.os, config.architecture, config.variant].filter(Boolean).join('/'))
    // linux/arm64/v8 is linux/arm64: the spelling the plan uses.
    .map(platform => normalizePlatform(platform) ?? platform)
  return { platforms, labels: configs[0]?.config?.Labels ?? {} }
}
