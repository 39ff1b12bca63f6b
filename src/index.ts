/**
 * The library: every step of the pipeline, usable on its own. None of these modules talks to
 * the Actions runtime; each takes a Logger.
 */
export * from './types.js'
export * from './logger.js'
export * from './errors.js'
export type * from './pipeline-types.js'
export { OPTIONS, OUTPUTS, splitList, type OptionSpec } from './options.js'
export { runPipeline, runPlan, type PipelineHooks, type StopPoint } from './pipeline.js'
export { makeBuildPlan, type BuildPlan } from './plan/plan.js'
export {
  DEFAULT_PLATFORMS,
  SUPPORTED_PLATFORMS,
  parsePlatforms,
  platformString,
  binaryPath
} from './plan/platforms.js'
export { readGoToolchain, checkGoVersions } from './go/toolchain.js'
export { runGo, goEnvironment } from './go/command.js'
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
export { renderImports } from './generate/imports.js'
export { renderDockerfile, DEFAULT_BASE_IMAGE, type DockerfileModel } from './package/dockerfile.js'
export { generateWorkspace, type GenerateWorkspaceOptions } from './generate/workspace.js'
export {
  compile,
  goCacheDirs,
  goCacheKey,
  restoreGoCache,
  saveGoCache,
  type CompileOptions,
  type GoCacheState
} from './compile/index.js'
export { computeTags, computeVersion } from './publish/tags.js'
export { ociLabels, parseLabels } from './package/labels.js'
export { buildxArgs, runBuildx, type BuildxPlan } from './publish/buildx.js'
export { decidePush } from './publish/push.js'
export { dockerLogin, dockerLogout } from './publish/login.js'
