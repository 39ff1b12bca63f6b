// The compile step and the Go cache: what the pipeline and the action's post step use.
export * from './compile.js'
export * from './cache-key.js'
export * from './cache.js'
export * from './trim.js'
