import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  AGE_BY_MS,
  directorySize,
  markGoCacheEntriesUnused,
  modulesInGoSum,
  trimGoCache,
  trimGoModCache
} from '../../src/compile/trim.js'

let gocache: string
beforeAll(async () => {
  gocache = await mkdtemp(join(tmpdir(), 'pe-trim-'))
  await mkdir(join(gocache, '0a'))
  await mkdir(join(gocache, 'ff'))
  await writeFile(join(gocache, '0a', 'used-a'), 'x'.repeat(10))
  await writeFile(join(gocache, '0a', 'unused-d'), 'y'.repeat(100))
  await writeFile(join(gocache, 'ff', 'unused-a'), 'z')
  await writeFile(join(gocache, 'README'), 'not an entry')
  await writeFile(join(gocache, 'trim.txt'), '1')
})
afterAll(() => rm(gocache, { recursive: true, force: true }))

describe('GOCACHE trimming by use', () => {
  it('ages entries, then removes the ones the build did not touch, and nothing else', async () => {
    const now = Date.now()
    const { files, cutoffMs } = await markGoCacheEntriesUnused(gocache, now)
    expect(files).toBe(3)
    expect((await stat(join(gocache, '0a', 'used-a'))).mtimeMs).toBeLessThanOrEqual(
      now - AGE_BY_MS + 1000
    )
    // what Go does to an entry it reads whose mtime is over an hour old
    await utimes(join(gocache, '0a', 'used-a'), new Date(), new Date())
    await writeFile(join(gocache, 'ff', 'new-d'), 'new')
    const result = await trimGoCache(gocache, cutoffMs)
    expect(result).toEqual({ removedFiles: 2, removedBytes: 101, keptFiles: 2, keptBytes: 13 })
    expect(existsSync(join(gocache, '0a', 'used-a'))).toBe(true)
    expect(existsSync(join(gocache, 'ff', 'new-d'))).toBe(true)
    expect(existsSync(join(gocache, 'README'))).toBe(true)
    expect(existsSync(join(gocache, 'trim.txt'))).toBe(true)
  })

  it('measures folder sizes, and a missing folder as 0', async () => {
    expect(await directorySize(gocache)).toBe(10 + 3 + 'not an entry'.length + 1)
    expect(await directorySize(join(gocache, 'missing'))).toBe(0)
  })
})

describe('GOMODCACHE trimming by go.sum', () => {
  it('keeps the sources of modules in go.sum, drops the others, keeps every .mod/.info', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pe-modtrim-'))
    try {
      const mod = join(root, 'mod')
      const files: Record<string, string> = {
        'github.com/!acme/jwt@v1.4.2/jwt.go': 'package jwt',
        'github.com/!acme/jwt@v1.3.0/jwt.go': 'package jwt // old',
        'golang.org/x/text@v0.3.0/go.mod': 'module golang.org/x/text',
        'cache/download/github.com/!acme/jwt/@v/v1.4.2.zip': 'zip142',
        'cache/download/github.com/!acme/jwt/@v/v1.4.2.mod': 'mod',
        'cache/download/github.com/!acme/jwt/@v/v1.3.0.zip': 'zip130',
        'cache/download/github.com/!acme/jwt/@v/v1.3.0.ziphash': 'h1',
        'cache/download/github.com/!acme/jwt/@v/v1.3.0.mod': 'mod',
        'cache/download/github.com/!acme/jwt/@v/v1.3.0.info': '{}',
        'cache/download/sumdb/sum.golang.org/lookup/x': 'keep'
      }
      for (const [path, content] of Object.entries(files)) {
        await mkdir(join(mod, path, '..'), { recursive: true })
        await writeFile(join(mod, path), content)
      }
      const goSum = join(root, 'go.sum')
      await writeFile(
        goSum,
        'github.com/Acme/jwt v1.4.2 h1:abc=\ngithub.com/Acme/jwt v1.4.2/go.mod h1:def=\ngolang.org/x/text v0.3.0/go.mod h1:x=\n'
      )
      const keep = await modulesInGoSum([goSum, join(root, 'missing.sum')])
      expect([...keep]).toEqual(['github.com/Acme/jwt@v1.4.2'])
      const result = await trimGoModCache(mod, keep)
      expect(result.removedModules.sort()).toEqual([
        'github.com/Acme/jwt@v1.3.0',
        'golang.org/x/text@v0.3.0'
      ])
      const left = Object.keys(files).filter(path => existsSync(join(mod, path)))
      expect(left).toEqual([
        'github.com/!acme/jwt@v1.4.2/jwt.go',
        'cache/download/github.com/!acme/jwt/@v/v1.4.2.zip',
        'cache/download/github.com/!acme/jwt/@v/v1.4.2.mod',
        'cache/download/github.com/!acme/jwt/@v/v1.3.0.mod',
        'cache/download/github.com/!acme/jwt/@v/v1.3.0.info',
        'cache/download/sumdb/sum.golang.org/lookup/x'
      ])
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
