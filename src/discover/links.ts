import { lstatSync, readdirSync, realpathSync } from 'node:fs'
import { join } from 'node:path'
import type { Problem } from '../errors.js'
import { isInside, realpathOrNearest } from './paths.js'

/**
 * Every symbolic link under `dir` (files and folders, at any depth) that resolves outside the
 * workspace, or nowhere. A pull request controls the tree: a go.mod, a .go file or a template
 * that is a link to `../../.env` would otherwise be read, echoed in error messages, compiled
 * in or rendered. Checked before any file in the tree is read.
 */
export function linksLeaving(
  dir: string,
  workspace: string,
  origin: Omit<Problem, 'message' | 'fix' | 'file'> = {}
): Problem[] {
  const root = realpathOrNearest(workspace)
  const problems: Problem[] = []
  const walk = (folder: string, depth: number): void => {
    if (depth > 64) return
    let entries
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch {
      return // unreadable: the scan reports it
    }
    for (const entry of entries) {
      if (entry.name === '.git') continue
      const path = join(folder, entry.name)
      if (entry.isSymbolicLink()) {
        let target: string | undefined
        try {
          target = realpathSync(path)
        } catch {
          target = undefined
        }
        if (!target || !isInside(root, target)) {
          problems.push({
            ...origin,
            file: path,
            message: target
              ? 'is a symbolic link to a file or folder outside the workspace'
              : 'is a symbolic link that leads nowhere',
            fix: 'replace the link with the file itself, or a link that stays inside the workspace'
          })
        } else if (lstatSync(target).isDirectory() && !isInside(target, folder)) {
          walk(path, depth + 1)
        }
      } else if (entry.isDirectory()) {
        walk(path, depth + 1)
      }
    }
  }
  walk(dir, 0)
  return problems
}
