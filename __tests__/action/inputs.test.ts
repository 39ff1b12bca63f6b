import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { getInputs } from '../../src/action/inputs.js'
import { InputError } from '../../src/errors.js'
import { OPTIONS } from '../../src/options.js'

/** The runner passes inputs as INPUT_<NAME> with the name upper-cased, hyphens kept. */
const envName = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`

let saved: NodeJS.ProcessEnv
let stdout: string[]
beforeEach(() => {
  saved = { ...process.env }
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  process.env.GITHUB_WORKSPACE = '/home/runner/work/policies/policies'
  stdout = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  process.env = saved
})

function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[envName(name)] = value
}

/** What the runner does first: every action.yml default becomes an INPUT_ variable. */
function setDefaults(): void {
  for (const option of OPTIONS) {
    if (option.default !== undefined && option.name !== 'github-token') {
      process.env[envName(option.name)] = option.default
    }
  }
}

describe('getInputs', () => {
  it('reads the defaults as BuildOptions', () => {
    setDefaults()
    const inputs = getInputs()
    expect(inputs).toMatchObject({
      workingDirectory: '/home/runner/work/policies/policies',
      policies: [],
      images: [],
      tags: [],
      push: 'auto',
      output: 'image',
      latest: false,
      load: false,
      cache: true,
      cacheKeyPrefix: 'policy-engine-build',
      sbom: false,
      provenance: false,
      prComment: true,
      goBuildFlags: []
    })
    expect(inputs.password).toBeUndefined()
  })

  it('falls back to the OPTIONS defaults when no INPUT_ variable is set at all', () => {
    expect(getInputs()).toMatchObject({
      push: 'auto',
      output: 'image',
      cache: true,
      prComment: true
    })
  })

  it('splits list inputs the way each option asks', () => {
    setDefaults()
    setInputs({
      policies: './policies/a, ./policies/b\n./more/*',
      platforms: 'linux/amd64,linux/arm64\nlinux/arm/v7',
      image: 'ghcr.io/acme/engine\n# a comment\nregistry.example.com/engine',
      tags: 'ghcr.io/acme/engine:1.2.3\nghcr.io/acme/engine:1.2',
      labels: 'org.opencontainers.image.title=Engine, with a comma\nteam=policy',
      'build-args': 'A=1,2\nB=x',
      'go-build-flags': ' -tags=netgo   -v ',
      'working-directory': 'services/gateway'
    })
    const inputs = getInputs()
    expect(inputs.policies).toEqual(['./policies/a', './policies/b', './more/*'])
    expect(inputs.platforms).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7'])
    expect(inputs.images).toEqual(['ghcr.io/acme/engine', 'registry.example.com/engine'])
    expect(inputs.tags).toEqual(['ghcr.io/acme/engine:1.2.3', 'ghcr.io/acme/engine:1.2'])
    expect(inputs.labels).toEqual([
      'org.opencontainers.image.title=Engine, with a comma',
      'team=policy'
    ])
    expect(inputs.buildArgs).toEqual(['A=1,2', 'B=x'])
    expect(inputs.goBuildFlags).toEqual(['-tags=netgo', '-v'])
    expect(inputs.workingDirectory).toBe('/home/runner/work/policies/policies/services/gateway')
  })

  it('maps every other input to its BuildOptions field', () => {
    setDefaults()
    setInputs({
      manifest: 'build/policy-build.yaml',
      engine: './engine',
      templates: './tpl',
      latest: 'true',
      'base-image': 'scratch',
      push: 'true',
      output: 'oci',
      'oci-file': 'out/engine.tar',
      load: 'True',
      builder: 'pe',
      ldflags: '-s -w',
      version: '1.2.3',
      cache: 'FALSE',
      'cache-key-prefix': 'pe-test',
      sbom: 'true',
      provenance: 'true',
      'pr-comment': 'false',
      registry: 'ghcr.io',
      username: 'octocat',
      out: '/tmp/pe-out'
    })
    expect(getInputs()).toMatchObject({
      manifest: 'build/policy-build.yaml',
      engine: './engine',
      templates: './tpl',
      latest: true,
      baseImage: 'scratch',
      push: 'true',
      output: 'oci',
      ociFile: 'out/engine.tar',
      load: true,
      builder: 'pe',
      ldflags: '-s -w',
      version: '1.2.3',
      cache: false,
      cacheKeyPrefix: 'pe-test',
      sbom: true,
      provenance: true,
      prComment: false,
      registry: 'ghcr.io',
      username: 'octocat',
      out: '/tmp/pe-out'
    })
  })

  it('keeps an absolute working-directory', () => {
    setInputs({ 'working-directory': '/srv/policies/' })
    expect(getInputs().workingDirectory).toBe('/srv/policies')
  })

  it('masks the password and the token before anything else', () => {
    setDefaults()
    setInputs({ password: 's3cr3t-pa55', 'github-token': 'ghs_abcdef123456' })
    const inputs = getInputs()
    expect(inputs.password).toBe('s3cr3t-pa55')
    expect(inputs.githubToken).toBe('ghs_abcdef123456')
    const output = stdout.join('')
    expect(output).toContain('::add-mask::s3cr3t-pa55')
    expect(output).toContain('::add-mask::ghs_abcdef123456')
  })

  it('refuses anything but true/false for booleans, and bad enums, naming every input at once', () => {
    setDefaults()
    setInputs({ cache: 'yes', sbom: '1', push: 'maybe', output: 'docker', 'pr-comment': 'on' })
    let error: unknown
    try {
      getInputs()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const problems = (error as InputError).problems
    expect(problems.map(problem => problem.field)).toEqual([
      'push',
      'output',
      'cache',
      'sbom',
      'pr-comment'
    ])
    expect(problems[0].message).toContain('"maybe"')
    expect(problems[2]).toMatchObject({ message: expect.stringContaining('true or false') })
    for (const problem of problems) expect(problem.fix).toBeTruthy()
  })

  it('reads every input that action.yml declares', () => {
    // Each input gets a distinctive value; getInputs must look at all of them.
    const read = new Set<string>()
    const original = process.env
    process.env = new Proxy(
      { ...original },
      {
        get(target, key) {
          if (typeof key === 'string' && key.startsWith('INPUT_')) read.add(key)
          return Reflect.get(target, key)
        }
      }
    )
    try {
      getInputs()
    } finally {
      process.env = original
    }
    expect([...read].sort()).toEqual(OPTIONS.map(option => envName(option.name)).sort())
  })
})
