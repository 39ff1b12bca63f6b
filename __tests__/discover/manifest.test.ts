import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { didYouMean, parseManifest } from '../../src/discover/manifest.js'
import { InputError, type Problem } from '../../src/errors.js'

const workspace = '/ws'
const file = '/ws/policy-build.yaml'

function problems(text: string): Problem[] {
  try {
    parseManifest(text, file, workspace)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }
  throw new Error('expected the manifest to be refused')
}

describe('parseManifest', () => {
  it('reads the SPEC example', () => {
    const manifest = parseManifest(
      [
        'version: 1',
        'engine: ./engine                  # optional: a custom core module',
        'templates: ./build-templates',
        'policies:',
        '  - path: ./policies/ratelimit',
        '  - module: github.com/acme/jwt-policy',
        '    version: v1.4.2',
        'image:',
        '  name: ghcr.io/acme/policy-engine',
        '  platforms: [linux/amd64, linux/arm64]',
        '  base: gcr.io/distroless/static-debian12:nonroot',
        '  tags: [v1, latest]',
        '  labels:',
        '    org.opencontainers.image.vendor: Acme',
        '    team: 7'
      ].join('\n'),
      file,
      workspace
    )
    expect(manifest).toEqual({
      file,
      version: 1,
      engine: { path: './engine', dir: '/ws/engine', line: 2 },
      templates: { path: './build-templates', dir: '/ws/build-templates', line: 3 },
      policies: [
        { kind: 'local', path: './policies/ratelimit', line: 5, field: 'policies[0].path' },
        {
          kind: 'remote',
          module: 'github.com/acme/jwt-policy',
          version: 'v1.4.2',
          line: 6,
          field: 'policies[1]'
        }
      ],
      image: {
        names: ['ghcr.io/acme/policy-engine'],
        platforms: ['linux/amd64', 'linux/arm64'],
        base: 'gcr.io/distroless/static-debian12:nonroot',
        tags: ['v1', 'latest'],
        labels: ['org.opencontainers.image.vendor=Acme', 'team=7'],
        line: 9
      }
    })
  })

  it('resolves paths against the manifest folder', () => {
    const manifest = parseManifest(
      'version: 1\nengine: ../core\n',
      '/ws/build/policy-build.yaml',
      workspace
    )
    expect(manifest.engine?.dir).toBe(join('/ws', 'core'))
  })

  it('reports every problem at once, each with line, field and fix', () => {
    const found = problems(
      [
        'version: "1"',
        'policy: []',
        'engine: ../../etc',
        'policies:',
        '  - ./not-a-mapping',
        '  - path: ./a',
        '    module: example.com/a',
        '  - module: example.com/b',
        '    version: 1.2.3',
        '  - module: "example.com/evil\\"; os.Exit(1); \\""',
        '    version: v1.0.0',
        '  - path: [a, b]',
        'image:',
        '  name: 42',
        '  platforms: {}'
      ].join('\n')
    )
    expect(found.map(p => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '1 version: version is the string "1", not the number 1',
      '2 policy: unknown field "policy"',
      '3 engine: path "../../etc" resolves to /etc, outside the workspace /ws',
      '5 policies[0]: must be a mapping, got the string "./not-a-mapping"',
      '6 policies[1]: has both path and module',
      '9 policies[2].version: "1.2.3" is not a Go module version',
      '10 policies[3].module: module path "example.com/evil\\"; os.Exit(1); \\"" contains a double quote, which is never allowed in a module path',
      '12 policies[4].path: must be a string, got a list',
      '14 image.name: must be a string or a list of strings, got number 42',
      '15 image.platforms: must be a string or a list of strings, got a mapping'
    ])
    expect(found.every(p => p.file === file)).toBe(true)
    expect(found.filter(p => !p.fix)).toEqual([])
    expect(found[1].fix).toBe('did you mean "policies"?')
  })

  it('refuses invalid YAML with its position', () => {
    const [problem] = problems('version: 1\npolicies:\n  - path: [unclosed\n')
    expect(problem.message).toMatch(/^invalid YAML/)
    expect(problem.line).toBeGreaterThan(1)
  })

  it('refuses duplicate keys, an empty manifest and a missing version', () => {
    expect(problems('version: 1\nversion: 1\n')[0].message).toContain('invalid YAML')
    expect(problems('')[0].message).toBe('the manifest is empty')
    expect(problems('policies: []\n')[0]).toMatchObject({
      field: 'version',
      fix: 'add `version: 1` at the top'
    })
  })

  it('suggests the closest field, or lists the valid ones', () => {
    expect(didYouMean('verison', ['path', 'module', 'version'])).toBe('did you mean "version"?')
    expect(didYouMean('zzz', ['path', 'module'])).toBe(
      'remove it; valid fields here are path, module'
    )
  })
})
