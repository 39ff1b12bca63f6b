import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let cachedRoot: string | undefined

/**
 * The folder of this package (holding templates/, engine/, goscan/), found by walking up
 * from this file: the same answer from src/ under ts-jest and from the bundles in dist/.
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'policy-engine-build') {
          cachedRoot = dir
          return dir
        }
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error('policy-engine-build: cannot find the package root')
    dir = parent
  }
}

/** policy-engine-build's own version, from its package.json ('unknown' if unreadable). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
      version?: string
    }
    return pkg.version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
