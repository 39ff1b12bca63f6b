// How the product is bundled: the action entry points and the CLI, split into shared chunks
// (a chunk loads only when an entry imports it, so the CLI does not parse the action's code
// and @actions/cache loads only when a cache service is there). Used by scripts/bundle.mjs
// for dist/ and by the benchmarks, which must time what users run.
import { build } from 'esbuild'

/** Some CommonJS dependencies call require(); ESM bundles get a require of their own. */
export const REQUIRE_BANNER =
  "import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);"

/** Bundles the product into outdir. */
export async function bundleProduct(outdir) {
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: REQUIRE_BANNER },
    entryPoints: {
      main: 'src/action/main.ts',
      post: 'src/action/post.ts',
      cli: 'src/cli/main.ts',
      index: 'src/index.ts'
    },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.js' }
  })
}
