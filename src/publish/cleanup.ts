/**
 * Cleanup of pull-request previews: deletes a pull request's `pr-N` / `pr-N-<sha>` tags (or,
 * in a sweep, every preview older than a limit) and the manifests only they reference, and
 * never a manifest another tag still needs.
 *
 * The whole repository is read first: every tag, and every index's children. A manifest is
 * deleted only when no kept tag names it, directly or through an index (a release built
 * from the same commit shares its per-platform manifests with the preview, byte for byte).
 * A preview tag whose manifest is shared is only untagged: deleting the digest would delete
 * the other tag too, so the tag is first moved to an empty placeholder index of its own, and
 * that placeholder is deleted (the registry API has no "delete a tag" in distribution 2.x).
 *
 * Registries are written to through the OCI distribution API (DELETE /v2/<name>/manifests/
 * <digest>); ghcr.io does not delete through it, so there deletion goes through GitHub
 * Packages' REST API (package versions; the name of a version is its digest).
 */
import type { Logger } from '../logger.js'
import { OciRegistryError, type Credentials, type OciClient } from './oci-client.js'
import {
  clientForImage,
  configLabels,
  deleteManifest,
  listTags,
  putManifestDigest,
  readManifest
} from './registry-ops.js'

/** `pr-42` and `pr-42-<anything>` (the head-sha tag); N = 42 exactly, never pr-420. */
export function previewTagsOf(tags: readonly string[], pr: number): string[] {
  const re = new RegExp(`^pr-${pr}(?:-[A-Za-z0-9_.-]+)?$`)
  return tags.filter(tag => re.test(tag))
}

/** The pull request number of a preview tag, else undefined. */
export function previewNumber(tag: string): number | undefined {
  const match = /^pr-(\d+)(?:-[A-Za-z0-9_.-]+)?$/.exec(tag)
  return match ? Number(match[1]) : undefined
}

/** `14d`, `36h`, `90m`, `2w` → milliseconds; undefined when it is not one of those. */
export function parseAge(text: string): number | undefined {
  const match = /^\s*(\d+)\s*(m|h|d|w)\s*$/i.exec(text)
  if (!match) return undefined
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }[
    match[2].toLowerCase() as 'm' | 'h' | 'd' | 'w'
  ]
  return Number(match[1]) * unit
}

/** The repository as read: which digest each tag names, and each index's children. */
export interface RepositoryGraph {
  tags: Map<string, string>
  children: Map<string, string[]>
}

export interface CleanupPlan {
  /** Digests to DELETE, parents before their children. */
  deleteDigests: string[]
  /** Preview tags whose manifest another tag still needs: untagged only. */
  untagOnly: string[]
  /** Manifests a preview referenced that stay, because a kept tag still needs them. */
  keptShared: string[]
}

/**
 * What to delete for these preview tags. Pure. Everything reachable from a kept tag (its
 * digest and, for an index, its children, recursively) is protected; everything else that is
 * reachable from a preview tag is deleted, indexes before what they list.
 */
export function planCleanup(graph: RepositoryGraph, previewTags: readonly string[]): CleanupPlan {
  const victims = new Set(previewTags.filter(tag => graph.tags.has(tag)))
  const reach = (roots: string[]): string[] => {
    const seen: string[] = []
    const visit = (digest: string) => {
      if (seen.includes(digest)) return
      seen.push(digest)
      for (const child of graph.children.get(digest) ?? []) visit(child)
    }
    roots.forEach(visit)
    return seen
  }
  const keptRoots = [...graph.tags].filter(([tag]) => !victims.has(tag)).map(([, d]) => d)
  const protectedSet = new Set(reach(keptRoots))
  const previewRoots = [...victims].map(tag => graph.tags.get(tag) as string)
  const reachable = reach([...new Set(previewRoots)])
  return {
    deleteDigests: reachable.filter(digest => !protectedSet.has(digest)),
    untagOnly: [...victims].filter(tag => protectedSet.has(graph.tags.get(tag) as string)),
    keptShared: reachable.filter(digest => protectedSet.has(digest))
  }
}

/** How manifests are removed from one registry. */
export interface ManifestDeleter {
  /** Removes the manifest (and every tag naming it); false when it was already gone. */
  deleteDigest(digest: string): Promise<boolean>
  /** Removes one tag, leaving its manifest (and other tags naming it) in place. */
  untag(tag: string): Promise<void>
}

/** Registries that delete through the distribution API (distribution with delete enabled, Harbor, …). */
export function distributionDeleter(client: OciClient): ManifestDeleter {
  return {
    deleteDigest: digest => deleteManifest(client, digest),
    untag: async tag => {
      // Distribution 3 / OCI 1.1 registries may delete a tag by name; 2.x answers 400/405.
      try {
        if (await deleteManifest(client, tag)) return
      } catch (error) {
        if (!(error instanceof OciRegistryError) || [401, 403].includes(error.status ?? 0)) {
          throw error
        }
      }
      await deleteManifest(client, await pushPlaceholder(client, tag))
    }
  }
}

/** Moves `tag` to an empty index no other tag can share (its annotation is unique), returns its digest. */
async function pushPlaceholder(client: OciClient, tag: string): Promise<string> {
  const placeholder = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [],
    annotations: {
      'io.policy-engine-build.placeholder': `${tag} removed at ${new Date().toISOString()} ${Math.random().toString(36).slice(2)}`
    }
  }
  return putManifestDigest(
    client,
    tag,
    placeholder.mediaType,
    Buffer.from(JSON.stringify(placeholder))
  )
}

export interface GitHubPackagesOptions {
  token: string
  /** REST API root; default GITHUB_API_URL or https://api.github.com. */
  apiUrl?: string
  fetch?: typeof fetch
}

/**
 * ghcr.io: deletion through GitHub Packages' REST API. The package is the repository path
 * after the owner (`ghcr.io/acme/policies/engine` → owner acme, package `policies/engine`),
 * owned by an organization or a user; each version is named by its digest.
 */
export function githubPackagesDeleter(
  client: OciClient,
  options: GitHubPackagesOptions
): ManifestDeleter {
  const repository = client.repository
  const doFetch = options.fetch ?? fetch
  const api = (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(
    /\/$/,
    ''
  )
  const [owner, ...rest] = repository.split('/')
  const name = encodeURIComponent(rest.join('/'))
  const headers = {
    authorization: `Bearer ${options.token}`,
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28'
  }
  let base: string | undefined
  let versions: Map<string, number> | undefined
  const versionIds = async (): Promise<Map<string, number>> => {
    if (versions) return versions
    for (const kind of ['orgs', 'users']) {
      const root = `${api}/${kind}/${owner}/packages/container/${name}/versions`
      const found = new Map<string, number>()
      let url: string | undefined = `${root}?per_page=100`
      let ok = true
      while (url) {
        const response = await doFetch(url, { headers })
        if (response.status === 404 && kind === 'orgs') {
          ok = false
          break
        }
        if (!response.ok) {
          throw new OciRegistryError(
            `GitHub Packages: GET ${kind}/${owner}/packages/container/${rest.join('/')}/versions: HTTP ${response.status}`,
            response.status
          )
        }
        for (const version of (await response.json()) as { id: number; name: string }[]) {
          found.set(version.name, version.id)
        }
        url = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
      }
      if (ok) {
        base = root
        versions = found
        return found
      }
    }
    return new Map()
  }
  const deleteDigest = async (digest: string): Promise<boolean> => {
    const id = (await versionIds()).get(digest)
    if (id === undefined || !base) return false
    const response = await doFetch(`${base}/${id}`, { method: 'DELETE', headers })
    await response.arrayBuffer().catch(() => undefined)
    if (response.status === 404) return false
    if (!response.ok) {
      throw new OciRegistryError(
        `GitHub Packages: DELETE version ${id} (${digest}): HTTP ${response.status}`,
        response.status
      )
    }
    versions?.delete(digest)
    return true
  }
  return {
    deleteDigest,
    untag: async tag => {
      const digest = await pushPlaceholder(client, tag)
      versions = undefined // the placeholder is a new version
      await deleteDigest(digest)
    }
  }
}

/** Reads every tag and every index's children of a repository. */
export async function readRepositoryGraph(client: OciClient): Promise<RepositoryGraph> {
  const tags = new Map<string, string>()
  const children = new Map<string, string[]>()
  for (const tag of await listTags(client)) {
    const manifest = await readManifest(client, tag)
    if (!manifest) continue // deleted while we read
    tags.set(tag, manifest.digest)
    if (manifest.json.manifests && !children.has(manifest.digest)) {
      children.set(
        manifest.digest,
        manifest.json.manifests.map(d => d.digest)
      )
    }
  }
  return { tags, children }
}

export interface CleanupOptions {
  /** Image name, e.g. ghcr.io/acme/policy-engine or 127.0.0.1:5000/acme/engine. */
  image: string
  /** Delete this pull request's previews. */
  pr?: number
  /** Sweep: delete the previews (of any pull request) whose image is older than this. */
  olderThanMs?: number
  /** Now, for the sweep (tests). */
  now?: number
  credentials?: Credentials
  /** GitHub token for ghcr.io deletion through GitHub Packages' API. */
  githubToken?: string
  githubApiUrl?: string
  /** Plan only: read and report, delete nothing. */
  dryRun?: boolean
  fetch?: typeof fetch
}

export interface CleanupReport {
  image: string
  /** Preview tags removed (or that would be, with dryRun). */
  tags: string[]
  /** Manifests deleted, parents first. */
  deleted: string[]
  /** Preview tags only untagged: their manifest is still another tag's. */
  untagged: string[]
  /** Manifests a preview referenced that another tag still needs. */
  keptShared: string[]
  /** Sweep: previews younger than the limit, left alone. */
  tooRecent: string[]
  /** Problems that stopped (part of) the cleanup, each naming the fix. */
  warnings: string[]
  dryRun: boolean
}

/** Why a deletion was refused, in words that name the permission or setting to change. */
export function deletionProblem(error: unknown, registry: string): string {
  const status = error instanceof OciRegistryError ? error.status : undefined
  const message = error instanceof Error ? error.message : String(error)
  if (status === 401 || status === 403) {
    return registry === 'ghcr.io'
      ? `${message}: the token may not delete package versions; give the job \`permissions: packages: write\` (and the package's "Manage Actions access": admin for this repository)`
      : `${message}: the registry credentials may not delete (on ghcr.io: \`permissions: packages: write\`)`
  }
  if (status === 405 || (status === 400 && /UNSUPPORTED/i.test(message))) {
    return `${message}: the registry does not allow deleting manifests (distribution: storage.delete.enabled: true)`
  }
  return message
}

/** The time the image of a preview tag was created: its config's org.opencontainers.image.created. */
async function createdAt(
  client: OciClient,
  digest: string,
  children: Map<string, string[]>
): Promise<number | undefined> {
  const first = children.get(digest)?.[0] ?? digest
  const manifest = await readManifest(client, first)
  if (!manifest?.json.config) return undefined
  const labels = await configLabels(client, manifest.json)
  const text = labels['org.opencontainers.image.created']
  const ms = text ? Date.parse(text) : NaN
  return Number.isNaN(ms) ? undefined : ms
}

/**
 * Deletes the preview tags of one pull request (`pr`) or every preview older than
 * `olderThanMs` (by its image's `org.opencontainers.image.created`, the commit time of the
 * last push), and the manifests only they reference. A refusal (permissions, deletion
 * disabled) is a warning in the report, never a throw: cleanup must not fail a workflow.
 */
export async function cleanupPreviews(
  options: CleanupOptions,
  logger: Logger
): Promise<CleanupReport> {
  const where = clientForImage(options.image, options.credentials)
  const { client } = where
  const report: CleanupReport = {
    image: options.image,
    tags: [],
    deleted: [],
    untagged: [],
    keptShared: [],
    tooRecent: [],
    warnings: [],
    dryRun: options.dryRun === true
  }
  let graph: RepositoryGraph
  try {
    graph = await readRepositoryGraph(client)
  } catch (error) {
    report.warnings.push(`cannot read ${options.image}: ${deletionProblem(error, where.registry)}`)
    return report
  }
  const allTags = [...graph.tags.keys()]
  let victims: string[]
  if (options.pr !== undefined) {
    victims = previewTagsOf(allTags, options.pr)
  } else if (options.olderThanMs !== undefined) {
    const limit = (options.now ?? Date.now()) - options.olderThanMs
    const byPr = new Map<number, string[]>()
    for (const tag of allTags) {
      const n = previewNumber(tag)
      if (n !== undefined) byPr.set(n, [...(byPr.get(n) ?? []), tag])
    }
    victims = []
    for (const [, tags] of [...byPr].sort(([a], [b]) => a - b)) {
      // A preview's age is its newest image: one recent push keeps all its tags.
      let newest: number | undefined
      for (const tag of tags) {
        const at = await createdAt(client, graph.tags.get(tag) as string, graph.children)
        if (at !== undefined && (newest === undefined || at > newest)) newest = at
      }
      if (newest !== undefined && newest < limit) victims.push(...tags)
      else report.tooRecent.push(...tags)
    }
  } else {
    throw new Error('cleanup needs a pull request number or an age limit')
  }
  // Cosign-style companions of a deleted digest (sha256-<hex>.sig/.att/.sbom) go with it.
  const plan0 = planCleanup(graph, victims)
  const companions = allTags.filter(tag =>
    plan0.deleteDigests.some(d => new RegExp(`^${d.replace(':', '-')}\\.(sig|att|sbom)$`).test(tag))
  )
  const plan = planCleanup(graph, [...victims, ...companions])
  report.tags = [...victims, ...companions].sort()
  report.keptShared = plan.keptShared
  logger.info(
    `${options.image}: ${report.tags.length} preview tag(s) to remove (${report.tags.join(', ') || 'none'}); ` +
      `${plan.deleteDigests.length} manifest(s) only they reference; ${plan.keptShared.length} shared with other tags kept`
  )
  if (options.dryRun) {
    report.deleted = plan.deleteDigests
    report.untagged = plan.untagOnly
    return report
  }
  const deleter =
    where.registry === 'ghcr.io'
      ? githubPackagesDeleter(client, {
          token: options.githubToken ?? options.credentials?.password ?? '',
          apiUrl: options.githubApiUrl,
          fetch: options.fetch
        })
      : distributionDeleter(client)
  try {
    for (const tag of plan.untagOnly) {
      await deleter.untag(tag)
      report.untagged.push(tag)
      logger.info(`Untagged ${tag} (its manifest is still another tag's)`)
    }
    for (const digest of plan.deleteDigests) {
      if (await deleter.deleteDigest(digest)) report.deleted.push(digest)
      logger.info(`Deleted ${where.repository}@${digest}`)
    }
  } catch (error) {
    const problem = deletionProblem(error, where.registry)
    report.warnings.push(problem)
    logger.warning(`Preview cleanup incomplete: ${problem}`)
  }
  return report
}
