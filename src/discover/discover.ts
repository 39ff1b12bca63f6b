/**
 * Discovery: from the `policies` input and the manifest to the policy modules and the
 * policies in them (SPEC sections 2 and 3). Every input problem found is collected and
 * thrown together as one InputError; the scan only runs once the inputs are sound.
 */
import { existsSync, realpathSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { InputError, ProblemList, type Problem } from '../errors.js'
import { formatLocation, silentLogger, type Logger } from '../logger.js'
import { checkGoVersions, type GoToolchain } from '../go/toolchain.js'
import type {
  GoMod,
  Platform,
  DiscoveredPolicy,
  DiscoveryResult,
  DiscoveryWarning,
  PolicyModule,
  PolicySource
} from '../types.js'
import { readGoMod, type GoModWithLines } from './gomod.js'
import { runGoscan, type GoscanModule } from './goscan.js'
import { findManifest, MANIFEST_FILE, type Manifest } from './manifest.js'
import { checkModulePath } from './modulepath.js'
import {
  expandPolicyPath,
  isDirectory,
  isInside,
  realpathOrNearest,
  workspaceFolder,
  type PathOrigin
} from './paths.js'
import { downloadModule } from './remote.js'
import { linksLeaving } from './links.js'
import { pathProblem } from '../plan/values.js'
import { isGoIdentifier } from '../generate/go-syntax.js'
import { isLocalReplace } from '../generate/replaces.js'
import { platformString } from '../plan/platforms.js'
import { compareTargets, scanTargets } from './targets.js'

export interface DiscoverOptions {
  /** Workspace root; every path is resolved inside it. */
  workspace: string
  /** Directories or globs of directories holding a go.mod, relative to the workspace. */
  policies?: string[]
  /**
   * The manifest the plan already read (null: the build has none), or its path to read here
   * (default: policy-build.yaml in the workspace when it exists).
   */
  manifest?: Manifest | null | string
  /**
   * Target platforms whose build constraints select the files (variants included: their tool
   * tags such as amd64.v3 count); every policy must exist on all of them. Parsed platforms
   * are taken as they are; strings go through the plan's one parser. Default: the manifest's
   * image.platforms, else DEFAULT_PLATFORMS.
   */
  platforms?: readonly (Platform | string)[]
  /** Build tags (`go build -tags`), which select files like the platform does. */
  buildTags?: string[]
  /**
   * The Go toolchain that will build (e.g. "1.26.8"): every policy go.mod, and these others
   * (the engine's), are checked against it before anything is scanned.
   */
  goVersion?: { toolchain: string; otherGoMods?: GoMod[] }
  /** The engine's module path: a policy may not be it, or require it. */
  reservedModule?: string
  env?: NodeJS.ProcessEnv
  /** Where the goscan helper is kept (the pipeline's cached tools folder); see goscanBinary. */
  helperDir?: string
  /** The toolchain as the caller read it (`go env`): spares the helper lookup its own. */
  toolchain?: GoToolchain
}

export type Discovery = DiscoveryResult & { manifest?: Manifest }

/** What discovery looks for, said once so every "no policy" message says the same. */
export const CONTRACT_DESCRIPTION =
  'an exported type whose methods (pointer or value receivers) are Name() string, ' +
  'Execute(ctx context.Context, input any) (any, error) and Validate() error, ' +
  'or an exported func New() or NewPolicy() without parameters returning one'

interface Candidate {
  source: PolicySource
  dir: string
  origin: PathOrigin
}

export async function discover(
  options: DiscoverOptions,
  logger: Logger = silentLogger
): Promise<Discovery> {
  const env = options.env ?? process.env
  const workspace = workspaceFolder(options.workspace)
  const problems = new ProblemList()
  const collect = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      error.problems.forEach(p => problems.add(p))
      return undefined
    }
  }

  const collectSync = (work: () => void): void => {
    try {
      work()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      error.problems.forEach(p => problems.add(p))
    }
  }
  const manifest =
    typeof options.manifest === 'string' || options.manifest === undefined
      ? await collect(() => findManifest(workspace, options.manifest as string | undefined))
      : (options.manifest ?? undefined)
  const targets = await collect(async () => scanTargets(options.platforms, manifest))
  const candidates = await collectCandidates(workspace, options.policies ?? [], manifest, problems)
  const warnings: DiscoveryWarning[] = []
  const warn = (warning: DiscoveryWarning) => {
    warnings.push(warning)
    logger.warning(warning.message, {
      file: warning.file,
      line: warning.line,
      column: warning.column
    })
  }

  const modules = (
    await Promise.all(
      candidates.map(c =>
        collect(() => loadModule(c, { workspace, env, warn, reserved: options.reservedModule }))
      )
    )
  ).filter((m): m is PolicyModule => m !== undefined)
  refuseDuplicateModules(modules, problems)
  if (options.goVersion) {
    const { toolchain, otherGoMods = [] } = options.goVersion
    collectSync(() => checkGoVersions(toolchain, [...otherGoMods, ...modules.map(m => m.goMod)]))
  }
  if (modules.length === 0 && problems.empty) {
    problems.add({
      field: 'policies',
      message: 'no policy modules were given',
      fix: `set the policies input (directories holding a go.mod) or list them under policies: in ${MANIFEST_FILE}`
    })
  }
  problems.throwIfAny()

  // No logger.group here: the caller usually runs discovery inside its own step group, and
  // Actions log groups do not nest.
  logger.debug(
    `scanning ${modules.length} module(s) for ${targets!.map(platformString).join(', ')}`
  )
  const scans = await runGoscan(
    modules.map(m => m.dir),
    {
      targets,
      buildTags: options.buildTags,
      env,
      helperDir: options.helperDir,
      toolchain: options.toolchain
    }
  )
  const scan = scans[0]
  scan.modules.forEach((result, i) => collectPolicies(modules[i], result, problems, warn))
  compareTargets(targets!, scans, problems, warn)
  refuseDuplicateNames(modules, problems)
  problems.throwIfAny()

  const policies = modules.flatMap(m => m.policies)
  for (const p of policies)
    logger.debug(`policy ${p.package}.${p.symbol} (${p.kind}) at ${formatLocation(p)}`)
  logger.info(
    `Discovered ${policies.length} ${policies.length === 1 ? 'policy' : 'policies'} in ${modules.length} ${modules.length === 1 ? 'module' : 'modules'}`
  )
  return { modules, policies, warnings, manifest }
}

async function collectCandidates(
  workspace: string,
  inputs: string[],
  manifest: Manifest | undefined,
  problems: ProblemList
): Promise<Candidate[]> {
  const candidates: Candidate[] = []
  const seen = new Set<string>()
  const addLocal = async (spec: string, origin: PathOrigin, base: string) => {
    const { dirs, problems: found } = await expandPolicyPath(workspace, spec, origin, base)
    found.forEach(p => problems.add(p))
    for (const dir of dirs) {
      // A folder found by a glob may be named by the pull request: "a\nb" would reach logs,
      // annotations and go.mod lines.
      const badPath = pathProblem(origin.field ?? 'policies', dir)
      if (badPath) {
        problems.add({ ...badPath, file: origin.file, line: origin.line })
        continue
      }
      const key = existsSync(dir) ? realpathSync(dir) : dir
      if (seen.has(key)) continue
      seen.add(key)
      candidates.push({ source: { kind: 'local', dir, spec }, dir, origin })
    }
  }
  for (const spec of inputs.map(s => s.trim()).filter(Boolean)) {
    await addLocal(spec, { field: 'policies' }, workspace)
  }
  for (const entry of manifest?.policies ?? []) {
    const origin = { field: entry.field, file: manifest!.file, line: entry.line }
    if (entry.kind === 'local') {
      await addLocal(entry.path, origin, dirname(manifest!.file))
    } else {
      const key = `${entry.module}@${entry.version}`
      if (seen.has(key)) continue
      seen.add(key)
      candidates.push({
        source: { kind: 'remote', module: entry.module, version: entry.version },
        dir: '',
        origin
      })
    }
  }
  return candidates
}

/** Checks one module's folder and go.mod; throws InputError with its problems. */
async function loadModule(
  candidate: Candidate,
  context: {
    workspace: string
    env: NodeJS.ProcessEnv
    warn: (w: DiscoveryWarning) => void
    reserved?: string
  }
): Promise<PolicyModule> {
  const { env, warn } = context
  const { origin, source } = candidate
  const at = (message: string, fix: string): Problem => ({
    file: origin.file,
    line: origin.line,
    field: origin.field,
    message,
    fix
  })
  let dir = candidate.dir
  let goModFile = join(dir, 'go.mod')
  let version: string | undefined
  if (source.kind === 'remote') {
    const downloaded = await downloadModule(source.module, source.version, {
      env,
      origin: { file: origin.file, line: origin.line, field: origin.field }
    })
    dir = downloaded.dir
    version = downloaded.version
    goModFile = existsSync(join(dir, 'go.mod')) ? join(dir, 'go.mod') : downloaded.goMod
  } else {
    if (!existsSync(dir)) {
      throw new InputError(
        at(
          `policy directory "${source.spec}" does not exist (looked at ${dir})`,
          'check the path; each policy is a directory holding a go.mod'
        )
      )
    }
    if (!isDirectory(dir)) {
      throw new InputError(
        at(
          `"${source.spec}" is a file, not a directory (${dir})`,
          "point at the directory holding the module's go.mod"
        )
      )
    }
    if (!existsSync(goModFile)) {
      throw new InputError(
        at(
          `policy directory ${dir} has no go.mod`,
          `point at the module root, or create one with \`go mod init example.com/policies/NAME\` in ${dir}`
        )
      )
    }
    // Before any file of the module is read: a link out of the workspace is never followed.
    const links = linksLeaving(dir, context.workspace)
    if (links.length > 0) throw new InputError(links)
  }
  const goMod: GoModWithLines = await readGoMod(goModFile, env)
  const invalid = checkModulePath(goMod.module)
  if (invalid) {
    throw new InputError({
      file: goModFile,
      line: goMod.moduleLine,
      field: 'module',
      message: `module path ${JSON.stringify(goMod.module)} ${invalid}`,
      fix: 'use a domain-like module path, e.g. `go mod edit -module example.com/policies/NAME`'
    })
  }
  if (source.kind === 'remote' && goMod.module !== source.module) {
    throw new InputError(
      at(
        `module ${source.module}@${source.version} declares itself as ${goMod.module} in its go.mod`,
        `use module: ${goMod.module}`
      )
    )
  }
  checkReserved(goMod, goModFile, context.reserved)
  if (source.kind === 'local') {
    checkLocalReplaces(goMod, dir, context.workspace)
    return { source, dir, goMod, version, policies: [] }
  }
  for (const r of goMod.replaces) {
    warn({
      file: goModFile,
      line: r.line,
      message:
        `policy module ${goMod.module} has \`replace ${r.oldPath}${r.oldVersion ? ' ' + r.oldVersion : ''} => ${r.newPath}${r.newVersion ? ' ' + r.newVersion : ''}\`, ` +
        'which Go ignores when the module is a dependency of the engine; the engine build resolves ' +
        `${r.oldPath} without it (publish the fix or add the replace to the engine build instead)`
    })
  }
  return { source, dir, goMod, version, policies: [] }
}

/** The engine's module is the host: a policy that is it, or builds on it, cannot be compiled in. */
function checkReserved(goMod: GoModWithLines, file: string, reserved: string | undefined): void {
  if (!reserved) return
  const problems: Problem[] = []
  if (goMod.module === reserved || goMod.module.startsWith(`${reserved}/`)) {
    problems.push({
      file,
      line: goMod.moduleLine,
      field: 'module',
      message: `module path ${goMod.module} is the engine's own (${reserved})`,
      fix: 'give the policy module its own path, e.g. `go mod edit -module example.com/policies/NAME`'
    })
  }
  for (const r of goMod.requires.filter(r => r.path === reserved)) {
    problems.push({
      file,
      field: 'require',
      message: `module ${goMod.module} requires the engine module ${r.path}; policies are compiled into the engine and cannot import it`,
      fix: `remove the require of ${r.path} and its imports; a policy needs only the contract (Name, Execute, Validate)`
    })
  }
  if (problems.length > 0) throw new InputError(problems)
}

/**
 * A local module's folder replaces (`=> ../kit`) are copied into the engine's go.mod
 * (generate/replaces.ts), so they must stay inside the workspace like every other input.
 */
function checkLocalReplaces(goMod: GoModWithLines, dir: string, workspace: string): void {
  const problems: Problem[] = []
  const root = realpathOrNearest(workspace)
  for (const r of goMod.replaces.filter(r => isLocalReplace(r.newPath))) {
    const target = realpathOrNearest(resolve(dir, r.newPath))
    if (isInside(root, target) && existsSync(join(target, 'go.mod'))) {
      // Its files are compiled into the engine like the policy's own: same link rule.
      problems.push(...linksLeaving(target, workspace, { field: 'replace' }))
      continue
    }
    problems.push({
      file: goMod.file,
      line: r.line,
      field: 'replace',
      message: isInside(root, target)
        ? `replace ${r.oldPath} => ${r.newPath}: ${target} holds no go.mod`
        : `replace ${r.oldPath} => ${r.newPath} leaves the workspace (${target})`,
      fix: 'point the replace at a module folder inside the workspace, or require a published version'
    })
  }
  if (problems.length > 0) throw new InputError(problems)
}

/** Go's rule for the elements of an import path (cmd/go's module.CheckImportPath, in short). */
function importPathProblem(path: string): string | undefined {
  for (const element of path.split('/')) {
    if (!/^[A-Za-z0-9._~+-]+$/.test(element)) {
      return `element ${JSON.stringify(element)} holds a character import paths may not have (a space, a non-ASCII letter, ...)`
    }
    if (element.startsWith('.') || element.endsWith('.')) {
      return `element ${JSON.stringify(element)} starts or ends with a dot`
    }
  }
  return undefined
}

function describeSource(m: PolicyModule): string {
  return m.source.kind === 'local' ? m.dir : `${m.source.module}@${m.source.version} (${m.dir})`
}

function refuseDuplicateModules(modules: PolicyModule[], problems: ProblemList): void {
  const byPath = new Map<string, PolicyModule>()
  for (const m of modules) {
    const first = byPath.get(m.goMod.module)
    if (!first) {
      byPath.set(m.goMod.module, m)
      continue
    }
    problems.add({
      file: m.goMod.file,
      line: (m.goMod as GoModWithLines).moduleLine,
      field: 'module',
      message: `module path ${m.goMod.module} is used by two policy modules: ${describeSource(first)} and ${describeSource(m)}`,
      fix: 'give each policy module its own module path (`go mod edit -module ...`), or list the module once'
    })
  }
}

function collectPolicies(
  module: PolicyModule,
  result: GoscanModule,
  problems: ProblemList,
  warn: (w: DiscoveryWarning) => void
): void {
  const before = problems.problems.length
  const nearMisses: string[] = []
  for (const e of result.errors) {
    problems.add({
      file: e.file,
      line: e.line || undefined,
      message: `module ${module.goMod.module}: ${e.message}`,
      fix: e.fix ?? `run \`go build ./...\` in ${module.dir} and fix what it reports`
    })
  }
  for (const pkg of result.packages) {
    // The compiler's own words at file:line:col in the user's tree: what `go build` of the
    // generated workspace would stop at, found before anything is written.
    for (const e of [...(pkg.typeErrors ?? []), ...(pkg.errors ?? [])]) {
      problems.add({
        file: e.file,
        line: e.line || undefined,
        column: e.column || undefined,
        message: e.code ? e.message : `Go type error: ${e.message}`,
        fix:
          e.fix ??
          `fix the Go source of package ${pkg.importPath} (\`go vet ./...\` in ${module.dir} shows the same error)`
      })
    }
    // One problem per file: after the first syntax error the parser's further complaints
    // are mostly consequences of it.
    const byFile = new Map<string, GoscanModule['packages'][number]['syntaxErrors']>()
    for (const e of pkg.syntaxErrors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
    for (const [file, errors] of byFile) {
      const [e] = errors
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more in this file)` : ''
      problems.add({
        file,
        line: e.line || undefined,
        column: e.column || undefined,
        message: `Go syntax error: ${e.message}${more}`,
        fix: `fix the Go source of package ${pkg.importPath} (\`go vet ./...\` in ${module.dir} shows the same error)`
      })
    }
    for (const w of pkg.warnings) {
      const message = w.fix ? `${w.message} (fix: ${w.fix})` : w.message
      warn({ file: w.file, line: w.line, column: w.column || undefined, message })
      nearMisses.push(`${formatLocation({ file: w.file, line: w.line })}: ${w.message}`)
    }
    if (pkg.policies.length > 0) {
      const bad = importPathProblem(pkg.importPath)
      if (bad) {
        problems.add({
          file: pkg.dir,
          message: `the folder of package ${JSON.stringify(pkg.importPath)} cannot be imported by the engine: ${bad}`,
          fix: "rename the folder using letters, digits, '-', '.', '_' and '~' only"
        })
        continue
      }
    }
    for (const p of pkg.policies) {
      if (!isGoIdentifier(p.symbol)) {
        problems.add({
          file: p.file,
          line: p.line,
          message: `policy ${pkg.importPath}.${p.symbol} has a non-ASCII name, which the generated imports.go does not write (Go's Unicode tables differ between releases)`,
          fix: 'add an exported func New() returning the policy, or give the type an ASCII name'
        })
        continue
      }
      const policy: DiscoveredPolicy = {
        module: module.goMod.module,
        version: module.version,
        package: pkg.importPath,
        packageName: pkg.name,
        symbol: p.symbol,
        kind: p.kind,
        file: p.file,
        line: p.line
      }
      if (p.kind !== 'constructor') policy.composite = p.composite
      if (p.name !== undefined) policy.name = p.name
      module.policies.push(policy)
    }
  }
  if (module.policies.length === 0 && problems.problems.length === before) {
    problems.add({
      file: module.goMod.file,
      line: (module.goMod as GoModWithLines).moduleLine,
      message:
        `module ${module.goMod.module} (${module.dir}) has no policy: looked for ${CONTRACT_DESCRIPTION}, ` +
        'in every package except internal/, testdata/, vendor/, hidden and _ folders, _test.go files and files excluded by build constraints' +
        (nearMisses.length > 0 ? `; near misses: ${nearMisses.join('; ')}` : ''),
      fix:
        nearMisses.length > 0
          ? 'correct a near miss so the type has all three methods with exactly those signatures'
          : 'add such a type or constructor, or remove the module from the policies'
    })
  }
}

function refuseDuplicateNames(modules: PolicyModule[], problems: ProblemList): void {
  const byName = new Map<string, DiscoveredPolicy>()
  for (const p of modules.flatMap(m => m.policies)) {
    if (p.name === undefined) continue
    const first = byName.get(p.name)
    if (!first) {
      byName.set(p.name, p)
      continue
    }
    problems.add({
      file: p.file,
      line: p.line,
      message:
        `policy name "${p.name}" is returned by Name() of both ${first.package}.${first.symbol} (${formatLocation(first)}) ` +
        `and ${p.package}.${p.symbol} (${formatLocation(p)}); the engine refuses duplicate names`,
      fix: 'make one of the Name() methods return a different name, or drop one of the modules'
    })
  }
}
