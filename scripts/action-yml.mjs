#!/usr/bin/env node
// Regenerates the inputs and outputs of action.yml from src/options.ts (the one table of every
// option), keeping the hand-written header and runs: section. `--check` only reports a diff.
// Usage: node scripts/action-yml.mjs [--check]
/* global Buffer, URL, console, process */
import { build } from 'esbuild'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'

const root = fileURLToPath(new URL('..', import.meta.url))
const actionFile = `${root}action.yml`

// esbuild transpiles options.ts in memory, so a plain Node script can read the TypeScript table.
async function loadOptions() {
  const result = await build({
    entryPoints: [`${root}src/options.ts`],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent'
  })
  const code = Buffer.from(result.outputFiles[0].text).toString('base64')
  return import(`data:text/javascript;base64,${code}`)
}

// JSON strings are valid YAML double-quoted scalars, and keep `${{ }}` and colons safe.
const quote = text => JSON.stringify(text)

function render(options, outputs) {
  let text = 'inputs:\n'
  for (const option of options) {
    text += `  ${option.name}:\n    description: ${quote(option.description)}\n    required: false\n`
    if (option.default !== undefined) text += `    default: ${quote(option.default)}\n`
  }
  text += '\noutputs:\n'
  for (const output of outputs) {
    text += `  ${output.name}:\n    description: ${quote(output.description)}\n`
  }
  return text
}

const { OPTIONS, OUTPUTS } = await loadOptions()
const current = readFileSync(actionFile, 'utf8')
const start = current.indexOf('inputs:\n')
const end = current.indexOf('\nruns:\n')
if (start < 0 || end < 0) throw new Error('action.yml: expected top-level inputs: and runs: keys')
// Formatted as `npm run format` would, so the generated file and prettier never disagree.
const next = await format(
  `${current.slice(0, start)}${render(OPTIONS, OUTPUTS)}${current.slice(end)}`,
  {
    ...(await resolveConfig(actionFile)),
    filepath: actionFile
  }
)

if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('action.yml is out of date with src/options.ts: run node scripts/action-yml.mjs')
    process.exit(1)
  }
} else if (next !== current) {
  writeFileSync(actionFile, next)
  console.log('action.yml updated')
}
