#!/usr/bin/env node
// Regenerates the inputs and outputs tables of README.md from action.yml, between the markers
// <!-- inputs:start --> ... <!-- inputs:end --> and <!-- outputs:start --> ... <!-- outputs:end -->.
// Usage: node scripts/readme-tables.mjs [--check] [--readme FILE] [--action FILE]
// --check changes nothing and exits 1 when the README disagrees with action.yml.
/* global URL, console, process */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const argValue = (flag, fallback) => {
  const index = args.indexOf(flag)
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback
}
const readmeFile = argValue('--readme', `${root}README.md`)
const actionFile = argValue('--action', `${root}action.yml`)
const check = args.includes('--check')

// A table cell: one line, pipes escaped so they don't end the cell.
const cell = text => String(text).replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim()
const code = text => (text === undefined || text === '' ? '' : `\`${cell(text)}\``)

function inputsTable(inputs) {
  const rows = Object.entries(inputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} | ${code(spec.default)} |`
  )
  return ['| Input | Description | Default |', '| --- | --- | --- |', ...rows].join('\n')
}

function outputsTable(outputs) {
  const rows = Object.entries(outputs).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description ?? '')} |`
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

function replaceBetween(text, marker, table) {
  const start = `<!-- ${marker}:start -->`
  const end = `<!-- ${marker}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) {
    throw new Error(`${readmeFile}: missing the markers ${start} and ${end}`)
  }
  return `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`
}

try {
  const action = parse(readFileSync(actionFile, 'utf8'))
  const current = readFileSync(readmeFile, 'utf8')
  let next = replaceBetween(current, 'inputs', inputsTable(action.inputs ?? {}))
  next = replaceBetween(next, 'outputs', outputsTable(action.outputs ?? {}))
  if (check) {
    if (next !== current) {
      console.error(
        `${readmeFile}: the inputs/outputs tables disagree with ${actionFile}: run node scripts/readme-tables.mjs`
      )
      process.exit(1)
    }
  } else if (next !== current) {
    writeFileSync(readmeFile, next)
    console.log(`${readmeFile}: tables updated`)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
