/**
 * The manifest field by field: for each wrong shape the problem the user reads (line, field,
 * message, fix), what each field accepts, and how the manifest file is found.
 * manifest.test.ts reads the SPEC example and the all-at-once report.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { didYouMean, findManifest, parseManifest } from '../../src/discover/manifest.js'
import { InputError, type Problem } from '../../src/errors.js'

const workspace = '/ws'
const file = '/ws/policy-build.yaml'

/** The problems of a refused manifest, each without its file (always the manifest). */
function problems(text: string): Omit<Problem, 'file'>[] {
  try {
    parseManifest(text, file, workspace)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return error.problems.map(({ file: where, ...rest }) => {
      expect(where).toBe(file)
      return rest
    })
  }
  throw new Error('expected the manifest to be refused')
}

const V1 = 'version: 1\n'

describe('the manifest itself', () => {
  it.each([
    ['version: 2\n', '2'],
    ['version:\n', 'null'],
    ['version: two\n', '"two"']
  ])('%j: an unsupported version, shown as written', (text, shown) => {
    expect(problems(text)).toEqual([
      {
        line: 1,
        field: 'version',
        message: `unsupported manifest version ${shown}`,
        fix: 'set `version: 1` (the only version this release understands)'
      }
    ])
  })

  it('the string "1" is told apart from the number', () => {
    expect(problems('version: "1"\n')).toEqual([
      {
        line: 1,
        field: 'version',
        message: 'version is the string "1", not the number 1',
        fix: 'write `version: 1` without quotes'
      }
    ])
  })

  it.each(['- a\n- b\n', 'just a string\n'])('%j is not a mapping', text => {
    expect(problems(text)).toEqual([
      {
        line: 1,
        message: 'the manifest must be a mapping of fields',
        fix: 'start with `version: 1` and list `policies:`'
      }
    ])
  })

  it('an empty manifest says so, with the same fix', () => {
    expect(problems('# nothing yet\n')).toEqual([
      {
        line: 1,
        message: 'the manifest is empty',
        fix: 'start with `version: 1` and list `policies:`'
      }
    ])
  })

  it('no version: one problem at line 1, after the others', () => {
    expect(problems('policies: 5\n')).toEqual([
      {
        line: 1,
        field: 'policies',
        message: 'must be a list, got number 5',
        fix: 'write each policy as `- path: ./dir` or `- module: ...` with `version: ...`'
      },
      {
        line: 1,
        field: 'version',
        message: 'the manifest has no version',
        fix: 'add `version: 1` at the top'
      }
    ])
  })

  it('invalid YAML: the first line of the parser message, its line and column', () => {
    const [problem, ...rest] = problems('version: 1\npolicies:\n  - path: [unclosed\n')
    expect(rest).toEqual([])
    expect(problem.message).toMatch(/^invalid YAML: [^\n]+$/)
    expect(problem).toMatchObject({ line: 4, column: 1, fix: 'correct the YAML syntax' })
  })

  it('an unknown top-level field, with a suggestion', () => {
    expect(problems(`${V1}imag: {}\n`)).toEqual([
      { line: 2, field: 'imag', message: 'unknown field "imag"', fix: 'did you mean "image"?' }
    ])
  })

  it('a manifest with only a version has no policies and no image', () => {
    expect(parseManifest(V1, file, workspace)).toEqual({ file, version: 1, policies: [] })
  })
})

describe('keys and values YAML allows but a manifest does not', () => {
  it('a key that is not a plain word is an unknown field, listing the valid ones', () => {
    expect(problems(`${V1}? [a]\n: 1\n`)).toEqual([
      expect.objectContaining({
        line: 2,
        field: '?',
        fix: 'remove it; valid fields here are version, engine, templates, policies, image'
      })
    ])
  })

  it('an explicit null is nothing', () => {
    expect(problems(`${V1}engine: ~\n`)).toEqual([
      expect.objectContaining({ message: 'must be a string (a directory), got nothing' })
    ])
  })

  it('a key without a value (? key) is nothing, reported at the key', () => {
    expect(problems(`${V1}? engine\n`)).toEqual([
      {
        line: 2,
        field: 'engine',
        message: 'must be a string (a directory), got nothing',
        fix: 'write a folder inside the workspace, e.g. `engine: ./engine`'
      }
    ])
    expect(problems(`${V1}image:\n  ? tags\n  ? base\n  ? labels\n`)).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'image.tags',
        message: expect.stringMatching(/got nothing$/)
      }),
      expect.objectContaining({
        line: 4,
        field: 'image.base',
        message: 'must be a string, got nothing'
      }),
      expect.objectContaining({
        line: 5,
        field: 'image.labels',
        message: expect.stringMatching(/got nothing$/)
      })
    ])
    expect(problems(`${V1}policies:\n  - ? module\n`)).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'policies[0].module',
        message: 'must be a string, got nothing'
      })
    ])
  })

  it('an alias is an unexpected value', () => {
    expect(problems('version: &v 1\nengine: *v\n')).toEqual([
      expect.objectContaining({
        field: 'engine',
        message: 'must be a string (a directory), got an unexpected value'
      })
    ])
  })
})

describe('engine and templates', () => {
  it.each([
    ['engine: 5', 'engine', 'number 5'],
    ['templates:', 'templates', 'nothing'],
    ['engine: [a]', 'engine', 'a list'],
    ['templates: {a: b}', 'templates', 'a mapping'],
    ['engine: true', 'engine', 'boolean true']
  ])('%j must be a directory', (line, field, got) => {
    expect(problems(`${V1}${line}\n`)).toEqual([
      {
        line: 2,
        field,
        message: `must be a string (a directory), got ${got}`,
        fix: `write a folder inside the workspace, e.g. \`${field}: ./${field}\``
      }
    ])
  })

  it('a folder outside the workspace is refused at its line', () => {
    expect(problems(`${V1}\ntemplates: /etc\n`)).toEqual([
      {
        line: 3,
        field: 'templates',
        message: 'path "/etc" resolves to /etc, outside the workspace /ws',
        fix: 'use a path inside the workspace (working-directory); copy or check out the module there'
      }
    ])
  })
})

describe('policies', () => {
  it('a local policy: its path field and line', () => {
    expect(parseManifest(`${V1}policies:\n\n  - path: ./a\n`, file, workspace).policies).toEqual([
      { kind: 'local', path: './a', line: 4, field: 'policies[0].path' }
    ])
  })

  it('remote policies with pre-release and build metadata versions', () => {
    const text = `${V1}policies:\n  - module: example.com/a\n    version: v1.0.0-rc.1+build.2\n  - module: example.com/b\n    version: v0.0.0-20260101000000-abcdefabcdef\n`
    expect(parseManifest(text, file, workspace).policies).toEqual([
      {
        kind: 'remote',
        module: 'example.com/a',
        version: 'v1.0.0-rc.1+build.2',
        line: 3,
        field: 'policies[0]'
      },
      {
        kind: 'remote',
        module: 'example.com/b',
        version: 'v0.0.0-20260101000000-abcdefabcdef',
        line: 5,
        field: 'policies[1]'
      }
    ])
  })

  it('an item that is not a mapping', () => {
    expect(problems(`${V1}policies:\n  - 7\n`)).toEqual([
      {
        line: 3,
        field: 'policies[0]',
        message: 'must be a mapping, got number 7',
        fix: 'write `- path: ./dir` or `- module: example.com/x` with `version: v1.2.3`'
      }
    ])
  })

  it('a version on a local policy', () => {
    expect(problems(`${V1}policies:\n  - path: ./a\n    version: v1.0.0\n`)).toEqual([
      {
        line: 4,
        field: 'policies[0].version',
        message: 'version applies to remote modules only',
        fix: 'remove `version`, or use `module` instead of `path`'
      }
    ])
  })

  it('both path and module', () => {
    expect(problems(`${V1}policies:\n  - path: ./a\n    module: example.com/a\n`)).toEqual([
      {
        line: 3,
        field: 'policies[0]',
        message: 'has both path and module',
        fix: 'use `path` for a local module or `module` + `version` for a remote one, not both'
      }
    ])
  })

  it('a remote module without a version', () => {
    expect(problems(`${V1}policies:\n  - module: example.com/a\n`)).toEqual([
      {
        line: 3,
        field: 'policies[0].version',
        message: 'remote module example.com/a has no version',
        fix: 'add `version: vX.Y.Z` (a released version of the module)'
      }
    ])
  })

  it('a mistyped version key is reported once, not again as a missing version', () => {
    expect(problems(`${V1}policies:\n  - verison: v1\n    module: example.com/a\n`)).toEqual([
      {
        line: 3,
        field: 'policies[0].verison',
        message: 'unknown field "verison"',
        fix: 'did you mean "version"?'
      }
    ])
  })

  it('a bad module path and a bad version are both reported, and nothing is kept', () => {
    expect(problems(`${V1}policies:\n  - module: Example.com/a\n    version: v1.02.0\n`)).toEqual([
      {
        line: 3,
        field: 'policies[0].module',
        message:
          'module path "Example.com/a" has an invalid character "E" in its first path element "Example.com" (only lowercase letters, digits, dots and dashes)',
        fix: "use the module path from the module's go.mod, e.g. github.com/acme/jwt-policy"
      },
      {
        line: 4,
        field: 'policies[0].version',
        message: '"v1.02.0" is not a Go module version',
        fix: 'use a semantic version with a leading v, e.g. v1.4.2'
      }
    ])
  })

  it.each(['1.0.0', 'v1.0', 'v01.0.0', 'v1.0.0-', 'v1.0.0+', 'v1.0.0-a..b', 'xv1.0.0', 'v1.0.0 '])(
    'version %j is not a Go module version',
    version => {
      expect(
        problems(`${V1}policies:\n  - module: example.com/a\n    version: "${version}"\n`)
      ).toEqual([expect.objectContaining({ message: `"${version}" is not a Go module version` })])
    }
  )

  it('a module path refused on its own keeps nothing either', () => {
    expect(
      problems(`${V1}policies:\n  - module: example.com/a/v1\n    version: v1.0.0\n`)
    ).toHaveLength(1)
  })

  it('values that are not strings, each with the example of its field', () => {
    expect(
      problems(`${V1}policies:\n  - path:\n  - module: 5\n    version: true\n  - 1: x\n`)
    ).toEqual([
      {
        line: 3,
        field: 'policies[0].path',
        message: 'must be a string, got nothing',
        fix: 'write a folder holding a go.mod, e.g. `path: ./policies/ratelimit`'
      },
      {
        line: 4,
        field: 'policies[1].module',
        message: 'must be a string, got number 5',
        fix: 'write the module path, e.g. `module: github.com/acme/jwt-policy`'
      },
      {
        line: 5,
        field: 'policies[1].version',
        message: 'must be a string, got boolean true',
        fix: 'write a quoted version, e.g. `version: v1.4.2`'
      },
      {
        line: 6,
        field: 'policies[2].1',
        message: 'unknown field "1"',
        fix: 'remove it; valid fields here are path, module, version'
      }
    ])
  })

  it('an empty item, or one with only a version, has neither path nor module', () => {
    const neither = {
      field: 'policies[0]',
      message: 'has neither path nor module',
      fix: 'add `path: ./dir` (local) or `module:` + `version:` (remote)'
    }
    expect(problems(`${V1}policies:\n  - {}\n`)).toEqual([{ line: 3, ...neither }])
    expect(problems(`${V1}policies:\n  - version: v1.0.0\n`)).toEqual([{ line: 3, ...neither }])
  })

  it('an empty list is no policies', () => {
    expect(parseManifest(`${V1}policies: []\n`, file, workspace).policies).toEqual([])
  })
})

describe('image', () => {
  it('must be a mapping', () => {
    expect(problems(`${V1}image: x\n`)).toEqual([
      {
        line: 2,
        field: 'image',
        message: 'must be a mapping, got the string "x"',
        fix: 'write `image:` with `name:`, `platforms:` and `base:` below it'
      }
    ])
  })

  it('names, platforms and tags: a string, a comma or newline separated string, or a list', () => {
    const text = `${V1}image:\n  name: "a, b\\n c,"\n  platforms: linux/amd64\n  tags: [v1, latest]\n`
    expect(parseManifest(text, file, workspace).image).toEqual({
      names: ['a', 'b', 'c'],
      platforms: ['linux/amd64'],
      tags: ['v1', 'latest'],
      line: 3
    })
  })

  it('an image with no name has none', () => {
    expect(parseManifest(`${V1}image:\n  base: scratch\n`, file, workspace).image).toEqual({
      names: [],
      base: 'scratch',
      line: 3
    })
  })

  it('every wrong shape at once, each with its example', () => {
    const text = `${V1}image:\n  name: [a, {b: c}]\n  platforms: [linux/amd64, 5]\n  tags:\n  base: [x]\n  labels: 5\n  nmae: x\n`
    expect(problems(text)).toEqual([
      {
        line: 3,
        field: 'image.name',
        message: 'must be a string or a list of strings, got a list',
        fix: 'write e.g. `name: ghcr.io/acme/policy-engine` or a list of names'
      },
      {
        line: 4,
        field: 'image.platforms',
        message: 'must be a string or a list of strings, got a list',
        fix: 'write e.g. `platforms: [linux/amd64, linux/arm64]`'
      },
      {
        line: 5,
        field: 'image.tags',
        message: 'must be a string or a list of strings, got nothing',
        fix: 'write e.g. `tags: [v1, latest]`'
      },
      {
        line: 6,
        field: 'image.base',
        message: 'must be a string, got a list',
        fix: 'write an image reference, e.g. `base: gcr.io/distroless/static-debian12:nonroot`'
      },
      {
        line: 7,
        field: 'image.labels',
        message: 'must be a mapping of label: value, or a list of key=value, got number 5',
        fix: 'write `labels:` with one `key: value` line per label below it'
      },
      { line: 8, field: 'image.nmae', message: 'unknown field "nmae"', fix: 'did you mean "name"?' }
    ])
  })

  it('an empty base is no base', () => {
    expect(problems(`${V1}image:\n  base:\n`)).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'image.base',
        message: 'must be a string, got nothing'
      })
    ])
  })

  it('labels: a mapping (scalars written as text), a list or a string of key=value', () => {
    const read = (labels: string): string[] | undefined =>
      parseManifest(`${V1}image:\n  labels: ${labels}\n`, file, workspace).image?.labels
    expect(read('{a: true, b: 1.5, c: x=y}')).toEqual(['a=true', 'b=1.5', 'c=x=y'])
    expect(read('[a=1, "b=2,c=3"]')).toEqual(['a=1', 'b=2,c=3'])
    expect(read('"a=1"')).toEqual(['a=1'])
    expect(read('{}')).toEqual([])
  })

  it.each([
    ['[a=1, b]', 'a list'],
    ['{a: null}', 'a mapping'],
    ['{a: [1]}', 'a mapping'],
    ['{a: {b: c}}', 'a mapping'],
    ['{? [k] : v}', 'a mapping'],
    ['noequals', 'the string "noequals"']
  ])('labels %s are refused', (labels, got) => {
    expect(problems(`${V1}image:\n  labels: ${labels}\n`)).toEqual([
      expect.objectContaining({
        field: 'image.labels',
        message: `must be a mapping of label: value, or a list of key=value, got ${got}`
      })
    ])
  })
})

describe('didYouMean', () => {
  it.each([
    ['platform', ['name', 'platforms'], 'did you mean "platforms"?'],
    ['imag', ['image', 'version'], 'did you mean "image"?'],
    ['IMAGE', ['image', 'version'], 'did you mean "image"?'],
    ['tag', ['tags', 'base'], 'did you mean "tags"?'],
    ['polices', ['policies', 'path'], 'did you mean "policies"?'],
    ['versionxyz', ['version'], 'did you mean "version"?'],
    ['policy', ['version', 'policies'], 'did you mean "policies"?'],
    ['templates-dir', ['templates', 'engine'], 'did you mean "templates"?']
  ])('%s among %j: %s', (key, known, answer) => {
    expect(didYouMean(key, known)).toBe(answer)
  })

  it.each([
    ['polcy', ['policies', 'path']],
    ['xxxxxxxxxxxxxxxxxxxx', ['version']],
    ['', ['a']],
    [undefined, ['a']],
    ['abcd', ['wxyz', 'q']],
    ['pol', ['policies']]
  ])('%j among %j: the valid fields', (key, known) => {
    expect(didYouMean(key, known)).toBe(`remove it; valid fields here are ${known.join(', ')}`)
  })

  it('the closest of several', () => {
    expect(didYouMean('bas', ['name', 'base', 'tags'])).toBe('did you mean "base"?')
    expect(didYouMean('nmae', ['labels', 'name'])).toBe('did you mean "name"?')
  })
})

describe('findManifest', () => {
  const root = mkdtempSync(join(tmpdir(), 'pe-manifest-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  let count = 0
  function ws(files: Record<string, string> = {}): string {
    const dir = join(root, `ws${count++}`)
    mkdirSync(dir)
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    return dir
  }
  async function refusal(dir: string, given: string | undefined): Promise<Problem[]> {
    try {
      await findManifest(dir, given)
    } catch (error) {
      if (error instanceof InputError) return error.problems
      throw error
    }
    throw new Error('expected an InputError')
  }

  it('without a path: policy-build.yaml of the workspace, when present', async () => {
    const dir = ws({ 'policy-build.yaml': V1 })
    expect(await findManifest(dir, undefined)).toEqual({
      file: join(dir, 'policy-build.yaml'),
      version: 1,
      policies: []
    })
    expect((await findManifest(dir, '  '))?.file).toBe(join(dir, 'policy-build.yaml'))
  })

  it('without a path and without the file: no manifest', async () => {
    expect(await findManifest(ws(), undefined)).toBeUndefined()
    expect(await findManifest(ws(), '')).toBeUndefined()
  })

  it('a policy-build.yaml linking out of the workspace is refused, not read', async () => {
    const dir = ws()
    writeFileSync(join(root, 'outside.yaml'), V1)
    symlinkSync(join(root, 'outside.yaml'), join(dir, 'policy-build.yaml'))
    expect(await refusal(dir, undefined)).toEqual([
      expect.objectContaining({ field: 'manifest', message: expect.stringContaining('symlink') })
    ])
  })

  it('a given path is read from the workspace', async () => {
    const dir = ws({ 'build.yaml': `${V1}policies:\n  - path: ./a\n` })
    const manifest = await findManifest(dir, 'build.yaml')
    expect(manifest?.file).toBe(join(dir, 'build.yaml'))
    expect(manifest?.policies).toHaveLength(1)
  })

  it('a given path that does not exist', async () => {
    const dir = ws({ 'policy-build.yaml': V1 })
    expect(await refusal(dir, 'nope.yaml')).toEqual([
      {
        field: 'manifest',
        message: `manifest file ${join(dir, 'nope.yaml')} does not exist`,
        fix: 'check the path, or leave manifest empty to use policy-build.yaml when present'
      }
    ])
  })

  it('a given path outside the workspace', async () => {
    const dir = ws()
    expect(await refusal(dir, '../outside.yaml')).toEqual([
      expect.objectContaining({
        field: 'manifest',
        message: expect.stringContaining('outside the workspace')
      })
    ])
  })
})
