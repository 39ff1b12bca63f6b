/**
 * A small stand-in for the GitHub REST API's issue-comment endpoints, on loopback, recording
 * every request. Enough for @actions/github (Octokit) to list (paginated, with Link headers),
 * create and update pull request comments, and to answer with a chosen error status.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path and query, e.g. /repos/acme/policies/issues/42/comments?per_page=100 */
  url: string
  authorization?: string
  body?: unknown
}

export interface FakeComment {
  id: number
  body: string
  issue: number
  user: { login: string }
}

export interface FakeGitHubApi {
  /** e.g. http://127.0.0.1:PORT (no trailing slash), for GITHUB_API_URL. */
  url: string
  requests: RecordedRequest[]
  comments: FakeComment[]
  /** When set, every request is answered with this status (e.g. 403 for a fork token). */
  failWith?: number
  /** Page size the fake uses when listing, whatever per_page asks (tests pagination). */
  pageSize: number
  close(): Promise<void>
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    request.setEncoding('utf8')
    request.on('data', chunk => (data += chunk))
    request.on('end', () => resolve(data))
    request.on('error', reject)
  })
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  response.end(JSON.stringify(body))
}

export async function startFakeGitHubApi(): Promise<FakeGitHubApi> {
  let nextId = 1000
  const api: FakeGitHubApi = {
    url: '',
    requests: [],
    comments: [],
    pageSize: 100,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }

  const commentJson = (comment: FakeComment, owner: string, repo: string) => ({
    id: comment.id,
    body: comment.body,
    user: comment.user,
    html_url: `https://github.com/${owner}/${repo}/pull/${comment.issue}#issuecomment-${comment.id}`,
    url: `${api.url}/repos/${owner}/${repo}/issues/comments/${comment.id}`
  })

  const server: Server = createServer(async (request, response) => {
    const raw = await readBody(request)
    const url = new URL(request.url ?? '/', api.url)
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      body = raw
    }
    api.requests.push({
      method: request.method ?? 'GET',
      url: `${url.pathname}${url.search}`,
      authorization: request.headers.authorization,
      body
    })
    if (api.failWith) {
      send(response, api.failWith, {
        message: api.failWith === 403 ? 'Resource not accessible by integration' : 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: String(api.failWith)
      })
      return
    }

    const list = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/)
    const one = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)
    if (list && request.method === 'GET') {
      const [, owner, repo, issue] = list
      const all = api.comments.filter(comment => comment.issue === Number(issue))
      const page = Number(url.searchParams.get('page') ?? '1')
      const slice = all.slice((page - 1) * api.pageSize, page * api.pageSize)
      const headers: Record<string, string> = {}
      if (page * api.pageSize < all.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        headers.link = `<${next.toString()}>; rel="next"`
      }
      send(
        response,
        200,
        slice.map(comment => commentJson(comment, owner, repo)),
        headers
      )
      return
    }
    if (list && request.method === 'POST') {
      const [, owner, repo, issue] = list
      const comment: FakeComment = {
        id: nextId++,
        body: String((body as { body?: unknown })?.body ?? ''),
        issue: Number(issue),
        user: { login: 'github-actions[bot]' }
      }
      api.comments.push(comment)
      send(response, 201, commentJson(comment, owner, repo))
      return
    }
    if (one && request.method === 'PATCH') {
      const [, owner, repo, id] = one
      const comment = api.comments.find(candidate => candidate.id === Number(id))
      if (!comment) {
        send(response, 404, { message: 'Not Found' })
        return
      }
      comment.body = String((body as { body?: unknown })?.body ?? '')
      send(response, 200, commentJson(comment, owner, repo))
      return
    }
    send(response, 404, {
      message: `fake GitHub API: no route for ${request.method} ${url.pathname}`
    })
  })

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return api
}
