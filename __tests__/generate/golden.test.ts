import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderDockerfile } from '../../src/package/dockerfile.js'
import { renderImports } from '../../src/generate/imports.js'
import { run } from '../../src/util/exec.js'
import { packageRoot } from '../../src/util/paths.js'
import { AWKWARD_POLICIES } from './policies.fixture.js'

// UPDATE_GOLDEN=1 rewrites the golden files from the current templates.
const goldenDir = join(packageRoot(), '__tests__', 'golden')

function expectGolden(name: string, actual: string): void {
  const file = join(goldenDir, name)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

export const GOLDEN_LABELS: Record<string, string> = {
  'org.opencontainers.image.title': 'policy-engine',
  'org.opencontainers.image.source': 'https://github.com/acme/policies',
  'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
  'org.opencontainers.image.version': '1.2.3',
  'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
  'org.opencontainers.image.description': 'Policies: "rate limit" & $claims \\ more',
  'io.policy-engine-build.policies': 'example.com/rate-limit.Limiter,example.com/jwt/v2.New'
}

describe('golden files', () => {
  it('imports.go', async () => {
    const text = renderImports(AWKWARD_POLICIES)
    expectGolden('imports.go.golden', text)
    // The default template's raw output is already gofmt-clean.
    const file = join(mkdtempSync(join(tmpdir(), 'pe-golden-')), 'imports.go')
    writeFileSync(file, text)
    const gofmt = await run('gofmt', ['-l', '-d', file], { timeoutMs: 30_000 })
    expect(gofmt.stderr).toBe('')
    expect(gofmt.stdout).toBe('')
    expect(gofmt.exitCode).toBe(0)
  })

  it('Dockerfile', () => {
    const text = renderDockerfile({ labels: GOLDEN_LABELS })
    expectGolden('Dockerfile.golden', text)
    expect(text).not.toMatch(/^RUN/m)
  })
})
