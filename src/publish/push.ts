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
  if (tags.length === 0) return { push: false, reason: 'no image name or tags are set' }
  return { push: true }
}
