/**
 * `verify --image name[:tag|@digest]`: rebuilds the current checkout (or `--commit`, checked
 * out in a temporary git worktree) with the same inputs, as an OCI tarball (nothing pushed),
 * and compares the index and per-platform digests with the pushed image. The base image is
 * taken from the pushed image's labels (org.opencontainers.image.base.*), and the platforms
 * from its index, unless given. On a match it prints the digest it reproduced; otherwise what
 * differs: labels, base, and the files of the layers that differ.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Command } from 'commander'
import { BuildError, InputError } from '../errors.js'
import type { Logger } from '../logger.js'
import { runPipeline } from '../pipeline.js'
import type { BuildOptions } from '../pipeline-types.js'
import { BASE_DIGEST_LABEL, BASE_NAME_LABEL } from '../publish/base-image.js'
import {
  INDEX_MEDIA_TYPES,
  OciClient,
  type OciDescriptor,
  type OciIndex,
  type OciManifest
} from '../publish/oci-client.js'
import { parseReference } from '../publish/reference.js'
import { run } from '../util/exec.js'
import { readTar } from '../util/tar.js'
import { addOptionFlags, cliOptions, flagsFromOpts } from './flags.js'
import { cliGitContext } from './github.js'
import { cliLogger, styleFor, type CliIo } from './logger.js'

export interface PlatformComparison {
  platform: string
  local?: string
  remote?: string
  same: boolean
  differences: string[]
}

export interface VerifyReport {
  image: string
  /** The pushed index (or manifest) digest. */
  remote: string
  /** The digest this rebuild produced. */
  local: string
  reproduced: boolean
  commit?: string
  platforms: PlatformComparison[]
}

/** Reads blobs of an image, wherever it is (the registry or the local OCI tarball). */
interface BlobSource {
  blob(digest: string): Promise<Buffer>
}

function platformOf(descriptor: OciDescriptor): string {
  const p = descriptor.platform
  return p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : 'unknown'
}

/** The platform images of an index (attestations, unknown/unknown, left out). */
async function platformManifests(
  source: BlobSource,
  digest: string,
  mediaType: string
): Promise<Map<string, OciDescriptor>> {
  const images = new Map<string, OciDescriptor>()
  if (!INDEX_MEDIA_TYPES.includes(mediaType)) {
    images.set('single', { mediaType, digest, size: 0 })
    return images
  }
  const index = JSON.parse((await source.blob(digest)).toString('utf8')) as OciIndex
  for (const m of index.manifests) {
    if (m.platform && m.platform.os !== 'unknown') images.set(platformOf(m), m)
  }
  return images
}

async function jsonBlob<T>(source: BlobSource, digest: string): Promise<T> {
  return JSON.parse((await source.blob(digest)).toString('utf8')) as T
}

interface ImageConfig {
  config?: { Labels?: Record<string, string> }
}

/** The label changes, as `label KEY: "a" -> "b"` lines. Pure. */
export function labelDifferences(
  local: Record<string, string>,
  remote: Record<string, string>
): string[] {
  const keys = [...new Set([...Object.keys(local), ...Object.keys(remote)])].sort()
  const lines: string[] = []
  for (const key of keys) {
    if (local[key] === remote[key]) continue
    const a = remote[key] ?? ''
    const b = local[key] ?? ''
    let from = 0
    while (from < a.length && from < b.length && a[from] === b[from]) from++
    // Long values (JSON labels) are shown around the first difference.
    const show = (v: string | undefined) =>
      v === undefined
        ? '(none)'
        : v.length > 160
          ? `...${JSON.stringify(v.slice(Math.max(0, from - 40), from + 60))}...`
          : JSON.stringify(v)
    const what = key === BASE_DIGEST_LABEL || key === BASE_NAME_LABEL ? 'base' : 'label'
    lines.push(`${what} ${key}: pushed ${show(remote[key])}, rebuilt ${show(local[key])}`)
  }
  return lines
}

/** Files that differ between two layers (by content hash, mode and link). Pure. */
export function layerDifferences(local: Buffer, remote: Buffer): string[] {
  const summary = (layer: Buffer) =>
    new Map(
      readTar(layer)
        .filter(e => e.type !== 'dir')
        .map(e => [
          `/${e.path}`,
          `${e.type} ${e.mode.toString(8)} ${e.linkname ?? createHash('sha256').update(e.data).digest('hex')}`
        ])
    )
  const a = summary(local)
  const b = summary(remote)
  const lines: string[] = []
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (!a.has(path)) lines.push(`file ${path}: only in the pushed image`)
    else if (!b.has(path)) lines.push(`file ${path}: only in the rebuild`)
    else if (a.get(path) !== b.get(path)) {
      lines.push(`file ${path}: differs (pushed ${b.get(path)}, rebuilt ${a.get(path)})`)
    }
  }
  return lines
}

async function comparePlatform(
  platform: string,
  local: OciDescriptor | undefined,
  remote: OciDescriptor | undefined,
  localBlobs: BlobSource,
  remoteBlobs: BlobSource
): Promise<PlatformComparison> {
  const result: PlatformComparison = {
    platform,
    local: local?.digest,
    remote: remote?.digest,
    same: Boolean(local && remote && local.digest === remote.digest),
    differences: []
  }
  if (result.same) return result
  if (!local || !remote) {
    result.differences.push(local ? 'not in the pushed image' : 'not rebuilt')
    return result
  }
  const a = await jsonBlob<OciManifest>(localBlobs, local.digest)
  const b = await jsonBlob<OciManifest>(remoteBlobs, remote.digest)
  if (a.config.digest !== b.config.digest) {
    const ca = await jsonBlob<ImageConfig>(localBlobs, a.config.digest)
    const cb = await jsonBlob<ImageConfig>(remoteBlobs, b.config.digest)
    result.differences.push(...labelDifferences(ca.config?.Labels ?? {}, cb.config?.Labels ?? {}))
  }
  const layers = Math.max(a.layers.length, b.layers.length)
  for (let i = 0; i < layers; i++) {
    const la = a.layers[i]
    const lb = b.layers[i]
    if (la?.digest === lb?.digest) continue
    if (!la || !lb) {
      result.differences.push(`layer ${i + 1}: only in the ${la ? 'rebuild' : 'pushed image'}`)
      continue
    }
    const files = layerDifferences(
      await localBlobs.blob(la.digest),
      await remoteBlobs.blob(lb.digest)
    )
    result.differences.push(
      ...(files.length ? files : [`layer ${i + 1}: ${lb.digest} pushed, ${la.digest} rebuilt`])
    )
  }
  if (result.differences.length === 0) {
    result.differences.push('manifests differ (annotations or media types)')
  }
  return result
}

/** The blobs of a local OCI layout tarball, and its top descriptor. */
async function ociTarball(file: string): Promise<{ top: OciDescriptor; blobs: BlobSource }> {
  const entries = new Map(readTar(await readFile(file)).map(e => [e.path, e.data]))
  const layout = JSON.parse(entries.get('index.json')?.toString('utf8') ?? '{}') as OciIndex
  const top = layout.manifests?.[0]
  if (!top) throw new BuildError('publish', `the rebuilt OCI tarball ${file} has no image`)
  return {
    top,
    blobs: {
      async blob(digest: string) {
        const data = entries.get(`blobs/${digest.replace(':', '/')}`)
        if (!data) throw new BuildError('publish', `blob ${digest} is missing from ${file}`)
        return data
      }
    }
  }
}

async function git(args: string[], cwd: string): Promise<string> {
  const result = await run('git', args, { cwd, timeoutMs: 120_000 })
  if (result.exitCode !== 0) {
    throw new BuildError('discover', `git ${args.join(' ')}: ${result.stderr.trim()}`)
  }
  return result.stdout.trim()
}

export interface VerifyOptions {
  commit?: string
  env: NodeJS.ProcessEnv
}

/** Rebuilds and compares; never pushes, signs or attaches anything. */
export async function verifyCommand(
  options: BuildOptions,
  logger: Logger,
  verify: VerifyOptions
): Promise<VerifyReport> {
  const reference = options.images[0]
  const parsed = reference ? parseReference(reference) : undefined
  if (!parsed || 'problem' in parsed || options.images.length !== 1) {
    throw new InputError({
      field: '--image',
      message: 'verify compares with one pushed image',
      fix: 'pass --image name:tag or --image name@sha256:... (the image to check)'
    })
  }
  const { client, ref } = OciClient.forReference(reference, { env: verify.env })
  const remoteTop = await client.manifest(ref.reference)
  const remoteBlobs: BlobSource = {
    blob: digest =>
      digest === remoteTop.digest ? Promise.resolve(remoteTop.body) : manifestOrBlob(client, digest)
  }
  const remoteImages = await platformManifests(remoteBlobs, remoteTop.digest, remoteTop.mediaType)
  const first = [...remoteImages.values()][0]
  let labels: Record<string, string> = {}
  if (first) {
    const manifest = await jsonBlob<OciManifest>(remoteBlobs, first.digest)
    labels = (await jsonBlob<ImageConfig>(remoteBlobs, manifest.config.digest)).config?.Labels ?? {}
  }
  const pushedBase =
    labels[BASE_NAME_LABEL] && labels[BASE_DIGEST_LABEL]
      ? `${labels[BASE_NAME_LABEL].replace(/@sha256:[a-f0-9]{64}$/, '')}@${labels[BASE_DIGEST_LABEL]}`
      : undefined

  const work = await mkdtemp(join(verify.env.RUNNER_TEMP || tmpdir(), 'pe-verify-'))
  let workingDirectory = options.workingDirectory
  let worktree: { root: string; dir: string } | undefined
  try {
    if (verify.commit) {
      const root = await git(['rev-parse', '--show-toplevel'], options.workingDirectory)
      const dir = join(work, 'checkout')
      await git(['worktree', 'add', '--detach', dir, verify.commit], root)
      worktree = { root, dir }
      workingDirectory = join(dir, relative(root, options.workingDirectory))
      logger.info(`verify: ${verify.commit} checked out in ${dir}`)
    }
    const gitContext = await cliGitContext(workingDirectory, verify.env, m => logger.warning(m))
    const ociFile = join(work, 'image.oci.tar')
    const platforms =
      options.platforms.length || remoteImages.has('single')
        ? options.platforms
        : [...remoteImages.keys()]
    logger.info(
      `verify: rebuilding ${platforms.join(', ') || 'the default platforms'}${pushedBase && !options.baseImage ? ` on ${pushedBase}` : ''}`
    )
    await runPipeline(
      {
        ...options,
        workingDirectory,
        images: [],
        tags: [],
        platforms,
        baseImage: options.baseImage ?? pushedBase,
        output: 'oci',
        ociFile,
        push: 'false',
        load: false,
        sbom: false,
        sign: false,
        out: join(work, 'out')
      },
      gitContext,
      logger
    )
    const local = await ociTarball(ociFile)
    const localImages = await platformManifests(local.blobs, local.top.digest, local.top.mediaType)
    const names = [...new Set([...remoteImages.keys(), ...localImages.keys()])].sort()
    const comparisons: PlatformComparison[] = []
    for (const name of names) {
      comparisons.push(
        await comparePlatform(
          name,
          localImages.get(name),
          remoteImages.get(name),
          local.blobs,
          remoteBlobs
        )
      )
    }
    return {
      image: reference,
      remote: remoteTop.digest,
      local: local.top.digest,
      reproduced: local.top.digest === remoteTop.digest,
      ...(gitContext.sha ? { commit: gitContext.sha } : {}),
      platforms: comparisons
    }
  } finally {
    if (worktree) {
      await run('git', ['worktree', 'remove', '--force', worktree.dir], { cwd: worktree.root })
    }
    await rm(work, { recursive: true, force: true })
  }
}

/** Manifests are fetched from /manifests, other blobs from /blobs. */
async function manifestOrBlob(client: OciClient, digest: string): Promise<Buffer> {
  try {
    return await client.blob(digest)
  } catch {
    return (await client.manifest(digest)).body
  }
}

/** The human report: the digest reproduced, or every difference. */
export function renderVerify(report: VerifyReport): string {
  if (report.reproduced) {
    const lines = [`reproduced ${report.remote} (${report.image})`]
    for (const p of report.platforms) lines.push(`  ${p.platform}: ${p.remote}`)
    return `${lines.join('\n')}\n`
  }
  const lines = [
    `NOT reproduced: ${report.image} is ${report.remote}, the rebuild${report.commit ? ` of ${report.commit}` : ''} gives ${report.local}`
  ]
  for (const p of report.platforms) {
    lines.push(
      p.same
        ? `  ${p.platform}: same (${p.remote})`
        : `  ${p.platform}: pushed ${p.remote ?? '-'}, rebuilt ${p.local ?? '-'}`
    )
    for (const difference of p.differences) lines.push(`    ${difference}`)
  }
  return `${lines.join('\n')}\n`
}

/** Adds `verify` to the program; exit 1 when the digests differ. */
export function addVerifyCommand(
  program: Command,
  context: {
    io: CliIo
    cwd: string
    env: NodeJS.ProcessEnv
    report: (error: unknown) => number
    setExitCode: (code: number) => void
    outputMode: (opts: Record<string, unknown>) => 'json' | 'human' | 'none'
  }
): void {
  const command = program
    .command('verify')
    .description(
      'Rebuild this checkout (or --commit) with the same inputs and compare the index and per-platform digests with the pushed image given by --image (name:tag or name@sha256:...); prints the digest reproduced, or what differs (labels, base, files). Exit 1 when they differ.'
    )
    .option('--commit <rev>', 'Rebuild this commit (checked out in a temporary git worktree).')
    .option('--json', 'Print the result as JSON on stdout.')
    .option('-q, --quiet', 'Print only warnings and errors.')
    .option('--verbose', 'Print debug messages.')
  const names = addOptionFlags(command)
  command.action(async (opts: Record<string, unknown>) => {
    const logger = cliLogger(context.io, {
      verbose: opts.verbose === true,
      quiet: opts.quiet === true,
      style: styleFor(context.io.stderrIsTTY, context.env)
    })
    try {
      const options = cliOptions(flagsFromOpts(opts, names), context.cwd)
      const report = await verifyCommand(options, logger, {
        commit: typeof opts.commit === 'string' ? opts.commit : undefined,
        env: context.env
      })
      const mode = context.outputMode(opts)
      if (mode === 'json') context.io.stdout(`${JSON.stringify(report, null, 2)}\n`)
      else if (mode === 'human' || !report.reproduced) context.io.stdout(renderVerify(report))
      if (!report.reproduced) context.setExitCode(1)
    } catch (error) {
      context.setExitCode(context.report(error))
    }
  })
}
