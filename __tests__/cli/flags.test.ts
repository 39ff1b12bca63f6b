import { describe, expect, it } from '@jest/globals'
import { Command } from 'commander'
import { InputError } from '../../src/errors.js'
import { OPTIONS } from '../../src/options.js'
import { addOptionFlags, cliOptions, flagsFromOpts, type CliFlags } from '../../src/cli/flags.js'

function parse(argv: string[]): CliFlags {
  const command = new Command('test').exitOverride()
  const names = addOptionFlags(command)
  command.parse(argv, { from: 'user' })
  return flagsFromOpts(command.opts(), names)
}

describe('addOptionFlags', () => {
  it('offers every option but the action-only ones, with its description', () => {
    const command = new Command('test')
    addOptionFlags(command)
    const help = command.helpInformation({ error: false })
    for (const option of OPTIONS) {
      if (option.actionOnly) expect(help).not.toContain(`--${option.name} `)
      else expect(help).toContain(`--${option.name}`)
    }
    expect(help).not.toContain('--github-token')
  })

  it('collects repeated list flags and keeps the last scalar', () => {
    const flags = parse([
      '--policies',
      'a,b',
      '--policies',
      'c',
      '--labels',
      'x=1,2',
      '--version',
      '1',
      '--version',
      '2'
    ])
    expect(flags).toEqual({ policies: ['a,b', 'c'], labels: ['x=1,2'], version: '2' })
  })

  it('takes --annotations like --labels (repeatable, commas kept) and --healthcheck=false', () => {
    const flags = parse([
      '--annotations',
      'index:org.example.a=1,2',
      '--annotations',
      'b=3',
      '--healthcheck=false'
    ])
    expect(flags).toEqual({
      annotations: ['index:org.example.a=1,2', 'b=3'],
      healthcheck: 'false'
    })
    expect(cliOptions(flags, '/work/repo')).toMatchObject({
      annotations: ['index:org.example.a=1,2', 'b=3'],
      healthcheck: false
    })
  })

  it('treats bare boolean and push flags as true', () => {
    expect(parse(['--load', '--push', '--sbom', 'false'])).toEqual({
      load: true,
      push: true,
      sbom: 'false'
    })
  })
})

describe('cliOptions', () => {
  const cwd = '/work/repo'

  it('applies the OPTIONS defaults', () => {
    expect(cliOptions({}, cwd)).toEqual({
      workingDirectory: '/work/repo',
      policies: [],
      manifest: undefined,
      engine: undefined,
      templates: undefined,
      platforms: [],
      images: [],
      tags: [],
      labels: [],
      annotations: [],
      latest: false,
      baseImage: undefined,
      healthcheck: true,
      push: 'auto',
      output: 'image',
      ociFile: undefined,
      load: false,
      builder: undefined,
      buildArgs: [],
      goBuildFlags: [],
      ldflags: undefined,
      version: undefined,
      cache: true,
      cacheKeyPrefix: 'policy-engine-build',
      sbom: false,
      provenance: false,
      sign: false,
      cosignKey: undefined,
      cosignPassword: undefined,
      registry: undefined,
      username: undefined,
      password: undefined,
      out: '/work/repo/.out',
      distribute: 'off',
      digests: []
    })
  })

  it.each<[string, CliFlags, Partial<ReturnType<typeof cliOptions>>]>([
    ['lists split on commas', { policies: ['a,b', 'c'] }, { policies: ['a', 'b', 'c'] }],
    [
      'platforms',
      { platforms: ['linux/amd64, linux/arm64'] },
      { platforms: ['linux/amd64', 'linux/arm64'] }
    ],
    ['labels keep commas', { labels: ['a=1,2', 'b=3'] }, { labels: ['a=1,2', 'b=3'] }],
    [
      'image -> images',
      { image: ['ghcr.io/a/b,ghcr.io/a/c'] },
      { images: ['ghcr.io/a/b', 'ghcr.io/a/c'] }
    ],
    ['bare push', { push: true }, { push: 'true' }],
    ['push=false', { push: 'false' }, { push: 'false' }],
    ['bare load', { load: true }, { load: true }],
    ['cache=false', { cache: 'false' }, { cache: false }],
    [
      'go build flags',
      { 'go-build-flags': ' -tags  netgo  -v ' },
      { goBuildFlags: ['-tags', 'netgo', '-v'] }
    ],
    [
      'working directory',
      { 'working-directory': 'sub' },
      { workingDirectory: '/work/repo/sub', out: '/work/repo/sub/.out' }
    ],
    [
      'out relative to cwd',
      { out: 'dist/ws', 'working-directory': 'sub' },
      { out: '/work/repo/dist/ws' }
    ],
    ['absolute out', { out: '/tmp/x' }, { out: '/tmp/x' }],
    ['base image', { 'base-image': 'scratch' }, { baseImage: 'scratch' }],
    ['output oci', { output: 'oci', 'oci-file': 'x.tar' }, { output: 'oci', ociFile: 'x.tar' }]
  ])('%s', (_name, flags, expected) => {
    expect(cliOptions(flags, cwd)).toMatchObject(expected)
  })

  it('reports every bad value at once', () => {
    let error: unknown
    try {
      cliOptions({ push: 'sometimes', output: 'tarball', load: 'maybe' }, cwd)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const problems = (error as InputError).problems
    expect(problems.map(p => p.field)).toEqual(['--push', '--output', '--load'])
    expect(problems.every(p => p.fix)).toBe(true)
  })
})
