/**
 * OCI 1.1 referrers: an artifact manifest whose `subject` is the image it describes (here:
 * the SBOMs, subject = the pushed index, and each platform's SBOM also on its platform
 * manifest). Registries with the referrers API index it themselves (they answer the PUT with
 * an `OCI-Subject` header); for the others the client keeps the tag-schema fallback the spec
 * defines: an image index tagged `sha256-<hex of the subject>` listing the referrers, which
 * oras, cosign and crane read the same way.
 */
import {
  INDEX_MEDIA_TYPES,
  OciClient,
  sha256Digest,
  type OciDescriptor,
  type OciIndex,
  type OciManifest
} from './oci-client.js'

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const EMPTY_CONFIG: OciDescriptor = {
  mediaType: 'application/vnd.oci.empty.v1+json',
  digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
  size: 2
}
/** Says which platform an SBOM attached to the index describes. */
export const PLATFORM_ANNOTATION = 'dev.policy-engine-build.platform'

export interface ArtifactFile {
  /** File name (org.opencontainers.image.title: what oras pull writes). */
  name: string
  mediaType: string
  data: Buffer
}

export interface Artifact {
  artifactType: string
  files: ArtifactFile[]
  annotations?: Record<string, string>
}

/** The tag the fallback index lives under: sha256:abc -> sha256-abc. */
export function fallbackTag(digest: string): string {
  return digest.replace(':', '-')
}

/** The artifact manifest (pure: the same artifact and subject give the same bytes). */
export function artifactManifest(
  artifact: Artifact,
  layers: OciDescriptor[],
  subject: OciDescriptor
): OciManifest {
  return {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: artifact.artifactType,
    config: EMPTY_CONFIG,
    layers,
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    ...(artifact.annotations ? { annotations: artifact.annotations } : {})
  }
}

/** Adds a descriptor to a fallback index (kept once per digest, in push order). */
export function withReferrer(index: OciIndex | undefined, descriptor: OciDescriptor): OciIndex {
  const manifests = (index?.manifests ?? []).filter(m => m.digest !== descriptor.digest)
  return { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [...manifests, descriptor] }
}

export interface AttachResult {
  /** The artifact manifest's digest. */
  digest: string
  /** 'api': the registry indexes referrers; 'tag': the sha256-<hex> fallback index was written. */
  via: 'api' | 'tag'
}

/** Pushes one artifact as a referrer of `subject` in the client's repository. */
export async function attachReferrer(
  client: OciClient,
  subject: OciDescriptor,
  artifact: Artifact
): Promise<AttachResult> {
  await client.putBlob(Buffer.from('{}'))
  const layers: OciDescriptor[] = []
  for (const file of artifact.files) {
    const { digest, size } = await client.putBlob(file.data)
    layers.push({
      mediaType: file.mediaType,
      digest,
      size,
      annotations: { 'org.opencontainers.image.title': file.name }
    })
  }
  const manifest = artifactManifest(artifact, layers, subject)
  const body = Buffer.from(JSON.stringify(manifest))
  const digest = sha256Digest(body)
  const response = await client.putManifest(digest, OCI_MANIFEST, body)
  if (response.headers.get('oci-subject')) return { digest, via: 'api' }
  // No referrers API: keep the subject's fallback index up to date.
  const tag = fallbackTag(subject.digest)
  const existing = await client.manifestIfExists(tag, INDEX_MEDIA_TYPES)
  const previous = existing ? (JSON.parse(existing.body.toString('utf8')) as OciIndex) : undefined
  const index = withReferrer(previous, {
    mediaType: OCI_MANIFEST,
    digest,
    size: body.length,
    artifactType: artifact.artifactType,
    ...(artifact.annotations ? { annotations: artifact.annotations } : {})
  })
  await client.putManifest(tag, OCI_INDEX, Buffer.from(JSON.stringify(index)))
  return { digest, via: 'tag' }
}

/** The referrers of a digest, through the API or else the fallback tag. */
export async function listReferrers(
  client: OciClient,
  digest: string,
  artifactType?: string
): Promise<OciDescriptor[]> {
  let index = await client.referrersApi(digest)
  if (!index) {
    const tagged = await client.manifestIfExists(fallbackTag(digest), INDEX_MEDIA_TYPES)
    index = tagged ? (JSON.parse(tagged.body.toString('utf8')) as OciIndex) : undefined
  }
  const manifests = index?.manifests ?? []
  return artifactType ? manifests.filter(m => m.artifactType === artifactType) : manifests
}
