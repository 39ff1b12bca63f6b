import { describe, expect, it } from '@jest/globals'
import { BuildError, InputError } from '../../src/errors.js'
import type { Annotation } from '../../src/publish/annotations.js'
import {
  buildxArgs,
  describeFailure,
  ensureBuildx,
  parseInspect,
  validatePlan,
  type BuildxPlan
} from '../../src/publish/buildx.js'

const base: BuildxPlan = {
  context: '/out',
  platforms: ['linux/amd64', 'linux/arm64'],
  tags: [],
  buildArgs: [],
  metadataFile: '/tmp/meta.json',
  push: false,
  load: false,
  provenance: false,
  sbom: false
}

const common = ['--progress', 'plain', '--platform', 'linux/amd64,linux/arm64']
const tail = ['--provenance=false', '--sbom=false', '--metadata-file', '/tmp/meta.json']

describe('buildxArgs', () => {
  it.each<[string, Partial<BuildxPlan>, string[]]>([
    ['build only (no export)', {}, ['buildx', 'build', ...common, ...tail, '/out']],
    [
      'push with tags and a builder',
      { push: true, builder: 'pe', tags: ['r/x:1', 'r/x:latest'] },
      [
        'buildx',
        'build',
        '--builder',
        'pe',
        ...common,
        '--tag',
        'r/x:1',
        '--tag',
        'r/x:latest',
        ...tail,
        '--output',
        'type=image,push=true',
        '/out'
      ]
    ],
    [
      'push reproducibly with SOURCE_DATE_EPOCH',
      { push: true, tags: ['r/x:1'], sourceDateEpoch: 1700000000 },
      [
        'buildx',
        'build',
        ...common,
        '--tag',
        'r/x:1',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        ...tail,
        '--output',
        'type=image,push=true,rewrite-timestamp=true',
        '/out'
      ]
    ],
    [
      'OCI tarball',
      { ociFile: '/out/image.oci.tar', sourceDateEpoch: 1 },
      [
        'buildx',
        'build',
        ...common,
        '--build-arg',
        'SOURCE_DATE_EPOCH=1',
        ...tail,
        '--output',
        'type=oci,dest=/out/image.oci.tar,rewrite-timestamp=true',
        '/out'
      ]
    ],
    [
      'OCI tarball at a path with a comma (buildx parses --output as CSV)',
      { ociFile: '/out/a,b "c".tar' },
      [
        'buildx',
        'build',
        ...common,
        ...tail,
        '--output',
        'type=oci,"dest=/out/a,b ""c"".tar"',
        '/out'
      ]
    ],
    [
      'load a single platform',
      { load: true, platforms: ['linux/amd64'], tags: ['x:dev'] },
      [
        'buildx',
        'build',
        '--progress',
        'plain',
        '--platform',
        'linux/amd64',
        '--tag',
        'x:dev',
        ...tail,
        '--output',
        'type=docker',
        '/out'
      ]
    ],
    [
      'push and load together',
      { push: true, load: true, platforms: ['linux/amd64'], tags: ['x:1'] },
      [
        'buildx',
        'build',
        '--progress',
        'plain',
        '--platform',
        'linux/amd64',
        '--tag',
        'x:1',
        ...tail,
        '--output',
        'type=image,push=true',
        '--output',
        'type=docker',
        '/out'
      ]
    ],
    [
      'dockerfile, build args (values kept whole), attestations',
      {
        dockerfile: '/out/Dockerfile.custom',
        buildArgs: ['A=1', 'B=with space=and equals'],
        provenance: true,
        sbom: true
      },
      [
        'buildx',
        'build',
        ...common,
        '--file',
        '/out/Dockerfile.custom',
        '--build-arg',
        'A=1',
        '--build-arg',
        'B=with space=and equals',
        '--provenance=true',
        '--sbom=true',
        '--metadata-file',
        '/tmp/meta.json',
        '/out'
      ]
    ],
    [
      'no platforms: the builder default',
      { platforms: [] },
      ['buildx', 'build', '--progress', 'plain', ...tail, '/out']
    ]
  ])('%s', (_name, plan, expected) => {
    expect(buildxArgs({ ...base, ...plan })).toEqual(expected)
  })
})

describe('buildxArgs: annotations', () => {
  const annotations: Annotation[] = [
    { levels: ['index', 'manifest'], key: 'org.example.team', value: 'a, b = "c" $d' },
    { levels: ['manifest'], key: 'org.example.tier', value: 'gold' },
    { levels: ['index-descriptor'], key: 'org.example.ref', value: 'x' },
    { levels: ['index'], key: 'org.opencontainers.image.description', value: 'Policy engine' }
  ]
  const all = [
    'index:org.example.team=a, b = "c" $d',
    'manifest:org.example.team=a, b = "c" $d',
    'manifest:org.example.tier=gold',
    'index-descriptor:org.example.ref=x',
    'index:org.opencontainers.image.description=Policy engine'
  ]
  const manifestOnly = ['manifest:org.example.team=a, b = "c" $d', 'manifest:org.example.tier=gold']
  const flags = (args: string[]) =>
    args.flatMap((arg, i) => (args[i - 1] === '--annotation' ? [arg] : []))

  it.each<[string, Partial<BuildxPlan>, string[]]>([
    ['none given: no flag', { annotations: [] }, []],
    ['several platforms: an index, every level', { push: true, tags: ['r/x:1'] }, all],
    [
      'one platform, no attestations: a single manifest, index levels dropped',
      { push: true, tags: ['r/x:1'], platforms: ['linux/amd64'] },
      manifestOnly
    ],
    [
      'one platform with provenance: an index',
      { push: true, tags: ['r/x:1'], platforms: ['linux/amd64'], provenance: true },
      all
    ],
    [
      'one platform with a buildx SBOM: an index',
      { push: true, tags: ['r/x:1'], platforms: ['linux/arm64'], sbom: true },
      all
    ],
    [
      'load (the docker exporter): never index levels',
      { load: true, platforms: ['linux/amd64'], provenance: true },
      manifestOnly
    ],
    [
      'a platform job pushing by digest',
      { push: true, pushByDigest: ['r/x'], platforms: ['linux/arm64'] },
      manifestOnly
    ],
    ['OCI tarball of two platforms', { ociFile: '/out/i.tar' }, all]
  ])('%s', (_name, plan, expected) => {
    expect(flags(buildxArgs({ ...base, annotations, ...plan }))).toEqual(expected)
  })

  it('come after the build args, one level a flag, each its own argv word (no shell, no CSV)', () => {
    const args = buildxArgs({
      ...base,
      buildArgs: ['A=1'],
      annotations: [annotations[0]],
      sourceDateEpoch: 5
    })
    const at = args.indexOf('--annotation')
    expect(args.slice(at - 2, at + 6)).toEqual([
      '--build-arg',
      'A=1',
      '--annotation',
      'index:org.example.team=a, b = "c" $d',
      '--annotation',
      'manifest:org.example.team=a, b = "c" $d',
      '--build-arg',
      'SOURCE_DATE_EPOCH=5'
    ])
  })
})

describe('without a usable docker CLI', () => {
  it('ensureBuildx says the CLI cannot be started', async () => {
    await expect(ensureBuildx('/nonexistent/docker')).rejects.toThrow(BuildError)
    await expect(ensureBuildx('/nonexistent/docker')).rejects.toThrow(
      /publish: the docker CLI \(\/nonexistent\/docker\) cannot be started/
    )
  })
})

describe('validatePlan', () => {
  it('refuses load with several platforms', () => {
    expect(() => validatePlan({ ...base, load: true })).toThrow(InputError)
    expect(() => validatePlan({ ...base, load: true })).toThrow(
      /load: load needs a single platform/
    )
  })
  it('refuses push without tags', () => {
    expect(() => validatePlan({ ...base, push: true })).toThrow(/image: push is on/)
  })
  it('accepts a push with tags', () => {
    expect(() => validatePlan({ ...base, push: true, tags: ['r/x:1'] })).not.toThrow()
  })
})

describe('parseInspect', () => {
  it.each([
    [
      'Name:          pe-e2e\nDriver:        remote\nLast Activity: x\n',
      { name: 'pe-e2e', driver: 'remote' }
    ],
    [
      'Name:   default\nDriver: docker\n\nNodes:\nName: default\n',
      { name: 'default', driver: 'docker' }
    ],
    ['garbage', { name: '', driver: '' }]
  ])('%j', (output, expected) => {
    expect(parseInspect(output)).toEqual(expected)
  })
})

describe('describeFailure', () => {
  it('adds a login hint on 401', () => {
    const text = describeFailure({
      exitCode: 1,
      stdout: '',
      stderr: '#7 pushing\nERROR: failed to push: 401 Unauthorized\n'
    })
    expect(text).toMatch(/exit 1/)
    expect(text).toMatch(/401 Unauthorized/)
    expect(text).toMatch(/set registry, username and password/)
  })
  it('mentions packages: write on 403', () => {
    expect(
      describeFailure({ exitCode: 1, stdout: '', stderr: 'ERROR: 403 Forbidden: denied' })
    ).toMatch(/packages: write/)
  })
  it('counts attempts', () => {
    expect(describeFailure({ exitCode: 1, stdout: '', stderr: 'boom' }, 3)).toMatch(
      /after 3 attempts/
    )
  })
})

describe('buildxArgs: a digest-only build', () => {
  it('exports the image without pushing, so the digest is known', () => {
    expect(buildxArgs({ ...base, digestOnly: true }).slice(-3)).toEqual([
      '--output',
      'type=image,push=false',
      '/out'
    ])
  })

  it('rewrites timestamps with SOURCE_DATE_EPOCH like every exporter', () => {
    expect(buildxArgs({ ...base, digestOnly: true, sourceDateEpoch: 1 })).toContain(
      'type=image,push=false,rewrite-timestamp=true'
    )
  })

  it('a push wins over digest-only', () => {
    const args = buildxArgs({ ...base, push: true, digestOnly: true })
    expect(args).toContain('type=image,push=true')
    expect(args).not.toContain('type=image,push=false')
  })
})

describe('buildxArgs: a platform pushed by digest (distribute: platform)', () => {
  it('pushes untagged under the names, quoted as one CSV field when there are several', () => {
    expect(buildxArgs({ ...base, push: true, pushByDigest: ['r/a'] }).slice(-3)).toEqual([
      '--output',
      'type=image,name=r/a,push-by-digest=true,name-canonical=true,push=true',
      '/out'
    ])
    expect(
      buildxArgs({ ...base, push: true, pushByDigest: ['r/a', 'r/b'], sourceDateEpoch: 5 })
    ).toContain(
      'type=image,"name=r/a,r/b",push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true'
    )
  })

  it('without push, or with no names, it is not a push by digest', () => {
    expect(buildxArgs({ ...base, pushByDigest: ['r/a'] })).not.toContain('--output')
    expect(buildxArgs({ ...base, push: true, pushByDigest: [] })).toContain('type=image,push=true')
  })
})
