import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  cacheKeyPrefixProblem,
  goCacheDirs,
  goCacheKey,
  goSourceFiles,
  hashFileContents,
  hashSources
} from '../../src/compile/cache-key.js'
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

describe('goCacheKey: the parts that are optional', () => {
  it('remote modules are part of the key, in any order; none is the same as an empty list', async () => {
    const plain = (await key()).key
    const one = (await key({ modules: ['example.com/a@v1.0.0', 'example.com/b@v2.0.0'] })).key
    const other = (await key({ modules: ['example.com/b@v2.0.0', 'example.com/a@v1.0.0'] })).key
    expect(one).not.toBe(plain)
    expect(other).toBe(one)
    expect((await key({ modules: ['example.com/a@v1.0.1', 'example.com/b@v2.0.0'] })).key).not.toBe(
      one
    )
    expect((await key({ modules: [] })).key).toBe(plain)
  })

  it('two modules are not one module whose name runs them together', async () => {
    expect((await key({ modules: ['example.com/a@v1', 'example.com/b@v2'] })).key).not.toBe(
      (await key({ modules: ['example.com/a@v1example.com/b@v2'] })).key
    )
  })

  it('without source folders the key ends in nosrc', async () => {
    expect((await key({ sourceRoots: undefined })).key).toMatch(/-nosrc$/)
    expect((await key({ sourceRoots: [] })).key).toMatch(/-nosrc$/)
  })

  it('a platform-scoped key restores only keys of its own platforms', async () => {
    const { key: k, restoreKeys } = await key({ platformScoped: true })
    const parts = k.split('-')
    expect(restoreKeys).toEqual([
      `${parts.slice(0, 6).join('-')}-`,
      `${parts.slice(0, 5).join('-')}-`
    ])
  })

  it('the prefix is trimmed; a platform listed twice counts once', async () => {
    const trimmed = await key({ prefix: '  pe  ' })
    expect(trimmed.key).toBe((await key()).key)
    const twice = await key({
      platforms: parsePlatforms(['linux/amd64', 'linux/arm64', 'linux/arm64/v8'])
    })
    expect(twice.key).toBe(trimmed.key)
  })

  it('without RUNNER_OS/RUNNER_ARCH, the names GitHub uses for this machine', async () => {
    const os = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string]
    const arch = { x64: 'X64', arm64: 'ARM64' }[process.arch as string]
    expect((await key({ env: {} })).key.startsWith(`pe-${os}-${arch}-go1.26.8-`)).toBe(true)
  })
})

describe('cacheKeyPrefixProblem', () => {
  it.each(['pe', 'a'.repeat(200), ' padded '])('accepts %j', prefix => {
    expect(cacheKeyPrefixProblem(prefix)).toBeUndefined()
  })

  it.each(['', '   ', 'a,b', 'a b', 'a\tb', 'a'.repeat(201)])('refuses %j', prefix => {
    expect(cacheKeyPrefixProblem(prefix)).toEqual({
      field: 'cache-key-prefix',
      message: `${JSON.stringify(prefix).replace(/\\t/, '\t')} cannot start a cache key (empty, too long, or holds a comma or space)`,
      fix: 'use a short word such as policy-engine-go'
    })
  })
})

describe('the source files of the key', () => {
  it('are the .go files, go.mod and go.sum, skipping what Go skips', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-src-'))
    const files = [
      'go.mod',
      'go.sum',
      'a.go',
      'sub/b.go',
      'notgo.mod',
      'a.go.txt',
      'README.md',
      '.hidden/c.go',
      '_skip/d.go',
      'testdata/e.go',
      'node_modules/f.go',
      'bin/g.go',
      'bins/h.go',
      'xtestdata/i.go'
    ]
    for (const file of files) {
      await mkdir(join(dir, file, '..'), { recursive: true })
      await writeFile(join(dir, file), 'x\n')
    }
    const found = (await goSourceFiles([dir])).map(f => f.slice(dir.length + 1)).sort()
    expect(found).toEqual(['a.go', 'bins/h.go', 'go.mod', 'go.sum', 'sub/b.go', 'xtestdata/i.go'])
    await rm(dir, { recursive: true, force: true })
  })

  it('a file listed twice is hashed once', async () => {
    const mod = join(root, 'a', 'go.mod')
    expect(await hashFileContents([mod, mod])).toBe(await hashFileContents([mod]))
  })
})

describe('the hashes, pinned (a format change would miss every saved cache)', () => {
  const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

  it('file contents: the sorted digests of the files, one a line', async () => {
    const a = join(root, 'a', 'go.mod')
    const b = join(root, 'b', 'go.sum')
    const digests = [sha('module a\n'), sha('x v1 h1:abc\n')].sort()
    expect(await hashFileContents([a, b])).toBe(sha(digests.join('\n')))
    expect(await hashFileContents([])).toBe(sha(''))
  })

  it('sources: "<path in its root> <digest>" lines, sorted, whatever the order of the roots', async () => {
    const lines = [
      `a.go ${sha('package a\n')}`,
      `go.mod ${sha('module a\n')}`,
      `go.sum ${sha('x v1 h1:abc\n')}`
    ]
    const roots = [join(root, 'b'), join(root, 'a')]
    expect(await hashSources(roots)).toBe(sha([...lines].sort().join('\n')))
    expect(await hashSources([...roots].reverse())).toBe(await hashSources(roots))
    expect(await hashSources([])).toBe(sha(''))
  })

  it('a go.sum-like name or a link is not a source', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pe-src-'))
    await writeFile(join(dir, 'notgo.sum'), 'x\n')
    await writeFile(join(dir, 'go.sum.bak'), 'x\n')
    await writeFile(join(root, 'target.go'), 'package t\n')
    await symlink(join(root, 'target.go'), join(dir, 'link.go'))
    expect(await goSourceFiles([dir])).toEqual([])
    await rm(dir, { recursive: true, force: true })
  })
})

describe('runner names without RUNNER_OS/RUNNER_ARCH', () => {
  const saved = { platform: process.platform, arch: process.arch }
  afterAll(() => {
    Object.defineProperty(process, 'platform', { value: saved.platform })
    Object.defineProperty(process, 'arch', { value: saved.arch })
  })

  it.each([
    ['darwin', 'arm64', 'macOS-ARM64'],
    ['win32', 'arm', 'Windows-ARM'],
    ['linux', 'ia32', 'Linux-X86'],
    ['freebsd', 's390x', 'freebsd-s390x']
  ])('%s/%s is %s, as GitHub names its runners', async (platform, arch, names) => {
    Object.defineProperty(process, 'platform', { value: platform })
    Object.defineProperty(process, 'arch', { value: arch })
    expect((await key({ env: {} })).key.startsWith(`pe-${names}-go`)).toBe(true)
  })
})

describe('the platforms part of the key', () => {
  it('is the hash of the sorted platforms joined by commas', async () => {
    const sha = (text: string): string => createHash('sha256').update(text).digest('hex')
    const { key: k } = await key({ platforms: parsePlatforms(['linux/arm64', 'linux/amd64']) })
    expect(k.split('-')[4]).toBe(sha('linux/amd64,linux/arm64').slice(0, 12))
  })

  it('the CLI keeps its Go cache in ~/.cache without XDG_CACHE_HOME', () => {
    expect(goCacheDirs('local', {}).gomodcache).toBe(
      join(homedir(), '.cache', 'policy-engine-build', 'go', 'mod')
    )
  })
})
