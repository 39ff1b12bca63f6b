import { platformString } from '../plan/platforms.js'
import type { Logger } from '../logger.js'
import { resolveSettings, type ResolvedSettings } from '../pipeline.js'
import type { BuildOptions } from '../pipeline-types.js'
import type { DiscoveryResult, GitContext, PolicyOutput } from '../types.js'
import { discoverPolicies } from './discovery.js'
import { policyOutputs } from '../policy-outputs.js'

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
  discovery: DiscoveryResult,
  settings: Pick<ResolvedSettings, 'platforms' | 'tags'>,
  workspace: string
): Plan {
  const plan: Plan = {
    policies: policyOutputs(discovery, workspace),
    packages: [...new Set(discovery.policies.map(policy => policy.package))].sort(),
    platforms: settings.platforms.map(platformString)
  }
  if (settings.tags.length > 0) plan.tags = settings.tags
  return plan
}

/** `plan`: discovery plus the same settings checks as a build (every problem at once). */
export async function planCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger
): Promise<Plan> {
  const discovery = await discoverPolicies(options, logger)
  const settings = resolveSettings(options, discovery, git, options.workingDirectory)
  return makePlan(discovery, settings, options.workingDirectory)
}
