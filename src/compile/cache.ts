import { mkdir } from 'node:fs/promises'
import type { Logger } from '../logger.js'
import { routeCacheOutput } from './cache-log.js'
import type { GoCacheDirs } from './cache-key.js'
import { existsSync } from 'node:fs'
import {
  markGoCacheEntriesUnused,
  modulesInGoSum,
  trimGoCache,
  trimGoModCache,
  type ModTrimResult,
  type TrimResult
} from './trim.js'

/**
 * What the main step hands to the post step (through core.saveState as JSON): enough to
 * trim and save exactly what was restored, under the key computed before the build.
 */
export interface GoCacheState {
  key: string
  /** [GOCACHE, GOMODCACHE]: the same list at restore and save (it is part of the cache version). */
  paths: string[]
  gocache: string
  /** True only on an exact match of `key`: then the save is skipped. */
  cacheHit: boolean
  matchedKey?: string
  /** GOCACHE entries with an older mtime were not used by this build (see trim.ts). */
  trimCutoffMs?: number
  gomodcache?: string
  /** The go.sum of the compiled workspace: module sources it does not list are dropped. */
  goSumFiles?: string[]
}

/**
 * @actions/cache is loaded when first used: it brings an HTTP client and the Azure SDK,
 * ~0.2 s of start-up a local CLI run (which never talks to the cache service) need not pay.
 */
const actionsCache = () => import('@actions/cache')

/**
 * @actions/cache's isFeatureAvailable, without loading it when neither service variable it
 * reads is set (every local run).
 */
export async function cacheServiceAvailable(): Promise<boolean> {
  if (!process.env.ACTIONS_CACHE_URL && !process.env.ACTIONS_RESULTS_URL) return false
  return (await actionsCache()).isFeatureAvailable()
}

/** Minutes from SEGMENT_DOWNLOAD_TIMEOUT_MINS (the variable @actions/cache reads), else 5. */
function defaultRestoreTimeoutMs(env: NodeJS.ProcessEnv): number {
  const minutes = Number(env.SEGMENT_DOWNLOAD_TIMEOUT_MINS)
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 5) * 60_000
}

const TIMED_OUT = Symbol('timed out')

/** Resolves to TIMED_OUT after ms; the timer never keeps the process alive. */
function deadline(ms: number): { promise: Promise<typeof TIMED_OUT>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined
  const promise = new Promise<typeof TIMED_OUT>(resolve => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms)
    timer.unref()
  })
  return { promise, cancel: () => clearTimeout(timer) }
}

/**
 * Runs a cache call with its log routed to the logger and a deadline. Every failure becomes
 * a warning and `undefined`: a cache is an optimisation, never a reason to fail the build.
 */
async function guarded<T>(
  what: string,
  timeoutMs: number,
  logger: Logger,
  fn: () => Promise<T>
): Promise<{ value?: T; problems: string[] }> {
  const routed = routeCacheOutput(logger, fn)
  const limit = deadline(timeoutMs)
  try {
    const value = await Promise.race([routed.promise, limit.promise])
    if (value === TIMED_OUT) {
      routed.release()
      logger.warning(
        `Go cache: ${what} did not finish within ${Math.round(timeoutMs / 1000)}s; going on without it`
      )
      routed.promise.catch(() => {})
      return { problems: [...routed.messages.problems, 'timeout'] }
    }
    return { value, problems: routed.messages.problems }
  } catch (error) {
    logger.warning(`Go cache: ${what} failed: ${(error as Error).message}`)
    return { problems: [...routed.messages.problems, (error as Error).message] }
  } finally {
    limit.cancel()
  }
}

export interface RestoreGoCacheOptions {
  dirs: GoCacheDirs
  key: string
  restoreKeys: string[]
  logger: Logger
  /**
   * The go.sum of the workspace that will be compiled (it may not exist yet: it is read at
   * save time). When given, GOMODCACHE is trimmed to the modules it lists before saving.
   */
  goSumFiles?: string[]
  /** Default: SEGMENT_DOWNLOAD_TIMEOUT_MINS, else 5 minutes. */
  timeoutMs?: number
  env?: NodeJS.ProcessEnv
  /**
   * More folders restored and saved with the Go caches: the pipeline's tools folder (the
   * goscan helper, the tidy results and the binaries' content keys), so a fresh runner finds
   * them again.
   */
  extraPaths?: string[]
}

/**
 * Restores GOCACHE and GOMODCACHE, then ages the GOCACHE entries so that the save can keep
 * only what the build used. Never throws for a cache problem.
 *
 * After a timeout the download may still finish and extract later, while Go compiles. That
 * is safe: GOCACHE output entries are named by their content hash and Go checks the size
 * and hash of what it reads, so a late overwrite with the same entry changes nothing.
 */
export async function restoreGoCache(options: RestoreGoCacheOptions): Promise<GoCacheState> {
  const { dirs, key, logger } = options
  const paths = [dirs.gocache, dirs.gomodcache, ...(options.extraPaths ?? [])]
  await Promise.all(paths.map(path => mkdir(path, { recursive: true })))
  const state: GoCacheState = {
    key,
    paths,
    gocache: dirs.gocache,
    gomodcache: dirs.gomodcache,
    goSumFiles: options.goSumFiles,
    cacheHit: false
  }
  if (!(await cacheServiceAvailable())) {
    // Nothing will be saved either, so the folders are left as they are (no aging).
    logger.info(
      'Go cache: no Actions cache service here (ACTIONS_CACHE_URL unset); using the cache folders as they are'
    )
    return state
  } else {
    const cache = await actionsCache()
    const timeoutMs = options.timeoutMs ?? defaultRestoreTimeoutMs(options.env ?? process.env)
    const started = Date.now()
    const { value: matchedKey } = await guarded('restore', timeoutMs, logger, () =>
      cache.restoreCache([...paths], key, options.restoreKeys)
    )
    if (matchedKey) {
      state.matchedKey = matchedKey
      state.cacheHit = matchedKey === key
      const how = state.cacheHit ? 'exact hit' : 'restored through a restore-key'
      logger.info(
        `Go cache: ${how} ${matchedKey} in ${((Date.now() - started) / 1000).toFixed(1)}s`
      )
    } else {
      logger.info(`Go cache: nothing restored for ${key}`)
    }
  }
  state.trimCutoffMs = (await markGoCacheEntriesUnused(dirs.gocache)).cutoffMs
  return state
}

export interface SaveGoCacheOptions {
  state: GoCacheState
  logger: Logger
  /** Default 15 minutes. */
  timeoutMs?: number
  /** Default true: drop GOCACHE entries this build did not use before saving. */
  trim?: boolean
}

export interface SaveGoCacheResult {
  saved: boolean
  /** The id the cache service gave the entry, when saved. */
  cacheId?: number
  /** Why nothing was saved. */
  skipped?: 'exact-hit' | 'unavailable' | 'failed'
  trim?: TrimResult
  modTrim?: ModTrimResult
}

/** Trims and saves the Go caches (the action's post step). Never throws for a cache problem. */
export async function saveGoCache(options: SaveGoCacheOptions): Promise<SaveGoCacheResult> {
  const { state, logger } = options
  const cache = await actionsCache()
  if (state.cacheHit) {
    logger.info(`Go cache: exact hit on ${state.key}; nothing new to save`)
    return { saved: false, skipped: 'exact-hit' }
  }
  if (!cache.isFeatureAvailable()) {
    logger.info('Go cache: no Actions cache service here (ACTIONS_CACHE_URL unset); not saving')
    return { saved: false, skipped: 'unavailable' }
  }
  let trim: TrimResult | undefined
  if (options.trim !== false && state.trimCutoffMs !== undefined) {
    trim = await trimGoCache(state.gocache, state.trimCutoffMs)
    const mb = (bytes: number) => (bytes / 1048576).toFixed(1)
    logger.info(
      `Go cache: trimmed ${trim.removedFiles} unused entries (${mb(trim.removedBytes)} MiB), keeping ${trim.keptFiles} (${mb(trim.keptBytes)} MiB)`
    )
  }
  let modTrim: ModTrimResult | undefined
  const goSums = state.goSumFiles?.filter(file => existsSync(file)) ?? []
  if (options.trim !== false && state.gomodcache && goSums.length > 0) {
    modTrim = await trimGoModCache(state.gomodcache, await modulesInGoSum(goSums))
    if (modTrim.removedModules.length > 0) {
      logger.info(
        `Go cache: dropped ${modTrim.removedModules.length} modules the build no longer uses from GOMODCACHE (${(modTrim.removedBytes / 1048576).toFixed(1)} MiB)`
      )
    }
  }
  const { value: cacheId, problems } = await guarded(
    'save',
    options.timeoutMs ?? 15 * 60_000,
    logger,
    () => cache.saveCache([...state.paths], state.key)
  )
  if (cacheId === undefined || cacheId === -1) {
    // saveCache reports most failures itself (routed above) and returns -1; say it plainly
    // when it did not.
    if (problems.length === 0)
      logger.warning(`Go cache: ${state.key} was not saved (the cache service did not accept it)`)
    return { saved: false, skipped: 'failed', trim, modTrim }
  }
  logger.info(`Go cache: saved ${state.key} (id ${cacheId})`)
  return { saved: true, cacheId, trim, modTrim }
}
