/**
 * Binaries reused when every input that makes them is identical, proven by a content key
 * (never by timestamps): the Go version, the build's Go variables, the ldflags (version,
 * commit, date), the go build flags, the platform, and every file of the generated workspace
 * (engine, imports.go, go.mod, go.sum), of the local policy modules and of the folders their
 * replaces point at. A binary is taken only when its recorded key matches and its bytes still
 * hash to what was recorded after it was built.
 */
import { createHash } from 'node:crypto'
import {
  existsSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  type Dirent,
  type Stats
} from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Platform } from '../types.js'
import { isInside, realpathOrNearest } from '../discover/paths.js'
import { goEnvironment } from '../go/command.js'
import { recordSecret } from './record-secret.js'
import { binaryPath, platformString } from '../plan/platforms.js'

/** Beside the binaries, outside bin/ (not part of the image build context). */
export const BINARY_KEYS_FILE = '.policy-engine-build-binaries.json'

/** Build output and our own files at the workspace root: not inputs of the binaries. */
const OUTPUTS = new Set([
  'bin',
  'Dockerfile',
  '.dockerignore',
  'buildx-metadata.json',
  'image.oci.tar',
  BINARY_KEYS_FILE
])

/** Go variables that do not change what is compiled (caches, proxies, where to download). */
const NOT_BUILD_INPUTS =
  /^(GOCACHE|GOMODCACHE|GOPATH|GOPROXY|GONOPROXY|GONOSUMDB|GONOSUMCHECK|GOPRIVATE|GOSUMDB|GOINSECURE|GOAUTH|GOTMPDIR|GOENV|GOTELEMETRY|GOTELEMETRYDIR|GOVCS)$/

export interface BinaryInputs {
  /** `go env GOVERSION`'s version, e.g. 1.26.8. */
  goVersion: string
  /** The full -ldflags string (version, commit, date stamped). */
  ldflags: string
  goBuildFlags: readonly string[]
  /** The base environment of the build (the platform's variables are added here). */
  env: NodeJS.ProcessEnv
  /** The generated engine workspace. */
  workspaceDir: string
  /** Local policy modules and the local folders their replaces name. */
  sourceDirs: readonly string[]
  /** Symlinks in the source folders are followed only into here (the user's workspace). */
  linkBoundary?: string
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * Every regular file under `root` by relative path and content (depth-limited). A symlink is
 * followed only when its real target is inside `boundary` (default: `root`); any other link
 * counts by its own text, so hashing never reads outside what the build may read (discovery
 * refuses such links afterwards). `withoutTests` leaves out `_test.go` files and testdata
 * folders: for the engine and the helper, whose tests never reach a build (a policy's could,
 * through go:embed).
 *
 * Synchronous reads on purpose: a tree is a few hundred small files, and one thread-pool
 * round trip per file costs more than the read itself (this runs on every rebuild).
 */
export async function hashTree(
  root: string,
  skipTop: Set<string>,
  withoutTests = false,
  boundary = root
): Promise<string> {
  const lines: string[] = []
  const limit = realpathOrNearest(boundary)
  const walk = (dir: string, depth: number): void => {
    if (depth > 32) return
    let entries: Dirent[]
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const name = entry.name
      if (name === '.git' || name === 'node_modules') continue
      if (withoutTests && (name.endsWith('_test.go') || name === 'testdata')) continue
      if (depth === 0 && skipTop.has(name)) continue
      const path = join(dir, name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = realpathOrNearest(path)
        if (!isInside(limit, target)) {
          lines.push(`${relative(root, path)} -> ${readlinkSync(path)}`)
          continue
        }
        const info = statOrUndefined(target)
        isDir = info?.isDirectory() ?? false
        isFile = info?.isFile() ?? false
      }
      if (isDir) walk(path, depth + 1)
      else if (isFile) lines.push(`${relative(root, path)} ${sha256(readFileSync(path))}`)
    }
  }
  walk(root, 0)
  return sha256(lines.sort().join('\n'))
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}

/** The part of the key shared by every platform (the trees are hashed once). */
export async function sharedBinaryKey(inputs: BinaryInputs): Promise<string> {
  const trees = [await hashTree(inputs.workspaceDir, OUTPUTS)]
  for (const dir of [...new Set(inputs.sourceDirs)].sort()) {
    trees.push(`${dir} ${await hashTree(dir, new Set(), false, inputs.linkBoundary ?? dir)}`)
  }
  return sha256(
    JSON.stringify({
      // Only binaries this machine recorded match (compile/record-secret.ts).
      secret: recordSecret(inputs.env),
      go: inputs.goVersion,
      ldflags: inputs.ldflags,
      flags: inputs.goBuildFlags,
      trees
    })
  )
}

/** The Go variables of one platform's build that change what is compiled, as NAME=value. */
export function goBuildVariables(base: NodeJS.ProcessEnv, platform: Platform): string[] {
  const env = goEnvironment(base, platform)
  return Object.keys(env)
    .filter(
      name => (name.startsWith('GO') || name === 'CGO_ENABLED') && !NOT_BUILD_INPUTS.test(name)
    )
    .sort()
    .map(name => `${name}=${env[name]}`)
}

/** The key of one platform's binary: the shared key, the platform and its Go environment. */
export function binaryKey(shared: string, inputs: BinaryInputs, platform: Platform): string {
  const vars = goBuildVariables(inputs.env, platform)
  return sha256(JSON.stringify({ shared, platform: platformString(platform), vars }))
}

interface Recorded {
  key: string
  sha256: string
}

async function readRecords(outDir: string): Promise<Record<string, Recorded>> {
  try {
    return JSON.parse(await readFile(join(outDir, BINARY_KEYS_FILE), 'utf8'))
  } catch {
    return {}
  }
}

/** The platforms whose binary in outDir was built from exactly these inputs. */
export async function reusableBinaries(
  outDir: string,
  keys: Map<string, string>,
  platforms: Platform[]
): Promise<Platform[]> {
  const records = await readRecords(outDir)
  const reusable: Platform[] = []
  for (const platform of platforms) {
    const record = records[platformString(platform)]
    const path = binaryPath(outDir, platform)
    if (!record || record.key !== keys.get(platformString(platform)) || !existsSync(path)) continue
    if (sha256(await readFile(path)) === record.sha256) reusable.push(platform)
  }
  return reusable
}

/**
 * The sha256 of each binary as recordBinaries hashed it after the build, by path: the run
 * record takes them rather than reading the binaries a second time.
 */
export async function recordedBinaryHashes(outDir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  for (const [name, record] of Object.entries(await readRecords(outDir))) {
    const [os, arch, variant] = name.split('/')
    if (os && arch && typeof record?.sha256 === 'string')
      hashes.set(binaryPath(outDir, { os, arch, ...(variant ? { variant } : {}) }), record.sha256)
  }
  return hashes
}

/** Records the keys of the binaries now in outDir (only the platforms of this build). */
export async function recordBinaries(
  outDir: string,
  keys: Map<string, string>,
  platforms: Platform[]
): Promise<void> {
  const records: Record<string, Recorded> = {}
  for (const platform of platforms) {
    const name = platformString(platform)
    const key = keys.get(name)
    if (!key) continue
    records[name] = { key, sha256: sha256(await readFile(binaryPath(outDir, platform))) }
  }
  await writeFile(join(outDir, BINARY_KEYS_FILE), `${JSON.stringify(records, null, 2)}\n`)
}
