import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import {
  computedTagNames,
  computeTags,
  computeVersion,
  imageNamesOf,
  lowerCaseImageNames,
  sanitizeTag
} from '../../src/publish/tags.js'
import type { GitContext } from '../../src/types.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const HEAD = 'fedcba9876543210fedcba9876543210fedcba98'
const IMAGE = 'ghcr.io/acme/policy-engine'

const push = (ref: string, extra: Partial<GitContext> = {}): GitContext => ({
  eventName: 'push',
  ref,
  sha: SHA,
  defaultBranch: 'main',
  ...extra
})
const pr: GitContext = {
  eventName: 'pull_request',
  ref: 'refs/pull/42/merge',
  sha: SHA,
  pullRequest: { number: 42, headSha: HEAD, fromFork: false },
  defaultBranch: 'main'
}

describe('computeTags from the event', () => {
  it.each<[string, GitContext, boolean, string[]]>([
    ['pull request', pr, true, ['pr-42', 'pr-42-fedcba9']],
    [
      'pull_request_target without pullRequest payload',
      { eventName: 'pull_request_target', ref: 'refs/pull/7/merge', sha: SHA },
      true,
      ['pr-7', 'pr-7-0123456']
    ],
    ['release tag', push('refs/tags/v1.2.3'), false, ['1.2.3', '1.2', '1', 'latest']],
    ['release tag without v', push('refs/tags/2.0.10'), false, ['2.0.10', '2.0', '2', 'latest']],
    ['pre-release tag', push('refs/tags/v1.2.3-rc.1'), true, ['1.2.3-rc.1']],
    [
      'build metadata dropped',
      push('refs/tags/v1.2.3+build.7'),
      false,
      ['1.2.3', '1.2', '1', 'latest']
    ],
    ['non-semver tag', push('refs/tags/release/2024-05'), false, ['release-2024-05']],
    ['non-semver tag v1.2', push('refs/tags/v1.2'), false, ['v1.2']],
    ['branch', push('refs/heads/develop'), true, ['develop', 'sha-0123456']],
    [
      'branch with slash',
      push('refs/heads/feature/login'),
      false,
      ['feature-login', 'sha-0123456']
    ],
    [
      'branch with uppercase',
      push('refs/heads/Feature/ABC-12'),
      false,
      ['Feature-ABC-12', 'sha-0123456']
    ],
    [
      'branch with odd chars',
      push('refs/heads/fix#12@home'),
      false,
      ['fix-12-home', 'sha-0123456']
    ],
    ['branch starting with a dot', push('refs/heads/.hidden'), false, ['hidden', 'sha-0123456']],
    [
      'default branch, latest asked',
      push('refs/heads/main'),
      true,
      ['main', 'sha-0123456', 'latest']
    ],
    ['default branch, latest not asked', push('refs/heads/main'), false, ['main', 'sha-0123456']],
    ['other branch, latest asked', push('refs/heads/dev'), true, ['dev', 'sha-0123456']],
    [
      'workflow_dispatch on a tag',
      push('refs/tags/v3.0.0', { eventName: 'workflow_dispatch' }),
      false,
      ['3.0.0', '3.0', '3', 'latest']
    ],
    [
      'release event',
      push('refs/tags/v0.9.1-beta.2', { eventName: 'release' }),
      true,
      ['0.9.1-beta.2']
    ],
    [
      'workflow_dispatch on the default branch',
      push('refs/heads/main', { eventName: 'workflow_dispatch' }),
      true,
      ['main', 'sha-0123456', 'latest']
    ],
    ['local build with a sha', { eventName: 'local', sha: SHA }, false, ['sha-0123456']],
    ['local build without git', { eventName: 'local' }, false, ['latest']]
  ])('%s', (_name, git, latest, expected) => {
    expect(computeTags({ images: [IMAGE], git, latest, explicitTags: [] })).toEqual(
      expected.map(tag => `${IMAGE}:${tag}`)
    )
  })

  it('trims long branch names to 128 characters', () => {
    const tags = computeTags({
      images: [IMAGE],
      git: push(`refs/heads/${'b'.repeat(300)}`),
      latest: false,
      explicitTags: []
    })
    expect(tags[0]).toBe(`${IMAGE}:${'b'.repeat(128)}`)
  })

  it('uses the version input for a build without a ref', () => {
    expect(
      computeTags({
        images: [IMAGE],
        git: { eventName: 'local' },
        latest: false,
        explicitTags: [],
        version: '1.0.0'
      })
    ).toEqual([`${IMAGE}:1.0.0`])
  })

  it('tags every image name', () => {
    expect(
      computeTags({
        images: ['ghcr.io/a/x', '127.0.0.1:5000/x'],
        git: push('refs/tags/v1.0.0'),
        latest: false,
        explicitTags: []
      })
    ).toEqual([
      'ghcr.io/a/x:1.0.0',
      '127.0.0.1:5000/x:1.0.0',
      'ghcr.io/a/x:1.0',
      '127.0.0.1:5000/x:1.0',
      'ghcr.io/a/x:1',
      '127.0.0.1:5000/x:1',
      'ghcr.io/a/x:latest',
      '127.0.0.1:5000/x:latest'
    ])
  })

  it('gives no tags without image names', () => {
    expect(computeTags({ images: [], git: pr, latest: false, explicitTags: [] })).toEqual([])
  })
})

describe('computeTags with explicit tags', () => {
  it.each<[string, string[], string[]]>([
    [
      'bare tags go to every image',
      ['v1', 'edge'],
      ['a/x:v1', 'b.io/y:v1', 'a/x:edge', 'b.io/y:edge']
    ],
    [
      'full refs are used as is (metadata-action output)',
      ['ghcr.io/acme/x:pr-1', '127.0.0.1:5000/x:Main'],
      ['ghcr.io/acme/x:pr-1', '127.0.0.1:5000/x:Main']
    ],
    ['blank entries and duplicates are dropped', ['v1', ' ', 'v1'], ['a/x:v1', 'b.io/y:v1']]
  ])('%s', (_name, explicitTags, expected) => {
    expect(computeTags({ images: ['a/x', 'b.io/y'], git: pr, latest: true, explicitTags })).toEqual(
      expected
    )
  })

  it.each([
    ['-leading-dash', /tags: "-leading-dash" \(entry 1\)/],
    ['has space', /tags: "has space"/],
    ['x'.repeat(129), /at most 128/],
    ['ghcr.io/Acme/x:1', /lowercase/],
    ['ghcr.io/acme/x', /needs a tag/],
    [`ghcr.io/acme/x@sha256:${'a'.repeat(64)}`, /digest/],
    ['ghcr.io/acme/x:bad+tag', /tag "bad\+tag"/]
  ])('refuses %s', (tag, message) => {
    const call = () => computeTags({ images: [IMAGE], git: pr, latest: false, explicitTags: [tag] })
    expect(call).toThrow(InputError)
    expect(call).toThrow(message)
  })

  it('reports every invalid tag at once', () => {
    try {
      computeTags({ images: [IMAGE], git: pr, latest: false, explicitTags: ['ok', '-a', '.b'] })
      throw new Error('expected an InputError')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).problems.map(p => p.field)).toEqual(['tags', 'tags'])
    }
  })

  it('refuses a bare tag without image names', () => {
    expect(() => computeTags({ images: [], git: pr, latest: false, explicitTags: ['v1'] })).toThrow(
      /no image name/
    )
  })

  it.each(['ghcr.io/Acme/x', 'ghcr.io/acme/x:1', ''])('refuses the image name %j', image => {
    expect(() =>
      computeTags({ images: [image], git: pr, latest: false, explicitTags: [] })
    ).toThrow(/image: /)
  })
})

describe('computeVersion', () => {
  it.each<[string, GitContext, string | undefined, string]>([
    ['explicit wins', push('refs/tags/v1.2.3'), '9.9.9', '9.9.9'],
    ['release tag', push('refs/tags/v1.2.3'), undefined, '1.2.3'],
    ['pre-release tag', push('refs/tags/v1.2.3-rc.1'), undefined, '1.2.3-rc.1'],
    ['non-semver tag', push('refs/tags/nightly'), undefined, 'nightly'],
    ['branch', push('refs/heads/main'), undefined, 'sha-0123456'],
    ['pull request uses the head sha', pr, undefined, 'sha-fedcba9'],
    ['nothing known', { eventName: 'local' }, undefined, 'dev']
  ])('%s', (_name, git, explicit, expected) => {
    expect(computeVersion(git, explicit)).toBe(expected)
  })
})

describe('sanitizeTag', () => {
  it.each([
    ['feature/x', 'feature-x'],
    ['UPPER', 'UPPER'],
    ['--x', 'x'],
    ['a b\tc', 'a-b-c'],
    ['ü', ''],
    ['aü', 'a-']
  ])('%j -> %j', (input, output) => {
    expect(sanitizeTag(input)).toBe(output)
  })
})

describe('computedTagNames: events missing a part', () => {
  it('a pull request event without its payload takes the number from the ref', () => {
    expect(
      computedTagNames(
        { eventName: 'pull_request', ref: 'refs/pull/12/merge', sha: 'c'.repeat(40) },
        false
      )
    ).toEqual(['pr-12', 'pr-12-ccccccc'])
  })

  it('a pull request without a commit gets pr-N alone', () => {
    expect(
      computedTagNames(
        {
          eventName: 'pull_request_target',
          pullRequest: { number: 7, headSha: '', fromFork: false }
        },
        false
      )
    ).toEqual(['pr-7'])
  })

  it('a pull request event with neither payload nor ref is like a local build', () => {
    expect(computedTagNames({ eventName: 'pull_request' }, true)).toEqual(['latest'])
    expect(computedTagNames({ eventName: 'pull_request', sha: 'd'.repeat(40) }, false)).toEqual([
      'sha-ddddddd'
    ])
  })

  it('only a ref that starts with refs/pull/N/ names a pull request', () => {
    expect(
      computedTagNames({ eventName: 'pull_request', ref: 'refs/heads/refs/pull/3/x' }, false)
    ).toEqual(['refs-pull-3-x'])
  })

  it('only pull_request events get pr tags, whatever the ref says', () => {
    expect(
      computedTagNames(
        { eventName: 'workflow_dispatch', ref: 'refs/pull/5/merge', sha: 'f'.repeat(40) },
        false
      )
    ).toEqual(['sha-fffffff'])
  })

  it('a tag, branch or version that sanitizes to nothing gives no empty tag', () => {
    const sha = 'f'.repeat(40)
    expect(computedTagNames({ eventName: 'push', ref: 'refs/tags/...', sha }, false)).toEqual([
      'sha-fffffff'
    ])
    expect(computedTagNames({ eventName: 'push', ref: 'refs/heads/--' }, false)).toEqual(['latest'])
    expect(computedTagNames({ eventName: 'local' }, false, '..')).toEqual([])
  })

  it('a ref that is neither a branch nor a tag is no tag name', () => {
    expect(
      computedTagNames(
        { eventName: 'workflow_dispatch', ref: 'refs/notes/x', sha: 'e'.repeat(40) },
        true
      )
    ).toEqual(['sha-eeeeeee'])
  })

  it('a branch without a commit gets its name alone', () => {
    expect(computedTagNames({ eventName: 'push', ref: 'refs/heads/dev' }, false)).toEqual(['dev'])
  })
})

describe('computeTags: a computed tag that is not a valid tag', () => {
  it('a pre-release too long for a tag is bad input naming the version', () => {
    const pre = 'a'.repeat(130)
    try {
      computeTags({
        images: ['r/x'],
        git: { eventName: 'push', ref: `refs/tags/v1.0.0-${pre}` },
        latest: false,
        explicitTags: []
      })
      throw new Error('expected an InputError')
    } catch (error) {
      expect((error as InputError).problems).toEqual([
        {
          field: 'version',
          message: `the computed tag "1.0.0-${pre}" is invalid: the tag is 136 characters long; at most 128 are allowed`,
          fix: 'set the tags input explicitly, or a version that is a valid tag'
        }
      ])
    }
  })
})

describe('lowerCaseImageNames of references with a digest', () => {
  it('lower-cases the name before the tag and the digest, never the tag', () => {
    const digest = 'sha256:' + 'e'.repeat(64)
    expect(
      lowerCaseImageNames([`R/A@${digest}`, `R/A:Tag@${digest}`, 'Host:5000/A:V'], 'tags', true)
        .values
    ).toEqual([`r/a@${digest}`, `r/a:Tag@${digest}`, 'host:5000/a:V'])
  })
})

describe('imageNamesOf', () => {
  it('the names of full references, first seen first; bare tags and bad references skipped', () => {
    expect(
      imageNamesOf([
        'latest',
        ' a.io/x:1 ',
        'localhost:5000/y:2',
        'a.io/x:2',
        'A.io/Bad:1',
        'b.io/z@sha256:' + 'a'.repeat(64),
        'name:tag'
      ])
    ).toEqual(['a.io/x', 'localhost:5000/y', 'b.io/z', 'name'])
  })
})

describe('lowerCaseImageNames', () => {
  const NOTE = '(image names are lowercase; lower-cased as docker/metadata-action does)'

  it('image names: lower-cased whole, with a notice; unchanged ones kept as written', () => {
    expect(lowerCaseImageNames(['Ghcr.io/Acme/X ', ' r/a '], 'image')).toEqual({
      values: ['ghcr.io/acme/x', ' r/a '],
      notices: [`image: "Ghcr.io/Acme/X" is used as "ghcr.io/acme/x" ${NOTE}`]
    })
  })

  it('references: only the name is lower-cased; bare tags are kept, capitals and all', () => {
    expect(lowerCaseImageNames(['Latest', 'A.io/X:Y', 'a.io/x:Y'], 'tags', true)).toEqual({
      values: ['Latest', 'a.io/x:Y', 'a.io/x:Y'],
      notices: [`tags: "A.io/X:Y" is used as "a.io/x:Y" ${NOTE}`]
    })
  })

  it('a reference without a tag or digest is lower-cased whole', () => {
    expect(lowerCaseImageNames(['R/ABC'], 'tags', true).values).toEqual(['r/abc'])
  })

  it('without the references flag a tag-like value is a name', () => {
    expect(lowerCaseImageNames(['Latest'], 'image.name').values).toEqual(['latest'])
  })
})

describe('computeTags: the messages', () => {
  const problems = (input: Partial<Parameters<typeof computeTags>[0]>) => {
    try {
      computeTags({ images: [], git: pr, latest: false, explicitTags: [], ...input })
    } catch (error) {
      return (error as InputError).problems
    }
    throw new Error('expected an InputError')
  }

  it('a bad image name, by its entry', () => {
    expect(problems({ images: ['r/ok', 'r/x:1'] })).toEqual([
      {
        field: 'image',
        message:
          '"r/x:1" (entry 2) is not a valid image name: it carries a tag or digest; put tags in the tags input',
        fix: 'give a repository name without tag, e.g. ghcr.io/owner/policy-engine'
      }
    ])
    expect(problems({ images: ['r/X'] })[0].message).toBe(
      '"r/X" (entry 1) is not a valid image name: "X" has uppercase letters; repository names must be lowercase'
    )
    expect(problems({ images: ['r/x@sha256:zz'] })[0].message).toBe(
      '"r/x@sha256:zz" (entry 1) is not a valid image name: "sha256:zz" is not a valid digest (algorithm:hex)'
    )
  })

  it('a bad tag, by its entry, with the tag grammar in the fix', () => {
    expect(problems({ images: ['r/x'], explicitTags: ['ok', 'r/x'] })).toEqual([
      {
        field: 'tags',
        message:
          '"r/x" (entry 2) is not a valid tag or image reference: a full reference needs a tag (name:tag)',
        fix: 'use a tag like v1.2.3 or a full reference like ghcr.io/owner/name:tag (tags: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127})'
      }
    ])
    expect(problems({ explicitTags: [`r/x:1@sha256:${'a'.repeat(64)}`] })[0].message).toMatch(
      /: a reference with a digest cannot be pushed to$/
    )
    expect(problems({ explicitTags: ['@x'] })[0].message).toBe(
      '"@x" (entry 1) is not a valid tag or image reference: "x" is not a valid digest (algorithm:hex)'
    )
  })

  it('a bare tag without an image name', () => {
    expect(problems({ explicitTags: ['v1'] })).toEqual([
      {
        field: 'tags',
        message: '"v1" is a bare tag but no image name is set',
        fix: 'set the image input, or give full references such as ghcr.io/owner/name:tag'
      }
    ])
  })

  it('a reference with a port or a single colon is a reference, not a bare tag', () => {
    expect(
      computeTags({ images: [], git: pr, latest: false, explicitTags: [' name:v1 '] })
    ).toEqual(['name:v1'])
  })
})
