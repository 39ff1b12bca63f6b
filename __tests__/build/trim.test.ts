import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  AGE_BY_MS,
  directorySize,
  markGoCacheEntriesUnused,
  trimGoCache
} from '../../src/build/trim.js'

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
