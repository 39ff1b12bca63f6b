/**
 * `policy-engine-build cleanup --image NAME (--pr N | --older-than 14d)`: deletes pull-request
 * previews and the manifests only they reference (src/publish/cleanup.ts), multi-arch-safe.
 */
import { Command } from 'commander'
import { InputError, type Problem } from '../errors.js'
import type { Logger } from '../logger.js'
import { cleanupPreviews, parseAge, type CleanupReport } from '../publish/cleanup.js'
import { nameProblem } from '../publish/reference.js'

export interface CleanupFlags {
  image?: string[]
  pr?: string
  olderThan?: string
  username?: string
  password?: string
  githubToken?: string
  dryRun?: boolean
}

/** Checks the flags; every bad one is reported at once (exit 2). */
export function cleanupRequest(
  flags: CleanupFlags,
  env: NodeJS.ProcessEnv
): { images: string[]; pr?: number; olderThanMs?: number } {
  const problems: Problem[] = []
  const images = (flags.image ?? [])
    .flatMap(v => v.split(','))
    .map(v => v.trim())
    .filter(Boolean)
  if (images.length === 0) {
    problems.push({ field: 'image', message: 'no --image given', fix: 'add --image NAME' })
  }
  for (const image of images) {
    const problem = nameProblem(image)
    if (problem)
      problems.push({
        field: 'image',
        message: `--image "${image}": ${problem}`,
        fix: 'give the image name without tag'
      })
  }
  let pr: number | undefined
  let olderThanMs: number | undefined
  if (flags.pr !== undefined) {
    if (!/^[1-9]\d*$/.test(flags.pr)) {
      problems.push({
        field: 'pr',
        message: `--pr "${flags.pr}" is not a pull request number`,
        fix: 'e.g. --pr 42'
      })
    } else pr = Number(flags.pr)
  }
  if (flags.olderThan !== undefined) {
    olderThanMs = parseAge(flags.olderThan)
    if (olderThanMs === undefined) {
      problems.push({
        field: 'older-than',
        message: `--older-than "${flags.olderThan}" is not an age`,
        fix: 'a number and a unit: 14d, 36h, 90m, 2w'
      })
    }
  }
  if ((flags.pr === undefined) === (flags.olderThan === undefined)) {
    problems.push({
      field: 'pr',
      message: 'give exactly one of --pr N and --older-than AGE',
      fix: "--pr 42 deletes one pull request's previews; --older-than 14d sweeps"
    })
  }
  if (problems.length > 0) throw new InputError(problems)
  void env
  return { images, pr, olderThanMs }
}

export async function cleanupCommand(
  flags: CleanupFlags,
  env: NodeJS.ProcessEnv,
  logger: Logger
): Promise<CleanupReport[]> {
  const request = cleanupRequest(flags, env)
  const password = flags.password ?? env.PE_REGISTRY_PASSWORD
  const reports: CleanupReport[] = []
  for (const image of request.images) {
    reports.push(
      await cleanupPreviews(
        {
          image,
          ...(request.pr !== undefined ? { pr: request.pr } : { olderThanMs: request.olderThanMs }),
          credentials:
            flags.username && password ? { username: flags.username, password } : undefined,
          githubToken: flags.githubToken ?? env.GITHUB_TOKEN,
          githubApiUrl: env.GITHUB_API_URL,
          dryRun: flags.dryRun === true
        },
        logger
      )
    )
  }
  return reports
}

/** The human rendering. */
export function renderCleanup(reports: CleanupReport[]): string {
  const lines: string[] = []
  for (const r of reports) {
    const verb = r.dryRun ? 'would remove' : 'removed'
    lines.push(
      `${r.image}: ${verb} ${r.tags.length} tag(s)${r.tags.length ? `: ${r.tags.join(', ')}` : ''}`
    )
    lines.push(
      `  manifests ${r.dryRun ? 'to delete' : 'deleted'}: ${r.deleted.length}; shared with other tags, kept: ${r.keptShared.length}`
    )
    if (r.tooRecent.length) lines.push(`  younger than the limit, kept: ${r.tooRecent.join(', ')}`)
    for (const w of r.warnings) lines.push(`  warning: ${w}`)
  }
  return lines.join('\n') + '\n'
}

/** Adds the command's flags (its own: it builds nothing, so no build flags). */
export function addCleanupFlags(command: Command): Command {
  return command
    .option(
      '--image <name>',
      'Image name whose previews to delete (repeatable).',
      (v: string, p: string[] = []) => [...p, v]
    )
    .option('--pr <number>', "Delete this pull request's pr-N and pr-N-<sha> tags.")
    .option(
      '--older-than <age>',
      "Sweep: delete the previews of any pull request older than this (14d, 36h, 2w), by their image's created label."
    )
    .option('--username <user>', "Registry user name (default: docker's stored credentials).")
    .option('--password <secret>', 'Registry password or token (or PE_REGISTRY_PASSWORD).')
    .option(
      '--github-token <token>',
      "ghcr.io: token for GitHub Packages' API (or GITHUB_TOKEN); needs packages: write."
    )
    .option('--dry-run', 'Read the registry and print what would be deleted; delete nothing.')
    .option(
      '--json',
      'Print the result as JSON on stdout (the default when stdout is not a terminal).'
    )
    .option('-q, --quiet', 'Print only warnings and errors.')
    .option('--verbose', 'Print debug messages.')
}
