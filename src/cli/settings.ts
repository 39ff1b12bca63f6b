import { parsePlatforms } from '../build/platforms.js'
import { resolveInside, type Manifest } from '../discover/index.js'
import type { BuildOptions } from '../pipeline-types.js'
import type { Platform } from '../types.js'

export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/arm64']

/** The settings a command needs beyond discovery: flags first, then the manifest, then defaults. */
export interface CliSettings {
  engineDir?: string
  templatesDir?: string
  platforms: Platform[]
  baseImage?: string
  images: string[]
  explicitTags: string[]
  labels: string[]
}

export function cliSettings(options: BuildOptions, manifest?: Manifest): CliSettings {
  const workspace = options.workingDirectory
  const image = manifest?.image
  const platforms = options.platforms.length
    ? options.platforms
    : (image?.platforms ?? DEFAULT_PLATFORMS)
  return {
    engineDir: options.engine
      ? resolveInside(workspace, options.engine, 'engine')
      : manifest?.engine?.dir,
    templatesDir: options.templates
      ? resolveInside(workspace, options.templates, 'templates')
      : manifest?.templates?.dir,
    platforms: parsePlatforms(platforms),
    baseImage: options.baseImage ?? image?.base,
    images: options.images.length ? options.images : (image?.names ?? []),
    explicitTags: options.tags.length ? options.tags : (image?.tags ?? []),
    // Manifest labels first, so the flags override the same keys.
    labels: [...(image?.labels ?? []), ...options.labels]
  }
}
