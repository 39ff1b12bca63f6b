/**
 * The model Dockerfile.hbs is rendered from: the defaults of each field, and labels as a list
 * sorted by byte order (so the Dockerfile, and the image digest, do not depend on input order).
 */
import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_BASE_IMAGE,
  DEFAULT_BINARY,
  DEFAULT_PORT,
  DEFAULT_USER,
  dockerfileModel,
  renderDockerfile
} from '../../src/package/dockerfile.js'

describe('dockerfileModel', () => {
  it('fills every field left out with its default', () => {
    expect(dockerfileModel({})).toEqual({
      baseImage: 'gcr.io/distroless/static-debian12:nonroot',
      labels: [],
      port: 8080,
      user: '65532:65532',
      binary: '/policy-engine',
      healthcheck: true
    })
    expect([DEFAULT_BASE_IMAGE, DEFAULT_USER, DEFAULT_PORT, DEFAULT_BINARY]).toEqual([
      'gcr.io/distroless/static-debian12:nonroot',
      '65532:65532',
      8080,
      '/policy-engine'
    ])
  })

  it('empty strings are defaults too; port 0 and healthcheck false are kept', () => {
    expect(
      dockerfileModel({ baseImage: '', user: '', binary: '', port: 0, healthcheck: false })
    ).toEqual({
      baseImage: DEFAULT_BASE_IMAGE,
      labels: [],
      port: 0,
      user: DEFAULT_USER,
      binary: DEFAULT_BINARY,
      healthcheck: false
    })
  })

  it('keeps what is given', () => {
    expect(
      dockerfileModel({ baseImage: 'scratch', user: '1000', binary: '/e', port: 9000 })
    ).toMatchObject({ baseImage: 'scratch', user: '1000', binary: '/e', port: 9000 })
  })

  it('labels become {key, value} pairs in byte order of the key', () => {
    expect(dockerfileModel({ labels: { b: '2', B: '3', a: '1', 'a.b': '4' } }).labels).toEqual([
      { key: 'B', value: '3' },
      { key: 'a', value: '1' },
      { key: 'a.b', value: '4' },
      { key: 'b', value: '2' }
    ])
  })
})

describe('renderDockerfile', () => {
  it('renders the model with the shipped template: base, user, binary, port, labels', () => {
    const text = renderDockerfile({
      baseImage: 'scratch',
      labels: { z: 'last', a: 'first' },
      user: '1000:1000',
      binary: '/engine',
      port: 9000
    })
    expect(text).toContain('FROM scratch')
    expect(text).toContain('USER 1000:1000')
    expect(text).toContain('/engine')
    expect(text).toContain('9000')
    expect(text.indexOf('LABEL a=')).toBeGreaterThan(0)
    expect(text.indexOf('LABEL a=')).toBeLessThan(text.indexOf('LABEL z='))
    expect(text).toContain('HEALTHCHECK')
    expect(renderDockerfile({ healthcheck: false })).not.toContain('HEALTHCHECK')
  })
})
