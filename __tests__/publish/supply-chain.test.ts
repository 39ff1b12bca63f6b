import { describe, expect, it } from '@jest/globals'
import { BuildError } from '../../src/errors.js'
import {
  BASE_DIGEST_LABEL,
  BASE_NAME_LABEL,
  baseImageLabels,
  pinnedAlready
} from '../../src/publish/base-image.js'
import { isLoopbackRegistry, remoteReference, sha256Digest } from '../../src/publish/oci-client.js'
import {
  artifactManifest,
  EMPTY_CONFIG,
  fallbackTag,
  withReferrer
} from '../../src/publish/referrers.js'
import { cosignSignArgs, KEY_VARIABLE } from '../../src/publish/sign.js'

const D = (c: string) => `sha256:${c.repeat(64)}`

describe('remoteReference', () => {
  it.each([
    ['alpine', 'registry-1.docker.io', 'library/alpine', 'latest'],
    ['acme/x:1', 'registry-1.docker.io', 'acme/x', '1'],
    [
      'gcr.io/distroless/static-debian12:nonroot',
      'gcr.io',
      'distroless/static-debian12',
      'nonroot'
    ],
    [`127.0.0.1:5000/base@${D('b')}`, '127.0.0.1:5000', 'base', D('b')],
    [`ghcr.io/a/b:1@${D('c')}`, 'ghcr.io', 'a/b', D('c')]
  ])('%s', (text, registry, repository, reference) => {
    expect(remoteReference(text)).toMatchObject({ registry, repository, reference })
  })

  it('talks plain HTTP to loopback registries only', () => {
    expect(['localhost:5000', '127.0.0.1:5001', '[::1]:5000'].map(isLoopbackRegistry)).toEqual([
      true,
      true,
      true
    ])
    expect(['ghcr.io', '10.0.0.1:5000', 'localhost.example.com'].map(isLoopbackRegistry)).toEqual([
      false,
      false,
      false
    ])
  })
})

describe('pinned base image', () => {
  it('keeps scratch and a digest reference as they are, without a registry', () => {
    expect(pinnedAlready('scratch')).toEqual({ image: 'scratch', name: 'scratch' })
    expect(pinnedAlready(`ghcr.io/a/b:1@${D('c')}`)).toEqual({
      image: `ghcr.io/a/b@${D('c')}`,
      name: 'ghcr.io/a/b:1',
      digest: D('c')
    })
    expect(pinnedAlready(`ghcr.io/a/b@${D('c')}`)?.name).toBe(`ghcr.io/a/b@${D('c')}`)
    expect(pinnedAlready('ghcr.io/a/b:1')).toBeUndefined()
  })

  it('records name and digest as OCI base labels; none for scratch', () => {
    expect(baseImageLabels({ image: `x@${D('a')}`, name: 'x:1', digest: D('a') })).toEqual({
      [BASE_NAME_LABEL]: 'x:1',
      [BASE_DIGEST_LABEL]: D('a')
    })
    expect(baseImageLabels({ image: 'scratch', name: 'scratch' })).toEqual({})
  })
})

describe('referrers', () => {
  const subject = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: D('1'), size: 9 }
  const artifact = {
    artifactType: 'application/spdx+json',
    files: [],
    annotations: { 'dev.policy-engine-build.platform': 'linux/amd64' }
  }
  const layer = { mediaType: 'application/spdx+json', digest: D('2'), size: 3 }

  it('builds an OCI 1.1 artifact manifest: empty config, subject, artifactType', () => {
    const manifest = artifactManifest(artifact, [layer], { ...subject, artifactType: 'x' })
    expect(manifest).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: 'application/spdx+json',
      config: EMPTY_CONFIG,
      layers: [layer],
      subject,
      annotations: artifact.annotations
    })
    expect(sha256Digest('{}')).toBe(EMPTY_CONFIG.digest)
  })

  it('keeps the fallback index under sha256-<hex>, one entry per referrer', () => {
    expect(fallbackTag(D('1'))).toBe(`sha256-${'1'.repeat(64)}`)
    const a = { mediaType: 'm', digest: D('a'), size: 1, artifactType: 't' }
    const b = { mediaType: 'm', digest: D('b'), size: 1, artifactType: 't' }
    const once = withReferrer(undefined, a)
    expect(once).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [a]
    })
    expect(withReferrer(withReferrer(once, b), a).manifests.map(m => m.digest)).toEqual([
      D('b'),
      D('a')
    ])
  })
})

describe('cosignSignArgs', () => {
  const image = `ghcr.io/acme/engine@${D('f')}`
  it('signs a digest with the key from an env variable, offline', () => {
    expect(cosignSignArgs(image, true)).toEqual([
      'sign',
      '--yes',
      '--key',
      `env://${KEY_VARIABLE}`,
      '--tlog-upload=false',
      image
    ])
    expect(cosignSignArgs(image, false)).toEqual(['sign', '--yes', image])
  })

  it('refuses a tag', () => {
    expect(() => cosignSignArgs('ghcr.io/acme/engine:1.0.0', true)).toThrow(BuildError)
    expect(() => cosignSignArgs('ghcr.io/acme/engine:1.0.0', false)).toThrow(/never a tag/)
  })
})
