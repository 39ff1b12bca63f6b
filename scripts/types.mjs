// Builds the library's declarations into lib/ (run by `prepack`, so `npm pack` and
// `npm publish` always ship the types that package.json's "types" names). lib/ starts empty,
// so declarations of removed modules never linger.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'

rmSync('lib', { recursive: true, force: true })
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], { stdio: 'inherit' })
