import { describe, expect, it } from '@jest/globals'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  dirHash,
  golangPurl,
  h1ToHex,
  ociPurl,
  spdxDocument,
  spdxJson,
  type GoBuildInfo,
  type SbomInput
} from '../../src/package/sbom.js'

const SUM = 'h1:Nb4KWB1eRbkT8NsCakY2o5iOe1+dnCdZoyQQzhs4dP0='
const buildInfo: GoBuildInfo = {
  GoVersion: 'go1.26.8',
  Path: 'github.com/policy-engine-build/engine',
  Main: { Path: 'github.com/policy-engine-build/engine', Version: '(devel)' },
  Deps: [
    { Path: 'golang.org/x/time', Version: 'v0.5.0', Sum: SUM },
    {
      Path: 'example.com/policies/ratelimit',
      Version: 'v0.0.0',
      Replace: { Path: '/tmp/out/ws/ratelimit', Version: '(devel)' }
    },
    { Path: 'example.com/remote/policy', Version: 'v1.2.3', Sum: SUM },
    {
      Path: 'example.com/forked',
      Version: 'v1.0.0',
      Replace: { Path: 'example.com/fork', Version: 'v1.0.1', Sum: SUM }
    }
  ],
  Settings: [
    { Key: '-trimpath', Value: 'true' },
    { Key: 'GOARCH', Value: 'arm64' },
    { Key: 'GOOS', Value: 'linux' }
  ]
}
const LOCAL_HASH = 'h1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8='
const input: SbomInput = {
  platform: 'linux/arm64',
  buildInfo,
  policyModules: [
    {
      module: 'example.com/policies/ratelimit',
      localDir: 'examples/policies/ratelimit',
      localHash: LOCAL_HASH,
      policies: ['ratelimit.Limiter']
    },
    { module: 'example.com/remote/policy', policies: ['policy.Deny'] }
  ],
  version: '1.4.0',
  created: 1714564800,
  toolVersion: '0.9.0',
  baseImage: { name: 'gcr.io/distroless/static:nonroot', digest: `sha256:${'a'.repeat(64)}` },
  imageName: 'ghcr.io/acme/policy-engine'
}

const pkg = (doc: ReturnType<typeof spdxDocument>, name: string) =>
  doc.packages.find(p => p.name === name)

describe('spdxDocument (Go build info -> SPDX 2.3)', () => {
  const doc = spdxDocument(input)

  it('is an SPDX 2.3 document describing the engine, created at SOURCE_DATE_EPOCH', () => {
    expect(doc.spdxVersion).toBe('SPDX-2.3')
    expect(doc.dataLicense).toBe('CC0-1.0')
    expect(doc.creationInfo.created).toBe('2024-05-01T12:00:00Z')
    expect(doc.creationInfo.creators).toEqual(['Tool: policy-engine-build-0.9.0'])
    expect(doc.documentDescribes).toEqual(['SPDXRef-Package-engine'])
    expect(doc.name).toBe('ghcr.io/acme/policy-engine linux/arm64')
  })

  it('names the engine with its version, platform, Go version and build settings', () => {
    const engine = pkg(doc, 'github.com/policy-engine-build/engine')!
    expect(engine.versionInfo).toBe('1.4.0')
    expect(engine.primaryPackagePurpose).toBe('APPLICATION')
    const notes = engine.annotations!.map(a => a.comment)
    expect(notes).toEqual(
      expect.arrayContaining([
        'platform: linux/arm64',
        'go: go1.26.8',
        'go.buildsetting: -trimpath=true',
        'go.buildsetting: GOARCH=arm64'
      ])
    )
    expect(pkg(doc, 'stdlib')!.versionInfo).toBe('go1.26.8')
  })

  it('lists a local policy module with its folder and content hash, never the runner path', () => {
    const local = pkg(doc, 'example.com/policies/ratelimit')!
    expect(local.SPDXID).toBe('SPDXRef-Policy-example.com-policies-ratelimit')
    expect(local.versionInfo).toBe('v0.0.0')
    expect(local.sourceInfo).toBe('local replace: examples/policies/ratelimit')
    expect(local.comment).toBe('policy module: ratelimit.Limiter')
    expect(local.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: h1ToHex(LOCAL_HASH) }])
    expect(JSON.stringify(doc)).not.toContain('/tmp/out')
  })

  it('lists remote policy modules and dependencies with version, purl and go.sum hash', () => {
    const remote = pkg(doc, 'example.com/remote/policy')!
    expect(remote.SPDXID).toMatch(/^SPDXRef-Policy-/)
    expect(remote.versionInfo).toBe('v1.2.3')
    expect(remote.externalRefs![0].referenceLocator).toBe(
      'pkg:golang/example.com/remote/policy@v1.2.3'
    )
    const dep = pkg(doc, 'golang.org/x/time')!
    expect(dep.SPDXID).toMatch(/^SPDXRef-Module-/)
    expect(dep.checksums![0].checksumValue).toBe(h1ToHex(SUM))
    const forked = pkg(doc, 'example.com/forked')!
    expect(forked.versionInfo).toBe('v1.0.1')
    expect(forked.sourceInfo).toBe('replaced by example.com/fork@v1.0.1')
  })

  it('records the pinned base image and relates every package to the engine', () => {
    const base = pkg(doc, 'gcr.io/distroless/static:nonroot')!
    expect(base.versionInfo).toBe(`sha256:${'a'.repeat(64)}`)
    expect(base.externalRefs![0].referenceLocator).toBe(
      `pkg:oci/static@sha256%3A${'a'.repeat(64)}?repository_url=gcr.io%2Fdistroless%2Fstatic`
    )
    const ids = new Set(doc.packages.map(p => p.SPDXID))
    expect(ids.size).toBe(doc.packages.length)
    for (const r of doc.relationships) {
      expect(ids.has(r.relatedSpdxElement)).toBe(true)
    }
    expect(doc.relationships.filter(r => r.relationshipType === 'DEPENDS_ON')).toHaveLength(5)
  })

  it('is deterministic, and its namespace changes with the content', () => {
    expect(spdxJson(spdxDocument(input))).toBe(spdxJson(doc))
    const other = spdxDocument({ ...input, version: '1.4.1' })
    expect(other.documentNamespace).not.toBe(doc.documentNamespace)
    expect(doc.documentNamespace).toMatch(
      /^https:\/\/policy-engine-build\.dev\/spdx\/linux-arm64\/[a-f0-9]{64}$/
    )
  })

  it('leaves the base out for scratch', () => {
    const scratch = spdxDocument({ ...input, baseImage: undefined })
    expect(scratch.packages.some(p => p.primaryPackagePurpose === 'CONTAINER')).toBe(false)
  })
})

describe('helpers', () => {
  it.each([
    ['example.com/a/b', 'v1.0.0', 'pkg:golang/example.com/a/b@v1.0.0'],
    ['github.com/Foo/bar', undefined, 'pkg:golang/github.com/Foo/bar'],
    ['stdlib', 'go1.26.8', 'pkg:golang/stdlib@go1.26.8'],
    [
      'example.com/x',
      'v0.0.0-2024+incompatible',
      'pkg:golang/example.com/x@v0.0.0-2024%2Bincompatible'
    ]
  ])('golangPurl(%s, %s)', (path, version, purl) => {
    expect(golangPurl(path, version)).toBe(purl)
  })

  it('h1ToHex turns a Go module hash into hex SHA-256, and refuses anything else', () => {
    expect(h1ToHex(SUM)).toMatch(/^[a-f0-9]{64}$/)
    expect(h1ToHex('h2:abc')).toBeUndefined()
    expect(h1ToHex(undefined)).toBeUndefined()
    expect(h1ToHex('h1:c2hvcnQ=')).toBeUndefined()
  })

  it('ociPurl names the repository', () => {
    expect(ociPurl('127.0.0.1:5000/base', 'sha256:ab')).toBe(
      'pkg:oci/base@sha256%3Aab?repository_url=127.0.0.1%3A5000%2Fbase'
    )
    expect(ociPurl('alpine:3.20', 'sha256:ab')).toBe(
      'pkg:oci/alpine@sha256%3Aab?repository_url=alpine'
    )
  })
})

describe('dirHash (Go dirhash Hash1 of a local module folder)', () => {
  it('changes with any file, ignores .git and nested modules, not file times', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-dirhash-'))
    try {
      await writeFile(join(dir, 'go.mod'), 'module example.com/p\n')
      await writeFile(join(dir, 'p.go'), 'package p\n')
      const first = await dirHash(dir)
      expect(first).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/)
      await mkdir(join(dir, '.git'))
      await writeFile(join(dir, '.git', 'HEAD'), 'ref\n')
      await mkdir(join(dir, 'nested'))
      await writeFile(join(dir, 'nested', 'go.mod'), 'module example.com/n\n')
      expect(await dirHash(dir)).toBe(first)
      await writeFile(join(dir, 'p.go'), 'package p // changed\n')
      expect(await dirHash(dir)).not.toBe(first)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
