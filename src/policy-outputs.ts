import { relative } from 'node:path'
import type { DiscoveryResult, PolicyOutput } from './types.js'

/**
 * The `policies` output of SPEC section 4 from discovery alone (plan and generate compile
 * nothing, so names are the scanner's reading of a constant Name()). Paths are relative to
 * the workspace, as the pipeline writes them.
 */
export function policyOutputs(discovery: DiscoveryResult, workspace: string): PolicyOutput[] {
  return discovery.policies.map(policy => {
    const module = discovery.modules.find(m => m.goMod.module === policy.module)
    const local = module?.source.kind === 'local'
    return {
      name: policy.name ?? null,
      module: policy.module,
      package: policy.package,
      type: policy.symbol,
      path: local && module ? relative(workspace, module.dir) || '.' : null,
      version: policy.version ?? module?.version ?? null
    }
  })
}
