// The compile step and the Go cache: what the pipeline and the action's post step use.
export * from '../plan/platforms.js'
export * from '../go/toolchain.js'
export * from './compile.js'
export * from './cache-key.js'
export * from './cache.js'
export * from './trim.js'
