import { describe, expect, it } from '@jest/globals'
import {
  parseAge,
  planCleanup,
  previewNumber,
  previewTagsOf,
  type RepositoryGraph
} from '../../src/publish/cleanup.js'
import { removedCommentBody } from '../../src/action/cleanup.js'
import { COMMENT_MARKER } from '../../src/action/comment.js'
import { cleanupRequest } from '../../src/cli/cleanup.js'
import { runCli } from '../cli/run-cli.js'

const graph = (
  tags: Record<string, string>,
  children: Record<string, string[]>
): RepositoryGraph => ({
  tags: new Map(Object.entries(tags)),
  children: new Map(Object.entries(children))
})

describe('previewTagsOf / previewNumber', () => {
  it('matches pr-N and pr-N-<sha> of exactly that pull request', () => {
    const tags = ['pr-4', 'pr-4-abc1234', 'pr-42', 'pr-42-abc1234', 'pr-4x', 'main', '1.0.0']
    expect(previewTagsOf(tags, 4)).toEqual(['pr-4', 'pr-4-abc1234'])
    expect(previewTagsOf(tags, 42)).toEqual(['pr-42', 'pr-42-abc1234'])
    expect(previewNumber('pr-42-abc1234')).toBe(42)
    expect(previewNumber('pr-4x')).toBeUndefined()
    expect(previewNumber('main')).toBeUndefined()
  })
})

describe('parseAge', () => {
  it.each([
    ['14d', 14 * 86_400_000],
    ['36h', 36 * 3_600_000],
    ['90m', 90 * 60_000],
    ['2w', 14 * 86_400_000],
    ['14', undefined],
    ['two weeks', undefined]
  ])('%s', (text, ms) => expect(parseAge(text)).toBe(ms))
})

describe('planCleanup', () => {
  it('deletes the preview index and the children only it references, parents first', () => {
    const plan = planCleanup(
      graph({ 'pr-1': 'I1', 'pr-1-aaa': 'I1', main: 'I2' }, { I1: ['A1', 'B1'], I2: ['A2', 'B2'] }),
      ['pr-1', 'pr-1-aaa']
    )
    expect(plan).toEqual({ deleteDigests: ['I1', 'A1', 'B1'], untagOnly: [], keptShared: [] })
  })

  it('keeps a per-platform manifest a release index shares (same bytes), deleting the rest', () => {
    const plan = planCleanup(
      graph({ 'pr-1': 'I1', '1.0.0': 'R' }, { I1: ['AMD', 'ARM'], R: ['AMD'] }),
      ['pr-1']
    )
    expect(plan.deleteDigests).toEqual(['I1', 'ARM'])
    expect(plan.keptShared).toEqual(['AMD'])
    expect(plan.untagOnly).toEqual([])
  })

  it('only untags a preview whose index another tag names (deleting it would delete that tag)', () => {
    const plan = planCleanup(graph({ 'pr-1': 'I1', '1.0.0': 'I1' }, { I1: ['A', 'B'] }), ['pr-1'])
    expect(plan).toEqual({ deleteDigests: [], untagOnly: ['pr-1'], keptShared: ['I1', 'A', 'B'] })
  })

  it('keeps a manifest a kept tag names directly, and ignores tags that do not exist', () => {
    const plan = planCleanup(graph({ 'pr-1': 'I1', amd: 'A' }, { I1: ['A', 'B'] }), [
      'pr-1',
      'pr-9'
    ])
    expect(plan.deleteDigests).toEqual(['I1', 'B'])
    expect(plan.keptShared).toEqual(['A'])
  })
})

describe('the comment once the preview is removed', () => {
  it('keeps the marker (the same comment is updated) and names the deleted tags', () => {
    const body = removedCommentBody(42, [
      {
        image: 'reg/e',
        tags: ['pr-42', 'pr-42-abc'],
        deleted: ['d'],
        untagged: [],
        keptShared: ['s'],
        tooRecent: [],
        warnings: [],
        dryRun: false
      }
    ])
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain('The preview of #42 was removed')
    expect(body).toContain('- `reg/e:pr-42-abc`')
    expect(body).toContain('1 manifest(s) still referenced by other tags were kept.')
  })
})

describe('cleanup flags', () => {
  it('needs an image and exactly one of --pr and --older-than', () => {
    expect(cleanupRequest({ image: ['reg/e'], pr: '42' }, {})).toEqual({
      images: ['reg/e'],
      pr: 42,
      olderThanMs: undefined
    })
    expect(() => cleanupRequest({ image: ['reg/e'] }, {})).toThrow(
      /exactly one of --pr N and --older-than/
    )
    expect(() => cleanupRequest({ image: ['reg/e'], pr: '1', olderThan: '2d' }, {})).toThrow(
      /exactly one/
    )
    expect(() => cleanupRequest({ pr: '1' }, {})).toThrow(/no --image/)
    expect(() => cleanupRequest({ image: ['reg/e'], olderThan: 'soon' }, {})).toThrow(/not an age/)
  })
})

describe('policy-engine-build cleanup', () => {
  it('is bad input (exit 2) without --pr or --older-than, and names the fix', async () => {
    const run = await runCli(['cleanup', '--image', '127.0.0.1:1/acme/engine'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('give exactly one of --pr N and --older-than AGE')
  })
  it('reports an unreachable registry as a warning and exits 1, deleting nothing', async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const run = await runCli([
      'cleanup',
      '--image',
      '127.0.0.1:1/acme/engine',
      '--pr',
      '3',
      '--json'
    ])
    expect(run.code).toBe(1)
    const [report] = JSON.parse(run.stdout) as { tags: string[]; warnings: string[] }[]
    expect(report.tags).toEqual([])
    expect(report.warnings[0]).toMatch(/^cannot read 127\.0\.0\.1:1\/acme\/engine/)
  })
})
