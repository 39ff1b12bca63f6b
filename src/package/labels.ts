import { ProblemList } from '../errors.js'
import type { GitContext, PolicyOutput } from '../types.js'
import { rfc3339 } from '../util/time.js'

/** The label listing the policies compiled into the engine (comma-separated names). */
export const POLICIES_LABEL = 'io.policy-engine-build.policies'

const OCI = 'org.opencontainers.image'
/** Same rule as the Dockerfile renderer: written unquoted, so letters, digits, '.', '-', '_'. */
const LABEL_KEY = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/

export interface LabelInput {
  git: GitContext
  version: string
  /** The policies, or just their names. */
  policies: (PolicyOutput | string)[]
  /** Seconds since the epoch for `created`; see sourceDateEpoch(). Omitted when undefined. */
  created?: number
  title?: string
  description?: string
  licenses?: string
  /** The `labels` input: key=value lines; they override computed labels of the same key. */
  explicit?: string[]
}

function policyName(policy: PolicyOutput | string): string {
  if (typeof policy === 'string') return policy
  return policy.name ?? `${policy.package}.${policy.type}`
}

/** The OCI labels of SPEC section 4, then the explicit ones on top. Keys come out sorted. */
export function ociLabels(input: LabelInput): Record<string, string> {
  const { git } = input
  const names = input.policies.map(policyName)
  const labels: Record<string, string> = {
    [`${OCI}.title`]: input.title ?? 'policy-engine',
    [`${OCI}.description`]:
      input.description ??
      git.description ??
      `Policy engine with ${names.length} ${names.length === 1 ? 'policy' : 'policies'}${names.length ? `: ${names.join(', ')}` : ''}`,
    [`${OCI}.version`]: input.version,
    [POLICIES_LABEL]: names.join(',')
  }
  if (git.repositoryUrl) labels[`${OCI}.source`] = git.repositoryUrl
  // The commit that was built: on a pull request the checked-out merge commit, not the head.
  const revision = git.sha
  if (revision) labels[`${OCI}.revision`] = revision
  if (input.created !== undefined) labels[`${OCI}.created`] = rfc3339(input.created)
  const licenses = input.licenses ?? git.license
  if (licenses) labels[`${OCI}.licenses`] = licenses

  Object.assign(labels, parseLabels(input.explicit ?? []))
  return Object.fromEntries(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))
}

/**
 * Parses `key=value` lines (docker/metadata-action's labels output fits). Blank lines are
 * skipped; the value may contain '='. Every bad line is reported at once.
 */
export function parseLabels(lines: string[]): Record<string, string> {
  const problems = new ProblemList()
  const labels: Record<string, string> = {}
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const eq = line.indexOf('=')
    if (eq < 0) {
      problems.add({
        field: 'labels',
        message: `line ${index + 1} "${line}" has no '='`,
        fix: 'write each label as key=value on its own line'
      })
      return
    }
    const key = line.slice(0, eq).trim()
    if (!LABEL_KEY.test(key)) {
      problems.add({
        field: 'labels',
        message: `line ${index + 1}: "${key}" is not a valid label key`,
        fix: "use letters, digits, '.', '-' and '_', e.g. org.opencontainers.image.vendor"
      })
      return
    }
    labels[key] = line.slice(eq + 1)
  })
  problems.throwIfAny()
  return labels
}
