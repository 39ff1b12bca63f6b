import type { PipelineResult } from '../pipeline-types.js'

/** Every output of action.yml (src/options.ts OUTPUTS), as the strings the runner stores. Pure. */
export function actionOutputs(result: PipelineResult): Record<string, string> {
  return {
    image: result.image ?? '',
    digest: result.digest ?? '',
    tags: result.tags.join('\n'),
    metadata: JSON.stringify(result.metadata ?? {}),
    policies: JSON.stringify(result.policies),
    'imports-file': result.importsFile ?? '',
    dockerfile: result.dockerfile ?? '',
    'cache-hit': String(result.cacheHit)
  }
}
