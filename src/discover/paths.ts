/**
 * Paths from user input (action inputs, CLI flags, the manifest) are resolved inside the
 * workspace. A path that leaves it, lexically (`../x`, `/etc`) or through a symlink, is
 * refused: the action may run on untrusted pull-request input.
 */
import { realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { InputError, type Problem } from '../errors.js'

/** Where a path came from, for messages: the input/field name and, for a manifest, file:line. */
export interface PathOrigin {
  field: string
  file?: string
  line?: number
}

/** True when `child` is `parent` or below it (both absolute, normalised). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/**
 * The real path of `path`, following every symlink; for a path that does not exist yet,
 * the real path of its nearest existing ancestor joined with the rest.
 */
export function realpathOrNearest(path: string): string {
  let current = path
  const rest: string[] = []
  for (;;) {
    try {
      return resolve(realpathSync(current), ...rest.reverse())
    } catch {
      const parent = dirname(current)
      if (parent === current) return path
      rest.push(current.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)))
      current = parent
    }
  }
}

/**
 * Checks that `userPath`, resolved against `base` (default: the workspace), stays inside
 * `workspace`, symlinks followed. Returns the absolute path, or a problem.
 */
export function checkInside(
  workspace: string,
  userPath: string,
  origin: PathOrigin,
  base: string = workspace
): { path: string } | { problem: Problem } {
  const fail = (message: string, fix: string) => ({
    problem: { file: origin.file, line: origin.line, field: origin.field, message, fix }
  })
  if (userPath.trim() === '') return fail('is empty', 'give a directory inside the workspace')
  if (userPath.includes('\0'))
    return fail('contains a NUL character', 'give a plain directory path')
  const absolute = resolve(base, userPath)
  const realWorkspace = realpathOrNearest(workspace)
  if (!isInside(resolve(workspace), absolute) && !isInside(realWorkspace, absolute)) {
    return fail(
      `path "${userPath}" resolves to ${absolute}, outside the workspace ${workspace}`,
      'use a path inside the workspace (working-directory); copy or check out the module there'
    )
  }
  const real = realpathOrNearest(absolute)
  if (!isInside(realWorkspace, real)) {
    return fail(
      `path "${userPath}" leads through a symlink to ${real}, outside the workspace ${workspace}`,
      'replace the symlink with the directory itself, inside the workspace'
    )
  }
  return { path: absolute }
}

/** Like checkInside, throwing an InputError. */
export function resolveInside(workspace: string, userPath: string, field: string): string {
  const result = checkInside(workspace, userPath, { field })
  if ('problem' in result) throw new InputError(result.problem)
  return result.path
}

/**
 * Expands one `policies` entry: a directory, or a glob of directories, of which only those
 * holding a go.mod count. Every result is checked to be inside the workspace.
 */
export async function expandPolicyPath(
  workspace: string,
  spec: string,
  origin: PathOrigin,
  base: string = workspace
): Promise<{ dirs: string[]; problems: Problem[] }> {
  if (!isDynamicPattern(spec)) {
    const result = checkInside(workspace, spec, origin, base)
    return 'problem' in result
      ? { dirs: [], problems: [result.problem] }
      : { dirs: [result.path], problems: [] }
  }
  // Refuse a glob that starts outside the workspace before crawling anything.
  const staticPart = spec
    .split('/')
    .filter((_, i, all) => !isDynamicPattern(all.slice(0, i + 1).join('/')))
  const root = checkInside(workspace, staticPart.join('/') || '.', origin, base)
  if ('problem' in root) return { dirs: [], problems: [root.problem] }

  // Matching `<pattern>/go.mod` files (not directories) is what lists symlinked module
  // folders too, so a symlink leaving the workspace is refused below rather than skipped.
  const matches = await glob(`${spec.replace(/\/+$/, '')}/go.mod`, {
    cwd: base,
    absolute: true,
    expandDirectories: false
  })
  const dirs: string[] = []
  const problems: Problem[] = []
  for (const match of matches.map(m => dirname(m)).sort()) {
    // What the glob matched below its fixed part is skipped where Go skips it: testdata,
    // vendor, and folders starting with "_" or "." (a shared library module can live there).
    const below = relative(resolve(base, staticPart.join('/') || '.'), match).split(sep)
    if (below.some(part => GO_IGNORED.test(part))) continue
    const checked = checkInside(workspace, match, origin, base)
    if ('problem' in checked) problems.push(checked.problem)
    else dirs.push(checked.path)
  }
  if (dirs.length === 0 && problems.length === 0) {
    problems.push({
      file: origin.file,
      line: origin.line,
      field: origin.field,
      message: `glob "${spec}" matches no directory holding a go.mod (relative to ${base})`,
      fix: 'check the pattern; each policy module is a directory with its own go.mod'
    })
  }
  return { dirs, problems }
}

const GO_IGNORED = /^(testdata|vendor|_.*|\..+)$/

/** The workspace root as an absolute path; InputError when it is not a folder. */
export function workspaceFolder(dir: string): string {
  const workspace = resolve(dir)
  if (!isDirectory(workspace)) {
    throw new InputError({
      field: 'working-directory',
      message: `workspace ${workspace} is not a directory`,
      fix: 'set working-directory to an existing folder (the checkout)'
    })
  }
  return workspace
}

/** Whether `path` is an existing directory. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
