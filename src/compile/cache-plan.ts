/**
 * The Go cache key of a plan, computed before anything is scanned, so the cache is restored
 * ahead of discovery (which compiles the dependency closure with `go list -export` and would
 * run cold otherwise). It reads only what the plan names: the local policy folders (the
 * inputs and the manifest, globs expanded), their go.mod/go.sum and Go sources, the engine's,
 * the remote modules as module@version (their go.mod is fixed by the version), the Go
 * version, the platforms and the helper sources. A folder the plan cannot use is skipped
 * here: discovery reports it.
 */
import { dirname, join } from 'node:path'
import { helperSources } from '../discover/goscan.js'
import { expandPolicyPath } from '../discover/paths.js'
import type { BuildPlan } from '../plan/plan.js'
import { goCacheKey, type GoCacheKey, type GoCacheKeyOptions } from './cache-key.js'

/** The folders whose contents decide the key: local policy modules and the engine. */
export async function localPolicyDirsOf(plan: BuildPlan): Promise<string[]> {
  const dirs: string[] = []
  for (const spec of plan.policies.map(s => s.trim()).filter(Boolean)) {
    dirs.push(...(await expandPolicyPath(plan.workspace, spec, { field: 'policies' })).dirs)
  }
  const manifest = plan.manifest
  for (const entry of manifest?.policies ?? []) {
    if (entry.kind !== 'local') continue
    const origin = { field: entry.field, file: manifest!.file, line: entry.line }
    dirs.push(
      ...(await expandPolicyPath(plan.workspace, entry.path, origin, dirname(manifest!.file))).dirs
    )
  }
  return [...new Set(dirs)]
}

/** The remote policy modules of the manifest, as module@version. */
export function remoteModulesOf(plan: BuildPlan): string[] {
  return (plan.manifest?.policies ?? []).flatMap(entry =>
    entry.kind === 'remote' ? [`${entry.module}@${entry.version}`] : []
  )
}

/** The key and restore keys of the plan's Go cache, from the plan alone (no scan). */
export async function planGoCacheKey(
  plan: BuildPlan,
  goVersion: string,
  more: Partial<GoCacheKeyOptions> = {}
): Promise<GoCacheKey> {
  const local = await localPolicyDirsOf(plan)
  const moduleDirs = [plan.engineDir, ...local]
  return goCacheKey({
    prefix: plan.cache.keyPrefix,
    platforms: plan.platforms,
    goVersion,
    modFiles: [
      ...moduleDirs.flatMap(dir => [join(dir, 'go.mod'), join(dir, 'go.sum')]),
      // A new helper is a new key, so the cache learns it.
      ...helperSources()
    ],
    modules: remoteModulesOf(plan),
    sourceRoots: moduleDirs,
    env: plan.env,
    ...more
  })
}

/** The folder saved with the Go caches for the helper and the build's content keys. */
export function toolsDir(plan: Pick<BuildPlan, 'cache'>): string {
  return join(dirname(plan.cache.dirs.gocache), 'tools')
}
