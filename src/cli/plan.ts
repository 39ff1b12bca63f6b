import type { Logger } from '../logger.js'
import { runPipeline } from '../pipeline.js'
import type { BuildOptions, PipelineResult } from '../pipeline-types.js'
import { platformString } from '../plan/platforms.js'
import type { GitContext, PolicyOutput } from '../types.js'

/** What `plan` prints: what a build would compile and tag, decided without writing anything. */
export interface Plan {
  policies: PolicyOutput[]
  /** The Go packages imports.go would import, sorted. */
  packages: string[]
  platforms: string[]
  /** Full image references, when image names are known and the output is an image. */
  tags?: string[]
}

export function makePlan(
  result: Pick<PipelineResult, 'discovery' | 'policies' | 'platforms' | 'tags'>
): Plan {
  const plan: Plan = {
    policies: result.policies,
    packages: [...new Set(result.discovery.policies.map(policy => policy.package))].sort(),
    platforms: result.platforms.map(platformString)
  }
  if (result.tags.length > 0) plan.tags = result.tags
  return plan
}

/** `plan`: the pipeline stopped after discover (every input and policy checked, nothing written). */
export async function planCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger
): Promise<Plan> {
  return makePlan(await runPipeline(options, git, logger, { stopAfter: 'discover' }))
}
