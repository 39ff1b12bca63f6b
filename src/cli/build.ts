import type { Logger } from '../logger.js'
import { runPipeline } from '../pipeline.js'
import type { BuildOptions, PipelineResult } from '../pipeline-types.js'
import type { GitContext } from '../types.js'

/** What `build --json` prints: the result without the bulky discovery details. */
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
): Promise<{ summary: Record<string, unknown>; result: PipelineResult }> {
  const result = await runPipeline(options, git, logger)
  return { summary: buildSummary(result), result }
}
