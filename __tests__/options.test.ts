/**
 * The option table's two functions: how a list input is split, and the one mapping from
 * option names to BuildOptions fields that the action and the CLI share.
 */
import { describe, expect, it } from '@jest/globals'
import { readBuildOptions, splitList, type OptionReader } from '../src/options.js'

describe('splitList', () => {
  it('is empty for an unset or empty value', () => {
    expect(splitList(undefined)).toEqual([])
    expect(splitList('')).toEqual([])
  })

  it('splits on newlines (LF or CRLF) and commas by default, trimmed, without empties', () => {
    expect(splitList(' a ,b\r\nc\n\n , d')).toEqual(['a', 'b', 'c', 'd'])
  })

  it("'lines' keeps commas inside a line (labels, build args)", () => {
    expect(splitList('a=1,2\r\nb=3', 'lines')).toEqual(['a=1,2', 'b=3'])
  })

  it('drops # comment lines, but not a # inside a value', () => {
    expect(splitList('# the images\nr/a\n  # indented comment\nr/b#c', 'lines')).toEqual([
      'r/a',
      'r/b#c'
    ])
  })
})

/** A reader whose every answer names the option it was asked for. */
function namingReader(overrides: Partial<Record<string, string | undefined>> = {}): OptionReader {
  const value = (name: string): string | undefined =>
    name in overrides ? overrides[name] : `<${name}>`
  return {
    optional: value,
    list: name => [`list:${name}`],
    bool: name => name.length % 2 === 0,
    oneOf: (name, allowed) => `${name}:${allowed.join('|')}` as (typeof allowed)[number]
  }
}

describe('readBuildOptions', () => {
  it('maps every option name to its BuildOptions field', () => {
    const options = readBuildOptions(namingReader({ 'go-build-flags': '-trimpath' }), {
      workingDirectory: '/ws',
      out: '/out'
    })
    const even = (name: string): boolean => name.length % 2 === 0
    expect(options).toEqual({
      workingDirectory: '/ws',
      policies: ['list:policies'],
      manifest: '<manifest>',
      engine: '<engine>',
      templates: '<templates>',
      platforms: ['list:platforms'],
      images: ['list:image'],
      tags: ['list:tags'],
      labels: ['list:labels'],
      annotations: ['list:annotations'],
      latest: even('latest'),
      baseImage: '<base-image>',
      healthcheck: even('healthcheck'),
      push: 'push:auto|true|false',
      output: 'output:image|oci|none',
      ociFile: '<oci-file>',
      load: even('load'),
      builder: '<builder>',
      buildArgs: ['list:build-args'],
      goBuildFlags: ['-trimpath'],
      ldflags: '<ldflags>',
      version: '<version>',
      cache: even('cache'),
      cacheKeyPrefix: '<cache-key-prefix>',
      sbom: even('sbom'),
      provenance: even('provenance'),
      sign: even('sign'),
      cosignKey: '<cosign-key>',
      cosignPassword: '<cosign-password>',
      registry: '<registry>',
      username: '<username>',
      password: '<password>',
      out: '/out',
      distribute: 'distribute:off|platform|merge',
      digests: ['list:digests']
    })
  })

  it('the booleans are read by their own names', () => {
    const names: string[] = []
    const reader: OptionReader = {
      ...namingReader(),
      bool: name => {
        names.push(name)
        return true
      }
    }
    readBuildOptions(reader, { workingDirectory: '.', out: undefined })
    expect(names).toEqual(['latest', 'healthcheck', 'load', 'cache', 'sbom', 'provenance', 'sign'])
  })

  it('go-build-flags: split on any whitespace, unset is none', () => {
    const read = (flags: string | undefined): string[] =>
      readBuildOptions(namingReader({ 'go-build-flags': flags }), {
        workingDirectory: '.',
        out: undefined
      }).goBuildFlags
    expect(read('  -tags a,b \n\t-trimpath ')).toEqual(['-tags', 'a,b', '-trimpath'])
    expect(read(undefined)).toEqual([])
    expect(read('')).toEqual([])
  })

  it('cache-key-prefix defaults to policy-engine-build', () => {
    expect(
      readBuildOptions(namingReader({ 'cache-key-prefix': undefined }), {
        workingDirectory: '.',
        out: undefined
      }).cacheKeyPrefix
    ).toBe('policy-engine-build')
  })

  it('a password given by the front end (read from stdin or a file) wins over the option', () => {
    expect(
      readBuildOptions(namingReader(), { workingDirectory: '.', out: undefined, password: 's3' })
        .password
    ).toBe('s3')
  })
})
