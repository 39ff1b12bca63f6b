import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The package-level names declared by the engine's root package (package main), read from its
 * non-test .go files. An import alias in imports.go must not take any of them, or the package
 * would not compile. This is a deliberately generous scan: a name collected by mistake only
 * makes an alias avoid it.
 */
export function enginePackageNames(engineDir: string): Set<string> {
  const names = new Set<string>()
  for (const entry of readdirSync(engineDir, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.go') || entry.name.endsWith('_test.go')) continue
    const source = readFileSync(join(engineDir, entry.name), 'utf8')
    for (const name of topLevelNames(source)) names.add(name)
  }
  return names
}

export function topLevelNames(source: string): string[] {
  const names: string[] = []
  let inBlock = false
  for (const line of source.split('\n')) {
    if (inBlock) {
      if (/^\)/.test(line)) {
        inBlock = false
        continue
      }
      const spec = /^\t([\p{L}_][\p{L}\p{Nd}_]*(?:\s*,\s*[\p{L}_][\p{L}\p{Nd}_]*)*)/u.exec(line)
      if (spec) names.push(...spec[1].split(',').map(name => name.trim()))
      continue
    }
    if (/^(?:var|const|type)\s*\($/.test(line)) {
      inBlock = true
      continue
    }
    const func = /^func\s+([\p{L}_][\p{L}\p{Nd}_]*)/u.exec(line)
    if (func) {
      names.push(func[1])
      continue
    }
    const decl =
      /^(?:var|const|type)\s+([\p{L}_][\p{L}\p{Nd}_]*(?:\s*,\s*[\p{L}_][\p{L}\p{Nd}_]*)*)/u.exec(
        line
      )
    if (decl) names.push(...decl[1].split(',').map(name => name.trim()))
  }
  return names
}
