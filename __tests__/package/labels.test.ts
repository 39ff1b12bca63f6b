import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { ociLabels, parseLabels } from '../../src/package/labels.js'
import type { GitContext, PolicyOutput } from '../../src/types.js'

const git: GitContext = {
  eventName: 'push',
  ref: 'refs/tags/v1.2.3',
  sha: '0123456789abcdef0123456789abcdef01234567',
  repositoryUrl: 'https://github.com/acme/policies',
  commitTime: 1714564800,
  license: 'Apache-2.0'
}

const policy = (name: string | null, type = 'T'): PolicyOutput => ({
  name,
  module: 'example.com/p',
  package: 'example.com/p/pkg',
  type,
  path: null,
  version: null
})

describe('ociLabels', () => {
  it('computes the OCI labels and the policy list', () => {
    expect(
      ociLabels({
        git,
        version: '1.2.3',
        policies: [policy('ratelimit'), policy(null, 'Allow')],
        created: 1714564800
      })
    ).toEqual({
      'io.policy-engine-build.policies': 'ratelimit,example.com/p/pkg.Allow',
      'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
      'org.opencontainers.image.description':
        'Policy engine with 2 policies: ratelimit, example.com/p/pkg.Allow',
      'org.opencontainers.image.licenses': 'Apache-2.0',
      'org.opencontainers.image.revision': git.sha,
      'org.opencontainers.image.source': 'https://github.com/acme/policies',
      'org.opencontainers.image.title': 'policy-engine',
      'org.opencontainers.image.version': '1.2.3'
    })
  })

  it('uses the commit built (the merge commit) as revision and omits what is unknown', () => {
    const labels = ociLabels({
      git: {
        eventName: 'pull_request',
        sha: 'merge',
        pullRequest: { number: 1, headSha: 'head', fromFork: true }
      },
      version: 'pr',
      policies: ['a']
    })
    expect(labels['org.opencontainers.image.revision']).toBe('merge')
    expect(labels).not.toHaveProperty('org.opencontainers.image.created')
    expect(labels).not.toHaveProperty('org.opencontainers.image.source')
    expect(labels).not.toHaveProperty('org.opencontainers.image.licenses')
    expect(labels['org.opencontainers.image.description']).toBe('Policy engine with 1 policy: a')
  })

  it('lets explicit labels override computed ones', () => {
    const labels = ociLabels({
      git,
      version: '1.2.3',
      policies: ['a'],
      title: 'mine',
      explicit: ['org.opencontainers.image.version=custom', 'com.example.team=a=b', '']
    })
    expect(labels['org.opencontainers.image.title']).toBe('mine')
    expect(labels['org.opencontainers.image.version']).toBe('custom')
    expect(labels['com.example.team']).toBe('a=b')
  })
})

describe('parseLabels', () => {
  it.each([
    [['no-equals'], /line 1 "no-equals" has no '='/],
    [['bad key=1'], /"bad key" is not a valid label key/],
    [['=1'], /"" is not a valid label key/],
    [['.x=1'], /not a valid label key/]
  ])('refuses %j', (lines, message) => {
    expect(() => parseLabels(lines)).toThrow(InputError)
    expect(() => parseLabels(lines)).toThrow(message)
  })

  it('reports every bad line at once', () => {
    try {
      parseLabels(['a', 'ok=1', 'b'])
      throw new Error('expected an InputError')
    } catch (error) {
      expect((error as InputError).problems).toHaveLength(2)
    }
  })
})

describe('ociLabels: the description', () => {
  const plain: GitContext = { eventName: 'local' }
  it('counts the policies: none, one, several', () => {
    const description = (policies: string[]): string =>
      ociLabels({ git: plain, version: '1', policies })['org.opencontainers.image.description']
    expect(description([])).toBe('Policy engine with 0 policies')
    expect(description(['a'])).toBe('Policy engine with 1 policy: a')
    expect(description(['a', 'b'])).toBe('Policy engine with 2 policies: a, b')
  })
})

describe('ociLabels: what comes from where', () => {
  const label = (key: string): string => `org.opencontainers.image.${key}`

  it('the description: the input, else the repository description, else the policy count', () => {
    const withRepo: GitContext = { eventName: 'local', description: 'from the repository' }
    expect(
      ociLabels({ git: withRepo, version: '1', policies: [], description: 'given' })[
        label('description')
      ]
    ).toBe('given')
    expect(ociLabels({ git: withRepo, version: '1', policies: [] })[label('description')]).toBe(
      'from the repository'
    )
  })

  it('source, revision, created and licenses are left out when unknown', () => {
    const labels = ociLabels({ git: { eventName: 'local' }, version: '1', policies: ['p'] })
    expect(Object.keys(labels)).toEqual([
      'io.policy-engine-build.policies',
      label('description'),
      label('title'),
      label('version')
    ])
  })

  it('licenses: the input wins over the repository license', () => {
    expect(ociLabels({ git, version: '1', policies: [], licenses: 'MIT' })[label('licenses')]).toBe(
      'MIT'
    )
  })

  it('the keys come out sorted, explicit ones among them', () => {
    const keys = Object.keys(
      ociLabels({ git, version: '1', policies: [], created: 0, explicit: ['a.first=1', 'zz=2'] })
    )
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)))
    expect(keys[0]).toBe('a.first')
    expect(keys[keys.length - 1]).toBe('zz')
  })
})

describe('parseLabels: lines', () => {
  it('skips blank and whitespace-only lines; trims the key, keeps the value as written', () => {
    expect(parseLabels(['', '   ', ' a.b =  x=y '])).toEqual({ 'a.b': '  x=y ' })
  })

  it('a line without = names the field, the line and the fix', () => {
    try {
      parseLabels(['a=1', 'novalue'])
      throw new Error('expected an InputError')
    } catch (error) {
      expect((error as InputError).problems).toEqual([
        {
          field: 'labels',
          message: `line 2 "novalue" has no '='`,
          fix: 'write each label as key=value on its own line'
        }
      ])
    }
  })
})

describe('parseLabels: an invalid key', () => {
  it('names the field, the line and the fix', () => {
    try {
      parseLabels(['a=1', 'bad key=2'])
      throw new Error('expected an InputError')
    } catch (error) {
      expect((error as InputError).problems).toEqual([
        {
          field: 'labels',
          message: 'line 2: "bad key" is not a valid label key',
          fix: "use letters, digits, '.', '-' and '_', e.g. org.opencontainers.image.vendor"
        }
      ])
    }
  })
})
