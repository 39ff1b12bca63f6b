/**
 * Attaches the per-platform SBOMs to a pushed image as OCI 1.1 referrers: each platform's
 * SPDX document once with subject = the index digest (annotated with its platform, so
 * `oras discover name@<index digest>` lists them all) and once with subject = that
 * platform's manifest (what scanners that resolve a platform first look for). A
 * single-platform image (a manifest, no index) gets its one SBOM once.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { SPDX_MEDIA_TYPE, type SbomFile } from '../package/sbom.js'
import { platformString, parsePlatforms } from '../plan/platforms.js'
import { attachReferrer, PLATFORM_ANNOTATION, type AttachResult } from './referrers.js'
import {
  INDEX_MEDIA_TYPES,
  OciClient,
  type Credentials,
  type OciDescriptor,
  type OciIndex
} from './oci-client.js'

export interface AttachSbomsOptions {
  /** The image name pushed (first image name), without tag or digest. */
  imageName: string
  /** The pushed index (or manifest) digest. */
  digest: string
  files: SbomFile[]
  /** SOURCE_DATE_EPOCH: the artifacts' created annotation, so they are reproducible too. */
  created: number
  credentials?: Credentials
  env?: NodeJS.ProcessEnv
}

export interface AttachedSbom extends AttachResult {
  platform: string
  subject: string
}

function samePlatform(descriptor: OciDescriptor, platform: string): boolean {
  const p = descriptor.platform
  if (!p) return false
  try {
    const [wanted] = parsePlatforms([platform])
    const [have] = parsePlatforms([[p.os, p.architecture, p.variant].filter(Boolean).join('/')])
    return platformString(wanted) === platformString(have)
  } catch {
    return false
  }
}

export async function attachSboms(options: AttachSbomsOptions): Promise<AttachedSbom[]> {
  const { client } = OciClient.forReference(options.imageName, {
    credentials: options.credentials,
    env: options.env
  })
  const top = await client.manifest(options.digest)
  const subject: OciDescriptor = {
    mediaType: top.mediaType,
    digest: top.digest,
    size: top.body.length
  }
  const children = INDEX_MEDIA_TYPES.includes(top.mediaType)
    ? (JSON.parse(top.body.toString('utf8')) as OciIndex).manifests
    : []
  const created = new Date(options.created * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const attached: AttachedSbom[] = []
  for (const file of options.files) {
    const artifact = {
      artifactType: SPDX_MEDIA_TYPE,
      files: [
        { name: basename(file.path), mediaType: SPDX_MEDIA_TYPE, data: await readFile(file.path) }
      ],
      annotations: {
        'org.opencontainers.image.created': created,
        [PLATFORM_ANNOTATION]: file.platform
      }
    }
    const onTop = await attachReferrer(client, subject, artifact)
    attached.push({ ...onTop, platform: file.platform, subject: subject.digest })
    const child = children.find(m => samePlatform(m, file.platform))
    if (child) {
      const onChild = await attachReferrer(client, child, artifact)
      attached.push({ ...onChild, platform: file.platform, subject: child.digest })
    }
  }
  return attached
}
