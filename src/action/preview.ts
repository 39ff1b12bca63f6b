/**
 * The pull-request preview's registry side: what the previous push of the pull request and the
 * base branch's image hold (read before the build, from their labels), whether a push would be
 * a no-op, and after the push the facts the comment and summary show.
 *
 * The base branch's policy set is the `io.policy-engine-build.policy-set` label of the image
 * tagged with the base branch's name (`main`, pushed by the branch build), read from the
 * registry: three small GETs, no checkout or compile of the base revision. No such image
 * (the branch was never built, or before the label existed) means no comparison, said so.
 */
import type { Logger } from '../logger.js'
import { POLICY_SET_LABEL, parsePolicySet, type PolicySet } from '../package/policy-set.js'
import type { PipelineResult } from '../pipeline-types.js'
import type { BuildPlan } from '../plan/plan.js'
import { REVISION_LABEL } from '../publish/by-digest.js'
import type { Credentials } from '../publish/oci-client.js'
import { clientForImage, describeImage } from '../publish/registry-ops.js'
import { imageNamesOf, sanitizeTag } from '../publish/tags.js'
import { diffPolicySets, isEmptyDiff, type PreviewFacts } from './preview-diff.js'

interface SeenImage {
  reference: string
  digest: string
  labels: Record<string, string>
  set?: PolicySet
}

export interface PreviewSession {
  /** PipelineHooks.currentDigest: the digest of pr-N when a push could be a no-op. */
  currentDigest(plan: BuildPlan): Promise<string | undefined>
  /** After the build: what changed, sizes, pull and run commands. */
  facts(result: PipelineResult): Promise<PreviewFacts | undefined>
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * Starts the preview for pull request `pr` of `image`: reads pr-N and the base branch's image.
 * Registry trouble costs a warning and the comparison, never the build.
 */
export async function startPreview(
  options: {
    image: string
    pr: number
    baseBranch?: string
    credentials?: Credentials
  },
  logger: Logger
): Promise<PreviewSession> {
  const { client, registry } = clientForImage(options.image, options.credentials)
  const read = async (tag: string): Promise<SeenImage | undefined> => {
    const seen = await describeImage(client, tag)
    if (!seen) return undefined
    return {
      reference: `${options.image}:${tag}`,
      digest: seen.digest,
      labels: seen.labels,
      set: parsePolicySet(seen.labels[POLICY_SET_LABEL])
    }
  }
  let previous: SeenImage | undefined
  let base: SeenImage | undefined
  let baseMissing: string | undefined
  const baseTag = options.baseBranch ? sanitizeTag(options.baseBranch) : undefined
  try {
    previous = await read(`pr-${options.pr}`)
    if (baseTag) {
      base = await read(baseTag)
      if (!base)
        baseMissing = `${options.image}:${baseTag} does not exist yet (the base branch's build pushes it)`
      else if (!base.set)
        baseMissing = `${base.reference} has no ${POLICY_SET_LABEL} label (built by an older version)`
    } else {
      baseMissing = 'the event names no base branch'
    }
  } catch (error) {
    baseMissing = `the registry could not be read (${errorText(error)})`
    logger.warning(`Preview comparison skipped: ${baseMissing}`)
  }

  return {
    async currentDigest(plan) {
      // Same commit as the last push: a reproducible build gives the same digest, so build
      // first and compare; any other commit has another revision label, so never the same.
      if (!previous || previous.labels[REVISION_LABEL] !== plan.git.sha) return undefined
      try {
        for (const ref of plan.image.tags) {
          const at = ref.lastIndexOf(':')
          const other = clientForImage(ref.slice(0, at), options.credentials)
          const c =
            other.registry === registry && other.repository === client.repository
              ? client
              : other.client
          const digest = await c.resolve(ref.slice(at + 1)).catch(() => undefined)
          if (digest !== previous.digest) return undefined
        }
        return previous.digest
      } catch {
        return undefined
      }
    },
    async facts(result) {
      const facts: PreviewFacts = {}
      if (base?.set && result.policySet) {
        facts.baseReference = base.reference
        facts.diff = diffPolicySets(base.set, result.policySet)
      } else {
        facts.baseMissing = result.policySet ? baseMissing : 'the engine was not compiled'
      }
      if (result.policySet) {
        if (!previous) facts.sinceLastPush = 'first'
        else if (previous.set && isEmptyDiff(diffPolicySets(previous.set, result.policySet))) {
          facts.sinceLastPush = 'same'
        } else facts.sinceLastPush = 'changed'
      }
      facts.pushSkipped = result.unchangedSincePush === true
      if (result.pushed && result.digest) {
        try {
          const now = await describeImage(client, result.digest)
          facts.sizes = now?.platforms.map(p => ({ platform: p.platform, bytes: p.bytes }))
        } catch (error) {
          logger.warning(`Image sizes not read from the registry: ${errorText(error)}`)
        }
        facts.pull = {
          reference: `${options.image}@${result.digest}`,
          tag: `${options.image}:pr-${options.pr}`
        }
      }
      return facts
    }
  }
}

/**
 * The preview of this run, when it is one: a pull request from the same repository whose image
 * is pushed (mode build, output image, not distributed). Undefined otherwise.
 */
export async function actionPreview(
  inputs: {
    images: string[]
    tags: string[]
    output: string
    push: string
    distribute?: string
    username?: string
    password?: string
  },
  git: { eventName: string; pullRequest?: { number: number; fromFork: boolean } },
  baseBranch: string | undefined,
  logger: Logger
): Promise<PreviewSession | undefined> {
  const pr = git.pullRequest
  if (!pr || !['pull_request', 'pull_request_target'].includes(git.eventName)) return undefined
  if (pr.fromFork || inputs.output !== 'image' || inputs.push === 'false') return undefined
  if (inputs.distribute && inputs.distribute !== 'off') return undefined
  const image = inputs.images[0] ?? imageNamesOf(inputs.tags)[0]
  if (!image) return undefined
  try {
    return await startPreview(
      {
        image: image.toLowerCase(),
        pr: pr.number,
        baseBranch,
        credentials:
          inputs.username && inputs.password
            ? { username: inputs.username, password: inputs.password }
            : undefined
      },
      logger
    )
  } catch (error) {
    logger.warning(`Preview comparison skipped: ${errorText(error)}`)
    return undefined
  }
}
