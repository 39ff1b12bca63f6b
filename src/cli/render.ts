/**
 * What the CLI prints on a terminal: a few lines a person reads, instead of the JSON that
 * --json (and a stdout that is not a terminal) gets. Pure: tested with fixed results.
 */
import { isAbsolute, relative } from 'node:path'
import type { PipelineResult } from '../pipeline-types.js'
import { platformString } from '../plan/platforms.js'
import type { PolicyOutput } from '../types.js'
import { NO_STYLE, type Style } from './logger.js'
import type { GenerateResult } from './generate.js'
import type { Plan } from './plan.js'

/** A path as the user would type it from their shell: relative when it is below cwd. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`
}

function rows(entries: [string, string[]][], style: Style): string[] {
  const width = Math.max(...entries.map(([label]) => label.length))
  return entries.flatMap(([label, values]) =>
    values.map(
      (value, index) => `  ${style.dim((index === 0 ? label : '').padEnd(width))}  ${value}`
    )
  )
}

function policyList(policies: PolicyOutput[]): string {
  return policies.map(policy => policy.name ?? policy.type).join(', ')
}

/** `build`: what was built, where it went, the digest and tags, and the time of each step. */
export function renderBuild(result: PipelineResult, cwd: string, style: Style = NO_STYLE): string {
  const platforms = result.platforms.map(platformString)
  const what =
    result.stoppedAfter === 'package'
      ? 'Compiled the policy engine'
      : result.ociFile
        ? 'Built the policy engine image (OCI layout)'
        : 'Built the policy engine image'
  const lines = [`${style.green('✔')} ${style.bold(what)} for ${platforms.join(', ')}`, '']
  const entries: [string, string[]][] = [
    ['policies', [`${result.policies.length}: ${policyList(result.policies)}`]]
  ]
  if (result.image) entries.push(['image', [result.image]])
  else if (result.digest) entries.push(['digest', [result.digest]])
  if (result.stoppedAfter === undefined) {
    entries.push([
      'pushed',
      [
        result.unchangedSincePush
          ? 'not needed: every tag already named this digest'
          : result.pushed
            ? 'yes'
            : `no${result.pushSkippedReason ? ` (${result.pushSkippedReason})` : ''}`
      ]
    ])
    if (result.tags.length > 0) entries.push(['tags', result.tags])
  }
  if (result.ociFile) entries.push(['oci', [displayPath(result.ociFile, cwd)]])
  if (result.binaries.length > 0) {
    entries.push(['binaries', result.binaries.map(binary => displayPath(binary.path, cwd))])
  }
  if (result.dockerfile) entries.push(['dockerfile', [displayPath(result.dockerfile, cwd)]])
  if (result.cacheHit) entries.push(['go cache', ['hit (exact key)']])
  if (result.unchangedRun)
    entries.push(['reused', ['nothing changed since the last run: no scan, no compile']])
  if (result.timings.length > 0) {
    const total = result.timings.reduce((sum, timing) => sum + timing.ms, 0)
    entries.push([
      'time',
      [`${seconds(total)} (${result.timings.map(t => `${t.step} ${seconds(t.ms)}`).join(', ')})`]
    ])
  }
  lines.push(...rows(entries, style))
  if (result.stoppedAfter === 'package' && result.binaries[0]) {
    lines.push('', style.dim(`Try: ${displayPath(result.binaries[0].path, cwd)} --list`))
  }
  return `${lines.join('\n')}\n`
}

/** `plan`: the policies, platforms and tags a build would use. */
export function renderPlan(plan: Plan, style: Style = NO_STYLE): string {
  const lines = [`${style.bold('Plan')}: ${plan.policies.length} policies, nothing written`, '']
  const width = Math.max(0, ...plan.policies.map(policy => (policy.name ?? '').length))
  for (const policy of plan.policies) {
    lines.push(
      `  ${(policy.name ?? '?').padEnd(width)}  ${style.dim(`${policy.package}.${policy.type.replace(/^&/, '')}`)}${policy.version ? style.dim(` @ ${policy.version}`) : ''}`
    )
  }
  lines.push('')
  const entries: [string, string[]][] = [['platforms', [plan.platforms.join(', ')]]]
  if (plan.tags?.length) entries.push(['tags', plan.tags])
  lines.push(...rows(entries, style))
  return `${lines.join('\n')}\n`
}

/** `generate`: where the workspace is, and how to build it by hand. */
export function renderGenerate(
  result: GenerateResult,
  cwd: string,
  style: Style = NO_STYLE
): string {
  const dir = displayPath(result.dir, cwd)
  const lines = [
    `${style.green('✔')} ${style.bold('Wrote the engine workspace')} to ${dir}`,
    '',
    ...rows(
      [
        ['imports', [displayPath(result.importsFile, cwd)]],
        ['go.mod', [displayPath(result.goModFile, cwd)]],
        ['dockerfile', [displayPath(result.dockerfile, cwd)]]
      ],
      style
    ),
    '',
    style.dim(`Build it: (cd ${dir} && go build ./...)`)
  ]
  return `${lines.join('\n')}\n`
}
