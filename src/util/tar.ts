/**
 * Reads a tar archive (ustar, GNU long names, pax path records) held in memory: the OCI
 * layout tarball buildx writes, and image layers (gzip-compressed ones are inflated first).
 */
import { gunzipSync } from 'node:zlib'

export interface TarEntry {
  path: string
  type: 'file' | 'dir' | 'link' | 'other'
  data: Buffer
  /** Symbolic or hard link target. */
  linkname?: string
  mode: number
}

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? length : end).toString('utf8')
}

function octal(header: Buffer, start: number, length: number): number {
  const text = field(header, start, length).trim()
  return text ? parseInt(text, 8) : 0
}

function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {}
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    if (space === -1) break
    const length = parseInt(data.subarray(offset, space).toString('utf8'), 10)
    if (!length) break
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8')
    const eq = record.indexOf('=')
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1)
    offset += length
  }
  return records
}

/** Every entry, in archive order; paths without a leading ./ or /. */
export function readTar(archive: Buffer): TarEntry[] {
  const tar = archive[0] === 0x1f && archive[1] === 0x8b ? gunzipSync(archive) : archive
  const entries: TarEntry[] = []
  let offset = 0
  let longName: string | undefined
  let pax: Record<string, string> = {}
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every(byte => byte === 0)) break
    const size = octal(header, 124, 12)
    const typeflag = String.fromCharCode(header[156] || 0x30)
    const data = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (typeflag === 'L') {
      longName = data.toString('utf8').replace(/\0+$/, '')
      continue
    }
    if (typeflag === 'x') {
      pax = paxRecords(data)
      continue
    }
    if (typeflag === 'g') continue
    const prefix = field(header, 345, 155)
    const name =
      pax.path ??
      longName ??
      (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
    const path = name.replace(/^(\.\/|\/)+/, '').replace(/\/$/, '')
    const type =
      typeflag === '0' || typeflag === '\0' || typeflag === '7'
        ? 'file'
        : typeflag === '5'
          ? 'dir'
          : typeflag === '1' || typeflag === '2'
            ? 'link'
            : 'other'
    entries.push({
      path,
      type,
      data: Buffer.from(data),
      linkname: pax.linkpath ?? (field(header, 157, 100) || undefined),
      mode: octal(header, 100, 8)
    })
    longName = undefined
    pax = {}
  }
  return entries
}
