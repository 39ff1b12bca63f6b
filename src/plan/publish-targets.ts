import { InputError, type Problem } from '../errors.js'
import type { Manifest } from '../discover/manifest.js'
import type { BuildOptions } from '../pipeline-types.js'
import { nothingToPublish } from '../publish/push.js'
import { computeTags, imageNamesOf, lowerCaseImageNames } from '../publish/tags.js'
import type { GitContext } from '../types.js'
import { pullRequestTags } from './pull-request-tags.js'

export interface PublishTargets {
  /** The image names (input, manifest, or taken from full references in tags). */
  names: string[]
  /** Full references to tag; empty when the output is not an image. */
  tags: string[]
  problems: Problem[]
  warnings: string[]
  /** What was lower-cased, for the log. */
  notices: string[]
}

/**
 * Where a build publishes, said once for the single-runner plan and the distributed merge:
 * image names (lower-cased as docker/metadata-action does), the input's or the manifest's tags
 * (on pull requests only pr-* ones), the computed tags, and a problem when push asks for
 * something nothing can be published to.
 */
export function publishTargets(
  options: Pick<BuildOptions, 'images' | 'tags' | 'latest' | 'version' | 'push' | 'output'>,
  image: Manifest['image'],
  git: GitContext
): PublishTargets {
  const problems: Problem[] = []
  const warnings: string[] = []
  const named = lowerCaseImageNames(
    options.images.length ? options.images : (image?.names ?? []),
    options.images.length ? 'image' : 'image.name'
  )
  const filtered = pullRequestTags(git, options.tags.length ? options.tags : (image?.tags ?? []))
  if (filtered.warning) warnings.push(filtered.warning)
  const explicit = lowerCaseImageNames(filtered.tags, 'tags', true)
  let tags: string[] = []
  if (options.output === 'image' && (named.values.length > 0 || explicit.values.length > 0)) {
    try {
      tags = computeTags({
        images: named.values,
        git,
        latest: options.latest,
        explicitTags: explicit.values,
        version: options.version
      })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.problems)
    }
  }
  // Full references in tags (docker/metadata-action's output) name the images when no image is set.
  const names = named.values.length ? named.values : imageNamesOf(explicit.values)
  const unpublished = nothingToPublish(options.push, git, options.output, names)
  if (unpublished.problem) problems.push(unpublished.problem)
  if (unpublished.warning) warnings.push(unpublished.warning)
  return { names, tags, problems, warnings, notices: [...named.notices, ...explicit.notices] }
}
