import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readGoMod, scanLines } from '../../src/discover/gomod.js'
import { InputError } from '../../src/errors.js'

describe('readGoMod (Go parses, we add line numbers)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'peb-gomod-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const write = (name: string, text: string) => {
    const file = join(dir, name)
    writeFileSync(file, text)
    return file
  }

  it('reads module, go, toolchain, requires (block and single, indirect) and replaces with lines', async () => {
    const file = write(
      'full.mod',
      [
        '// a comment first',
        'module "example.com/policies/full" // quoted is allowed',
        '',
        'go 1.22.3',
        'toolchain go1.26.0',
        '',
        'require example.com/single v1.0.0',
        'require (',
        '\texample.com/a v1.2.3',
        '\texample.com/b v0.1.0 // indirect',
        ')',
        '',
        'replace example.com/a => ../a // local',
        'replace (',
        '\t// comment inside',
        '\texample.com/b v0.1.0 => example.com/b-fork v0.1.1',
        ')',
        ''
      ].join('\n')
    )
    const mod = await readGoMod(file)
    expect(mod).toEqual({
      file,
      module: 'example.com/policies/full',
      moduleLine: 2,
      go: '1.22.3',
      toolchain: 'go1.26.0',
      requires: [
        { path: 'example.com/single', version: 'v1.0.0', indirect: false },
        { path: 'example.com/a', version: 'v1.2.3', indirect: false },
        { path: 'example.com/b', version: 'v0.1.0', indirect: true }
      ],
      replaces: [
        {
          oldPath: 'example.com/a',
          oldVersion: undefined,
          newPath: '../a',
          newVersion: undefined,
          line: 13
        },
        {
          oldPath: 'example.com/b',
          oldVersion: 'v0.1.0',
          newPath: 'example.com/b-fork',
          newVersion: 'v0.1.1',
          line: 16
        }
      ]
    })
  })

  it("refuses a malformed go.mod with Go's message at file:line", async () => {
    const file = write('bad.mod', 'module example.com/x\n\ngo 1.22\nrequre example.com/y v1.0.0\n')
    const error = (await readGoMod(file).catch(e => e)) as InputError
    expect(error).toBeInstanceOf(InputError)
    expect(error.problems[0]).toMatchObject({
      file,
      line: 4,
      message: 'go.mod: unknown directive: requre'
    })
  })

  it('does not try to fetch a newer toolchain for a future go line', async () => {
    const file = write('future.mod', 'module example.com/x\n\ngo 1.99\n')
    await expect(readGoMod(file)).resolves.toMatchObject({ go: '1.99' })
  })

  it('refuses a go.mod without module directive', async () => {
    const file = write('nomodule.mod', 'go 1.22\n')
    await expect(readGoMod(file)).rejects.toThrow('go.mod has no module directive')
  })

  it('scanLines ignores replace-looking text in comments and other blocks', () => {
    expect(
      scanLines('module x\n// replace a => b\nrequire (\n\treplace v1.0.0\n)\nreplace c => d\n')
    ).toEqual({
      moduleLine: 1,
      replaceLines: [6]
    })
  })
})
