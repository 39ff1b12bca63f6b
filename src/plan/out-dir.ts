import { existsSync, statSync } from 'node:fs'
import { dirname, relative, resolve, isAbsolute } from 'node:path'
import type { Problem } from '../errors.js'

/** Whether `inner` is `outer` or below it. */
function within(outer: string, inner: string): boolean {
  const rel = relative(outer, inner)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * The output folder is cleared and rewritten, so it may not be, contain or sit inside any
 * input: not the workspace root or a folder above it, and not a policy module, the engine or
 * the templates (nor a folder above or inside them). Below the workspace root is fine (the
 * CLI's default is <workspace>/.out). Nothing on its way may be a file.
 */
export function outDirProblems(
  out: string,
  workspace: string,
  inputs: readonly { field: string; dir: string }[]
): Problem[] {
  const dir = resolve(out)
  const problems: Problem[] = []
  const refuse = (message: string, fix: string) => problems.push({ field: 'out', message, fix })
  if (within(dir, workspace)) {
    refuse(
      `the output folder ${dir} is the workspace ${workspace} or a folder above it; it is cleared before writing`,
      'choose a new folder, e.g. .out inside the workspace'
    )
  }
  for (const input of inputs) {
    if (within(dir, input.dir) || within(input.dir, dir)) {
      refuse(
        `the output folder ${dir} overlaps the ${input.field} folder ${input.dir}; it is cleared before writing`,
        'choose a folder that is neither inside nor around any input, e.g. .out in the workspace'
      )
    }
  }
  for (let parent = dir; parent !== dirname(parent); parent = dirname(parent)) {
    if (!existsSync(parent)) continue
    if (parent !== dir && !statSync(parent).isDirectory()) {
      refuse(`${parent}, on the way to the output folder, is a file`, 'choose another out folder')
    }
    break
  }
  return problems
}
