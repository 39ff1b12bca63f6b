import type { DiscoveredPolicy } from '../../src/types.js'

export function policy(
  pkg: string,
  packageName: string,
  symbol: string,
  kind: DiscoveredPolicy['kind'],
  extra: Partial<DiscoveredPolicy> = {}
): DiscoveredPolicy {
  return {
    module: pkg,
    package: pkg,
    packageName,
    symbol,
    kind,
    file: `/src/${pkg}/policy.go`,
    line: 10,
    ...extra
  }
}

/** The awkward shapes the renderer must handle; deliberately not sorted. */
export const AWKWARD_POLICIES: DiscoveredPolicy[] = [
  policy('example.com/rate-limit', 'ratelimit', 'Limiter', 'pointer', { composite: true }),
  policy('example.com/jwt/v2', 'jwtclaims', 'New', 'constructor', { module: 'example.com/jwt/v2' }),
  policy('example.com/schema', 'schema', 'Validator', 'value', { composite: true }),
  policy('example.com/schema', 'schema', 'Allow', 'value', { composite: false }),
  policy('example.com/schema', 'schema', 'Counter', 'pointer', { composite: false }),
  policy('example.com/other/schema', 'schema', 'Deny', 'pointer', { composite: true }),
  policy('example.com/kw/type', 'types', 'Checker', 'pointer', { composite: true }),
  policy('example.com/engine-names/version', 'version', 'Pinned', 'pointer'),
  policy('example.com/nested/mod/internalish/deep', 'deep', 'NewPolicy', 'constructor', {
    module: 'example.com/nested/mod'
  })
]
