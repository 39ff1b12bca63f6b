import type { Logger } from '../logger.js'
import { runPipeline } from '../pipeline.js'
import type { BuildOptions, PipelineResult } from '../pipeline-types.js'
import type { GitContext } from '../types.js'

/** What `build` prints: the result without the bulky discovery details. */
export function buildSummary(result: PipelineResult): Record<string, unknown> {
  const summary: Record<string, unknown> = { ...result }
  delete summary.discovery
  return summary
}

/** `build`: the whole pipeline (discover, generate, compile, package, publish). */
export async function buildCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger
): Promise<Record<string, unknown>> {
  return buildSummary(await runPipeline(options, git, logger))
}
