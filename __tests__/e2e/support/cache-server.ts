/**
 * A local Actions cache service for the end-to-end tests: the v1 REST protocol
 * (`_apis/artifactcache/...`) that @actions/cache 6 speaks when ACTIONS_CACHE_URL is set and
 * ACTIONS_CACHE_SERVICE_V2 is not. Archives are stored in a temp folder; downloads are
 * served from the same server (a non-Azure URL, so the client uses plain HTTP GET).
 *
 * Fault modes, switchable at any time, reproduce what runners meet:
 * - fail500: every API call answers 500
 * - hang: requests are accepted and never answered
 * - reset: the connection is destroyed as soon as a request arrives
 * - readOnly: reads work, reservations are refused the way a fork PR's token is
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { mkdtemp, open, readFile, rm, stat } from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import type { Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type FaultMode = 'ok' | 'fail500' | 'hang' | 'reset' | 'readOnly'

export interface CacheEntry {
  id: number
  key: string
  version: string
  file: string
  size: number
  committed: boolean
  created: number
}

export interface RecordedRequest {
  method: string
  path: string
  status?: number
}

export interface CacheServer {
  /** Base URL with the trailing slash @actions/cache expects. */
  url: string
  token: string
  dir: string
  mode: FaultMode
  entries: CacheEntry[]
  requests: RecordedRequest[]
  /** Env for the @actions/cache client: service URL, token, temp and workspace folders. */
  env(workspace: string, runnerTemp: string): Record<string, string>
  /** Size of the committed archive stored under key (undefined when absent). */
  archiveSize(key: string): number | undefined
  close(): Promise<void>
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', chunk => chunks.push(chunk as Buffer))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function json(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end()
    return
  }
  const text = JSON.stringify(body)
  res
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text)
    })
    .end(text)
}

/** Newest committed entry for the first key that matches exactly, else by prefix (GitHub's rule). */
function lookup(entries: CacheEntry[], keys: string[], version: string): CacheEntry | undefined {
  const candidates = entries
    .filter(e => e.committed && e.version === version)
    .sort((a, b) => b.created - a.created)
  for (const key of keys) {
    const exact = candidates.find(e => e.key === key)
    if (exact) return exact
    const prefixed = candidates.find(e => e.key.startsWith(key))
    if (prefixed) return prefixed
  }
  return undefined
}

export async function startCacheServer(): Promise<CacheServer> {
  const dir = await mkdtemp(join(tmpdir(), 'pe-cache-server-'))
  const token = 'test-runtime-token'
  const sockets = new Set<Socket>()
  let nextId = 1
  let clock = 0
  const server: CacheServer = {
    url: '',
    token,
    dir,
    mode: 'ok',
    entries: [],
    requests: [],
    env: (workspace, runnerTemp) => ({
      ACTIONS_CACHE_URL: server.url,
      ACTIONS_RUNTIME_TOKEN: token,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace
    }),
    archiveSize: key => server.entries.find(e => e.committed && e.key === key)?.size,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => http.close(() => resolve()))
      await rm(dir, { recursive: true, force: true })
    }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = url.pathname
    if (path.startsWith('/download/')) {
      const entry = server.entries.find(
        e => e.id === Number(path.slice('/download/'.length)) && e.committed
      )
      if (!entry) return json(res, 404, { message: 'no such archive' })
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': entry.size
      })
      createReadStream(entry.file).pipe(res)
      return
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return json(res, 401, { message: 'bad token' })
    const api = path.replace(/^\/_apis\/artifactcache\//, '')
    if (api === path) return json(res, 404, { message: `unknown path ${path}` })

    if (req.method === 'GET' && api === 'cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',').filter(Boolean)
      const found = lookup(server.entries, keys, url.searchParams.get('version') ?? '')
      if (!found) return json(res, 204)
      return json(res, 200, {
        cacheKey: found.key,
        scope: 'refs/heads/main',
        creationTime: new Date(found.created).toISOString(),
        archiveLocation: `${server.url}download/${found.id}`
      })
    }
    if (req.method === 'GET' && api === 'caches') {
      return json(res, 200, { totalCount: 0, artifactCaches: [] })
    }
    if (req.method === 'POST' && api === 'caches') {
      const body = JSON.parse((await readBody(req)).toString('utf8')) as {
        key: string
        version: string
      }
      if (server.mode === 'readOnly') {
        return json(res, 403, { message: 'cache write denied: the token of this run is read-only' })
      }
      if (server.entries.some(e => e.key === body.key && e.version === body.version)) {
        return json(res, 409, { message: `cache entry ${body.key} already exists` })
      }
      const id = nextId++
      const file = join(dir, `${id}.archive`)
      await (await open(file, 'w')).close()
      server.entries.push({
        id,
        key: body.key,
        version: body.version,
        file,
        size: 0,
        committed: false,
        created: ++clock
      })
      return json(res, 201, { cacheId: id })
    }
    const idMatch = /^caches\/(\d+)$/.exec(api)
    const entry = idMatch ? server.entries.find(e => e.id === Number(idMatch[1])) : undefined
    if (idMatch && !entry) return json(res, 404, { message: 'no such cache id' })
    if (entry && req.method === 'PATCH') {
      const range = /^bytes (\d+)-(\d+)\/\*$/.exec(req.headers['content-range'] ?? '')
      if (!range || entry.committed) return json(res, 400, { message: 'bad range or committed' })
      const data = await readBody(req)
      const handle = await open(entry.file, 'r+')
      try {
        await handle.write(data, 0, data.length, Number(range[1]))
      } finally {
        await handle.close()
      }
      return json(res, 204)
    }
    if (entry && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)).toString('utf8')) as { size: number }
      const size = (await stat(entry.file)).size
      if (size !== body.size)
        return json(res, 400, { message: `size ${body.size} != uploaded ${size}` })
      entry.size = size
      entry.committed = true
      return json(res, 204)
    }
    return json(res, 404, { message: `unknown ${req.method} ${path}` })
  }

  const http = createServer((req, res) => {
    const record: RecordedRequest = { method: req.method ?? '', path: req.url ?? '' }
    server.requests.push(record)
    res.on('finish', () => (record.status = res.statusCode))
    switch (server.mode) {
      case 'hang':
        req.resume()
        return
      case 'reset':
        req.socket.destroy()
        return
      case 'fail500':
        req.resume()
        return json(res, 500, { message: 'internal error (fault mode)' })
    }
    handle(req, res).catch(error => {
      if (!res.headersSent) json(res, 500, { message: String(error) })
      else res.destroy()
    })
  })
  http.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => http.listen(0, '127.0.0.1', resolve))
  const address = http.address()
  if (!address || typeof address === 'string') throw new Error('cache server has no port')
  server.url = `http://127.0.0.1:${address.port}/`
  return server
}

/** Reads a stored archive (for tests that look inside). */
export function readArchive(server: CacheServer, key: string): Promise<Buffer> | undefined {
  const entry = server.entries.find(e => e.committed && e.key === key)
  return entry ? readFile(entry.file) : undefined
}
