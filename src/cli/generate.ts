import type { Logger } from '../logger.js'
import { runPipeline } from '../pipeline.js'
import type { BuildOptions } from '../pipeline-types.js'
import type { GitContext } from '../types.js'

export interface GenerateResult {
  dir: string
  importsFile: string
  goModFile: string
  dockerfile: string
}

/**
 * `generate`: the pipeline stopped after generate: the complete engine workspace and its
 * Dockerfile in --out, ready for `go build`, with the settings and labels a build would use.
 */
export async function generateCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger
): Promise<GenerateResult> {
  const result = await runPipeline(options, git, logger, { stopAfter: 'generate' })
  return {
    dir: result.outDir!,
    importsFile: result.importsFile!,
    goModFile: result.goModFile!,
    dockerfile: result.dockerfile!
  }
}
