/**
 * The SBOM of a compiled engine, from the Go build info embedded in the binary itself
 * (`go version -m -json`): the engine, every policy module (its version, or its local folder
 * with a content hash), every other dependency, the Go standard library at the Go version, the
 * build settings, and the pinned base image. SPDX 2.3 JSON (see the README's Design decisions).
 *
 * `spdxDocument()` is pure and deterministic: the same build info gives byte-identical JSON
 * (the creation time is SOURCE_DATE_EPOCH, the namespace is a hash of the content), so the
 * SBOM is as reproducible as the image it describes.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { BuildError } from '../errors.js'
import { runGo } from '../go/command.js'
import { platformString } from '../plan/platforms.js'
import type { Platform, PolicyModule } from '../types.js'
import { packageVersion } from '../util/paths.js'

/** `go version -m -json` (runtime/debug.BuildInfo). */
export interface GoBuildInfo {
  GoVersion: string
  Path: string
  Main: GoModuleInfo
  Deps?: GoModuleInfo[]
  Settings?: { Key: string; Value: string }[]
}

export interface GoModuleInfo {
  Path: string
  Version: string
  Sum?: string
  Replace?: GoModuleInfo
}

/** A policy module as the build knows it (discovery), keyed by module path. */
export interface SbomPolicyModule {
  module: string
  /** Workspace-relative folder of a local module ('/'-separated). */
  localDir?: string
  /** h1: content hash of a local module's folder (dirHash). */
  localHash?: string
  /** The policies (package.Type) the module contributes. */
  policies: string[]
}

export interface SbomInput {
  /** e.g. linux/arm64 */
  platform: string
  buildInfo: GoBuildInfo
  policyModules: SbomPolicyModule[]
  /** The engine's version (the image version). */
  version: string
  /** Seconds since the epoch (SOURCE_DATE_EPOCH). */
  created: number
  /** policy-engine-build's version, named as the creating tool. */
  toolVersion: string
  /** The base image, pinned: name and digest (absent for scratch). */
  baseImage?: { name: string; digest?: string }
  /** The image name the SBOM describes (first image name), when known. */
  imageName?: string
}

export const SPDX_MEDIA_TYPE = 'application/spdx+json'

interface SpdxPackage {
  SPDXID: string
  name: string
  versionInfo?: string
  downloadLocation: string
  filesAnalyzed: false
  primaryPackagePurpose?: string
  supplier?: string
  sourceInfo?: string
  comment?: string
  checksums?: { algorithm: 'SHA256'; checksumValue: string }[]
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[]
  annotations?: {
    annotationType: 'OTHER'
    annotator: string
    annotationDate: string
    comment: string
  }[]
}

export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3'
  dataLicense: 'CC0-1.0'
  SPDXID: 'SPDXRef-DOCUMENT'
  name: string
  documentNamespace: string
  creationInfo: { created: string; creators: string[]; comment?: string }
  documentDescribes: string[]
  packages: SpdxPackage[]
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[]
}

/** Settings that name the build (the rest, e.g. DefaultGODEBUG, are kept too). */
function spdxId(kind: string, name: string): string {
  return `SPDXRef-${kind}-${name.replace(/[^A-Za-z0-9.-]+/g, '-')}`
}

/** h1:<base64> (Go's module hash) -> hex SHA256, as SPDX writes checksums. */
export function h1ToHex(sum: string | undefined): string | undefined {
  if (!sum?.startsWith('h1:')) return undefined
  const bytes = Buffer.from(sum.slice(3), 'base64')
  return bytes.length === 32 ? bytes.toString('hex') : undefined
}

/** pkg:golang purl: the path's segments escaped, lower-case as Go module paths are. */
export function golangPurl(path: string, version?: string): string {
  const name = path
    .split('/')
    .map(part => encodeURIComponent(part))
    .join('/')
  return `pkg:golang/${name}${version ? `@${encodeURIComponent(version)}` : ''}`
}

/** pkg:oci purl of a pinned base image (the name without its tag -> repository_url). */
export function ociPurl(reference: string, digest: string): string {
  const parts = reference.split('/')
  parts[parts.length - 1] = parts[parts.length - 1].split(/[:@]/)[0]
  const name = parts.join('/')
  const last = parts[parts.length - 1]
  return `pkg:oci/${encodeURIComponent(last)}@${encodeURIComponent(digest)}?repository_url=${encodeURIComponent(name)}`
}

const VERSION_DEVEL = '(devel)'

/** The SPDX 2.3 document of one platform's engine. Pure: same input, same bytes. */
export function spdxDocument(input: SbomInput): SpdxDocument {
  const info = input.buildInfo
  const created = new Date(input.created * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const policiesByModule = new Map(input.policyModules.map(m => [m.module, m]))
  const settings = (info.Settings ?? []).map(s => `${s.Key}=${s.Value}`)
  const annotate = (comment: string) => ({
    annotationType: 'OTHER' as const,
    annotator: `Tool: policy-engine-build-${input.toolVersion}`,
    annotationDate: created,
    comment
  })

  const engineId = 'SPDXRef-Package-engine'
  const engine: SpdxPackage = {
    SPDXID: engineId,
    name: info.Main?.Path || info.Path,
    versionInfo: input.version,
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    primaryPackagePurpose: 'APPLICATION',
    comment: `policy engine for ${input.platform}, built with ${info.GoVersion}; build settings: ${settings.join(' ')}`,
    externalRefs: [
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: golangPurl(info.Main?.Path || info.Path, input.version)
      }
    ],
    annotations: [
      annotate(`platform: ${input.platform}`),
      annotate(`go: ${info.GoVersion}`),
      ...settings.map(setting => annotate(`go.buildsetting: ${setting}`))
    ]
  }
  const stdlib: SpdxPackage = {
    SPDXID: 'SPDXRef-Package-stdlib',
    name: 'stdlib',
    versionInfo: info.GoVersion,
    downloadLocation: 'https://go.dev/dl/',
    filesAnalyzed: false,
    primaryPackagePurpose: 'LIBRARY',
    comment: 'the Go standard library and runtime linked into the engine',
    externalRefs: [
      {
        referenceCategory: 'PACKAGE-MANAGER',
        referenceType: 'purl',
        referenceLocator: golangPurl('stdlib', info.GoVersion)
      }
    ]
  }
  const packages: SpdxPackage[] = [engine, stdlib]
  const relationships: SpdxDocument['relationships'] = [
    {
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: engineId
    },
    {
      spdxElementId: engineId,
      relationshipType: 'DEPENDS_ON',
      relatedSpdxElement: stdlib.SPDXID
    }
  ]

  const deps = [...(info.Deps ?? [])].sort((a, b) =>
    a.Path < b.Path ? -1 : a.Path > b.Path ? 1 : 0
  )
  for (const dep of deps) {
    const policy = policiesByModule.get(dep.Path)
    const replace = dep.Replace
    const local = replace !== undefined && (replace.Version === VERSION_DEVEL || !replace.Version)
    const effective = replace && !local ? replace : dep
    const version = effective.Version
    const pkg: SpdxPackage = {
      SPDXID: spdxId(policy ? 'Policy' : 'Module', dep.Path),
      name: dep.Path,
      versionInfo: version,
      downloadLocation: local
        ? 'NOASSERTION'
        : `https://proxy.golang.org/${dep.Path}/@v/${version}.zip`,
      filesAnalyzed: false,
      primaryPackagePurpose: 'LIBRARY',
      externalRefs: [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: golangPurl(effective.Path, version)
        }
      ]
    }
    const annotations: ReturnType<typeof annotate>[] = []
    if (policy) {
      pkg.comment = `policy module: ${policy.policies.join(', ')}`
      annotations.push(annotate(`policy-engine-build.policy-module: ${dep.Path}`))
    }
    if (local) {
      const where = policy?.localDir ?? 'a local folder'
      pkg.sourceInfo = `local replace: ${where}`
      const hash = h1ToHex(policy?.localHash)
      if (hash) pkg.checksums = [{ algorithm: 'SHA256', checksumValue: hash }]
      if (policy?.localHash) annotations.push(annotate(`go.dirhash: ${policy.localHash}`))
    } else {
      if (replace) pkg.sourceInfo = `replaced by ${replace.Path}@${replace.Version}`
      const hash = h1ToHex(effective.Sum)
      if (hash) pkg.checksums = [{ algorithm: 'SHA256', checksumValue: hash }]
      if (effective.Sum) annotations.push(annotate(`go.sum: ${effective.Sum}`))
    }
    if (annotations.length) pkg.annotations = annotations
    packages.push(pkg)
    relationships.push({
      spdxElementId: engineId,
      relationshipType: 'DEPENDS_ON',
      relatedSpdxElement: pkg.SPDXID
    })
  }

  if (input.baseImage) {
    const base: SpdxPackage = {
      SPDXID: 'SPDXRef-Package-base-image',
      name: input.baseImage.name,
      versionInfo: input.baseImage.digest ?? 'NOASSERTION',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: 'CONTAINER',
      comment: 'the base image of the final stage, pinned by digest at build time'
    }
    if (input.baseImage.digest) {
      base.externalRefs = [
        {
          referenceCategory: 'PACKAGE-MANAGER',
          referenceType: 'purl',
          referenceLocator: ociPurl(input.baseImage.name, input.baseImage.digest)
        }
      ]
    }
    packages.push(base)
    relationships.push({
      spdxElementId: base.SPDXID,
      relationshipType: 'ANCESTOR_OF',
      relatedSpdxElement: engineId
    })
  }

  const name = `${input.imageName ?? engine.name} ${input.platform}`
  const body = {
    spdxVersion: 'SPDX-2.3' as const,
    dataLicense: 'CC0-1.0' as const,
    SPDXID: 'SPDXRef-DOCUMENT' as const,
    name,
    creationInfo: {
      created,
      creators: [`Tool: policy-engine-build-${input.toolVersion}`],
      comment: 'from the Go build info embedded in the compiled engine (go version -m)'
    },
    documentDescribes: [engineId],
    packages,
    relationships
  }
  const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex')
  return {
    spdxVersion: body.spdxVersion,
    dataLicense: body.dataLicense,
    SPDXID: body.SPDXID,
    name,
    documentNamespace: `https://policy-engine-build.dev/spdx/${input.platform.replace(/\//g, '-')}/${hash}`,
    creationInfo: body.creationInfo,
    documentDescribes: body.documentDescribes,
    packages,
    relationships
  }
}

/** The SBOM file's bytes: stable key order, two-space indent, final newline. */
export function spdxJson(document: SpdxDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/**
 * Go's dirhash Hash1 of a module folder (golang.org/x/mod/sumdb/dirhash): sha256 over the
 * sorted lines "<sha256 hex>  <path>\n" of every regular file, skipping .git folders and
 * nested modules (folders with their own go.mod), as Go's module zips do. "h1:<base64>".
 */
export async function dirHash(dir: string): Promise<string> {
  const files: string[] = []
  const walk = async (folder: string, top: boolean): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true })
    if (!top && entries.some(e => e.isFile() && e.name === 'go.mod')) return
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (entry.name === '.git') continue
        await walk(path, false)
      } else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'))
    }
  }
  await walk(dir, true)
  files.sort()
  const summary = createHash('sha256')
  for (const file of files) {
    const content = await readFile(join(dir, file))
    summary.update(`${createHash('sha256').update(content).digest('hex')}  ${file}\n`)
  }
  return `h1:${summary.digest('base64')}`
}

/** The build info of a compiled engine, through the one owner of the go command. */
export async function readBuildInfo(binary: string, env: NodeJS.ProcessEnv): Promise<GoBuildInfo> {
  const result = await runGo(['version', '-m', '-json', binary], {
    env,
    step: 'package',
    timeoutMs: 60_000
  })
  if (result.exitCode !== 0) {
    throw new BuildError(
      'package',
      `go version -m could not read the build info of ${binary}: ${(result.stderr || result.stdout).trim()}`
    )
  }
  return JSON.parse(result.stdout) as GoBuildInfo
}

/** One platform's SBOM file, written by writeSboms. */
export interface SbomFile {
  platform: string
  path: string
}

export interface WriteSbomsInput {
  binaries: { platform: Platform; path: string }[]
  modules: PolicyModule[]
  workspace: string
  version: string
  created: number
  baseImage?: { name: string; digest?: string }
  imageName?: string
  /** <out>/sbom is written. */
  outDir: string
  env: NodeJS.ProcessEnv
}

/** The policy modules as the SBOM names them: local ones with their folder and content hash. */
export async function sbomPolicyModules(
  modules: PolicyModule[],
  workspace: string
): Promise<SbomPolicyModule[]> {
  const result: SbomPolicyModule[] = []
  for (const module of modules) {
    const local = module.source.kind === 'local'
    result.push({
      module: module.goMod.module,
      policies: module.policies.map(p => `${p.packageName}.${p.symbol}`),
      ...(local
        ? {
            localDir: relative(workspace, module.dir).split(sep).join('/') || '.',
            localHash: await dirHash(module.dir)
          }
        : {})
    })
  }
  return result
}

/** <out>/sbom/policy-engine-<os>-<arch>[-<variant>].spdx.json, one per compiled platform. */
export async function writeSboms(
  input: WriteSbomsInput
): Promise<{ dir: string; files: SbomFile[] }> {
  const dir = join(input.outDir, 'sbom')
  await mkdir(dir, { recursive: true })
  const policyModules = await sbomPolicyModules(input.modules, input.workspace)
  const files: SbomFile[] = []
  for (const binary of input.binaries) {
    const platform = platformString(binary.platform)
    const document = spdxDocument({
      platform,
      buildInfo: await readBuildInfo(binary.path, input.env),
      policyModules,
      version: input.version,
      created: input.created,
      toolVersion: packageVersion(),
      baseImage: input.baseImage,
      imageName: input.imageName
    })
    const path = join(dir, `policy-engine-${platform.replace(/\//g, '-')}.spdx.json`)
    await writeFile(path, spdxJson(document))
    files.push({ platform, path })
  }
  return { dir, files }
}
