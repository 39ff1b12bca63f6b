/**
 * The policy set of an engine image, recorded in the image's own labels so that a later build
 * (a pull request against its base branch, the next push of the same pull request) can say what
 * changed by reading three small documents from the registry, without checking out or
 * compiling the other revision.
 *
 * `io.policy-engine-build.policy-set` holds compact JSON:
 *   {"v":1,"engine":"sha256:…","policies":[{"n":name,"m":module,"p":package,"t":type,
 *     "v":version}|{…,"h":"sha256:…"}]}
 * A remote module is identified by its version; a local one by a content hash of the files
 * `go build` reads from it (and from the local folders its go.mod replaces in), so an edit is
 * seen even though a local module has no version.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { PolicyOutput } from '../types.js'

export const POLICY_SET_LABEL = 'io.policy-engine-build.policy-set'

/** One policy of a set: what the diff compares. */
export interface PolicySetEntry {
  name: string
  module: string
  package: string
  type: string
  /** Remote modules: the module version. */
  version?: string
  /** Local modules: sha256 of the module's source files (see moduleContentHash). */
  hash?: string
}

export interface PolicySet {
  /** sha256 of the engine core's source files. */
  engine?: string
  policies: PolicySetEntry[]
}

/** A policy's name: Name() when known, else package.Type (as the policies label does). */
export function entryName(policy: Pick<PolicyOutput, 'name' | 'package' | 'type'>): string {
  return policy.name ?? `${policy.package}.${policy.type}`
}

/** The set from the pipeline's policies and the hashes of the local module folders (by path). */
export function policySetOf(
  policies: PolicyOutput[],
  hashes: ReadonlyMap<string, string>,
  engine?: string
): PolicySet {
  const entries = policies.map(policy => {
    const entry: PolicySetEntry = {
      name: entryName(policy),
      module: policy.module,
      package: policy.package,
      type: policy.type
    }
    if (policy.version) entry.version = policy.version
    else if (policy.path !== null) {
      const hash = hashes.get(policy.path)
      if (hash) entry.hash = hash
    }
    return entry
  })
  entries.sort((a, b) => a.name.localeCompare(b.name) || a.package.localeCompare(b.package))
  return { ...(engine ? { engine } : {}), policies: entries }
}

/** The label value: compact JSON, one line, no control characters. */
export function formatPolicySet(set: PolicySet): string {
  return JSON.stringify({
    v: 1,
    ...(set.engine ? { engine: set.engine } : {}),
    policies: set.policies.map(p => ({
      n: p.name,
      m: p.module,
      p: p.package,
      t: p.type,
      ...(p.version ? { v: p.version } : {}),
      ...(p.hash ? { h: p.hash } : {})
    }))
  })
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/**
 * Reads a label value back. Undefined when the label is absent or not ours (an image built
 * before the label existed, or by something else): the caller then says it cannot compare.
 */
export function parsePolicySet(value: string | undefined): PolicySet | undefined {
  if (!value) return undefined
  let json: unknown
  try {
    json = JSON.parse(value)
  } catch {
    return undefined
  }
  const doc = json as { v?: unknown; engine?: unknown; policies?: unknown }
  if (!doc || doc.v !== 1 || !Array.isArray(doc.policies)) return undefined
  const policies: PolicySetEntry[] = []
  for (const raw of doc.policies as Record<string, unknown>[]) {
    const name = text(raw?.n)
    const module = text(raw?.m)
    if (!name || !module) return undefined
    const entry: PolicySetEntry = {
      name,
      module,
      package: text(raw.p) ?? module,
      type: text(raw.t) ?? ''
    }
    const version = text(raw.v)
    const hash = text(raw.h)
    if (version) entry.version = version
    if (hash) entry.hash = hash
    policies.push(entry)
  }
  const engine = text(doc.engine)
  return { ...(engine ? { engine } : {}), policies }
}

/** Folders go build never reads from a module: hidden, `_`-prefixed and testdata. */
function skippedDir(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === 'testdata'
}

/** Files that do not change the binary: tests and docs. Everything else may be embedded. */
function skippedFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('_test.go') || /\.md$/i.test(name)
}

/** Synchronous on purpose: many small files, read on every build (see compile/reuse.ts). */
function collectFiles(root: string, dir: string, into: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true })
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (skippedDir(entry.name)) continue
      // A nested module is its own module, not part of this one.
      if (existsSync(join(path, 'go.mod'))) continue
      collectFiles(root, path, into)
    } else if (entry.isFile() && !skippedFile(entry.name)) {
      into.push(path)
    }
  }
}

function readTextOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** Relative `replace` targets (=> ../kit) of a go.mod: local folders built into the module. */
function localReplaces(goMod: string): string[] {
  const targets: string[] = []
  const line = /=>\s*(\.\.?\/[^\s]*|\.\.?)\s*$/
  for (const raw of goMod.split('\n')) {
    const match = line.exec(raw.replace(/\/\/.*$/, '').trim())
    if (match) targets.push(match[1])
  }
  return targets
}

/**
 * sha256 over the source files of a local module: relative path and bytes of each file `go
 * build` may read (go.mod, go.sum, non-test .go files, embeddable files; not tests, Markdown,
 * hidden, `_` or testdata folders, nor nested modules), then the same for every local folder its
 * go.mod replaces in (the policy-kit pattern). Stable across machines and checkouts: file times
 * and the absolute location do not count.
 */
export async function moduleContentHash(moduleDir: string): Promise<string> {
  const hash = createHash('sha256')
  const seen = new Set<string>()
  const visit = async (dir: string, label: string): Promise<void> => {
    const abs = resolve(dir)
    if (seen.has(abs)) return
    seen.add(abs)
    const files: string[] = []
    collectFiles(abs, abs, files)
    files.sort()
    for (const file of files) {
      const rel = relative(abs, file).split(sep).join('/')
      const bytes = readFileSync(file)
      hash.update(`${label}/${rel}\0${bytes.length}\0`)
      hash.update(bytes)
    }
    const goMod = readTextOrEmpty(join(abs, 'go.mod'))
    for (const target of localReplaces(goMod)) {
      if (isAbsolute(target)) continue
      await visit(join(abs, target), `${label}/${target}`)
    }
  }
  await visit(moduleDir, '.')
  return `sha256:${hash.digest('hex')}`
}

/**
 * The content hashes of the local policy modules, keyed by their workspace-relative path (the
 * `path` of the policies output), and of the engine core.
 */
export async function policySetHashes(
  policies: PolicyOutput[],
  workspace: string,
  engineDir: string
): Promise<{ modules: Map<string, string>; engine: string }> {
  const modules = new Map<string, string>()
  for (const policy of policies) {
    if (policy.version || policy.path === null || modules.has(policy.path)) continue
    modules.set(policy.path, await moduleContentHash(resolve(workspace, policy.path)))
  }
  return { modules, engine: await moduleContentHash(engineDir) }
}
