import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkInside, expandPolicyPath, isInside, resolveInside } from '../../src/discover/paths.js'

describe('workspace-bound paths', () => {
  let root: string
  let ws: string
  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'peb-paths-')))
    ws = join(root, 'ws')
    for (const dir of ['ws/p/a', 'ws/p/b', 'ws/p/no-mod', 'outside/m'])
      mkdirSync(join(root, dir), { recursive: true })
    for (const dir of ['ws/p/a', 'ws/p/b', 'outside/m'])
      writeFileSync(join(root, dir, 'go.mod'), 'module example.com/x\n')
    symlinkSync(join(root, 'outside'), join(ws, 'p', 'link'))
    symlinkSync(join(ws, 'p', 'a'), join(ws, 'inner-link'))
    mkdirSync(join(ws, 'g'))
    writeFileSync(join(ws, 'g', 'go.mod'), 'module example.com/g\n')
    mkdirSync(join(ws, 'globbed'))
    symlinkSync(join(root, 'outside', 'm'), join(ws, 'globbed', 'escape'))
    symlinkSync(join(ws, 'g'), join(ws, 'globbed', 'inside'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('isInside compares path segments, not prefixes', () => {
    expect(isInside('/ws', '/ws')).toBe(true)
    expect(isInside('/ws', '/ws/a/..b')).toBe(true)
    expect(isInside('/ws', '/ws2')).toBe(false)
    expect(isInside('/ws', '/')).toBe(false)
  })

  it('resolves relative paths and refuses leaving the workspace', () => {
    expect(resolveInside(ws, 'p/a', 'policies')).toBe(join(ws, 'p/a'))
    expect(resolveInside(ws, join(ws, 'p/a'), 'policies')).toBe(join(ws, 'p/a'))
    expect(() => resolveInside(ws, '../outside', 'policies')).toThrow('outside the workspace')
    expect(() => resolveInside(ws, '/etc', 'engine')).toThrow(
      /engine: path "\/etc" resolves to \/etc, outside/
    )
    expect(() => resolveInside(ws, 'p/link/m', 'policies')).toThrow('leads through a symlink')
    expect(() => resolveInside(ws, 'p/link/not-yet', 'policies')).toThrow('leads through a symlink')
  })

  it('allows symlinks that stay inside', () => {
    const result = checkInside(ws, 'inner-link', { field: 'policies' })
    expect(result).toEqual({ path: join(ws, 'inner-link') })
  })

  it('expands globs to directories holding go.mod, refusing symlinked ones leaving the workspace', async () => {
    const all = await expandPolicyPath(ws, 'p/*', { field: 'policies' })
    expect(all.dirs).toEqual([join(ws, 'p/a'), join(ws, 'p/b')])
    expect(all.problems).toEqual([])
    const linked = await expandPolicyPath(ws, 'globbed/*', { field: 'policies' })
    expect(linked.dirs).toEqual([join(ws, 'globbed/inside')])
    expect(linked.problems).toEqual([
      expect.objectContaining({
        field: 'policies',
        message: expect.stringContaining('leads through a symlink')
      })
    ])
  })

  it('says when a glob matches nothing, and refuses globs rooted outside', async () => {
    const none = await expandPolicyPath(ws, 'p/z*', { field: 'policies', file: 'm.yaml', line: 3 })
    expect(none.problems[0]).toMatchObject({ file: 'm.yaml', line: 3, field: 'policies' })
    expect(none.problems[0].message).toContain('matches no directory holding a go.mod')
    const outside = await expandPolicyPath(ws, '../outside/*', { field: 'policies' })
    expect(outside.problems[0].message).toContain('outside the workspace')
  })
})
