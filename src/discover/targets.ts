/**
 * Build constraints make the set of compiled files depend on the platform, so a policy in
 * `limit_amd64.go` exists on linux/amd64 and not on linux/arm64. Discovery scans once per
 * target platform and refuses a policy that is missing on some of them: otherwise the
 * generated imports.go would compile for one platform and fail for the next.
 */
import type { ProblemList } from '../errors.js'
import { chosenPlatforms, platformString } from '../plan/platforms.js'
import type { DiscoveryWarning, Platform } from '../types.js'
import type { Manifest } from './manifest.js'
import type { GoscanDiagnostic, GoscanOutput, GoscanPackage } from './goscan.js'

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
  return chosenPlatforms((platforms ?? []).map(String), manifest?.image?.platforms)
}

const key = (importPath: string, symbol: string) => `${importPath}.${symbol}`

/**
 * Compares the scans of the other targets with the first: a policy missing on a target is a
 * problem at its declaration; one found only on another target is a warning (it is not
 * registered); syntax, type and module errors only that target meets are problems too.
 */
export function compareTargets(
  targets: Platform[],
  scans: GoscanOutput[],
  problems: ProblemList,
  warn: (w: DiscoveryWarning) => void
): void {
  const [first, ...others] = scans
  const firstPolicies = new Map<string, { file: string; line: number }>()
  const reported = new Set<string>()
  const at = (e: GoscanDiagnostic) => `${e.file}:${e.line}:${e.column}:${e.message}`
  for (const mod of first.modules) {
    mod.errors.forEach(e => reported.add(at(e)))
    for (const pkg of mod.packages) {
      for (const p of pkg.policies) firstPolicies.set(key(pkg.importPath, p.symbol), p)
      errorsOf(pkg).forEach(e => reported.add(at(e)))
    }
  }
  const primary = platformString(targets[0])
  others.forEach((scan, i) => {
    const target = platformString(targets[i + 1])
    const seen = new Set<string>()
    // Errors only this target meets (a file only it compiles, a dependency only it lacks).
    const report = (e: GoscanDiagnostic, fix: string, what = '') => {
      if (reported.has(at(e))) return
      reported.add(at(e))
      problems.add({
        file: e.file,
        line: e.line || undefined,
        column: e.column || undefined,
        message: what
          ? `${what} (in a file compiled for ${target}): ${e.message}`
          : `${e.message} (for ${target})`,
        fix: e.fix ?? fix
      })
    }
    for (const mod of scan.modules) {
      mod.errors.forEach(e => report(e, `make the module build for ${target}`))
      for (const pkg of mod.packages) {
        const fix = `fix the Go source of package ${pkg.importPath}`
        pkg.syntaxErrors.forEach(e => report(e, fix, 'Go syntax error'))
        pkg.typeErrors?.forEach(e => report(e, fix, 'Go type error'))
        pkg.errors?.forEach(e => report(e, fix))
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

/** Everything in a package that stops the build: syntax, type and engine errors. */
function errorsOf(pkg: GoscanPackage): GoscanDiagnostic[] {
  return [...pkg.syntaxErrors, ...(pkg.typeErrors ?? []), ...(pkg.errors ?? [])]
}
