/**
 * The plain-subset reader of go.mod (parsePlainGoMod) must read every file it accepts exactly
 * as `go mod edit -json` does, and leave every other file to Go. Checked on every go.mod of
 * the fixtures and examples and on a corpus of hand-written variants, each read both ways.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parsePlainGoMod, readGoMod } from '../../src/discover/gomod.js'

const VARIANTS: Record<string, string> = {
  minimal: 'module example.com/p\n',
  go: 'module example.com/p\n\ngo 1.22\n',
  goPatch: 'module example.com/p\ngo 1.22.3\ntoolchain go1.26.0\n',
  goRc: 'module example.com/p\ngo 1.23rc1\n',
  crlf: 'module example.com/p\r\n\r\ngo 1.22\r\n\r\nrequire example.com/q v1.2.3\r\n',
  requireBlock:
    'module example.com/p\n\ngo 1.22\n\nrequire (\n\texample.com/a v1.0.0\n\texample.com/b v0.3.1-0.20240101000000-abcdefabcdef // indirect\n\texample.com/c/v2 v2.1.0 // indirect; needed by x\n\texample.com/d v1.0.0 // not indirect\n)\n',
  requireSingle: 'module example.com/p\nrequire example.com/a v1.0.0 // indirect\n',
  replaceLocal:
    'module example.com/p\nrequire example.com/kit v0.0.0\nreplace example.com/kit => ../kit\n',
  replaceBlock:
    'module example.com/p\nreplace (\n\texample.com/a v1.0.0 => example.com/b v1.1.0\n\texample.com/c => ./c\n\texample.com/d => /abs/d\n)\n',
  comments: '// head\nmodule example.com/p // trailing\n// middle\ngo 1.22 // go\n',
  // Outside the subset: Go decides (and often refuses).
  quoted: 'module "example.com/p"\n',
  exclude: 'module example.com/p\nexclude example.com/a v1.0.0\n',
  retract: 'module example.com/p\nretract v1.0.0\n',
  badVersion: 'module example.com/p\nrequire example.com/a 1.0\n',
  badMajor: 'module example.com/p\nrequire example.com/a/v2 v1.0.0\n',
  incompatible: 'module example.com/p\nrequire example.com/a v2.0.0+incompatible\n',
  twoModules: 'module example.com/p\nmodule example.com/q\n',
  noModule: 'go 1.22\n',
  unclosed: 'module example.com/p\nrequire (\n\texample.com/a v1.0.0\n',
  localWithVersion: 'module example.com/p\nreplace example.com/a => ../a v1.0.0\n',
  remoteWithoutVersion: 'module example.com/p\nreplace example.com/a => example.com/b\n',
  slashes: 'module example.com/p\nreplace example.com/a => ../a//b\n',
  unknownVerb: 'module example.com/p\nfoo bar\n',
  godebug: 'module example.com/p\ngodebug default=go1.21\n',
  tool: 'module example.com/p\ntool example.com/a/cmd\n',
  gopkg: 'module example.com/p\nrequire gopkg.in/yaml.v3 v3.0.1\n',
  nonAscii: 'module example.com/p\n// é\n',
  badGo: 'module example.com/p\ngo 1.x\n',
  badToolchain: 'module example.com/p\ntoolchain local\n',
  duplicateRequire:
    'module example.com/p\nrequire example.com/a v1.0.0\nrequire example.com/a v1.1.0\n'
}

function goModsUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) goModsUnder(path, out)
    else if (name === 'go.mod') out.push(path)
  }
  return out
}

async function both(file: string): Promise<[unknown, unknown]> {
  const settle = (p: Promise<unknown>) =>
    p.then(
      value => ({ value }),
      (error: Error) => ({ error: error.constructor.name })
    )
  return [
    await settle(readGoMod(file)),
    await settle(readGoMod(file, process.env, { useGo: true }))
  ]
}

describe('parsePlainGoMod reads as Go reads, or leaves the file to Go', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'peb-gomod-plain-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each(Object.entries(VARIANTS))('%s', async (name, text) => {
    const file = join(dir, `${name}.mod`)
    writeFileSync(file, text)
    const [fast, go] = await both(file)
    expect(fast).toEqual(go)
  })

  it('accepts the plain files (so the fast path is taken) and refuses the others', () => {
    const accepted = Object.entries(VARIANTS)
      .filter(([, text]) => parsePlainGoMod(text) !== undefined)
      .map(([name]) => name)
    expect(accepted).toEqual([
      'minimal',
      'go',
      'goPatch',
      'goRc',
      'crlf',
      'requireBlock',
      'requireSingle',
      'replaceLocal',
      'replaceBlock',
      'comments'
    ])
  })

  it('every go.mod of the fixtures, examples and engine reads the same both ways', async () => {
    const files = [
      ...goModsUnder(resolve('__tests__/fixtures')),
      ...goModsUnder(resolve('examples')),
      resolve('engine/go.mod')
    ]
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const [fast, go] = await both(file)
      expect({ file, result: fast }).toEqual({ file, result: go })
    }
  })
})
