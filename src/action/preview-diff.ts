/**
 * What a pull request changes in the engine: its policy set against the base branch's image,
 * and against the previous push of the same pull request. The diff is a pure function of two
 * policy sets (table-tested); the sections it renders go into the PR comment and the summary.
 */
import type { PolicySet, PolicySetEntry } from '../package/policy-set.js'

export interface PolicyChange {
  name: string
  before: PolicySetEntry
  after: PolicySetEntry
  /** Human reasons, e.g. "v1.2.0 → v1.3.0", "source changed", "renamed from x". */
  reasons: string[]
}

export interface PolicyDiff {
  added: PolicySetEntry[]
  removed: PolicySetEntry[]
  changed: PolicyChange[]
  unchanged: PolicySetEntry[]
  /** The engine core itself changed (both sides record its hash and they differ). */
  engineChanged: boolean
}

/** The Go identity of a policy: module, package and type. Name() may change; this does not. */
const identity = (p: PolicySetEntry) => `${p.module}\0${p.package}\0${p.type}`

function reasonsOf(before: PolicySetEntry, after: PolicySetEntry): string[] {
  const reasons: string[] = []
  if (before.name !== after.name) reasons.push(`renamed from \`${before.name}\``)
  if (before.module !== after.module) reasons.push(`module ${before.module} → ${after.module}`)
  else if (before.package !== after.package || before.type !== after.type) {
    reasons.push(`now ${after.package}.${after.type}`)
  }
  if ((before.version ?? '') !== (after.version ?? '')) {
    reasons.push(`${before.version ?? 'local'} → ${after.version ?? 'local'}`)
  } else if (before.hash && after.hash && before.hash !== after.hash) {
    reasons.push('source changed')
  } else if (!!before.hash !== !!after.hash && !before.version) {
    // One side has no hash (built before hashes existed): unknown, not claimed as a change.
  }
  return reasons
}

/**
 * base → head. Policies are paired by Go identity first (so a new `Name()` is a rename, not a
 * removal and an addition), then by name (a policy moved to another module or type); the rest
 * are added or removed. A pair is changed when its name, module, version or content hash
 * differs. Lists come out sorted by name.
 */
export function diffPolicySets(base: PolicySet, head: PolicySet): PolicyDiff {
  const before = [...base.policies]
  const after = [...head.policies]
  const pairs: [PolicySetEntry, PolicySetEntry][] = []
  const take = (key: (p: PolicySetEntry) => string) => {
    for (let i = 0; i < after.length;) {
      const j = before.findIndex(b => key(b) === key(after[i]))
      if (j < 0) {
        i++
        continue
      }
      pairs.push([before[j], after[i]])
      before.splice(j, 1)
      after.splice(i, 1)
    }
  }
  take(identity)
  take(p => p.name)
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
  const changed: PolicyChange[] = []
  const unchanged: PolicySetEntry[] = []
  for (const [b, a] of pairs) {
    const reasons = reasonsOf(b, a)
    if (reasons.length > 0) changed.push({ name: a.name, before: b, after: a, reasons })
    else unchanged.push(a)
  }
  return {
    added: after.sort(byName),
    removed: before.sort(byName),
    changed: changed.sort(byName),
    unchanged: unchanged.sort(byName),
    engineChanged: !!base.engine && !!head.engine && base.engine !== head.engine
  }
}

export function isEmptyDiff(diff: PolicyDiff): boolean {
  return (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    !diff.engineChanged
  )
}

/** What the preview section of the comment and summary is made from. */
export interface PreviewFacts {
  /** The base image compared with, e.g. registry/acme/engine:main. */
  baseReference?: string
  /** The diff against it; undefined when the base image or its label is missing. */
  diff?: PolicyDiff
  /** Why there is no diff (no base image yet, built before the label existed). */
  baseMissing?: string
  /**
   * Against the previous push of this pull request: 'same' when the engine (policies, their
   * versions and sources, the engine core) is what the last push had; 'first' on the first push.
   */
  sinceLastPush?: 'same' | 'changed' | 'first'
  /** The push was skipped: the image built has the digest every tag already names. */
  pushSkipped?: boolean
  /** Compressed size per platform, from the registry's manifests. */
  sizes?: { platform: string; bytes: number }[]
  /** The reference to pull (name@digest) and a tag to pull by. */
  pull?: { reference: string; tag?: string }
}

/** 12.3 MiB, 940 KiB. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${bytes} B`
}

/** Inline code that survives backticks and line breaks in the value. */
function code(value: string): string {
  const clean = value.replace(/\r?\n/g, ' ')
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``
}

function describe(p: PolicySetEntry): string {
  const source = p.version ? `${p.module}@${p.version}` : p.module
  return `${code(p.name)} (${code(source)})`
}

/** The markdown lines of the preview section (comment and summary). Pure. */
export function renderPreview(facts: PreviewFacts): string[] {
  const lines: string[] = ['#### What changed', '']
  if (facts.diff) {
    const { diff } = facts
    const against = facts.baseReference ? ` against ${code(facts.baseReference)}` : ''
    if (isEmptyDiff(diff)) {
      lines.push(`No policy changes${against}.`)
    } else {
      lines.push(`Policies${against}:`, '')
      for (const p of diff.added) lines.push(`- added ${describe(p)}`)
      for (const p of diff.removed) lines.push(`- removed ${describe(p)}`)
      for (const c of diff.changed)
        lines.push(`- changed ${describe(c.after)}: ${c.reasons.join(', ')}`)
      if (diff.engineChanged) lines.push('- the engine core changed')
      if (diff.unchanged.length > 0) lines.push(`- ${diff.unchanged.length} unchanged`)
    }
  } else if (facts.baseMissing) {
    lines.push(`No comparison with the base branch: ${facts.baseMissing}.`)
  }
  if (facts.sinceLastPush === 'same') {
    lines.push(
      '',
      facts.pushSkipped
        ? 'Nothing in the engine changed since the last push, and the image is identical: nothing was pushed.'
        : 'Nothing in the engine changed since the last push of this pull request.'
    )
  }
  if (facts.sizes && facts.sizes.length > 0) {
    lines.push('', '| Platform | Size (compressed) |', '| --- | ---: |')
    for (const size of facts.sizes) {
      lines.push(`| ${code(size.platform)} | ${formatBytes(size.bytes)} |`)
    }
  }
  if (facts.pull) {
    const ref = facts.pull.tag ?? facts.pull.reference
    lines.push(
      '',
      '```sh',
      `docker pull ${facts.pull.reference}`,
      `docker run --rm -p 8080:8080 ${facts.pull.reference}`,
      `curl -s localhost:8080/v1/policies`,
      '```'
    )
    if (facts.pull.tag)
      lines.push('', `The tag ${code(ref)} follows the pull request's latest push.`)
  }
  return lines
}
