import { describe, expect, it } from '@jest/globals'
import { labelDifferences, layerDifferences } from '../../src/cli/verify.js'

/** A one-file ustar archive. */
function tar(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = []
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512)
    header.write(name, 0)
    header.write('0000755\0', 100)
    header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124)
    header.write('0', 156)
    blocks.push(header, Buffer.from(content), Buffer.alloc((512 - (content.length % 512)) % 512))
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)])
}

describe('verify differences', () => {
  it('names changed, added and removed labels, and the base as base', () => {
    expect(
      labelDifferences(
        { a: '1', b: '2', 'org.opencontainers.image.base.digest': 'sha256:new' },
        { a: '1', c: '3', 'org.opencontainers.image.base.digest': 'sha256:old' }
      )
    ).toEqual([
      'label b: pushed (none), rebuilt "2"',
      'label c: pushed "3", rebuilt (none)',
      'base org.opencontainers.image.base.digest: pushed "sha256:old", rebuilt "sha256:new"'
    ])
  })

  it('shows a long label around its first difference', () => {
    const long = (end: string) => `${'x'.repeat(300)}${end}`
    const [line] = labelDifferences({ k: long('NEW') }, { k: long('OLD') })
    expect(line).toContain('OLD')
    expect(line).toContain('NEW')
    expect(line.length).toBeLessThan(300)
  })

  it('lists the files of two layers that differ', () => {
    const pushed = tar({ 'policy-engine': 'v1', 'etc/a': 'same', gone: 'x' })
    const rebuilt = tar({ 'policy-engine': 'v2', 'etc/a': 'same', new: 'y' })
    const lines = layerDifferences(rebuilt, pushed)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe('file /gone: only in the pushed image')
    expect(lines[1]).toBe('file /new: only in the rebuild')
    expect(lines[2]).toMatch(
      /^file \/policy-engine: differs \(pushed file 755 [a-f0-9]{64}, rebuilt/
    )
    expect(layerDifferences(pushed, pushed)).toEqual([])
  })
})
