import { platformString } from '../build/platforms.js'
import { computeTags } from '../image/tags.js'
import type { Logger } from '../logger.js'
import type { BuildOptions } from '../pipeline-types.js'
import type { DiscoveryResult, GitContext, PolicyOutput } from '../types.js'
import { discoverPolicies } from './discovery.js'
import { policyOutputs } from './policy-output.js'
import { cliSettings, type CliSettings } from './settings.js'

/** What `plan` prints: what a build would compile and tag, decided without writing anything. */
export interface Plan {
  policies: PolicyOutput[]
  /** The Go packages imports.go would import, sorted. */
  packages: string[]
  platforms: string[]
  /** Full image references, when image names are known. */
  tags?: string[]
}

export function makePlan(discovery: DiscoveryResult, settings: CliSettings, tags?: string[]): Plan {
  const plan: Plan = {
    policies: policyOutputs(discovery),
    packages: [...new Set(discovery.policies.map(policy => policy.package))].sort(),
    platforms: settings.platforms.map(platformString)
  }
  if (tags !== undefined) plan.tags = tags
  return plan
}

export async function planCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger
): Promise<Plan> {
  const discovery = await discoverPolicies(options, logger)
  const settings = cliSettings(options, discovery.manifest)
  const tags =
    settings.images.length > 0
      ? computeTags({
          images: settings.images,
          git,
          latest: options.latest,
          explicitTags: settings.explicitTags,
          version: options.version
        })
      : undefined
  return makePlan(discovery, settings, tags)
}
