import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A pass-through proxy in front of a real registry that answers the first `failures` requests
 * matching `when` with `status` (or all of them until heal()): a registry having a bad minute,
 * to prove the retries.
 * The Host header is passed on unchanged, so upload URLs the registry returns point back here.
 */
export interface FlakyRegistry {
  /** 127.0.0.1:PORT */
  host: string
  /** Requests answered with the failure status so far. */
  failed: number
  /** Stop failing: every request is passed on from now on. */
  heal(): void
  close(): Promise<void>
}

export async function flakyRegistry(
  upstream: string,
  options: { when: (req: IncomingMessage) => boolean; failures: number; status: number }
): Promise<FlakyRegistry> {
  const [upstreamHost, upstreamPort] = upstream.split(':')
  const state = { failed: 0, healed: false }
  const server: Server = createServer((req, res) => {
    if (!state.healed && state.failed < options.failures && options.when(req)) {
      state.failed += 1
      req.resume()
      req.on('end', () => {
        res.writeHead(options.status, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'try again later' }] }))
      })
      return
    }
    const forward = request(
      {
        host: upstreamHost,
        port: Number(upstreamPort),
        method: req.method,
        path: req.url,
        headers: req.headers
      },
      upstreamResponse => {
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers)
        upstreamResponse.pipe(res)
      }
    )
    forward.on('error', error => {
      res.writeHead(502)
      res.end(String(error))
    })
    req.pipe(forward)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `127.0.0.1:${port}`,
    get failed() {
      return state.failed
    },
    heal() {
      state.healed = true
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
