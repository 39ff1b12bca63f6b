/**
 * The base image pinned by digest at build time: `FROM name@sha256:...`, so a tag that moves
 * between two builds of one commit cannot change the image, and the labels and the SBOM say
 * exactly which base was used. A base given by digest is used as is; `scratch` stays scratch.
 */
import { BuildError } from '../errors.js'
import { parseReference } from './reference.js'
import { OciClient, remoteReference, type Credentials } from './oci-client.js'

export const BASE_NAME_LABEL = 'org.opencontainers.image.base.name'
export const BASE_DIGEST_LABEL = 'org.opencontainers.image.base.digest'

export interface PinnedBase {
  /** What FROM names: name@sha256:..., or scratch. */
  image: string
  /** The base as the user wrote it (tag kept), e.g. gcr.io/distroless/static-debian12:nonroot. */
  name: string
  digest?: string
}

/** name[:tag]@digest -> name@digest (the tag says nothing once the digest is there). */
function nameOf(base: string): string {
  const parsed = parseReference(base)
  return 'problem' in parsed ? base : parsed.name
}

/** The labels that record the base (none for scratch). Pure. */
export function baseImageLabels(base: PinnedBase): Record<string, string> {
  if (!base.digest) return {}
  return { [BASE_NAME_LABEL]: base.name, [BASE_DIGEST_LABEL]: base.digest }
}

/** What a base given by digest (or scratch) pins to, without asking a registry; else undefined. */
export function pinnedAlready(base: string): PinnedBase | undefined {
  if (base === 'scratch') return { image: 'scratch', name: 'scratch' }
  const parsed = parseReference(base)
  if (!('problem' in parsed) && parsed.digest) {
    // name:tag@digest keeps name:tag as the recorded name (what a tag build records too).
    const name = parsed.tag ? `${parsed.name}:${parsed.tag}` : base
    return { image: `${parsed.name}@${parsed.digest}`, name, digest: parsed.digest }
  }
  return undefined
}

/** Resolves the base's tag to the digest the registry serves now (HEAD of the manifest). */
export async function pinBaseImage(
  base: string,
  options: { credentials?: Credentials & { registry?: string }; env?: NodeJS.ProcessEnv } = {}
): Promise<PinnedBase> {
  const known = pinnedAlready(base)
  if (known) return known
  const ref = remoteReference(base)
  const credentials =
    options.credentials &&
    (!options.credentials.registry || options.credentials.registry === ref.registry)
      ? options.credentials
      : undefined
  const client = new OciClient(ref.registry, ref.repository, { credentials, env: options.env })
  try {
    const digest = await client.resolve(ref.reference)
    return { image: `${nameOf(base)}@${digest}`, name: base, digest }
  } catch (error) {
    throw new BuildError(
      'package',
      `the base image ${base} could not be resolved to a digest (${(error as Error).message}): check the name and that the registry can be reached, or give base-image by digest (name@sha256:...), or use scratch`,
      { cause: error }
    )
  }
}
