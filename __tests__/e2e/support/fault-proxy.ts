/**
 * A loopback HTTP proxy in front of a real registry that lets the first `after` matching
 * requests through and then breaks every later matching one: a registry failing MID-push.
 * Faults: answer 500, or reset the connection (the socket is destroyed without a response).
 * Every request is recorded, so a test can tell how many attempts the client made.
 *
 * The Host header is passed through unchanged: the upload URLs the registry returns
 * (Location: http://HOST/v2/.../uploads/...) then point back at the proxy.
 *
 * Below the proxy: what the fault and secret suites share to set up a build and to judge its
 * aftermath (a one-policy workspace, BuildOptions, finding and killing a child process this
 * test started by its PID, and reading what the registry really holds).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { BuildOptions } from '../../../src/pipeline-types.js'
import {
  INDEX_TYPES,
  MANIFEST_TYPES,
  registryClient,
  type Index,
  type Manifest
} from './registry.js'

export type RegistryFault = '500' | 'reset'

/** Which requests the fault applies to. */
export type FaultTarget =
  /** blob uploads: PATCH and PUT under /blobs/uploads/ */
  | 'blob-upload'
  /** every manifest PUT (platform manifests by digest and the index by tag) */
  | 'manifest-put'
  /** manifest PUTs by TAG only: the platform manifests land, the tags never move */
  | 'tag-put'

export interface FaultProxyOptions {
  target: FaultTarget
  fault: RegistryFault
  /** Matching requests passed through before the faults start. */
  after: number
}

export interface RecordedProxyRequest {
  method: string
  path: string
  /** 'passed' went to the registry; '500'/'reset' were broken by the proxy. */
  outcome: 'passed' | RegistryFault
}

export interface FaultProxy {
  /** 127.0.0.1:PORT: use it as the registry host in image names. */
  host: string
  requests: RecordedProxyRequest[]
  /** How many requests were broken. */
  readonly broken: number
  close(): Promise<void>
}

export function matches(target: FaultTarget, method: string, path: string): boolean {
  switch (target) {
    case 'blob-upload':
      return (method === 'PATCH' || method === 'PUT') && /\/blobs\/uploads\//.test(path)
    case 'manifest-put':
      return method === 'PUT' && /\/manifests\//.test(path)
    case 'tag-put':
      return method === 'PUT' && /\/manifests\/(?!sha256:)[^/?]+(\?|$)/.test(path)
  }
}

export async function startFaultProxy(
  upstream: string,
  options: FaultProxyOptions
): Promise<FaultProxy> {
  const [upstreamHost, upstreamPort] = upstream.split(':')
  const requests: RecordedProxyRequest[] = []
  const sockets = new Set<Socket>()
  let matched = 0

  const breakRequest = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    if (options.fault === 'reset') {
      req.socket.destroy()
      return
    }
    req.resume()
    req.on('end', () => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          errors: [{ code: 'UNKNOWN', message: 'internal server error (fault proxy)' }]
        })
      )
    })
  }

  const server: Server = createServer((req, res) => {
    const method = req.method ?? 'GET'
    const path = req.url ?? '/'
    if (matches(options.target, method, path)) {
      matched += 1
      if (matched > options.after) {
        requests.push({ method, path, outcome: options.fault })
        breakRequest(req, res)
        return
      }
    }
    requests.push({ method, path, outcome: 'passed' })
    const forward = request(
      { host: upstreamHost, port: Number(upstreamPort), method, path, headers: req.headers },
      upstreamResponse => {
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
        upstreamResponse.pipe(res)
      }
    )
    forward.on('error', error => {
      if (!res.headersSent) res.writeHead(502)
      res.end(String(error))
    })
    req.pipe(forward)
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    requests,
    get broken() {
      return requests.filter(r => r.outcome !== 'passed').length
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

// ---- shared by faults.test.ts and secrets.test.ts ----

/** A one-policy workspace: the corpus' `good` fixture. */
export const GOOD_FIXTURE = resolve('__tests__/fixtures/corpus/good')

/** A temp root with `ws/policies/allow` (one valid policy module). */
export function policyWorkspace(prefix: string): { root: string; ws: string } {
  const root = mkdtempSync(join(tmpdir(), prefix))
  const ws = join(root, 'ws')
  cpSync(GOOD_FIXTURE, ws, { recursive: true })
  return { root, ws }
}

export function buildOptions(
  ws: string,
  /** undefined: the pipeline picks a temp folder. */
  out: string | undefined,
  extra: Partial<BuildOptions> = {}
): BuildOptions {
  return {
    workingDirectory: ws,
    policies: ['policies/allow'],
    platforms: ['linux/amd64', 'linux/arm64'],
    images: [],
    tags: [],
    labels: [],
    latest: false,
    baseImage: 'scratch',
    push: 'false',
    output: 'none',
    load: false,
    buildArgs: [],
    goBuildFlags: [],
    cache: false,
    cacheKeyPrefix: 'pe-hardening',
    sbom: false,
    provenance: false,
    out,
    ...extra
  }
}

/** PIDs of live processes whose argv contains every one of `parts`. */
export function findProcesses(parts: string[]): number[] {
  const pids: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let argv: string[]
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
    } catch {
      continue
    }
    if (parts.every(part => argv.some(arg => arg.includes(part)))) pids.push(Number(entry))
  }
  return pids
}

/**
 * Waits until a process matching `parts` runs, then kills its process group (run() starts
 * every child with a timeout in its own group, so Go's compile children go with it).
 * Resolves to the PID killed.
 */
export async function killWhenRunning(
  parts: string[],
  options: { delayMs?: number; timeoutMs?: number } = {}
): Promise<number> {
  const deadline = Date.now() + (options.timeoutMs ?? 300_000)
  for (;;) {
    const [pid] = findProcesses(parts)
    if (pid !== undefined) {
      if (options.delayMs) await new Promise(r => setTimeout(r, options.delayMs))
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        process.kill(pid, 'SIGKILL')
      }
      return pid
    }
    if (Date.now() > deadline) throw new Error(`no process with ${parts.join(' ')} appeared`)
    await new Promise(r => setTimeout(r, 50))
  }
}

/** The tags of a repository; [] when the repository does not exist. */
export async function tagsOf(
  host: string,
  repository: string,
  auth?: { user: string; password: string }
): Promise<string[]> {
  const headers: Record<string, string> = {}
  if (auth)
    headers.authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`
  const response = await fetch(`http://${host}/v2/${repository}/tags/list`, { headers })
  if (response.status === 404) return []
  if (!response.ok)
    throw new Error(`tags/list ${repository}: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { tags: string[] | null }
  return (body.tags ?? []).sort()
}

/** The repositories in a registry. */
export async function catalog(host: string): Promise<string[]> {
  const response = await fetch(`http://${host}/v2/_catalog?n=10000`)
  const body = (await response.json()) as { repositories: string[] | null }
  return body.repositories ?? []
}

/** The digest a tag points at, or undefined when the tag does not exist. */
export async function digestOf(
  host: string,
  repository: string,
  tag: string
): Promise<string | undefined> {
  const response = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: [...INDEX_TYPES, ...MANIFEST_TYPES].join(', ') }
  })
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`HEAD ${repository}:${tag}: ${response.status}`)
  return response.headers.get('docker-content-digest') ?? undefined
}

/**
 * Walks an image from a tag: index -> manifests -> config and layer blobs, and fails when
 * any part is missing (a partial push). Returns every JSON document and blob read.
 */
export async function readWholeImage(
  host: string,
  repository: string,
  reference: string,
  auth?: { user: string; password: string }
): Promise<{ documents: unknown[]; blobs: Buffer[] }> {
  const client = registryClient(host, auth)
  const documents: unknown[] = []
  const blobs: Buffer[] = []
  const top = await client.json<Index & Manifest>(`${repository}/manifests/${reference}`, [
    ...INDEX_TYPES,
    ...MANIFEST_TYPES
  ])
  documents.push(top)
  const manifests: Manifest[] = []
  if (top.manifests) {
    for (const descriptor of top.manifests) {
      const manifest = await client.json<Manifest>(`${repository}/manifests/${descriptor.digest}`, [
        descriptor.mediaType
      ])
      documents.push(manifest)
      manifests.push(manifest)
    }
  } else {
    manifests.push(top)
  }
  for (const manifest of manifests) {
    if (!manifest.config) continue // an attestation or other artifact
    const config = await client.blob(repository, manifest.config.digest)
    blobs.push(config)
    documents.push(JSON.parse(config.toString('utf8')))
    for (const layer of manifest.layers) blobs.push(await client.blob(repository, layer.digest))
  }
  return { documents, blobs }
}
