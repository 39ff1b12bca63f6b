/**
 * Whether a tagged push could be a no-op: every wanted tag already names one digest in the
 * registry, and that image was built from this very commit (its revision label). A build is
 * reproducible, so the same commit and inputs give the same digest: the publish step then
 * builds without pushing, compares, and pushes nothing when they match. Any other commit has
 * another revision label, so its digest is never the same: no dry build is spent on it.
 *
 * Reads only (a HEAD per tag, then the index, a manifest and its config); any registry trouble
 * means "push as usual", never a failed build.
 */
import type { BuildPlan } from '../plan/plan.js'
import { REVISION_LABEL } from './by-digest.js'
import { loginCredentials } from './login.js'
import { remoteReference } from './oci-client.js'
import { clientForImage, describeImage } from './registry-ops.js'

/** The digest every tag of the plan names, when it was built from the plan's commit. */
export async function digestAllTagsName(plan: BuildPlan): Promise<string | undefined> {
  const sha = plan.git.sha
  if (!sha || plan.image.tags.length === 0) return undefined
  try {
    let digest: string | undefined
    let first: ReturnType<typeof clientForImage> | undefined
    for (const ref of plan.image.tags) {
      const at = ref.lastIndexOf(':')
      const image = ref.slice(0, at)
      const target = clientForImage(
        image,
        loginCredentials(plan.login, remoteReference(image).registry)
      )
      const named = await target.client.resolve(ref.slice(at + 1)).catch(() => undefined)
      if (!named || (digest !== undefined && named !== digest)) return undefined
      digest = named
      first ??= target
    }
    if (!digest || !first) return undefined
    const seen = await describeImage(first.client, digest)
    return seen?.labels[REVISION_LABEL] === sha ? digest : undefined
  } catch {
    return undefined
  }
}
