import { join } from 'node:path'
import type { PipelineResult } from '../pipeline-types.js'

/** The references that exist somewhere once the step is done: pushed, or loaded into Docker. */
export function publishedTags(result: PipelineResult): string[] {
  return result.pushed || result.loaded ? result.tags : []
}

/** `<out>/bin`: the folder holding <os>/<arch>[/<variant>]/policy-engine, once compiled. */
export function binariesFolder(result: PipelineResult): string {
  return result.binaries.length > 0 && result.outDir ? join(result.outDir, 'bin') : ''
}

/** Every output of action.yml (src/options.ts OUTPUTS), as the strings the runner stores. Pure. */
export function actionOutputs(result: PipelineResult): Record<string, string> {
  return {
    image: result.image ?? '',
    digest: result.digest ?? '',
    // Never a reference that was not pushed: a fork pull request's pr-N tags do not exist.
    tags: publishedTags(result).join('\n'),
    metadata: JSON.stringify(result.metadata ?? {}),
    policies: JSON.stringify(result.policies),
    'imports-file': result.importsFile ?? '',
    dockerfile: result.dockerfile ?? '',
    binaries: binariesFolder(result),
    sbom: result.sbom?.dir ?? '',
    'cache-hit': String(result.cacheHit),
    platform: result.platform ?? ''
  }
}
