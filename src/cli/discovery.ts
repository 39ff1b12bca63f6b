import { discover, type Discovery } from '../discover/index.js'
import type { Logger } from '../logger.js'
import { DEFAULT_PLATFORMS } from '../pipeline.js'
import type { BuildOptions } from '../pipeline-types.js'

/** Discovery for the CLI commands (it reports its own warnings through the logger). */
export function discoverPolicies(options: BuildOptions, logger: Logger): Promise<Discovery> {
  return discover(
    {
      workspace: options.workingDirectory,
      policies: options.policies,
      manifest: options.manifest,
      platforms: options.platforms,
      defaultPlatforms: DEFAULT_PLATFORMS
    },
    logger
  )
}
