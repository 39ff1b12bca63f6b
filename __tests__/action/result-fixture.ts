import type { PipelineResult } from '../../src/pipeline-types.js'

/** A PipelineResult as the pipeline returns it after pushing a two-platform image. */
export function pushedResult(overrides: Partial<PipelineResult> = {}): PipelineResult {
  const digest = 'sha256:3b1f0c5e8a9d2f4b6c7e1a0d9f8e7c6b5a4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b'
  return {
    discovery: { modules: [], policies: [], warnings: [] },
    policies: [
      {
        name: 'ratelimit',
        module: 'example.com/policies/ratelimit',
        package: 'example.com/policies/ratelimit',
        type: 'Limiter',
        path: 'policies/ratelimit',
        version: null
      },
      {
        name: 'jwt',
        module: 'github.com/acme/jwt-policy',
        package: 'github.com/acme/jwt-policy/verify',
        type: 'New',
        path: null,
        version: 'v1.4.2'
      }
    ],
    platforms: [
      { os: 'linux', arch: 'amd64' },
      { os: 'linux', arch: 'arm', variant: 'v7' }
    ],
    outDir: '/tmp/out',
    importsFile: '/tmp/out/imports.go',
    dockerfile: '/tmp/out/Dockerfile',
    binaries: [],
    tags: ['ghcr.io/acme/policy-engine:pr-42', 'ghcr.io/acme/policy-engine:pr-42-a3f5c7e'],
    digest,
    image: `ghcr.io/acme/policy-engine@${digest}`,
    metadata: { 'containerimage.digest': digest },
    pushed: true,
    cacheHit: true,
    timings: [
      { step: 'discover', ms: 120 },
      { step: 'compile', ms: 15400 },
      { step: 'publish', ms: 3100 }
    ],
    ...overrides
  }
}
