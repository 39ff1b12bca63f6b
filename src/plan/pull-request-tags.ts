import type { GitContext } from '../types.js'

/** The tag of a bare tag or of a full reference (`ghcr.io/a/b:pr-7` -> `pr-7`). */
function tagOf(value: string): string {
  const name = value.split('@')[0]
  const slash = name.lastIndexOf('/')
  const colon = name.lastIndexOf(':')
  return colon > slash ? name.slice(colon + 1) : value.includes('/') ? '' : name
}

/**
 * On pull requests, the manifest and the inputs are written by the pull request, so tags from
 * them could move release tags (`latest`, `1.0.0`). Only `pr-*` tags are kept; the others are
 * dropped with a warning (the build still gets its computed pr-N tags when none remain).
 */
export function pullRequestTags(
  git: GitContext,
  tags: readonly string[]
): { tags: string[]; warning?: string } {
  if (!git.pullRequest || tags.length === 0) return { tags: [...tags] }
  const kept = tags.filter(tag => tagOf(tag.trim()).startsWith('pr-'))
  const dropped = tags.filter(tag => !kept.includes(tag))
  if (dropped.length === 0) return { tags: kept }
  return {
    tags: kept,
    warning:
      `pull request #${git.pullRequest.number}: tags ${dropped.map(t => JSON.stringify(t)).join(', ')} are not pushed ` +
      '(a pull request may only push pr-* tags, since the manifest and inputs are its own to change); ' +
      'publish release tags from a push of a tag or a release event instead'
  }
}
