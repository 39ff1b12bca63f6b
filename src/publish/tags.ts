import semver from 'semver'
import { ProblemList } from '../errors.js'
import type { GitContext } from '../types.js'
import { isReferenceProblem, nameProblem, parseReference, tagProblem } from './reference.js'

export interface TagInput {
  /** Image names without tags, e.g. ghcr.io/acme/policy-engine. */
  images: string[]
  git: GitContext
  /** Tag `latest` on pushes to the default branch. */
  latest: boolean
  /** The `tags` input: bare tags (applied to every image) or full references (used as is). */
  explicitTags: string[]
  /** The `version` input; used as the tag when the event gives no ref to derive one from. */
  version?: string
}

const SHORT_SHA = 7

export function shortSha(sha: string | undefined): string | undefined {
  return sha ? sha.slice(0, SHORT_SHA) : undefined
}

/**
 * Turns any text (a branch name, a non-semver git tag) into a valid tag: every character
 * outside [A-Za-z0-9_.-] becomes '-', a leading '.' or '-' is dropped, and the result is cut
 * to 128 characters. Case is kept: tags may hold uppercase.
 */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^\w.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)
}

/** The git tag name when ref is refs/tags/X. */
function gitTag(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
}

function branchName(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
}

function pullRequestNumber(git: GitContext): number | undefined {
  if (git.pullRequest) return git.pullRequest.number
  const match = /^refs\/pull\/(\d+)\//.exec(git.ref ?? '')
  return match ? Number(match[1]) : undefined
}

/** A git tag that is a semantic version (a leading `v` allowed), parsed; else undefined. */
function semverOf(tag: string | undefined): semver.SemVer | undefined {
  if (!tag) return undefined
  return semver.parse(tag) ?? undefined
}

/**
 * The version stamped into the engine and the labels: the `version` input, else the git
 * tag's semantic version (without `v`), else the tag name, else `sha-<short sha>`, else `dev`.
 */
export function computeVersion(git: GitContext, explicit?: string): string {
  if (explicit) return explicit
  const tag = gitTag(git.ref)
  const parsed = semverOf(tag)
  if (parsed) return parsed.version
  if (tag) return tag
  const sha = shortSha(git.pullRequest?.headSha ?? git.sha)
  return sha ? `sha-${sha}` : 'dev'
}

/**
 * The tags (not yet joined with image names) that SPEC section 4 derives from the event:
 * - pull request N: pr-N, pr-N-<short head sha>; never latest;
 * - tag vX.Y.Z: X.Y.Z, X.Y, X, latest; a pre-release only X.Y.Z-pre; other tags sanitised;
 * - branch: the sanitised branch name and sha-<short>; latest on the default branch if asked;
 * - anything else (a local build): the version input, else sha-<short>, else latest.
 * workflow_dispatch, release, schedule... follow their ref.
 */
export function computedTagNames(git: GitContext, latest: boolean, version?: string): string[] {
  const isPullRequest = git.eventName === 'pull_request' || git.eventName === 'pull_request_target'
  const pr = isPullRequest ? pullRequestNumber(git) : undefined
  if (pr !== undefined) {
    const sha = shortSha(git.pullRequest?.headSha ?? git.sha)
    return sha ? [`pr-${pr}`, `pr-${pr}-${sha}`] : [`pr-${pr}`]
  }
  const tag = gitTag(git.ref)
  if (tag !== undefined) {
    const parsed = semverOf(tag)
    if (parsed && parsed.prerelease.length > 0) return [parsed.version]
    if (parsed) {
      const { major, minor, patch } = parsed
      return [`${major}.${minor}.${patch}`, `${major}.${minor}`, `${major}`, 'latest']
    }
    const sanitized = sanitizeTag(tag)
    if (sanitized) return [sanitized]
  }
  const sha = shortSha(git.sha)
  const branch = branchName(git.ref)
  if (branch !== undefined) {
    const names = [sanitizeTag(branch), sha ? `sha-${sha}` : ''].filter(Boolean)
    if (latest && git.defaultBranch !== undefined && branch === git.defaultBranch) {
      names.push('latest')
    }
    if (names.length > 0) return names
  }
  if (version) return [sanitizeTag(version)].filter(Boolean)
  if (sha) return [`sha-${sha}`]
  return ['latest']
}

/**
 * Full image references to build, in order and without duplicates. Explicit tags replace the
 * computed ones; each is either a bare tag (applied to every image) or a full reference (used
 * as is). Every image name and tag is validated; invalid ones are reported together as an
 * InputError, never rewritten.
 */
export function computeTags(input: TagInput): string[] {
  const problems = new ProblemList()
  input.images.forEach((image, index) => {
    const problem = imageNameProblem(image)
    if (problem) {
      problems.add({
        field: 'image',
        message: `"${image}" (entry ${index + 1}) is not a valid image name: ${problem}`,
        fix: 'give a repository name without tag, e.g. ghcr.io/owner/policy-engine'
      })
    }
  })

  const refs: string[] = []
  if (input.explicitTags.length > 0) {
    input.explicitTags.forEach((raw, index) => {
      const value = raw.trim()
      if (value === '') return
      if (value.includes('/') || value.includes(':') || value.includes('@')) {
        const parsed = parseReference(value)
        if (isReferenceProblem(parsed)) {
          problems.add(tagsProblem(value, index, parsed.problem))
        } else if (parsed.digest) {
          problems.add(tagsProblem(value, index, 'a reference with a digest cannot be pushed to'))
        } else if (!parsed.tag) {
          problems.add(tagsProblem(value, index, 'a full reference needs a tag (name:tag)'))
        } else {
          refs.push(value)
        }
        return
      }
      const problem = tagProblem(value)
      if (problem) {
        problems.add(tagsProblem(value, index, problem))
        return
      }
      if (input.images.length === 0) {
        problems.add({
          field: 'tags',
          message: `"${value}" is a bare tag but no image name is set`,
          fix: 'set the image input, or give full references such as ghcr.io/owner/name:tag'
        })
        return
      }
      for (const image of input.images) refs.push(`${image}:${value}`)
    })
  } else {
    const names = computedTagNames(input.git, input.latest, input.version)
    for (const name of names) {
      const problem = tagProblem(name)
      if (problem) {
        problems.add({
          field: 'version',
          message: `the computed tag "${name}" is invalid: ${problem}`,
          fix: 'set the tags input explicitly, or a version that is a valid tag'
        })
        continue
      }
      for (const image of input.images) refs.push(`${image}:${name}`)
    }
  }
  problems.throwIfAny()
  return [...new Set(refs)]
}

function imageNameProblem(image: string): string | undefined {
  const parsed = parseReference(image)
  if (isReferenceProblem(parsed)) return parsed.problem
  if (parsed.tag || parsed.digest) return 'it carries a tag or digest; put tags in the tags input'
  return nameProblem(parsed.name)
}

function tagsProblem(value: string, index: number, problem: string) {
  return {
    field: 'tags',
    message: `"${value}" (entry ${index + 1}) is not a valid tag or image reference: ${problem}`,
    fix: 'use a tag like v1.2.3 or a full reference like ghcr.io/owner/name:tag (tags: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127})'
  }
}

/**
 * The image names of full references, first seen first: `ghcr.io/a/b:1.0` -> `ghcr.io/a/b`.
 * With docker/metadata-action's `tags` output and no `image` input, these are the images
 * the build publishes.
 */
export function imageNamesOf(refs: readonly string[]): string[] {
  const names: string[] = []
  for (const ref of refs) {
    if (!/[/:@]/.test(ref)) continue // a bare tag
    const parsed = parseReference(ref.trim())
    if (!isReferenceProblem(parsed) && !names.includes(parsed.name)) names.push(parsed.name)
  }
  return names
}

/** `name[:tag][@digest]` split at the name's end (a ':' before the last '/' is a port). */
function splitName(value: string): { name: string; rest: string } {
  const at = value.indexOf('@')
  const beforeDigest = at >= 0 ? value.slice(0, at) : value
  const colon = beforeDigest.lastIndexOf(':')
  const end = colon > beforeDigest.lastIndexOf('/') ? colon : beforeDigest.length
  return { name: value.slice(0, end), rest: value.slice(end) }
}

/**
 * Lower-cases the repository names, as docker/metadata-action does with its `images`, so
 * `ghcr.io/${{ github.repository }}/engine` works for `Acme/Repo`. Registry hosts are
 * case-insensitive and repository paths must be lowercase, so nothing valid changes meaning.
 * `references`: values may be bare tags (kept as written: tags may hold uppercase) or full
 * references (only the name is lower-cased, never the tag). Returns the values and a notice
 * per value that changed.
 */
export function lowerCaseImageNames(
  values: readonly string[],
  field: string,
  references = false
): { values: string[]; notices: string[] } {
  const notices: string[] = []
  const lowered = values.map(value => {
    const trimmed = value.trim()
    if (references && !trimmed.includes('/')) return value
    const { name, rest } = references ? splitName(trimmed) : { name: trimmed, rest: '' }
    if (name === name.toLowerCase()) return value
    const result = `${name.toLowerCase()}${rest}`
    notices.push(
      `${field}: "${trimmed}" is used as "${result}" (image names are lowercase; lower-cased as docker/metadata-action does)`
    )
    return result
  })
  return { values: lowered, notices }
}
