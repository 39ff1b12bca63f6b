import { isAbsolute, resolve } from 'node:path'
import { InputError, type Problem } from '../errors.js'
import type { PolicyModule } from '../types.js'

/** A replace target that is a folder (`=> ../kit`), not a module version. */
export function isLocalReplace(newPath: string): boolean {
  return isAbsolute(newPath) || newPath.startsWith('./') || newPath.startsWith('../')
}

/**
 * The `replace` lines of local policy modules, for the engine's go.mod: Go ignores a
 * dependency's replaces, so a policy that builds on its own with `replace example.com/kit =>
 * ../kit` (the policy-kit pattern) would not build inside the engine without them. Folder
 * targets become absolute (discovery has checked they stay inside the workspace). Two modules
 * replacing one path differently are refused: the engine can only have one.
 */
export function policyReplaces(modules: readonly PolicyModule[]): string[] {
  const chosen = new Map<string, { target: string; module: PolicyModule; line: number }>()
  const problems: Problem[] = []
  for (const module of modules) {
    if (module.source.kind !== 'local') continue
    for (const r of module.goMod.replaces) {
      const old = r.oldVersion ? `${r.oldPath}@${r.oldVersion}` : r.oldPath
      const target = isLocalReplace(r.newPath)
        ? resolve(module.dir, r.newPath)
        : `${r.newPath}@${r.newVersion}`
      const first = chosen.get(old)
      if (!first) {
        chosen.set(old, { target, module, line: r.line })
      } else if (first.target !== target) {
        problems.push({
          file: module.goMod.file,
          line: r.line,
          field: 'replace',
          message: `replace ${old} => ${target} here, but ${first.module.goMod.file}:${first.line} replaces it with ${first.target}; the engine builds with one`,
          fix: 'make both policy modules replace it the same way, or drop one replace'
        })
      }
    }
  }
  if (problems.length > 0) throw new InputError(problems)
  return [...chosen].map(([old, { target }]) => `-replace=${old}=${target}`)
}
