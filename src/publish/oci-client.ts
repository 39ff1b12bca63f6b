/**
 * A small client of the OCI distribution API (v2 and the 1.1 referrers API) for the supply
 * chain: pin a base image (HEAD/GET a manifest), read a pushed image (verify), and attach an
 * SBOM as a referrer artifact (PUT blobs and manifests). Credentials come from the login input
 * or from docker's own config (auths, credsStore, credHelpers), so what `docker login` stored
 * is used as is; Basic and Bearer (token service) challenges are both answered. Loopback
 * registries (localhost, 127.0.0.0/8, ::1) are spoken to over plain HTTP, like docker does.
 * No credential ever reaches an error message.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { run } from '../util/exec.js'
import { parseReference } from './reference.js'

export const INDEX_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
]
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
]
export const ALL_MANIFEST_TYPES = [...INDEX_MEDIA_TYPES, ...MANIFEST_MEDIA_TYPES]

export interface Credentials {
  username: string
  password: string
}

export interface RemoteReference {
  /** Host[:port] the API is at (docker.io -> registry-1.docker.io). */
  registry: string
  /** Repository path, with library/ for official Docker Hub images. */
  repository: string
  /** Tag or digest to resolve. */
  reference: string
  tag?: string
  digest?: string
}

/** name[:tag][@digest] -> where its manifest lives; tag defaults to latest. */
export function remoteReference(text: string): RemoteReference {
  const parsed = parseReference(text)
  if ('problem' in parsed) throw new Error(`not an image reference: ${text} (${parsed.problem})`)
  let registry = parsed.domain ?? 'docker.io'
  let repository = parsed.path
  if (registry === 'docker.io' || registry === 'index.docker.io') {
    registry = 'registry-1.docker.io'
    if (!repository.includes('/')) repository = `library/${repository}`
  }
  const tag = parsed.tag ?? (parsed.digest ? undefined : 'latest')
  return { registry, repository, reference: parsed.digest ?? tag!, tag, digest: parsed.digest }
}

export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/** The docker config keys a registry's credential may be stored under. */
function configKeys(registry: string): string[] {
  if (registry === 'registry-1.docker.io' || registry === 'docker.io') {
    return ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io']
  }
  return [registry, `https://${registry}`, `http://${registry}`, `https://${registry}/v1/`]
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>
  credsStore?: string
  credHelpers?: Record<string, string>
}

/**
 * The credential docker would use for a registry: $DOCKER_CONFIG/config.json (or
 * ~/.docker/config.json), its credHelpers/credsStore through docker-credential-<helper>.
 */
export async function dockerCredentials(
  registry: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<Credentials | undefined> {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker')
  let config: DockerConfig
  try {
    config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as DockerConfig
  } catch {
    return undefined
  }
  const keys = configKeys(registry)
  for (const key of keys) {
    const entry = config.auths?.[key]
    if (entry?.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
      const colon = decoded.indexOf(':')
      if (colon > 0) {
        return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
      }
    }
    if (entry?.username && entry.password) {
      return { username: entry.username, password: entry.password }
    }
  }
  const helper = keys.map(k => config.credHelpers?.[k]).find(Boolean) ?? config.credsStore
  if (!helper) return undefined
  for (const key of keys) {
    try {
      const result = await run(`docker-credential-${helper}`, ['get'], {
        input: key,
        env,
        timeoutMs: 30_000
      })
      if (result.exitCode !== 0) continue
      const found = JSON.parse(result.stdout) as { Username?: string; Secret?: string }
      if (found.Username && found.Secret) {
        return { username: found.Username, password: found.Secret }
      }
    } catch {
      return undefined
    }
  }
  return undefined
}

export class OciRegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'OciRegistryError'
  }
}

export interface ManifestResponse {
  digest: string
  mediaType: string
  body: Buffer
}

export interface OciClientOptions {
  /** Explicit credentials (the login input); else docker's stored ones. */
  credentials?: Credentials
  env?: NodeJS.ProcessEnv
  /** Per request. Default 60 s. */
  timeoutMs?: number
}

export interface OciDescriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  platform?: { os: string; architecture: string; variant?: string }
  annotations?: Record<string, string>
}

export interface OciIndex {
  schemaVersion: 2
  mediaType: string
  manifests: OciDescriptor[]
  annotations?: Record<string, string>
}

export interface OciManifest {
  schemaVersion: 2
  mediaType: string
  artifactType?: string
  config: OciDescriptor
  layers: OciDescriptor[]
  subject?: OciDescriptor
  annotations?: Record<string, string>
}

const basic = (c: Credentials) =>
  `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`

/** One registry, one repository. Answers an auth challenge once and keeps the token. */
export class OciClient {
  private authorization?: string
  private credentials?: Credentials | null
  readonly base: string

  constructor(
    readonly registry: string,
    readonly repository: string,
    private readonly options: OciClientOptions = {}
  ) {
    this.base = `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${registry}/v2/`
  }

  static forReference(
    text: string,
    options: OciClientOptions = {}
  ): { client: OciClient; ref: RemoteReference } {
    const ref = remoteReference(text)
    return { client: new OciClient(ref.registry, ref.repository, options), ref }
  }

  private async creds(): Promise<Credentials | undefined> {
    if (this.credentials === undefined) {
      this.credentials =
        this.options.credentials ??
        (await dockerCredentials(this.registry, this.options.env)) ??
        null
    }
    return this.credentials ?? undefined
  }

  private get timeout(): number {
    return this.options.timeoutMs ?? 60_000
  }

  /** Answers a 401 challenge: Basic with the credential, or a Bearer token for the scope. */
  private async authorize(challenge: string, push: boolean): Promise<boolean> {
    const creds = await this.creds()
    const scheme = challenge.split(' ', 1)[0].toLowerCase()
    if (scheme === 'basic') {
      if (!creds) return false
      this.authorization = basic(creds)
      return true
    }
    if (scheme !== 'bearer') return false
    const params: Record<string, string> = {}
    for (const match of challenge.matchAll(/(\w+)="([^"]*)"/g)) params[match[1]] = match[2]
    if (!params.realm) return false
    const url = new URL(params.realm)
    if (params.service) url.searchParams.set('service', params.service)
    url.searchParams.set('scope', `repository:${this.repository}:${push ? 'pull,push' : 'pull'}`)
    const response = await fetch(url, {
      headers: creds ? { authorization: basic(creds) } : {},
      signal: AbortSignal.timeout(this.timeout)
    })
    if (!response.ok) {
      await response.arrayBuffer()
      throw new OciRegistryError(
        `the token service of ${this.registry} refused ${creds ? 'the credential' : 'anonymous access'} (HTTP ${response.status})`,
        response.status
      )
    }
    const body = (await response.json()) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) return false
    this.authorization = `Bearer ${token}`
    return true
  }

  /** One request; on 401 the challenge is answered and the request sent once more. */
  async request(
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: Buffer; push?: boolean } = {}
  ): Promise<Response> {
    const url = /^https?:\/\//.test(path) ? path : `${this.base}${path}`
    const send = () =>
      fetch(url, {
        method,
        headers: {
          ...init.headers,
          ...(this.authorization ? { authorization: this.authorization } : {})
        },
        body: init.body,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.timeout)
      })
    let response = await send()
    if (response.status === 401) {
      const challenge = response.headers.get('www-authenticate') ?? ''
      await response.arrayBuffer()
      if (!(await this.authorize(challenge, Boolean(init.push)))) {
        throw new OciRegistryError(
          `${this.registry} asks for credentials (${method} ${this.repository}): log in first (docker login, or the registry/username/password inputs)`,
          401
        )
      }
      response = await send()
    }
    return response
  }

  private async fail(response: Response, what: string): Promise<never> {
    const text = (await response.text()).slice(0, 300).replace(/\s+/g, ' ')
    throw new OciRegistryError(`${what}: HTTP ${response.status} ${text}`, response.status)
  }

  /** The digest of a manifest by tag or digest (HEAD, falling back to GET). */
  async resolve(reference: string, accept = ALL_MANIFEST_TYPES): Promise<string> {
    const head = await this.request('HEAD', `${this.repository}/manifests/${reference}`, {
      headers: { accept: accept.join(', ') }
    })
    await head.arrayBuffer()
    const digest = head.headers.get('docker-content-digest')
    if (head.ok && digest) return digest
    return (await this.manifest(reference, accept)).digest
  }

  async manifest(reference: string, accept = ALL_MANIFEST_TYPES): Promise<ManifestResponse> {
    const found = await this.manifestIfExists(reference, accept)
    if (!found)
      throw new OciRegistryError(`manifest ${this.repository}:${reference}: not found`, 404)
    return found
  }

  /** undefined when the manifest does not exist (404). */
  async manifestIfExists(
    reference: string,
    accept = ALL_MANIFEST_TYPES
  ): Promise<ManifestResponse | undefined> {
    const response = await this.request('GET', `${this.repository}/manifests/${reference}`, {
      headers: { accept: accept.join(', ') }
    })
    if (response.status === 404) {
      await response.arrayBuffer()
      return undefined
    }
    if (!response.ok) await this.fail(response, `manifest ${this.repository}:${reference}`)
    const body = Buffer.from(await response.arrayBuffer())
    const digest = sha256Digest(body)
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new OciRegistryError(`manifest ${reference} came back with digest ${digest}`)
    }
    const mediaType =
      (JSON.parse(body.toString('utf8')) as { mediaType?: string }).mediaType ??
      response.headers.get('content-type') ??
      ''
    return { digest, mediaType, body }
  }

  async blob(digest: string): Promise<Buffer> {
    const response = await this.request('GET', `${this.repository}/blobs/${digest}`)
    if (!response.ok) await this.fail(response, `blob ${digest}`)
    const body = Buffer.from(await response.arrayBuffer())
    if (sha256Digest(body) !== digest) {
      throw new OciRegistryError(`blob ${digest} does not match its digest`)
    }
    return body
  }

  /** Uploads a blob (monolithic POST then PUT) unless the registry has it already. */
  async putBlob(data: Buffer): Promise<{ digest: string; size: number }> {
    const digest = sha256Digest(data)
    const head = await this.request('HEAD', `${this.repository}/blobs/${digest}`, { push: true })
    await head.arrayBuffer()
    if (head.ok) return { digest, size: data.length }
    const start = await this.request('POST', `${this.repository}/blobs/uploads/`, { push: true })
    if (start.status !== 202) await this.fail(start, `starting the upload of ${digest}`)
    await start.arrayBuffer()
    const location = start.headers.get('location')
    if (!location) throw new OciRegistryError(`the upload of ${digest} got no location`)
    const url = new URL(location, this.base)
    url.searchParams.set('digest', digest)
    const put = await this.request('PUT', url.toString(), {
      headers: { 'content-type': 'application/octet-stream' },
      body: data,
      push: true
    })
    if (put.status !== 201) await this.fail(put, `uploading ${digest}`)
    await put.arrayBuffer()
    return { digest, size: data.length }
  }

  /** PUTs a manifest under a digest or tag; returns the response (for OCI-Subject). */
  async putManifest(reference: string, mediaType: string, body: Buffer): Promise<Response> {
    const response = await this.request('PUT', `${this.repository}/manifests/${reference}`, {
      headers: { 'content-type': mediaType },
      body,
      push: true
    })
    if (response.status !== 201) await this.fail(response, `pushing manifest ${reference}`)
    await response.arrayBuffer()
    return response
  }

  /**
   * The referrers of a digest through the 1.1 API; undefined when the registry has no
   * referrers API (404, or an answer that is not an image index).
   */
  async referrersApi(digest: string): Promise<OciIndex | undefined> {
    const response = await this.request('GET', `${this.repository}/referrers/${digest}`, {
      headers: { accept: INDEX_MEDIA_TYPES[0] }
    })
    const type = response.headers.get('content-type') ?? ''
    if (!response.ok || !type.includes('application/vnd.oci.image.index.v1+json')) {
      await response.arrayBuffer()
      return undefined
    }
    return (await response.json()) as OciIndex
  }
}
