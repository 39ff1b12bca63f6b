/**
 * A run whose inputs are all unchanged since the last run into the same `--out` skips
 * discover, generate and compile: what they produced (the scan, the workspace, the binaries
 * and the policy names the engine reported) is read back from a record beside them.
 *
 * "Unchanged" is proven by a content key, never by timestamps: the build-relevant part of the
 * plan (workspace, policy inputs and manifest, platforms, version, commit, build date, flags),
 * the Go version and each platform's Go environment, this tool's version and code, this
 * machine's record secret (compile/record-secret.ts: a record written elsewhere never matches),
 * and the bytes of every file under the local policy modules, the folders their go.mod
 * replaces in, the engine (its tests aside) and the templates, and the goscan helper's sources.
 * The outputs are checked too: every file the
 * record names must still hash to what was written, so a binary replaced or edited by hand is
 * rebuilt. A record that does not match is simply ignored; the full pipeline then runs and
 * writes a new one.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Discovery } from '../discover/index.js'
import { isInside } from '../discover/paths.js'
import { isLocalReplace } from '../generate/replaces.js'
import type { PipelineResult } from '../pipeline-types.js'
import type { BuildPlan } from '../plan/plan.js'
import { packageRoot, packageVersion } from '../util/paths.js'
import { helperSources } from '../discover/goscan.js'
import { localPolicyDirsOf } from './cache-plan.js'
import { recordSecret } from './record-secret.js'
import { goBuildVariables, hashTree, recordedBinaryHashes, sha256 } from './reuse.js'

/** In the output folder, outside bin/ (not part of the image build context). */
export const RUN_RECORD_FILE = '.policy-engine-build-run.json'

/** Bumped when the record's meaning changes: an older record is then never taken. */
const RECORD_FORMAT = 1

/** What a later identical run takes back instead of running discover, generate and compile. */
export interface ReusedSteps {
  discovery: Discovery
  policies: PipelineResult['policies']
  binaries: PipelineResult['binaries']
  importsFile?: string
  goModFile?: string
  /** policySetHashes' result: module path -> content hash, and the engine's. */
  hashes: { modules: Map<string, string>; engine: string }
}

interface RunRecord {
  format: number
  key: string
  /** Folders outside the policy modules that fed the build (local replace targets). */
  extraDirs: string[]
  /** Output files (relative to the output folder) and the sha256 of their bytes. */
  outputs: Record<string, string>
  steps: Omit<ReusedSteps, 'hashes'> & {
    hashes: { modules: [string, string][]; engine: string }
  }
}

/** The plan's fields that decide what discover, generate and compile produce. */
function buildRelevantPlan(plan: BuildPlan): unknown {
  return {
    workspace: plan.workspace,
    policies: plan.policies,
    manifest: plan.manifest ?? null,
    platforms: plan.platforms,
    engineDir: plan.engineDir,
    templatesDir: plan.templatesDir ?? null,
    version: plan.version,
    sourceDateEpoch: plan.sourceDateEpoch,
    compile: plan.compile,
    commit: plan.git.sha ?? null
  }
}

/** This tool's code: the running bundle (or source file under a TypeScript loader). */
async function ownCodeHash(): Promise<string> {
  try {
    return sha256(await readFile(fileURLToPath(import.meta.url)))
  } catch {
    return 'unknown'
  }
}

/** The content key of a run's inputs, given the extra folders the last run found. */
async function runKey(plan: BuildPlan, goVersion: string, extraDirs: string[]): Promise<string> {
  // The engine's tests never reach a build: editing them changes nothing.
  const engine = resolve(plan.engineDir)
  const dirs = [
    engine,
    ...(plan.templatesDir ? [plan.templatesDir] : [join(packageRoot(), 'templates')]),
    ...(await localPolicyDirsOf(plan)),
    ...extraDirs
  ]
  const trees: string[] = []
  const workspace = resolve(plan.workspace)
  for (const dir of [...new Set(dirs.map(d => resolve(d)))].sort()) {
    // Links are followed only where the build may read: inside the workspace (or inside the
    // bundled engine and templates, which are not the user's).
    const boundary = isInside(workspace, dir) ? workspace : dir
    trees.push(`${dir} ${await hashTree(dir, new Set(), dir === engine, boundary)}`)
  }
  // The goscan helper: the files it is built from (as the Go cache key counts them).
  for (const file of helperSources()) trees.push(`${file} ${sha256(await readFile(file))}`)
  return sha256(
    JSON.stringify({
      format: RECORD_FORMAT,
      secret: recordSecret(plan.env),
      tool: packageVersion(),
      code: await ownCodeHash(),
      go: goVersion,
      goEnv: plan.platforms.map(p => goBuildVariables(plan.env, p)),
      plan: buildRelevantPlan(plan),
      trees
    })
  )
}

async function readRecord(outDir: string): Promise<RunRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(join(outDir, RUN_RECORD_FILE), 'utf8')) as RunRecord
    return record.format === RECORD_FORMAT ? record : undefined
  } catch {
    return undefined
  }
}

async function outputsMatch(outDir: string, outputs: Record<string, string>): Promise<boolean> {
  for (const [file, hash] of Object.entries(outputs)) {
    const bytes = await readFile(join(outDir, file)).catch(() => undefined)
    if (!bytes || sha256(bytes) !== hash) return false
  }
  return true
}

/** The content key of this run's inputs, taken before anything runs, and what it found. */
export interface RunCheck {
  key: string
  /** The extra folders the key covers (those the last run found). */
  extraDirs: string[]
  /** The last run's outputs, when every input is identical and its outputs are intact. */
  reused?: ReusedSteps
}

/**
 * Keys the inputs before any step runs (a file edited during the build then makes the next
 * run's key differ, rather than being recorded as built) and looks for the last run's record.
 */
export async function checkRun(
  plan: BuildPlan,
  goVersion: string,
  outDir: string
): Promise<RunCheck> {
  const record = await readRecord(outDir)
  const extraDirs = record?.extraDirs ?? []
  const key = await runKey(plan, goVersion, extraDirs)
  if (!record || record.key !== key || !(await outputsMatch(outDir, record.outputs))) {
    return { key, extraDirs }
  }
  const { hashes, ...steps } = record.steps
  const at = (path: string | undefined) => (path === undefined ? undefined : join(outDir, path))
  const reused = {
    ...steps,
    importsFile: at(steps.importsFile),
    goModFile: at(steps.goModFile),
    binaries: steps.binaries.map(b => ({ ...b, path: join(outDir, b.path) })),
    hashes: { modules: new Map(hashes.modules), engine: hashes.engine }
  }
  return { key, extraDirs, reused }
}

/**
 * What the last run into outDir produced, when every input is identical and its outputs are
 * intact; undefined otherwise (the pipeline then runs every step).
 */
export async function unchangedRun(
  plan: BuildPlan,
  goVersion: string,
  outDir: string
): Promise<ReusedSteps | undefined> {
  return (await checkRun(plan, goVersion, outDir)).reused
}

/** Records what this run produced, under the content key of its inputs. */
export async function recordRun(
  plan: BuildPlan,
  goVersion: string,
  outDir: string,
  steps: ReusedSteps,
  checked?: RunCheck
): Promise<void> {
  const extraDirs = localReplaceDirs(steps.discovery)
  // The key taken before the build, unless discovery found other folders to cover.
  const same =
    checked !== undefined &&
    checked.extraDirs.length === extraDirs.length &&
    checked.extraDirs.every((dir, i) => dir === extraDirs[i])
  const rel = (path: string) => relative(outDir, path)
  const files = [
    ...steps.binaries.map(b => b.path),
    ...[steps.importsFile, steps.goModFile, join(outDir, 'go.sum')].filter(
      (f): f is string => f !== undefined
    )
  ]
  // The binaries' hashes as the compile step took them right after building (reuse.ts).
  const known = await recordedBinaryHashes(outDir)
  const outputs: Record<string, string> = {}
  for (const file of files) {
    const hash = known.get(file)
    if (hash) {
      outputs[rel(file)] = hash
      continue
    }
    const bytes = await readFile(file).catch(() => undefined)
    if (bytes) outputs[rel(file)] = sha256(bytes)
  }
  const record: RunRecord = {
    format: RECORD_FORMAT,
    key: same ? checked.key : await runKey(plan, goVersion, extraDirs),
    extraDirs,
    outputs,
    steps: {
      discovery: steps.discovery,
      policies: steps.policies,
      binaries: steps.binaries.map(({ reused: _reused, ...b }) => ({ ...b, path: rel(b.path) })),
      importsFile: steps.importsFile && rel(steps.importsFile),
      goModFile: steps.goModFile && rel(steps.goModFile),
      hashes: { modules: [...steps.hashes.modules], engine: steps.hashes.engine }
    }
  }
  await writeFile(join(outDir, RUN_RECORD_FILE), `${JSON.stringify(record)}\n`)
}

/** The local folders the policy modules' go.mod files replace in (a policy kit). */
export function localReplaceDirs(discovery: Discovery): string[] {
  return discovery.modules
    .filter(m => m.source.kind === 'local')
    .flatMap(m =>
      m.goMod.replaces.filter(r => isLocalReplace(r.newPath)).map(r => resolve(m.dir, r.newPath))
    )
}
