import { readFile, readdir, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { entriesOf } from '../util/fs.js'

/**
 * GOCACHE trimming by access time, the way Go itself tracks use.
 *
 * Go refreshes an entry's mtime when it reads it, but only when the mtime is more than an
 * hour old (cmd/go/internal/cache: mtimeInterval), to save syscalls. So after a restore we
 * age every entry by two hours; the build then touches exactly the entries it uses (and
 * writes new ones with the current time); before saving, whatever still carries the old
 * time was not used by this build and is deleted. The saved cache is what one build needs,
 * whatever happened in earlier runs, so it cannot grow run after run.
 */

const HOUR = 60 * 60 * 1000
/** How far back restored entries are aged: comfortably beyond Go's one-hour interval. */
export const AGE_BY_MS = 2 * HOUR

/** GOCACHE keeps its entries in 256 folders named 00..ff; nothing else there is touched. */
const ENTRY_DIR = /^[0-9a-f]{2}$/

async function entryFiles(gocache: string): Promise<string[]> {
  let dirs: string[]
  try {
    dirs = (await readdir(gocache, { withFileTypes: true }))
      .filter(d => d.isDirectory() && ENTRY_DIR.test(d.name))
      .map(d => join(gocache, d.name))
  } catch {
    return []
  }
  const lists = await Promise.all(
    dirs.map(async dir =>
      (await readdir(dir, { withFileTypes: true }))
        .filter(f => f.isFile())
        .map(f => join(dir, f.name))
    )
  )
  return lists.flat()
}

/** Runs fn over items with a bounded number in flight (thousands of files, few fds). */
async function forEachLimited<T>(
  items: T[],
  fn: (item: T) => Promise<void>,
  limit = 64
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

export interface MarkResult {
  files: number
  /** Entries whose mtime is older than this were not used after the marking. */
  cutoffMs: number
}

/**
 * Ages every GOCACHE entry so that the next build's use of it is visible. Call right after
 * the restore, before compiling.
 */
export async function markGoCacheEntriesUnused(
  gocache: string,
  now = Date.now()
): Promise<MarkResult> {
  const aged = new Date(now - AGE_BY_MS)
  const files = await entryFiles(gocache)
  await forEachLimited(files, async file => {
    try {
      await utimes(file, aged, aged)
    } catch {
      // removed meanwhile: nothing to age
    }
  })
  // Halfway between the aged time and now: clear of both, whatever the clock granularity.
  return { files: files.length, cutoffMs: now - AGE_BY_MS / 2 }
}

export interface TrimResult {
  removedFiles: number
  removedBytes: number
  keptFiles: number
  keptBytes: number
}

/** Deletes the GOCACHE entries not used since they were marked (mtime before cutoffMs). */
export async function trimGoCache(gocache: string, cutoffMs: number): Promise<TrimResult> {
  const result: TrimResult = { removedFiles: 0, removedBytes: 0, keptFiles: 0, keptBytes: 0 }
  await forEachLimited(await entryFiles(gocache), async file => {
    try {
      const info = await stat(file)
      if (info.mtimeMs < cutoffMs) {
        await rm(file, { force: true })
        result.removedFiles++
        result.removedBytes += info.size
      } else {
        result.keptFiles++
        result.keptBytes += info.size
      }
    } catch {
      // vanished meanwhile
    }
  })
  return result
}

/** Total size in bytes of the regular files under dir (0 when it does not exist). */
export async function directorySize(dir: string): Promise<number> {
  // A walk of our own: readdir's `recursive` with file types misreports parents on Node 20.
  const entries = await entriesOf(dir)
  let total = 0
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) total += await directorySize(path)
    else if (entry.isFile()) total += (await stat(path).catch(() => ({ size: 0 }))).size
  }
  return total
}

/** Go's module cache escaping: `!x` stands for `X` in paths and versions. */
function unescapeModulePath(text: string): string {
  return text.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase())
}

/**
 * `path@version` of every module whose sources a build needs: go.sum lines without /go.mod.
 * An untidy go.sum (old versions left by `go get`) only keeps more, never less.
 */
export async function modulesInGoSum(goSumFiles: readonly string[]): Promise<Set<string>> {
  const modules = new Set<string>()
  for (const file of goSumFiles) {
    let text = ''
    try {
      text = await readFile(file, 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n')) {
      const [path, version] = line.trim().split(/\s+/)
      if (path && version && !version.endsWith('/go.mod')) modules.add(`${path}@${version}`)
    }
  }
  return modules
}

export interface ModTrimResult {
  removedModules: string[]
  removedBytes: number
}

/**
 * Drops from GOMODCACHE the sources (extracted folders and zips) of modules the build does
 * not need, i.e. not listed in its go.sum. The small .mod/.info files stay: Go reads them
 * for the whole module graph, not only the build list. A wrongly dropped module is
 * downloaded again, never a failure.
 */
export async function trimGoModCache(
  gomodcache: string,
  keep: ReadonlySet<string>
): Promise<ModTrimResult> {
  const result: ModTrimResult = { removedModules: [], removedBytes: 0 }
  const drop = async (path: string, module: string): Promise<void> => {
    result.removedBytes += (await stat(path)).isDirectory()
      ? await directorySize(path)
      : (await stat(path)).size
    await rm(path, { recursive: true, force: true })
    if (!result.removedModules.includes(module)) result.removedModules.push(module)
  }
  // Extracted modules: <escaped path>@<escaped version>/ anywhere outside cache/.
  const walkExtracted = async (dir: string, rel: string): Promise<void> => {
    const entries = await entriesOf(dir)
    for (const entry of entries) {
      if (!entry.isDirectory() || (rel === '' && entry.name === 'cache')) continue
      const relPath = rel ? `${rel}/${entry.name}` : entry.name
      const at = entry.name.lastIndexOf('@')
      if (at < 0) {
        await walkExtracted(join(dir, entry.name), relPath)
        continue
      }
      const module = unescapeModulePath(`${rel ? `${rel}/` : ''}${entry.name}`)
      if (!keep.has(module)) await drop(join(dir, entry.name), module)
    }
  }
  await walkExtracted(gomodcache, '')
  // Downloaded zips: cache/download/<escaped path>/@v/<escaped version>.zip (+ .ziphash).
  const download = join(gomodcache, 'cache', 'download')
  const walkDownloads = async (dir: string, rel: string): Promise<void> => {
    const entries = await entriesOf(dir)
    for (const entry of entries) {
      if (!entry.isDirectory()) continue
      if (entry.name !== '@v') {
        if (!(rel === '' && entry.name === 'sumdb')) {
          await walkDownloads(join(dir, entry.name), rel ? `${rel}/${entry.name}` : entry.name)
        }
        continue
      }
      for (const file of await readdir(join(dir, '@v'))) {
        const m = /^(.+)\.(zip|ziphash)$/.exec(file)
        if (!m) continue
        const module = unescapeModulePath(`${rel}@${m[1]}`)
        if (!keep.has(module)) await drop(join(dir, '@v', file), module)
      }
    }
  }
  await walkDownloads(download, '')
  return result
}
