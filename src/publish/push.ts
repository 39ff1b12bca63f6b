import type { Problem } from '../errors.js'
import type { GitContext } from '../types.js'

export interface PushDecision {
  push: boolean
  /** Why nothing is pushed, for the log and the job summary. */
  reason?: string
}

/**
 * Resolves the `push` input (SPEC section 4): `auto` pushes except on pull requests from
 * forks (their token cannot write packages, and their code must not publish); `true`/`false`
 * are taken as given. Nothing is pushed when the output is not an image or there is no tag.
 */
export function decidePush(
  push: 'auto' | 'true' | 'false',
  git: GitContext,
  output: 'image' | 'oci' | 'none',
  tags: string[]
): PushDecision {
  if (output !== 'image') return { push: false, reason: `output is ${output}` }
  if (push === 'false') return { push: false, reason: 'push is false' }
  if (push === 'auto' && git.pullRequest?.fromFork) {
    return {
      push: false,
      reason: `pull request #${git.pullRequest.number} comes from a fork (push: auto)`
    }
  }
  if (tags.length === 0) return { push: false, reason: NO_IMAGE_NAME }
  return { push: true }
}

const NO_IMAGE_NAME = 'no image name is set'
const WHERE_NAMES_COME_FROM =
  "set the image input (e.g. ghcr.io/owner/policy-engine), image.name in the manifest, or full references in tags (docker/metadata-action's tags output)"

/** A tag push or a release: the builds whose skipped publish is a missed release. */
function isRelease(git: GitContext): boolean {
  return git.eventName === 'release' || (git.ref ?? '').startsWith('refs/tags/')
}

/**
 * When an image build has no image name to publish to, is that bad input or worth a warning?
 * - push: true -> bad input (nothing to push);
 * - push: auto on a tag push or a release in a workflow -> bad input (a silently missed release);
 * - push: auto on another workflow event but a pull request -> a warning (green, but said);
 * - pull requests and local builds: only the "not pushed" reason.
 */
export function nothingToPublish(
  push: 'auto' | 'true' | 'false',
  git: GitContext,
  output: 'image' | 'oci' | 'none',
  names: readonly string[]
): { problem?: Problem; warning?: string } {
  if (names.length > 0) return {}
  if (push === 'true') {
    return {
      problem: {
        field: 'push',
        message: 'push is true but no image name is given, so there is nothing to push to',
        fix: WHERE_NAMES_COME_FROM
      }
    }
  }
  if (push !== 'auto' || output !== 'image' || git.eventName === 'local') return {}
  if (isRelease(git)) {
    return {
      problem: {
        field: 'image',
        message: `${git.eventName === 'release' ? 'a release' : git.ref} would publish nothing: ${NO_IMAGE_NAME}`,
        fix: `${WHERE_NAMES_COME_FROM}; or set output: none (or push: false) to build without publishing`
      }
    }
  }
  if (git.pullRequest || git.eventName.startsWith('pull_request')) return {}
  return {
    warning: `nothing is pushed: ${NO_IMAGE_NAME}; ${WHERE_NAMES_COME_FROM}, or set output: none to only compile`
  }
}
