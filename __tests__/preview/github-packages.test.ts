import { describe, expect, it } from '@jest/globals'
import { deletionProblem, githubPackagesDeleter } from '../../src/publish/cleanup.js'
import { OciClient, OciRegistryError } from '../../src/publish/oci-client.js'

interface Call {
  method: string
  url: string
  authorization?: string
}

/** GitHub Packages' versions API for a user-owned package (the org route answers 404). */
function fakeApi(options: { deleteStatus?: number } = {}) {
  const calls: Call[] = []
  const versions = [
    { id: 11, name: 'sha256:aaa', metadata: { container: { tags: ['pr-42'] } } },
    { id: 12, name: 'sha256:bbb', metadata: { container: { tags: [] } } }
  ]
  const fetchFn = (async (input: string | URL, init?: RequestInit) => {
    const url = String(input)
    const method = init?.method ?? 'GET'
    const headers = (init?.headers ?? {}) as Record<string, string>
    calls.push({ method, url, authorization: headers.authorization })
    const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
      new Response(JSON.stringify(body), { status, headers: extra })
    if (url.includes('/orgs/')) return json(404, { message: 'Not Found' })
    if (method === 'GET' && url.endsWith('/versions?per_page=100')) {
      return json(200, [versions[0]], {
        link: '<https://api.example/users/octo/packages/container/pol%2Fengine/versions?per_page=100&page=2>; rel="next"'
      })
    }
    if (method === 'GET' && url.endsWith('page=2')) return json(200, [versions[1]])
    if (method === 'DELETE') return new Response(null, { status: options.deleteStatus ?? 204 })
    return json(500, {})
  }) as typeof fetch
  return { calls, fetchFn }
}

describe('ghcr.io: deletion through GitHub Packages', () => {
  const client = new OciClient('ghcr.io', 'octo/pol/engine')

  it('finds the version by digest (user-owned package, every page) and deletes it', async () => {
    const api = fakeApi()
    const deleter = githubPackagesDeleter(client, {
      token: 'ghs_x',
      apiUrl: 'https://api.example',
      fetch: api.fetchFn
    })
    expect(await deleter.deleteDigest('sha256:bbb')).toBe(true)
    expect(await deleter.deleteDigest('sha256:zzz')).toBe(false)
    const deletes = api.calls.filter(c => c.method === 'DELETE')
    expect(deletes.map(c => c.url)).toEqual([
      'https://api.example/users/octo/packages/container/pol%2Fengine/versions/12'
    ])
    expect(deletes[0].authorization).toBe('Bearer ghs_x')
  })

  it('a refused deletion names the permission to give', async () => {
    const api = fakeApi({ deleteStatus: 403 })
    const deleter = githubPackagesDeleter(client, {
      token: 'ghs_x',
      apiUrl: 'https://api.example',
      fetch: api.fetchFn
    })
    const error = await deleter.deleteDigest('sha256:aaa').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OciRegistryError)
    expect(deletionProblem(error, 'ghcr.io')).toContain('permissions: packages: write')
  })

  it('a registry without deletion says which setting', () => {
    const problem = deletionProblem(
      new OciRegistryError('DELETE x: HTTP 405', 405),
      '127.0.0.1:5000'
    )
    expect(problem).toContain('storage.delete.enabled: true')
  })
})
