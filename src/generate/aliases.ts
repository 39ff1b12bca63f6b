import { GO_KEYWORDS, GO_PREDECLARED, isGoIdentifier } from './go-syntax.js'

/**
 * Package-level names of the engine's `package main` that an import alias must not take
 * (an alias colliding with one is a compile error). generateWorkspace adds the names it reads
 * from the actual engine sources.
 */
export const ENGINE_RESERVED: readonly string[] = [
  'main',
  'init',
  'Policy',
  'registerPolicy',
  'version',
  'commit',
  'date'
]

/** A lower-case Go identifier derived from a package name or import path. */
export function baseAlias(packageName: string | undefined, importPath: string): string {
  if (packageName && /^[a-z][a-z0-9_]*$/.test(packageName)) return packageName
  // Fall back to the last path element that is not a major-version suffix (`/v2`).
  const elements = importPath.split('/').filter(Boolean)
  let element = elements.at(-1) ?? 'policy'
  if (/^v[0-9]+$/.test(element) && elements.length > 1) element = elements.at(-2) as string
  // gopkg.in style: yaml.v3 -> yaml
  element = element.replace(/\.v[0-9]+$/, '')
  let alias = (packageName ?? element).toLowerCase().replace(/[^a-z0-9_]/g, '')
  if (alias === '' || alias === '_') alias = 'policy'
  if (/^[0-9]/.test(alias)) alias = `p${alias}`
  return alias
}

/**
 * Assigns each import path a distinct alias: the package name when it is free, else with a
 * `pkg` suffix when it is a keyword, predeclared or reserved name, and numbered `2`, `3`, ...
 * on duplicates. The paths are processed in sorted order so the result is deterministic.
 */
export function assignAliases(
  packages: { path: string; packageName?: string }[],
  reserved: Iterable<string> = ENGINE_RESERVED
): Map<string, string> {
  const forbidden = new Set<string>([...GO_KEYWORDS, ...GO_PREDECLARED, ...reserved])
  const taken = new Set<string>(forbidden)
  const aliases = new Map<string, string>()
  const sorted = [...packages].sort((a, b) => compareBytes(a.path, b.path))
  for (const { path, packageName } of sorted) {
    if (aliases.has(path)) continue
    let base = baseAlias(packageName, path)
    if (forbidden.has(base)) base = `${base}pkg`
    let alias = base
    for (let n = 2; taken.has(alias) || !isGoIdentifier(alias); n++) alias = `${base}${n}`
    taken.add(alias)
    aliases.set(path, alias)
  }
  return aliases
}

/** Byte-wise comparison, the order gofmt sorts imports in. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}
