import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { resolveSourceDateEpoch } from '../compile/compile.js'
import { ociLabels } from '../package/labels.js'
import type { Logger } from '../logger.js'
import { resolveSettings } from '../pipeline.js'
import type { BuildOptions } from '../pipeline-types.js'
import { renderDockerfile } from '../package/dockerfile.js'
import { generateWorkspace } from '../generate/workspace.js'
import type { GitContext } from '../types.js'
import { discoverPolicies } from './discovery.js'
import { policyOutputs } from '../policy-outputs.js'

export interface GenerateResult {
  dir: string
  importsFile: string
  goModFile: string
  dockerfile: string
}

/**
 * `generate`: the complete engine workspace and its Dockerfile, ready for `go build`. The
 * settings and labels are those a build would use.
 */
export async function generateCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger
): Promise<GenerateResult> {
  const workspace = options.workingDirectory
  const discovery = await discoverPolicies(options, logger)
  const settings = resolveSettings(options, discovery, git, workspace)
  const created = await resolveSourceDateEpoch({
    env: process.env,
    repoDir: workspace,
    commitTime: git.commitTime
  })
  const labels = {
    ...ociLabels({
      git,
      version: settings.version,
      policies: policyOutputs(discovery, workspace),
      created,
      licenses: git.license
    }),
    ...settings.labels
  }
  // Rendered before anything is written, so a bad label or base image leaves no half output.
  const dockerfileText = renderDockerfile(
    { baseImage: settings.baseImage, labels },
    { templatesDir: settings.templatesDir }
  )
  const generated = await generateWorkspace({
    discovery,
    outDir: options.out ?? join(workspace, '.out'),
    engineDir: settings.engineDir,
    templatesDir: settings.templatesDir,
    logger
  })
  const dockerfile = join(generated.dir, 'Dockerfile')
  writeFileSync(dockerfile, dockerfileText)
  return { ...generated, dockerfile }
}
