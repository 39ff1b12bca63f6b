/**
 * The policy-build.yaml manifest (SPEC section 3). It is parsed into a YAML document (not a
 * plain object) so every problem can name its file:line, and validated completely before
 * anything is thrown: the user sees every mistake in one run.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml'
import { InputError, ProblemList } from '../errors.js'
import { checkModulePath } from './modulepath.js'
import { checkInside } from './paths.js'

export const MANIFEST_FILE = 'policy-build.yaml'

/** A path from the manifest, resolved against the manifest's folder and checked to be in the workspace. */
export interface ManifestPath {
  /** As written. */
  path: string
  /** Absolute. */
  dir: string
  line: number
}

export type ManifestPolicy =
  | { kind: 'local'; path: string; line: number; field: string }
  | { kind: 'remote'; module: string; version: string; line: number; field: string }

export interface ManifestImage {
  names: string[]
  platforms?: string[]
  base?: string
  tags?: string[]
  /** key=value, in file order. */
  labels?: string[]
  line: number
}

export interface Manifest {
  /** Absolute path of the manifest file. */
  file: string
  version: 1
  engine?: ManifestPath
  templates?: ManifestPath
  policies: ManifestPolicy[]
  image?: ManifestImage
}

const TOP_LEVEL = ['version', 'engine', 'templates', 'policies', 'image']
const POLICY_FIELDS = ['path', 'module', 'version']
const POLICY_EXAMPLES: Record<string, string> = {
  path: 'write a folder holding a go.mod, e.g. `path: ./policies/ratelimit`',
  module: 'write the module path, e.g. `module: github.com/acme/jwt-policy`',
  version: 'write a quoted version, e.g. `version: v1.4.2`'
}
const IMAGE_EXAMPLES: Record<string, string> = {
  name: 'write e.g. `name: ghcr.io/acme/policy-engine` or a list of names',
  platforms: 'write e.g. `platforms: [linux/amd64, linux/arm64]`',
  tags: 'write e.g. `tags: [v1, latest]`',
  base: 'write an image reference, e.g. `base: gcr.io/distroless/static-debian12:nonroot`',
  labels: 'write `labels:` with one `key: value` line per label below it'
}
const IMAGE_FIELDS = ['name', 'platforms', 'base', 'tags', 'labels']
/** Go module versions: semantic versions with a leading v (pseudo-versions included). */
const GO_VERSION =
  /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/

/**
 * The manifest of this build: the given path (which must exist inside the workspace), else
 * policy-build.yaml in the workspace when present, else none. Throws InputError with every
 * problem of the file.
 */
export async function findManifest(
  workspace: string,
  given: string | undefined
): Promise<Manifest | undefined> {
  if (!given || given.trim() === '') {
    const file = join(workspace, MANIFEST_FILE)
    if (!existsSync(file)) return undefined
    // A policy-build.yaml that is a link out of the workspace is refused, not read.
    const checked = checkInside(workspace, MANIFEST_FILE, { field: 'manifest' })
    if ('problem' in checked) throw new InputError(checked.problem)
    return loadManifest(file, workspace)
  }
  const checked = checkInside(workspace, given, { field: 'manifest' })
  if ('problem' in checked) throw new InputError(checked.problem)
  if (!existsSync(checked.path)) {
    throw new InputError({
      field: 'manifest',
      message: `manifest file ${checked.path} does not exist`,
      fix: `check the path, or leave manifest empty to use ${MANIFEST_FILE} when present`
    })
  }
  return loadManifest(checked.path, workspace)
}

export async function loadManifest(file: string, workspace: string): Promise<Manifest> {
  return parseManifest(await readFile(file, 'utf8'), file, workspace)
}

/** Parses and validates a manifest; throws InputError listing every problem. */
export function parseManifest(text: string, file: string, workspace: string): Manifest {
  const problems = new ProblemList()
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true })
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1
  const add = (node: Node | null | undefined, field: string, message: string, fix: string) =>
    problems.add({ file, line: lineOf(node), field, message, fix })

  for (const error of doc.errors) {
    problems.add({
      file,
      line: error.linePos?.[0].line,
      column: error.linePos?.[0].col,
      message: `invalid YAML: ${error.message.split('\n')[0]}`,
      fix: 'correct the YAML syntax'
    })
  }
  problems.throwIfAny()

  const root = doc.contents
  if (!isMap(root)) {
    problems.add({
      file,
      line: 1,
      message: root ? 'the manifest must be a mapping of fields' : 'the manifest is empty',
      fix: 'start with `version: 1` and list `policies:`'
    })
    problems.throwIfAny()
  }
  const manifest: Manifest = { file, version: 1, policies: [] }
  const base = dirname(file)
  let versionSeen = false

  const pathField = (pair: Pair, field: string): ManifestPath | undefined => {
    const value = stringValue(pair.value)
    if (value === undefined) {
      add(
        (pair.value as Node) ?? (pair.key as Node),
        field,
        `must be a string (a directory), got ${kindOf(pair.value)}`,
        `write a folder inside the workspace, e.g. \`${field}: ./${field}\``
      )
      return undefined
    }
    const checked = checkInside(
      workspace,
      value,
      { field, file, line: lineOf(pair.value as Node) },
      base
    )
    if ('problem' in checked) {
      problems.add(checked.problem)
      return undefined
    }
    return { path: value, dir: checked.path, line: lineOf(pair.value as Node) }
  }

  for (const pair of (root as { items: Pair[] }).items) {
    const key = keyOf(pair)
    const keyNode = pair.key as Node
    switch (key) {
      case 'version': {
        versionSeen = true
        const value = isScalar(pair.value) ? pair.value.value : undefined
        if (value === '1') {
          add(
            pair.value as Node,
            'version',
            'version is the string "1", not the number 1',
            'write `version: 1` without quotes'
          )
        } else if (value !== 1) {
          add(
            pair.value as Node,
            'version',
            `unsupported manifest version ${JSON.stringify(value ?? null)}`,
            'set `version: 1` (the only version this release understands)'
          )
        }
        break
      }
      case 'engine':
      case 'templates': {
        const path = pathField(pair, key)
        if (path) manifest[key] = path
        break
      }
      case 'policies':
        manifest.policies = policiesField(pair.value as Node, add, lineOf)
        break
      case 'image':
        manifest.image = imageField(pair.value as Node, add, lineOf)
        break
      default:
        add(keyNode, key ?? '?', `unknown field "${key}"`, didYouMean(key, TOP_LEVEL))
    }
  }
  if (!versionSeen) {
    problems.add({
      file,
      line: 1,
      field: 'version',
      message: 'the manifest has no version',
      fix: 'add `version: 1` at the top'
    })
  }
  problems.throwIfAny()
  return manifest
}

type AddProblem = (
  node: Node | null | undefined,
  field: string,
  message: string,
  fix: string
) => void

function policiesField(node: Node, add: AddProblem, lineOf: (n: Node) => number): ManifestPolicy[] {
  if (!isSeq(node)) {
    add(
      node,
      'policies',
      `must be a list, got ${kindOf(node)}`,
      'write each policy as `- path: ./dir` or `- module: ...` with `version: ...`'
    )
    return []
  }
  const out: ManifestPolicy[] = []
  node.items.forEach((item, index) => {
    const field = `policies[${index}]`
    const itemNode = item as Node
    if (!isMap(itemNode)) {
      add(
        itemNode,
        field,
        `must be a mapping, got ${kindOf(itemNode)}`,
        'write `- path: ./dir` or `- module: example.com/x` with `version: v1.2.3`'
      )
      return
    }
    const values: Record<string, { value?: string; node: Node }> = {}
    // A mistyped key (`verison`) is reported once, not again as a missing field.
    let unknownKeys = 0
    for (const pair of itemNode.items) {
      const key = keyOf(pair)
      if (!key || !POLICY_FIELDS.includes(key)) {
        unknownKeys++
        add(
          pair.key as Node,
          `${field}.${key}`,
          `unknown field "${key}"`,
          didYouMean(key, POLICY_FIELDS)
        )
        continue
      }
      const value = stringValue(pair.value)
      if (value === undefined) {
        add(
          (pair.value as Node) ?? (pair.key as Node),
          `${field}.${key}`,
          `must be a string, got ${kindOf(pair.value)}`,
          POLICY_EXAMPLES[key]
        )
        continue
      }
      values[key] = { value, node: pair.value as Node }
    }
    const line = lineOf(itemNode)
    const { path, module, version } = values
    if (path && module) {
      add(
        itemNode,
        field,
        'has both path and module',
        'use `path` for a local module or `module` + `version` for a remote one, not both'
      )
    } else if (path) {
      if (version)
        add(
          version.node,
          `${field}.version`,
          'version applies to remote modules only',
          'remove `version`, or use `module` instead of `path`'
        )
      out.push({ kind: 'local', path: path.value!, line, field: `${field}.path` })
    } else if (module) {
      const problem = checkModulePath(module.value!)
      if (problem)
        add(
          module.node,
          `${field}.module`,
          `module path ${JSON.stringify(module.value)} ${problem}`,
          "use the module path from the module's go.mod, e.g. github.com/acme/jwt-policy"
        )
      if (!version) {
        if (unknownKeys === 0)
          add(
            itemNode,
            `${field}.version`,
            `remote module ${module.value} has no version`,
            'add `version: vX.Y.Z` (a released version of the module)'
          )
      } else if (!GO_VERSION.test(version.value!)) {
        add(
          version.node,
          `${field}.version`,
          `"${version.value}" is not a Go module version`,
          'use a semantic version with a leading v, e.g. v1.4.2'
        )
      }
      if (!problem && version && GO_VERSION.test(version.value!)) {
        out.push({ kind: 'remote', module: module.value!, version: version.value!, line, field })
      }
    } else if (Object.keys(values).length > 0 || itemNode.items.length === 0) {
      add(
        itemNode,
        field,
        'has neither path nor module',
        'add `path: ./dir` (local) or `module:` + `version:` (remote)'
      )
    }
  })
  return out
}

function imageField(
  node: Node,
  add: AddProblem,
  lineOf: (n: Node) => number
): ManifestImage | undefined {
  if (!isMap(node)) {
    add(
      node,
      'image',
      `must be a mapping, got ${kindOf(node)}`,
      'write `image:` with `name:`, `platforms:` and `base:` below it'
    )
    return undefined
  }
  const image: ManifestImage = { names: [], line: lineOf(node) }
  for (const pair of node.items) {
    const key = keyOf(pair)
    const field = `image.${key}`
    const value = pair.value as Node
    switch (key) {
      case 'name':
      case 'platforms':
      case 'tags': {
        const list = stringList(value)
        if (!list) {
          add(
            value ?? (pair.key as Node),
            field,
            `must be a string or a list of strings, got ${kindOf(value)}`,
            IMAGE_EXAMPLES[key]
          )
          break
        }
        if (key === 'name') image.names = list
        else image[key] = list
        break
      }
      case 'base': {
        const text = stringValue(value)
        if (text === undefined)
          add(
            value ?? (pair.key as Node),
            field,
            `must be a string, got ${kindOf(value)}`,
            IMAGE_EXAMPLES.base
          )
        else image.base = text
        break
      }
      case 'labels': {
        const labels = labelList(value)
        if (!labels)
          add(
            value ?? (pair.key as Node),
            field,
            `must be a mapping of label: value, or a list of key=value, got ${kindOf(value)}`,
            IMAGE_EXAMPLES.labels
          )
        else image.labels = labels
        break
      }
      default:
        add(pair.key as Node, field, `unknown field "${key}"`, didYouMean(key, IMAGE_FIELDS))
    }
  }
  return image
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined
}

/** A scalar that reads as a string (numbers and booleans are not paths or names). */
function stringValue(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}

/** `x`, `a, b` or a YAML list of strings. */
function stringList(node: unknown): string[] | undefined {
  const single = stringValue(node)
  if (single !== undefined) {
    return single
      .split(/[\n,]/)
      .map(s => s.trim())
      .filter(Boolean)
  }
  if (!isSeq(node)) return undefined
  const items = node.items.map(stringValue)
  return items.every(i => i !== undefined) ? (items as string[]) : undefined
}

function labelList(node: unknown): string[] | undefined {
  if (isMap(node)) {
    const out: string[] = []
    for (const pair of node.items) {
      const key = keyOf(pair)
      const value = isScalar(pair.value) ? pair.value.value : undefined
      if (!key || value === undefined || value === null || typeof value === 'object')
        return undefined
      out.push(`${key}=${String(value)}`)
    }
    return out
  }
  const list = stringList(node)
  return list?.every(l => l.includes('=')) ? list : undefined
}

function kindOf(node: unknown): string {
  if (node === null || node === undefined) return 'nothing'
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isScalar(node)) {
    const value = node.value
    if (value === null) return 'nothing'
    return typeof value === 'string'
      ? `the string ${JSON.stringify(value)}`
      : `${typeof value} ${String(value)}`
  }
  return 'an unexpected value'
}

/** "did you mean X?" for a mistyped field, or the list of valid ones. */
export function didYouMean(key: string | undefined, known: string[]): string {
  const typed = (key ?? '').toLowerCase()
  const best = known.map(k => ({ k, d: editDistance(typed, k) })).sort((a, b) => a.d - b.d)[0]
  if (key && best && best.d <= Math.max(2, Math.floor(key.length / 3))) {
    return `did you mean "${best.k}"?`
  }
  // A shortened or singular form (`policy`, `platform`) shares a long stem with the field.
  const stem = typed.slice(0, Math.max(4, typed.length - 2))
  const match = typed.length >= 4 ? known.find(k => k.startsWith(stem)) : undefined
  if (match) return `did you mean "${match}"?`
  return `remove it; valid fields here are ${known.join(', ')}`
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]
}
