/**
 * What previews and their cleanup need from a registry beyond src/publish/oci-client.ts: the
 * tag list, manifest deletion, and a tag's platform images with their sizes and labels. All
 * through OciClient.request (its auth handling), so there is one distribution client.
 */
import {
  ALL_MANIFEST_TYPES,
  OciClient,
  OciRegistryError,
  remoteReference,
  sha256Digest,
  type Credentials,
  type OciDescriptor
} from './oci-client.js'

/** The client of an image name's repository (no tag needed), and its registry host. */
export function clientForImage(
  image: string,
  credentials?: Credentials
): { client: OciClient; registry: string; repository: string } {
  const ref = remoteReference(image)
  const client = new OciClient(ref.registry, ref.repository, credentials ? { credentials } : {})
  return { client, registry: ref.registry, repository: ref.repository }
}

/** Every tag of the repository, across pages (`Link: <…>; rel="next"`); [] when it has none. */
export async function listTags(client: OciClient): Promise<string[]> {
  const tags: string[] = []
  let path: string | undefined = `${client.repository}/tags/list?n=1000`
  while (path) {
    const response = await client.request('GET', path)
    if (response.status === 404) {
      await response.arrayBuffer()
      return tags
    }
    if (!response.ok) {
      throw new OciRegistryError(
        `tags of ${client.repository}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`,
        response.status
      )
    }
    const body = (await response.json()) as { tags?: string[] | null }
    tags.push(...(body.tags ?? []))
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
    path = next ? new URL(next, client.base).toString() : undefined
  }
  return tags
}

/**
 * DELETE /v2/<name>/manifests/<reference>: by digest it removes the manifest and every tag
 * naming it. True when deleted, false when already gone (404); otherwise an OciRegistryError
 * with the status (405: the registry does not allow deletion; 401/403: not permitted).
 */
export async function deleteManifest(client: OciClient, reference: string): Promise<boolean> {
  const response = await client.request('DELETE', `${client.repository}/manifests/${reference}`, {
    push: true
  })
  const text = await response.text().catch(() => '')
  if (response.status === 404) return false
  if (!response.ok) {
    throw new OciRegistryError(
      `DELETE ${client.repository}@${reference}: HTTP ${response.status}${text ? ` ${text.slice(0, 200).trim()}` : ''}`,
      response.status
    )
  }
  return true
}

/** PUTs a manifest and returns its digest (the registry's header, else computed). */
export async function putManifestDigest(
  client: OciClient,
  reference: string,
  mediaType: string,
  body: Buffer
): Promise<string> {
  const response = await client.putManifest(reference, mediaType, body)
  return response.headers.get('docker-content-digest') ?? sha256Digest(body)
}

/** `linux/arm64/v8` of a descriptor's platform; undefined for attestations (unknown/unknown). */
export function platformOf(descriptor: OciDescriptor): string | undefined {
  const p = descriptor.platform
  if (!p || p.os === 'unknown') return undefined
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/')
}

export interface PlatformImage {
  platform: string
  digest: string
  /** Compressed size as pulled: the manifest, its config and layers. */
  bytes: number
}

interface Document {
  mediaType?: string
  manifests?: OciDescriptor[]
  config?: OciDescriptor
  layers?: OciDescriptor[]
}

/** A manifest by tag or digest, parsed; undefined when absent. */
export async function readManifest(
  client: OciClient,
  reference: string
): Promise<{ digest: string; bytes: Buffer; json: Document } | undefined> {
  const found = await client.manifestIfExists(reference, ALL_MANIFEST_TYPES)
  if (!found) return undefined
  return {
    digest: found.digest,
    bytes: found.body,
    json: JSON.parse(found.body.toString('utf8')) as Document
  }
}

/** The config labels of an image manifest. */
export async function configLabels(
  client: OciClient,
  manifest: Document
): Promise<Record<string, string>> {
  if (!manifest.config) return {}
  const config = JSON.parse((await client.blob(manifest.config.digest)).toString('utf8')) as {
    config?: { Labels?: Record<string, string> | null }
  }
  return config.config?.Labels ?? {}
}

/**
 * A tag's (or digest's) platform images with their compressed sizes, attestations left out,
 * and the labels of the first one's config. Undefined when it does not exist.
 */
export async function describeImage(
  client: OciClient,
  reference: string
): Promise<
  { digest: string; platforms: PlatformImage[]; labels: Record<string, string> } | undefined
> {
  const top = await readManifest(client, reference)
  if (!top) return undefined
  const children: OciDescriptor[] = top.json.manifests
    ? top.json.manifests.filter(d => platformOf(d) !== undefined)
    : [{ mediaType: top.json.mediaType ?? '', digest: top.digest, size: top.bytes.length }]
  const platforms: PlatformImage[] = []
  let labels: Record<string, string> = {}
  for (const child of children) {
    const manifest = child.digest === top.digest ? top : await readManifest(client, child.digest)
    if (!manifest?.json.config) continue
    const layers = manifest.json.layers ?? []
    platforms.push({
      platform: platformOf(child) ?? 'image',
      digest: child.digest,
      bytes:
        manifest.bytes.length +
        manifest.json.config.size +
        layers.reduce((sum, layer) => sum + layer.size, 0)
    })
    if (platforms.length === 1) labels = await configLabels(client, manifest.json)
  }
  return { digest: top.digest, platforms, labels }
}
