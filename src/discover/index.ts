export { discover, CONTRACT_DESCRIPTION, type DiscoverOptions, type Discovery } from './discover.js'
export { readGoMod, type GoModWithLines } from './gomod.js'
export { runGoscan, goscanBinary, cacheRoot, type GoscanOutput } from './goscan.js'
export {
  loadManifest,
  parseManifest,
  MANIFEST_FILE,
  type Manifest,
  type ManifestImage,
  type ManifestPath,
  type ManifestPolicy
} from './manifest.js'
export { checkModulePath } from './modulepath.js'
export { checkInside, resolveInside, expandPolicyPath, isInside } from './paths.js'
export { downloadModule, type DownloadedModule } from './remote.js'
