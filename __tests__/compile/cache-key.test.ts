import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { goCacheDirs, goCacheKey, hashFileContents } from '../../src/compile/cache-key.js'
import { parsePlatforms } from '../../src/plan/platforms.js'
import { InputError } from '../../src/errors.js'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pe-key-'))
  for (const dir of ['a', 'b', 'copy/a']) await mkdir(join(root, dir), { recursive: true })
  await writeFile(join(root, 'a', 'go.mod'), 'module a\n')
  await writeFile(join(root, 'a', 'a.go'), 'package a\n')
  await writeFile(join(root, 'b', 'go.sum'), 'x v1 h1:abc\n')
  await writeFile(join(root, 'copy/a', 'go.mod'), 'module a\n')
  await writeFile(join(root, 'copy/a', 'a.go'), 'package a\n')
})
afterAll(() => rm(root, { recursive: true, force: true }))

const env = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }

async function key(overrides: Partial<Parameters<typeof goCacheKey>[0]> = {}) {
  return goCacheKey({
    prefix: 'pe',
    platforms: parsePlatforms(['linux/amd64', 'linux/arm64']),
    goVersion: '1.26.8',
    modFiles: [join(root, 'a', 'go.mod'), join(root, 'b', 'go.sum')],
    sourceRoots: [join(root, 'a')],
    env,
    ...overrides
  })
}

describe('goCacheKey', () => {
  it('is prefix-os-arch-go<version>-<platforms>-<modules>-<sources>, with restore-keys from specific to broad', async () => {
    const { key: k, restoreKeys } = await key()
    expect(k).toMatch(/^pe-Linux-X64-go1\.26\.8-[0-9a-f]{12}-[0-9a-f]{16}-[0-9a-f]{16}$/)
    const parts = k.split('-')
    expect(restoreKeys).toEqual([
      `${parts.slice(0, 6).join('-')}-`,
      `${parts.slice(0, 5).join('-')}-`,
      'pe-Linux-X64-go1.26.8-',
      'pe-Linux-X64-'
    ])
    for (const r of restoreKeys) expect(k.startsWith(r)).toBe(true)
  })

  it('ignores the order of platforms and files, and where the checkout lives', async () => {
    const a = await key()
    const b = await key({
      platforms: parsePlatforms(['linux/arm64', 'linux/amd64']),
      modFiles: [join(root, 'b', 'go.sum'), join(root, 'copy/a', 'go.mod')],
      sourceRoots: [join(root, 'copy/a')]
    })
    expect(b.key).toBe(a.key)
  })

  it('changes with the Go version, the platforms, the modules and the sources', async () => {
    const a = (await key()).key
    expect((await key({ goVersion: '1.26.9' })).key).not.toBe(a)
    expect((await key({ platforms: parsePlatforms(['linux/amd64']) })).key).not.toBe(a)
    expect((await key({ modFiles: [join(root, 'a', 'go.mod')] })).key).not.toBe(a)
    expect((await key({ sourceRoots: [join(root, 'b')] })).key).not.toBe(a)
  })

  it('takes RUNNER_OS/RUNNER_ARCH, else the process platform', async () => {
    expect((await key({ env: { RUNNER_OS: 'macOS', RUNNER_ARCH: 'ARM64' } })).key).toMatch(
      /^pe-macOS-ARM64-/
    )
    expect((await key({ env: {} })).key).toMatch(/^pe-\w+-\w+-go/)
  })

  it('refuses a prefix with a comma (the cache service splits keys on commas)', async () => {
    await expect(key({ prefix: 'a,b' })).rejects.toThrow(InputError)
  })

  it('hashes missing files as absent', async () => {
    expect(await hashFileContents([join(root, 'a', 'go.mod'), join(root, 'missing')])).toBe(
      await hashFileContents([join(root, 'a', 'go.mod')])
    )
  })
})

describe('goCacheDirs', () => {
  it('uses RUNNER_TEMP for the action and a persistent folder for the CLI', () => {
    expect(goCacheDirs('action', { RUNNER_TEMP: '/rt' })).toEqual({
      gocache: '/rt/policy-engine-build/go/build',
      gomodcache: '/rt/policy-engine-build/go/mod'
    })
    expect(goCacheDirs('local', { XDG_CACHE_HOME: '/xdg' }).gocache).toBe(
      '/xdg/policy-engine-build/go/build'
    )
  })
})
