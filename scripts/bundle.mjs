// Bundles the action entry points and the CLI into dist/ (committed, as GitHub runs it
// without installing dependencies). Output is deterministic so check-dist can diff it.
import { rm } from 'node:fs/promises'
import { build } from 'esbuild'

// A fresh dist/: chunks of an earlier build must not linger (their names are content hashes).
await rm('dist', { recursive: true, force: true })

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give ESM bundles a require of their own.
  banner: {
    js: "import { createRequire as __peCreateRequire } from 'node:module'; const require = __peCreateRequire(import.meta.url);"
  }
}

await build({
  ...common,
  entryPoints: {
    main: 'src/action/main.ts',
    post: 'src/action/post.ts',
    cli: 'src/cli/main.ts',
    index: 'src/index.ts'
  },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' }
})
