/**
 * Build constraints make the set of compiled files depend on the platform, so a policy in
 * `limit_amd64.go` exists on linux/amd64 and not on linux/arm64. Discovery scans once per
 * target platform and refuses a policy that is missing on some of them: otherwise the
 * generated imports.go would compile for one platform and fail for the next.
 */
import type { ProblemList } from '../errors.js'
import { DEFAULT_PLATFORMS, parsePlatforms, platformString } from '../plan/platforms.js'
import type { DiscoveryWarning, Platform } from '../types.js'
import type { Manifest } from './manifest.js'
import type { GoscanOutput } from './goscan.js'

/**
 * The platforms to scan, parsed by the plan's one parser (aliases and variants included):
 * the given ones, else the manifest's image.platforms, else DEFAULT_PLATFORMS. Parsed
 * platforms are taken as they are (a library caller may scan for another OS).
 */
export function scanTargets(
  platforms: readonly (Platform | string)[] | undefined,
  manifest: Manifest | undefined
): Platform[] {
  if (platforms?.length && platforms.every(p => typeof p !== 'string'))
    return [...platforms] as Platform[]
  if (platforms?.length) return parsePlatforms(platforms.map(String))
  if (manifest?.image?.platforms?.length) {
    return parsePlatforms(manifest.image.platforms, 'image.platforms')
  }
  return parsePlatforms(DEFAULT_PLATFORMS)
}

const key = (importPath: string, symbol: string) => `${importPath}.${symbol}`

/**
 * Compares the scans of the other targets with the first: a policy missing on a target is a
 * problem at its declaration; one found only on another target is a warning (it is not
 * registered); syntax errors in files only that target compiles are problems too.
 */
export function compareTargets(
  targets: Platform[],
  scans: GoscanOutput[],
  problems: ProblemList,
  warn: (w: DiscoveryWarning) => void
): void {
  const [first, ...others] = scans
  const firstPolicies = new Map<string, { file: string; line: number }>()
  const reportedSyntax = new Set<string>()
  for (const mod of first.modules) {
    for (const pkg of mod.packages) {
      for (const p of pkg.policies) firstPolicies.set(key(pkg.importPath, p.symbol), p)
      for (const e of pkg.syntaxErrors) reportedSyntax.add(`${e.file}:${e.line}:${e.column}`)
    }
  }
  const primary = platformString(targets[0])
  others.forEach((scan, i) => {
    const target = platformString(targets[i + 1])
    const seen = new Set<string>()
    for (const mod of scan.modules) {
      for (const pkg of mod.packages) {
        for (const e of pkg.syntaxErrors) {
          const where = `${e.file}:${e.line}:${e.column}`
          if (reportedSyntax.has(where)) continue
          reportedSyntax.add(where)
          problems.add({
            file: e.file,
            line: e.line || undefined,
            column: e.column || undefined,
            message: `Go syntax error (in a file compiled for ${target}): ${e.message}`,
            fix: `fix the Go source of package ${pkg.importPath}`
          })
        }
        for (const p of pkg.policies) {
          const id = key(pkg.importPath, p.symbol)
          seen.add(id)
          if (!firstPolicies.has(id)) {
            warn({
              file: p.file,
              line: p.line,
              message: `policy ${id} exists only for some target platforms (${target}, not ${primary}), so it is not registered: make it available on every platform (check build constraints and _GOOS/_GOARCH file names)`
            })
          }
        }
      }
    }
    for (const [id, p] of firstPolicies) {
      if (seen.has(id)) continue
      problems.add({
        file: p.file,
        line: p.line,
        message: `policy ${id} is not compiled for ${target}: build constraints or a _GOOS/_GOARCH file name exclude its file there`,
        fix: `make the policy build on every target platform, or drop ${target} from platforms`
      })
    }
  })
}
