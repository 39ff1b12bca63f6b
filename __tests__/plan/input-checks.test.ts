/**
 * The plan's input checks one by one (src/plan/values.ts, build-flags.ts, pull-request-tags.ts):
 * what each accepts, what it refuses and what its message says. plan.test.ts checks them through
 * makeBuildPlan; these state the edges (lengths, anchors, the characters of each class).
 */
import { describe, expect, it } from '@jest/globals'
import { InputError, type Problem } from '../../src/errors.js'
import { buildTagsOf, parseBuildArgs } from '../../src/plan/build-flags.js'
import { pullRequestTags } from '../../src/plan/pull-request-tags.js'
import {
  hasControlCharacter,
  labelValueProblems,
  pathProblem,
  shown,
  versionProblem
} from '../../src/plan/values.js'
import type { GitContext } from '../../src/types.js'

function problemsOf(fn: () => unknown): Problem[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('hasControlCharacter', () => {
  it.each(['\u0000', '\t', '\n', '\r', '\u001f', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029'])(
    'finds %j, alone or inside text',
    c => {
      expect(hasControlCharacter(c)).toBe(true)
      expect(hasControlCharacter(`a${c}b`)).toBe(true)
    }
  )

  it.each([' ', '~', '\u00a0', 'é', '\u2027', '\u202a', 'plain text', ''])('accepts %j', text => {
    expect(hasControlCharacter(text)).toBe(false)
  })
})

describe('shown', () => {
  it('quotes and escapes the value as JSON', () => {
    expect(shown('a"b\nc')).toBe('"a\\"b\\nc"')
  })

  it('shows up to 80 characters whole, and cuts a longer value to 80 and an ellipsis', () => {
    expect(shown('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`)
    expect(shown('x'.repeat(81))).toBe(`"${'x'.repeat(80)}…"`)
  })

  it('takes another limit', () => {
    expect(shown('abcdef', 3)).toBe('"abc…"')
    expect(shown('abc', 3)).toBe('"abc"')
  })
})

describe('pathProblem', () => {
  it('has nothing to say about an unset path or one without control characters', () => {
    expect(pathProblem('out', undefined)).toBeUndefined()
    expect(pathProblem('out', 'dist/out dir')).toBeUndefined()
  })

  it('names the field and shows the path escaped', () => {
    expect(pathProblem('working-directory', 'a\nb')).toEqual({
      field: 'working-directory',
      message: 'the path "a\\nb" holds a control character (newline, tab, ...)',
      fix: 'rename the file or folder to a name without control characters'
    })
  })
})

describe('versionProblem', () => {
  it.each(['1', 'v', '1.2.3', 'v1.2.3-rc.1+build.5', 'release/2026_11', 'A'.repeat(128)])(
    'accepts %s',
    version => {
      expect(versionProblem(version, true)).toBeUndefined()
    }
  )

  it.each([
    ['', 'empty'],
    ['.1', 'starting with a dot'],
    ['-1', 'starting with a dash'],
    ['1"2', 'a quote'],
    ["1'2", 'a single quote'],
    ['1\\2', 'a backslash'],
    ['1 2', 'a space'],
    ['1\n2', 'a newline'],
    ['1'.repeat(129), 'longer than 128'],
    ['1.0;', 'a semicolon']
  ])('refuses %j (%s)', version => {
    expect(versionProblem(version, true)).toMatchObject({ field: 'version' })
  })

  it('an explicit version: names the input and shows the value', () => {
    expect(versionProblem('1"', true)).toEqual({
      field: 'version',
      message:
        "\"1\\\"\" cannot be a version: use letters, digits, '.', '_', '+', '/' and '-' (at most 128, starting with a letter or digit)",
      fix: 'set the version input to e.g. 1.2.3'
    })
  })

  it('a version from the git tag: says so, and how to get around it', () => {
    expect(versionProblem('v1"', false)).toMatchObject({
      field: 'version (from the git tag)',
      fix: 'set the version input explicitly, or tag the commit with a plain version such as v1.2.3'
    })
  })
})

describe('labelValueProblems', () => {
  it('one problem per value holding a control character, naming its key', () => {
    expect(
      labelValueProblems({ ok: 'any text: "quotes", \\ and é', bad: 'a\nb', tab: '\t' })
    ).toEqual([
      {
        field: 'labels',
        message: 'the value of label bad ("a\\nb") holds a control character (newline, tab, ...)',
        fix: 'write the label value on one line, without control characters'
      },
      {
        field: 'labels',
        message: 'the value of label tab ("\\t") holds a control character (newline, tab, ...)',
        fix: 'write the label value on one line, without control characters'
      }
    ])
  })

  it('no problems for ordinary values', () => {
    expect(labelValueProblems({ a: '', b: 'x y' })).toEqual([])
  })
})

describe('parseBuildArgs', () => {
  it('keeps KEY=value lines, the name trimmed and the value as written (with its own =)', () => {
    expect(parseBuildArgs(['A=1', ' B_2 =x=y', '_c= v ', 'EMPTY='])).toEqual([
      'A=1',
      'B_2=x=y',
      '_c= v ',
      'EMPTY='
    ])
    expect(parseBuildArgs([])).toEqual([])
  })

  it('refuses a line without =, which buildx would fill in from its own environment', () => {
    expect(problemsOf(() => parseBuildArgs(['INPUT_PASSWORD ']))).toEqual([
      {
        field: 'build-args',
        message: 'line 1 "INPUT_PASSWORD" is not KEY=value with a KEY of letters, digits and _',
        fix: 'write each build argument as KEY=value on its own line, e.g. GIT_COMMIT=abc123'
      }
    ])
  })

  it.each(['1A=x', 'A-B=x', 'A B=x', '=x', 'É=x', 'x.y=1'])('refuses the name of %j', line => {
    expect(problemsOf(() => parseBuildArgs([line]))).toHaveLength(1)
  })

  it('shows the whole line without =, and an empty name before a leading =', () => {
    expect(problemsOf(() => parseBuildArgs(['NOEQ', '=x'])).map(p => p.message)).toEqual([
      'line 1 "NOEQ" is not KEY=value with a KEY of letters, digits and _',
      'line 2 "" is not KEY=value with a KEY of letters, digits and _'
    ])
  })

  it('cuts a long name in the message to 80 characters', () => {
    const [problem] = problemsOf(() => parseBuildArgs([`${'-'.repeat(100)}=x`]))
    expect(problem.message).toBe(
      `line 1 "${'-'.repeat(80)}" is not KEY=value with a KEY of letters, digits and _`
    )
  })

  it('refuses SOURCE_DATE_EPOCH: the build sets it from the commit time', () => {
    expect(problemsOf(() => parseBuildArgs(['A=1', 'SOURCE_DATE_EPOCH=0']))).toEqual([
      {
        field: 'build-args',
        message: 'line 2: SOURCE_DATE_EPOCH is set by the build from the commit time',
        fix: 'set the SOURCE_DATE_EPOCH environment variable of the step instead'
      }
    ])
  })

  it('reports every bad line at once, by its line number', () => {
    const problems = problemsOf(() => parseBuildArgs(['OK=1', 'bad', 'SOURCE_DATE_EPOCH=1', '2=x']))
    expect(problems.map(p => p.message.slice(0, 7))).toEqual(['line 2 ', 'line 3:', 'line 4 '])
  })
})

describe('buildTagsOf', () => {
  it.each([
    [
      ['-tags', 'a,b'],
      ['a', 'b']
    ],
    [['-tags=a,b'], ['a', 'b']],
    [
      ['--tags', 'a b'],
      ['a', 'b']
    ],
    [['--tags=a, b,,c'], ['a', 'b', 'c']],
    [['-trimpath', '-tags=x', '-ldflags=-s'], ['x']]
  ])('%j gives %j', (flags, tags) => {
    expect(buildTagsOf(flags)).toEqual(tags)
  })

  it('the last -tags wins, as in the go command', () => {
    expect(buildTagsOf(['-tags=a', '-tags', 'b'])).toEqual(['b'])
    expect(buildTagsOf(['-tags=a', '-tags='])).toEqual([])
  })

  it('-tags= is an empty list, not the next flag', () => {
    expect(buildTagsOf(['-tags=', '-trimpath'])).toEqual([])
  })

  it('-tags as the last flag has no value', () => {
    expect(buildTagsOf(['-tags'])).toEqual([])
  })

  it.each([[['-tagsx=a']], [['-tagsx', 'a']], [['x-tags=a']], [['---tags=a']], [['tags=a']], [[]]])(
    '%j holds no build tags',
    flags => {
      expect(buildTagsOf(flags)).toEqual([])
    }
  )
})

describe('pullRequestTags', () => {
  const pr: GitContext = {
    eventName: 'pull_request',
    sha: 'a'.repeat(40),
    pullRequest: { number: 7, headSha: 'a'.repeat(40), fromFork: false }
  }
  const push: GitContext = { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40) }

  it('outside a pull request every tag is kept, as a copy', () => {
    const tags = ['latest', '1.0.0']
    const result = pullRequestTags(push, tags)
    expect(result).toEqual({ tags: ['latest', '1.0.0'] })
    expect(result).not.toHaveProperty('warning')
    expect(result.tags).not.toBe(tags)
  })

  it('a pull request without tags: nothing kept, nothing to warn about', () => {
    const result = pullRequestTags(pr, [])
    expect(result.tags).toEqual([])
    expect(result).not.toHaveProperty('warning')
  })

  it('a pull request keeps only pr-* tags, bare or in a full reference, as written', () => {
    const kept = [
      'pr-7',
      ' pr-8 ',
      'ghcr.io/acme/engine:pr-7',
      'localhost:5000/acme/engine:pr-7',
      'pr-9@sha256:' + 'b'.repeat(64)
    ]
    const result = pullRequestTags(pr, kept)
    expect(result.tags).toEqual(kept)
    expect(result).not.toHaveProperty('warning')
  })

  it.each([
    'latest',
    '1.0.0',
    'PR-7',
    'xpr-7',
    'ghcr.io/acme/engine:latest',
    'ghcr.io/acme/pr-7',
    'host:pr-7/engine',
    'localhost:5000/acme/engine',
    'ghcr.io/acme/engine@sha256:' + 'c'.repeat(64)
  ])('a pull request drops %j', tag => {
    expect(pullRequestTags(pr, ['pr-1', tag]).tags).toEqual(['pr-1'])
  })

  it('the warning names the pull request and every dropped tag', () => {
    const result = pullRequestTags(pr, ['latest', 'pr-7', 'ghcr.io/a/b:1.0'])
    expect(result.tags).toEqual(['pr-7'])
    expect(result.warning).toBe(
      'pull request #7: tags "latest", "ghcr.io/a/b:1.0" are not pushed ' +
        '(a pull request may only push pr-* tags, since the manifest and inputs are its own to change); ' +
        'publish release tags from a push of a tag or a release event instead'
    )
  })
})
