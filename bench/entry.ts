// What bench/run.mjs uses from the sources (bundled on the fly with esbuild).
export * from '../src/compile/index.js'
export { readGoToolchain } from '../src/go/toolchain.js'
export { parsePlatforms } from '../src/plan/platforms.js'
