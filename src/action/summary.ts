import * as core from '@actions/core'
import type { PipelineResult } from '../pipeline-types.js'
import { platformString } from '../plan/platforms.js'
import { publishedTags } from './outputs.js'

/** A markdown table cell: one line, pipes escaped, and no HTML from module paths or names. */
export function cell(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–'
  return value
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
}

/** Inline code that survives backticks in the value. */
function code(value: string): string {
  const clean = value.replace(/\r?\n/g, ' ')
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/**
 * The job summary as markdown. Pure, and built only from the pipeline result, which holds no
 * credentials: the summary is world-readable on public repositories.
 */
export function buildSummary(result: PipelineResult, preview?: string[]): string {
  const lines: string[] = ['## Policy engine build', '']

  const facts: [string, string][] = []
  if (result.image) facts.push(['Image', code(result.image)])
  if (result.digest) facts.push(['Digest', code(result.digest)])
  facts.push([
    'Pushed',
    result.unchangedSincePush
      ? 'not needed: every tag already named this digest'
      : result.pushed
        ? 'yes'
        : `no${result.pushSkippedReason ? ` (${cell(result.pushSkippedReason)})` : ''}`
  ])
  if (result.ociFile) facts.push(['OCI layout', code(result.ociFile)])
  if (result.commit) {
    const head = result.commit.pullRequestHead
    facts.push([
      'Commit',
      head
        ? `${code(result.commit.sha.slice(0, 12))} (merge commit, for pull request head ${code(head.slice(0, 12))})`
        : code(result.commit.sha.slice(0, 12))
    ])
  }
  facts.push(['Platforms', result.platforms.map(p => code(platformString(p))).join(', ') || '–'])
  facts.push([
    'Go cache',
    result.unchangedRun
      ? 'not needed: nothing changed since the last run into this folder'
      : result.cacheHit
        ? 'hit (exact key)'
        : 'miss'
  ])
  lines.push('| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '')

  lines.push(`### Policies (${result.policies.length})`, '')
  lines.push('| Name | Module | Version | Package | Type |', '| --- | --- | --- | --- | --- |')
  for (const policy of result.policies) {
    lines.push(
      `| ${cell(policy.name)} | ${cell(policy.module)} | ${cell(policy.version)} | ${cell(policy.package)} | ${cell(policy.type)} |`
    )
  }
  lines.push('')

  const published = publishedTags(result)
  if (published.length > 0 || result.tags.length === 0) {
    lines.push('### Tags', '')
    if (result.tags.length === 0) lines.push('No tags.')
    else lines.push(...published.map(tag => `- ${code(tag)}`))
  } else {
    // Computed but never pushed (a fork pull request, push: false): say so, never list them as tags.
    lines.push('### Tags (not pushed)', '')
    lines.push(
      `These references were computed but not pushed${result.pushSkippedReason ? ` (${cell(result.pushSkippedReason)})` : ''}:`,
      '',
      ...result.tags.map(tag => `- ${code(tag)}`)
    )
  }
  lines.push('')

  // Pull request previews: what changed, sizes, pull and run (src/action/preview-diff.ts).
  if (preview) lines.push(...preview, '')

  if (result.timings.length > 0) {
    const total = result.timings.reduce((sum, timing) => sum + timing.ms, 0)
    lines.push('### Timings', '', '| Step | Duration |', '| --- | ---: |')
    lines.push(...result.timings.map(timing => `| ${timing.step} | ${seconds(timing.ms)} |`))
    lines.push(`| **total** | **${seconds(total)}** |`, '')
  }
  return lines.join('\n')
}

/** Appends the summary to GITHUB_STEP_SUMMARY; a runner without one gets a debug line. */
export async function writeSummary(result: PipelineResult, preview?: string[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary')
    return
  }
  await core.summary.addRaw(buildSummary(result, preview), true).write()
}
