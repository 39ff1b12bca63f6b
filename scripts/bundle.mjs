// Bundles the action entry points and the CLI into dist/ (committed, as GitHub runs it
// without installing dependencies). Output is deterministic so check-dist can diff it.
import { rm } from 'node:fs/promises'
import { bundleProduct } from './bundle-config.mjs'

// A fresh dist/: chunks of an earlier build must not linger (their names are content hashes).
await rm('dist', { recursive: true, force: true })
await bundleProduct('dist')
