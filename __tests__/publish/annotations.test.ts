import { describe, expect, it } from '@jest/globals'
import {
  mergeAnnotationFlags,
  parseAnnotations,
  withDescription,
  type Annotation
} from '../../src/publish/annotations.js'

describe('parseAnnotations', () => {
  it.each<[string, string[], Annotation[]]>([
    [
      'no prefix: the index and the manifests',
      ['org.example.team=platform'],
      [{ levels: ['index', 'manifest'], key: 'org.example.team', value: 'platform' }]
    ],
    [
      "docker/metadata-action's output (one level a line), values with = and spaces",
      [
        'manifest:org.opencontainers.image.description=a = b',
        'index:org.opencontainers.image.description=a = b'
      ],
      [
        { levels: ['manifest'], key: 'org.opencontainers.image.description', value: 'a = b' },
        { levels: ['index'], key: 'org.opencontainers.image.description', value: 'a = b' }
      ]
    ],
    [
      'several levels, spaces around them, duplicates once',
      [' index , manifest-descriptor,index : k=v'],
      [{ levels: ['index', 'manifest-descriptor'], key: 'k', value: 'v' }]
    ],
    [
      'index-descriptor',
      ['index-descriptor:k='],
      [{ levels: ['index-descriptor'], key: 'k', value: '' }]
    ],
    ['blank lines skipped', ['', '  '], []]
  ])('%s', (_name, lines, want) => {
    expect(parseAnnotations(lines)).toEqual({ annotations: want, problems: [] })
  })

  it.each<[string, string, RegExp]>([
    ['no =', 'org.example.team', /line 1 "org.example.team" has no '='/],
    ['an unknown level', 'config:k=v', /"config" is not an annotation level/],
    [
      'a platform-specific level',
      'manifest[linux/amd64]:k=v',
      /platform-specific annotations are not supported/
    ],
    ['a bad key', 'index:-k=v', /"-k" is not a valid annotation key/],
    ['an empty key', '=v', /"" is not a valid annotation key/],
    ['a key with a space', 'a b=v', /"a b" is not a valid annotation key/],
    ['a control character in the value', 'k=a\tb', /annotation k .* control character/],
    ['a line break in the value (\\u2028)', 'k=a\u2028b', /control character/]
  ])('refuses %s', (_name, line, message) => {
    const { annotations, problems } = parseAnnotations([line])
    expect(annotations).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0].field).toBe('annotations')
    expect(problems[0].message).toMatch(message)
  })

  it('reports every bad line at once and keeps the good ones', () => {
    const { annotations, problems } = parseAnnotations(['bad', 'ok=1', 'x:y=2'])
    expect(annotations.map(a => a.key)).toEqual(['ok'])
    expect(problems.map(p => p.message)).toEqual([
      expect.stringContaining('line 1'),
      expect.stringContaining('"x" is not an annotation level')
    ])
  })
})

describe('withDescription', () => {
  const description = 'org.opencontainers.image.description'
  it('adds the description label as an index annotation', () => {
    expect(withDescription([], 'Policy engine with 2 policies')).toEqual([
      { levels: ['index'], key: description, value: 'Policy engine with 2 policies' }
    ])
  })
  it('keeps an index description the user set (with or without a prefix)', () => {
    const own: Annotation[] = [{ levels: ['index', 'manifest'], key: description, value: 'mine' }]
    expect(withDescription(own, 'computed')).toEqual(own)
  })
  it('adds it when the user described only the manifests', () => {
    const own: Annotation[] = [{ levels: ['manifest'], key: description, value: 'mine' }]
    expect(withDescription(own, 'computed')).toEqual([
      ...own,
      { levels: ['index'], key: description, value: 'computed' }
    ])
  })
  it('adds nothing without a description', () => {
    expect(withDescription([], undefined)).toEqual([])
    expect(withDescription([], '')).toEqual([])
  })
})

describe('mergeAnnotationFlags (imagetools create)', () => {
  const fromLabels = [
    'index:org.opencontainers.image.description=Computed',
    'index:org.opencontainers.image.revision=abc'
  ]
  it('keeps the label annotations when none is given', () => {
    expect(mergeAnnotationFlags(fromLabels, [])).toEqual(fromLabels)
  })
  it("the user's index annotation replaces the label one; manifest levels are the platform jobs'", () => {
    expect(
      mergeAnnotationFlags(fromLabels, [
        {
          levels: ['index', 'manifest'],
          key: 'org.opencontainers.image.description',
          value: 'Mine'
        },
        { levels: ['manifest-descriptor', 'index-descriptor'], key: 'k', value: 'v' }
      ])
    ).toEqual([
      'index:org.opencontainers.image.revision=abc',
      'index:org.opencontainers.image.description=Mine',
      'manifest-descriptor:k=v'
    ])
  })
})
