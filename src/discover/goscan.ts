/**
 * Runs goscan, the Go helper in goscan/ that finds policies with go/build, go/parser and
 * go/types (see goscan/README.md for why). It is compiled once per goscan source + Go
 * version into a cache folder and reused; building takes a few seconds, running well under one.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { BuildError } from '../errors.js'
import { run } from '../util/exec.js'
import { packageRoot } from '../util/paths.js'
import { goEnvironment, runGo } from '../go/command.js'
import type { GoToolchain } from '../go/toolchain.js'
import type { Platform } from '../types.js'
import { platformString } from '../plan/platforms.js'

export interface GoscanDiagnostic {
  file: string
  line: number
  column: number
  message: string
  /** A stable kind (missing-module, go-version, empty-name, cgo-excluded, ...): goscan/README.md. */
  code?: string
  /** What to do about it. */
  fix?: string
}

export interface GoscanPolicy {
  symbol: string
  kind: 'constructor' | 'pointer' | 'value'
  composite: boolean
  name?: string
  file: string
  line: number
}

export interface GoscanPackage {
  importPath: string
  dir: string
  name: string
  policies: GoscanPolicy[]
  warnings: GoscanDiagnostic[]
  syntaxErrors: GoscanDiagnostic[]
  /** Compile errors the engine build would hit, in the compiler's words. */
  typeErrors?: GoscanDiagnostic[]
  /** Problems that compile but stop the engine (an empty constant name). */
  errors?: GoscanDiagnostic[]
}

export interface GoscanModule {
  dir: string
  module: string
  packages: GoscanPackage[]
  errors: GoscanDiagnostic[]
}

export interface GoscanOutput {
  goos: string
  goarch: string
  variant?: string
  modules: GoscanModule[]
}

/** The cache root: POLICY_ENGINE_BUILD_CACHE, else ~/.cache/policy-engine-build. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.POLICY_ENGINE_BUILD_CACHE ||
    join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'policy-engine-build')
  )
}

const builds = new Map<string, Promise<string>>()

/**
 * Path of the goscan binary, building it first when this source/Go version has none yet.
 * `helperDir` (the pipeline's tools folder, saved with the Go caches) replaces
 * `<cacheRoot>/goscan`, so a fresh runner gets the helper back with the restored cache.
 */
export function goscanBinary(
  env: NodeJS.ProcessEnv = process.env,
  helperDir?: string,
  toolchain?: GoToolchain
): Promise<string> {
  const key = helperDir ?? cacheRoot(env)
  let pending = builds.get(key)
  if (!pending) {
    pending = buildGoscan(env, helperDir, toolchain)
    pending.catch(() => builds.delete(key))
    builds.set(key, pending)
  }
  return pending
}

/**
 * What `go env GOVERSION GOHOSTOS GOHOSTARCH GOROOT` prints: from the toolchain the pipeline
 * already read when it has one (one `go` process less per run), else from Go.
 */
async function goEnvText(env: NodeJS.ProcessEnv, toolchain?: GoToolchain): Promise<string> {
  if (toolchain?.rawVersion) {
    const { rawVersion, hostOs, hostArch, goroot } = toolchain
    return `${[rawVersion, hostOs, hostArch, goroot].join('\n')}\n`
  }
  const version = await runGo(['env', 'GOVERSION', 'GOHOSTOS', 'GOHOSTARCH', 'GOROOT'], {
    env,
    step: 'discover',
    timeoutMs: 60_000
  })
  if (version.exitCode !== 0) {
    throw new BuildError('discover', `cannot run the Go toolchain: ${version.stderr.trim()}`)
  }
  return version.stdout
}

/**
 * The files the helper is built from: its Go sources (tests aside) and go.mod, sorted. Its id
 * here, the Go cache key and the unchanged-run key all count exactly these.
 */
export function helperSources(): string[] {
  const dir = join(packageRoot(), 'goscan')
  try {
    return readdirSync(dir)
      .filter(name => (name.endsWith('.go') && !name.endsWith('_test.go')) || name === 'go.mod')
      .sort()
      .map(name => join(dir, name))
  } catch {
    return []
  }
}

async function buildGoscan(
  env: NodeJS.ProcessEnv,
  helperDir?: string,
  toolchain?: GoToolchain
): Promise<string> {
  const source = join(packageRoot(), 'goscan')
  const goEnv = await goEnvText(env, toolchain)
  const hash = createHash('sha256').update(goEnv)
  const sources = helperSources()
  if (sources.length === 0) {
    throw new BuildError('discover', `the goscan helper's sources are missing from ${source}`)
  }
  for (const file of sources) {
    hash.update(`\0${basename(file)}\0`).update(await readFile(file))
  }
  const id = hash.digest('hex').slice(0, 16)
  const [, , , root] = goEnv.split('\n')
  if (root) goroots.set(gorootKey(env), Promise.resolve(root.trim()))
  const parent = helperDir ?? join(cacheRoot(env), 'goscan')
  let dir = join(parent, id)
  if (existsSync(join(dir, 'goscan'))) return join(dir, 'goscan')
  // A saved tools folder keeps only the current helper: older ones would be saved forever.
  if (helperDir) await removeOthers(helperDir, id)
  try {
    await mkdir(dir, { recursive: true })
  } catch {
    // A read-only home (some CI sandboxes): build into the temporary folder instead.
    dir = join(tmpdir(), 'policy-engine-build', 'goscan', id)
    if (existsSync(join(dir, 'goscan'))) return join(dir, 'goscan')
    await mkdir(dir, { recursive: true })
  }
  const binary = join(dir, 'goscan')
  // Build next to the final name, then rename: concurrent runs never see half a binary.
  const partial = `${binary}.${process.pid}.${Date.now()}.tmp`
  const result = await runGo(['build', '-trimpath', '-o', partial, '.'], {
    cwd: source,
    env: { ...env, CGO_ENABLED: '0' },
    step: 'discover',
    timeoutMs: 5 * 60_000
  })
  if (result.exitCode !== 0) {
    await rm(partial, { force: true })
    throw new BuildError('discover', `building the goscan helper failed:\n${result.stderr.trim()}`)
  }
  await rename(partial, binary)
  return binary
}

async function removeOthers(parent: string, keep: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (name !== keep) await rm(join(parent, name), { recursive: true, force: true })
  }
}

const goroots = new Map<string, Promise<string>>()

function gorootKey(env: NodeJS.ProcessEnv): string {
  return `${env.PATH}\0${env.GOROOT ?? ''}`
}

function goroot(env: NodeJS.ProcessEnv): Promise<string> {
  const key = gorootKey(env)
  let pending = goroots.get(key)
  if (!pending) {
    pending = runGo(['env', 'GOROOT'], { env, step: 'discover', timeoutMs: 60_000 }).then(r =>
      r.stdout.trim()
    )
    goroots.set(key, pending)
  }
  return pending
}

/**
 * Scans module directories for policies, once per target platform (in one process). Targets
 * keep their variant (linux/amd64/v3, linux/arm/v7): the variant's tool tags select files.
 */
export async function runGoscan(
  dirs: string[],
  options: {
    targets?: Platform[]
    buildTags?: string[]
    env?: NodeJS.ProcessEnv
    /** Where the helper is kept (default `<cacheRoot>/goscan`); see goscanBinary. */
    helperDir?: string
    /** The toolchain, when the caller has read it already. */
    toolchain?: GoToolchain
  } = {}
): Promise<GoscanOutput[]> {
  const env = options.env ?? process.env
  const targets = options.targets?.length ? options.targets : [{ os: 'linux', arch: 'amd64' }]
  const binary = await goscanBinary(env, options.helperDir, options.toolchain)
  const hostEnv = goEnvironment(env)
  // goscan reads the standard library from GOROOT; a -trimpath binary does not know where
  // that is, so it is told.
  const result = await run(
    binary,
    [
      '-platforms',
      targets.map(platformString).join(','),
      '-tags',
      (options.buildTags ?? []).join(','),
      // The standard library's listing, kept beside this helper (a new Go or helper starts a
      // new one) and saved with it in the tools folder.
      '-std-cache',
      join(dirname(binary), 'std'),
      '--',
      ...dirs
    ],
    { env: { ...hostEnv, GOROOT: await goroot(hostEnv) }, timeoutMs: 5 * 60_000 }
  )
  if (result.exitCode !== 0) {
    throw new BuildError(
      'discover',
      `goscan failed (exit ${result.exitCode}): ${result.stderr.trim()}`
    )
  }
  return (JSON.parse(result.stdout) as { targets: GoscanOutput[] }).targets
}
