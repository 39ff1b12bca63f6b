import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ociLabels, sourceDateEpoch } from '../image/labels.js'
import { computeVersion } from '../image/tags.js'
import type { Logger } from '../logger.js'
import type { BuildOptions } from '../pipeline-types.js'
import { renderDockerfile } from '../render/dockerfile.js'
import { generateWorkspace } from '../render/workspace.js'
import type { GitContext } from '../types.js'
import { discoverPolicies } from './discovery.js'
import { policyOutputs } from './policy-output.js'
import { cliSettings } from './settings.js'

export interface GenerateResult {
  dir: string
  importsFile: string
  goModFile: string
  dockerfile: string
}

/** `generate`: the complete engine workspace and its Dockerfile, ready for `go build`. */
export async function generateCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger
): Promise<GenerateResult> {
  const discovery = await discoverPolicies(options, logger)
  const settings = cliSettings(options, discovery.manifest)
  const outDir = options.out ?? join(options.workingDirectory, '.out')
  const labels = ociLabels({
    git,
    version: computeVersion(git, options.version),
    policies: policyOutputs(discovery),
    created: sourceDateEpoch(git),
    explicit: settings.labels
  })
  // Rendered before anything is written, so a bad label or base image leaves no half output.
  const dockerfileText = renderDockerfile(
    { baseImage: settings.baseImage, labels },
    { templatesDir: settings.templatesDir }
  )
  const workspace = await generateWorkspace({
    discovery,
    outDir,
    engineDir: settings.engineDir,
    templatesDir: settings.templatesDir,
    logger
  })
  const dockerfile = join(workspace.dir, 'Dockerfile')
  writeFileSync(dockerfile, dockerfileText)
  return { ...workspace, dockerfile }
}
