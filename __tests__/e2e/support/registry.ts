import { gunzipSync } from 'node:zlib'

/** A minimal client of the distribution HTTP API (v2), plain HTTP on loopback. */
export interface RegistryClient {
  json<T = Record<string, unknown>>(path: string, accept?: string[]): Promise<T>
  status(path: string, accept?: string[]): Promise<number>
  blob(repository: string, digest: string): Promise<Buffer>
}

export const INDEX_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
]
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
]

export function registryClient(
  host: string,
  auth?: { user: string; password: string }
): RegistryClient {
  const headers = (accept: string[] = []): Record<string, string> => {
    const h: Record<string, string> = {}
    if (accept.length) h.accept = accept.join(', ')
    if (auth)
      h.authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`
    return h
  }
  const get = (path: string, accept?: string[]) =>
    fetch(`http://${host}/v2/${path}`, { headers: headers(accept) })
  return {
    async json<T>(path: string, accept?: string[]) {
      const response = await get(path, accept)
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    },
    async status(path: string, accept?: string[]) {
      const response = await get(path, accept)
      await response.arrayBuffer()
      return response.status
    },
    async blob(repository: string, digest: string) {
      const response = await get(`${repository}/blobs/${digest}`)
      if (!response.ok) throw new Error(`GET blob ${digest}: ${response.status}`)
      return Buffer.from(await response.arrayBuffer())
    }
  }
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  platform?: { os: string; architecture: string; variant?: string }
  annotations?: Record<string, string>
}
export interface Index {
  mediaType: string
  manifests: Descriptor[]
}
export interface Manifest {
  mediaType: string
  config: Descriptor
  layers: Descriptor[]
}

/** Reads one file out of a (possibly gzipped) tar layer; undefined when absent. */
export function fileInLayer(layer: Buffer, wanted: string): Buffer | undefined {
  const tar = layer[0] === 0x1f && layer[1] === 0x8b ? gunzipSync(layer) : layer
  const want = wanted.replace(/^\/+/, '')
  let offset = 0
  let paxPath: string | undefined
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every(byte => byte === 0)) break
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1)
    const prefix = field(345, 155)
    const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    const body = tar.subarray(offset + 512, offset + 512 + size)
    paxPath = undefined
    if (type === 'x') {
      paxPath = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1]
    } else if (name.replace(/^\.?\/+/, '') === want && (type === '0' || type === '')) {
      return Buffer.from(body)
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return undefined
}

/** e_machine of an ELF file: 62 = x86-64, 183 = AArch64. */
export function elfMachine(file: Buffer): number | undefined {
  if (file.subarray(0, 4).toString('latin1') !== '\x7fELF') return undefined
  return file.readUInt16LE(18)
}
export const EM_X86_64 = 62
export const EM_AARCH64 = 183
