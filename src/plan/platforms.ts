import { join } from 'node:path'
import { InputError, type Problem } from '../errors.js'
import type { Platform } from '../types.js'

/** The platforms built when neither the inputs nor the manifest name any. */
export const DEFAULT_PLATFORMS: readonly string[] = ['linux/amd64', 'linux/arm64']

/**
 * The platforms we can cross-compile with CGO_ENABLED=0 and package into a Linux image.
 * The spelling is Docker's (`$TARGETPLATFORM`), so the binary layout matches the Dockerfile.
 */
export const SUPPORTED_PLATFORMS: readonly string[] = [
  'linux/amd64',
  'linux/amd64/v2',
  'linux/amd64/v3',
  'linux/amd64/v4',
  'linux/arm64',
  'linux/arm/v7',
  'linux/arm/v6',
  'linux/arm/v5',
  'linux/386',
  'linux/ppc64le',
  'linux/s390x',
  'linux/riscv64',
  'linux/loong64',
  'linux/mips64le'
]

/**
 * Other spellings Docker's platform normaliser accepts, mapped to the canonical one:
 * `linux/arm` means v7, arm64's only variant v8 is implied, and uname-style names.
 */
const ALIASES: Record<string, string> = {
  'linux/arm': 'linux/arm/v7',
  'linux/arm64/v8': 'linux/arm64',
  'linux/aarch64': 'linux/arm64',
  'linux/x86_64': 'linux/amd64',
  'linux/x86-64': 'linux/amd64',
  'linux/amd64/v1': 'linux/amd64',
  'linux/armhf': 'linux/arm/v7',
  'linux/armel': 'linux/arm/v6',
  'linux/i386': 'linux/386',
  'linux/i686': 'linux/386'
}

/** The canonical spelling of one platform string, or undefined when we do not support it. */
export function normalizePlatform(text: string): string | undefined {
  const lower = text.trim().toLowerCase()
  const canonical = ALIASES[lower] ?? lower
  return SUPPORTED_PLATFORMS.includes(canonical) ? canonical : undefined
}

function toPlatform(canonical: string): Platform {
  const [os, arch, variant] = canonical.split('/')
  return variant ? { os, arch, variant } : { os, arch }
}

/**
 * Parses the `platforms` input: every entry validated (all bad ones reported at once),
 * normalised, and duplicates dropped while keeping the user's order.
 */
export function parsePlatforms(entries: readonly string[], field = 'platforms'): Platform[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  const platforms: Platform[] = []
  for (const entry of entries) {
    if (!entry.trim()) continue
    const canonical = normalizePlatform(entry)
    if (!canonical) {
      problems.push({
        field,
        message: `unsupported platform "${entry.trim()}"`,
        fix: `use one of: ${SUPPORTED_PLATFORMS.join(', ')}`
      })
      continue
    }
    if (seen.has(canonical)) continue
    seen.add(canonical)
    platforms.push(toPlatform(canonical))
  }
  if (problems.length === 0 && platforms.length === 0) {
    problems.push({
      field,
      message: 'no target platform given',
      fix: 'set platforms, e.g. linux/amd64,linux/arm64'
    })
  }
  if (problems.length > 0) throw new InputError(problems)
  return platforms
}

/** `linux/arm/v7`: the Docker spelling, also the `$TARGETPLATFORM` of the Dockerfile. */
export function platformString(platform: Platform): string {
  return [platform.os, platform.arch, platform.variant].filter(Boolean).join('/')
}

/** `<outDir>/bin/<os>/<arch>[/<variant>]/policy-engine`: what the Dockerfile COPYs. */
export function binaryPath(outDir: string, platform: Platform): string {
  return join(outDir, 'bin', platformString(platform), 'policy-engine')
}

/**
 * The platforms of a build, by one rule: the given ones, else the manifest's image.platforms,
 * else DEFAULT_PLATFORMS; parsed (problems name the field they came from).
 */
export function chosenPlatforms(
  given: readonly string[],
  manifestPlatforms: readonly string[] | undefined
): Platform[] {
  if (given.length) return parsePlatforms(given)
  if (manifestPlatforms?.length) return parsePlatforms(manifestPlatforms, 'image.platforms')
  return parsePlatforms(DEFAULT_PLATFORMS)
}
