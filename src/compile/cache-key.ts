import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { InputError, type Problem } from '../errors.js'
import type { Platform } from '../types.js'
import { platformString } from '../plan/platforms.js'
import { entriesOf } from '../util/fs.js'

/** The GOCACHE and GOMODCACHE folders the build uses (never the user's own ones). */
export interface GoCacheDirs {
  gocache: string
  gomodcache: string
}

/**
 * Dedicated cache folders, so that trimming and saving never touch caches of other steps.
 * - action: under RUNNER_TEMP (the same absolute path on every run of a runner image, which
 *   matters: @actions/cache folds the paths into the cache version).
 * - local (CLI): a persistent folder, `$XDG_CACHE_HOME/policy-engine-build/go` or
 *   `~/.cache/policy-engine-build/go`, kept between runs and trimmed by Go itself.
 */
export function goCacheDirs(
  mode: 'action' | 'local',
  env: NodeJS.ProcessEnv = process.env
): GoCacheDirs {
  const base =
    mode === 'action'
      ? join(env.RUNNER_TEMP || tmpdir(), 'policy-engine-build', 'go')
      : join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'policy-engine-build', 'go')
  return { gocache: join(base, 'build'), gomodcache: join(base, 'mod') }
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * One hash over the contents of files, independent of where the checkout lives and of the
 * order the files were listed in. Missing files (a module without go.sum) count as absent.
 */
export async function hashFileContents(files: readonly string[]): Promise<string> {
  const digests: string[] = []
  for (const file of new Set(files)) {
    try {
      digests.push(sha256(await readFile(file)))
    } catch {
      // absent: nothing to hash
    }
  }
  return sha256(digests.sort().join('\n'))
}

const SKIP_DIR = /^(\.|_|testdata$|node_modules$|bin$)/

/** The Go sources (and go.mod/go.sum) under each root, skipping what Go skips. */
export async function goSourceFiles(roots: readonly string[]): Promise<string[]> {
  const files: string[] = []
  const walk = async (dir: string): Promise<void> => {
    const entries = await entriesOf(dir)
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIP_DIR.test(entry.name)) await walk(path)
      } else if (entry.isFile() && /(\.go|^go\.mod|^go\.sum)$/.test(entry.name)) {
        files.push(path)
      }
    }
  }
  for (const root of roots) await walk(root)
  return files
}

/** Hash of sources by path (relative to their root) and content: a rename is a change. */
export async function hashSources(roots: readonly string[]): Promise<string> {
  const lines: string[] = []
  for (const root of roots) {
    for (const file of await goSourceFiles([root])) {
      lines.push(`${relative(root, file)} ${sha256(await readFile(file))}`)
    }
  }
  return sha256(lines.sort().join('\n'))
}

function runnerOs(env: NodeJS.ProcessEnv): string {
  if (env.RUNNER_OS) return env.RUNNER_OS
  return (
    { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string] ??
    process.platform
  )
}

function runnerArch(env: NodeJS.ProcessEnv): string {
  if (env.RUNNER_ARCH) return env.RUNNER_ARCH
  return (
    { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[process.arch as string] ?? process.arch
  )
}

export interface GoCacheKeyOptions {
  /** The `cache-key-prefix` input. */
  prefix: string
  platforms: Platform[]
  /** The toolchain version, e.g. 1.26.8: another Go cannot reuse GOCACHE entries. */
  goVersion: string
  /** Every go.mod and go.sum involved (engine workspace and policy modules). */
  modFiles: readonly string[]
  /** Remote modules as module@version: their go.mod and sources are fixed by the version. */
  modules?: readonly string[]
  /**
   * Folders whose Go sources are part of the key (engine workspace, local policy modules).
   * Why beyond the go.mod/go.sum of SPEC: with a key from go.sum alone, a changed policy
   * gets an exact hit on the old entry, the save is skipped, and the cache never learns
   * the new code. With the sources in, each change saves a new (trimmed) entry and the next
   * run restores it through the restore-keys.
   */
  sourceRoots?: readonly string[]
  env?: NodeJS.ProcessEnv
  /**
   * Restore keys stop at these platforms (a distributed build's platform job): a leg never
   * restores, and so never re-saves, another platform's build cache.
   */
  platformScoped?: boolean
}

export interface GoCacheKey {
  key: string
  /** Most specific first: same modules, same platforms, same Go, then anything of this runner. */
  restoreKeys: string[]
}

/** What is wrong with a `cache-key-prefix` value, if anything. */
export function cacheKeyPrefixProblem(value: string): Problem | undefined {
  const prefix = value.trim()
  if (prefix && !/[,\s]/.test(prefix) && prefix.length <= 200) return undefined
  return {
    field: 'cache-key-prefix',
    message: `"${value}" cannot start a cache key (empty, too long, or holds a comma or space)`,
    fix: 'use a short word such as policy-engine-go'
  }
}

export async function goCacheKey(options: GoCacheKeyOptions): Promise<GoCacheKey> {
  const env = options.env ?? process.env
  const problem = cacheKeyPrefixProblem(options.prefix)
  if (problem) throw new InputError(problem)
  const prefix = options.prefix.trim()
  const platforms = [...new Set(options.platforms.map(platformString))].sort().join(',')
  const runner = `${prefix}-${runnerOs(env)}-${runnerArch(env)}-`
  const go = `${runner}go${options.goVersion}-`
  const withPlatforms = `${go}${sha256(platforms).slice(0, 12)}-`
  let mods = await hashFileContents(options.modFiles)
  if (options.modules?.length) mods = sha256(`${mods}\n${[...options.modules].sort().join('\n')}`)
  const withMods = `${withPlatforms}${mods.slice(0, 16)}-`
  const sources = options.sourceRoots?.length
    ? (await hashSources(options.sourceRoots)).slice(0, 16)
    : 'nosrc'
  const restoreKeys = options.platformScoped
    ? [withMods, withPlatforms]
    : [withMods, withPlatforms, go, runner]
  return { key: `${withMods}${sources}`, restoreKeys }
}
