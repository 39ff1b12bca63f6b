/**
 * The library: every step of the pipeline, usable on its own. None of these modules talks to
 * the Actions runtime; each takes a Logger.
 */
export * from './types.js'
export * from './logger.js'
export * from './errors.js'
export type * from './pipeline-types.js'
export { OPTIONS, OUTPUTS, splitList, type OptionSpec } from './options.js'
export { runPipeline, resolveSettings, DEFAULT_PLATFORMS, type PipelineHooks } from './pipeline.js'
export { policyOutputs } from './policy-outputs.js'
export {
  discover,
  loadManifest,
  parseManifest,
  readGoMod,
  checkModulePath,
  resolveInside,
  CONTRACT_DESCRIPTION,
  type DiscoverOptions,
  type Discovery,
  type Manifest
} from './discover/index.js'
export { renderImports } from './render/imports.js'
export { renderDockerfile, DEFAULT_BASE_IMAGE, type DockerfileModel } from './render/dockerfile.js'
export { generateWorkspace, type GenerateWorkspaceOptions } from './render/workspace.js'
export {
  compile,
  parsePlatforms,
  platformString,
  binaryPath,
  readGoToolchain,
  checkGoVersions,
  goCacheDirs,
  goCacheKey,
  restoreGoCache,
  saveGoCache,
  type CompileOptions,
  type GoCacheState
} from './build/index.js'
export { computeTags, computeVersion } from './image/tags.js'
export { ociLabels, parseLabels } from './image/labels.js'
export { buildxArgs, runBuildx, type BuildxPlan } from './image/buildx.js'
export { decidePush } from './image/push.js'
export { dockerLogin, dockerLogout } from './image/login.js'
