import type { DiscoveryResult, PolicyOutput } from '../types.js'

/** The `policies` output of SPEC section 4, one entry per discovered policy. */
export function policyOutputs(discovery: DiscoveryResult): PolicyOutput[] {
  return discovery.policies.map(policy => {
    const module = discovery.modules.find(m => m.goMod.module === policy.module)
    return {
      name: policy.name ?? null,
      module: policy.module,
      package: policy.package,
      type: policy.symbol,
      path: module?.source.kind === 'local' ? module.dir : null,
      version: policy.version ?? module?.version ?? null
    }
  })
}
