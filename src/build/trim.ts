import { readdir, rm, stat, utimes } from 'node:fs/promises'
import { join } from 'node:path'

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
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return 0
  }
  let total = 0
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) total += await directorySize(path)
    else if (entry.isFile()) total += (await stat(path).catch(() => ({ size: 0 }))).size
  }
  return total
}
