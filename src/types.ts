/**
 * The domain model shared by every step of the pipeline:
 * discover -> generate -> compile -> package -> publish.
 */

/** Where a policy module comes from, as the user asked for it. */
export type PolicySource =
  | {
      kind: 'local'
      /** absolute directory holding go.mod */ dir: string
      /** as written by the user */ spec: string
    }
  | { kind: 'remote'; module: string; version: string }

/** A parsed go.mod. */
export interface GoMod {
  file: string
  module: string
  /** The `go` directive, e.g. "1.22" or "1.22.3"; undefined when absent. */
  go?: string
  toolchain?: string
  requires: { path: string; version: string; indirect: boolean }[]
  replaces: {
    oldPath: string
    oldVersion?: string
    newPath: string
    newVersion?: string
    line: number
  }[]
}

/** How the generated code gets an instance of a policy. */
export type PolicyKind =
  /** `pkg.New()` / `pkg.NewPolicy()` */
  | 'constructor'
  /** `&pkg.T{}`: the methods have pointer receivers */
  | 'pointer'
  /** `pkg.T{}`: all methods have value receivers */
  | 'value'

/** One policy found in Go source. */
export interface DiscoveredPolicy {
  /** The module path, e.g. example.com/policies/ratelimit */
  module: string
  /** Module version: the remote version, or undefined for a local module. */
  version?: string
  /** The package import path. */
  package: string
  /** The Go package name (may differ from the last path element). */
  packageName: string
  /** The type name, or the constructor function name for kind 'constructor'. */
  symbol: string
  kind: PolicyKind
  /** For value types: whether `T{}` is a valid composite literal (struct, array, slice, map). */
  composite?: boolean
  /** The name returned by Name(), when it is a constant the scanner could read. */
  name?: string
  /** Where the type or constructor is declared (absolute path). */
  file: string
  line: number
}

/** A near-miss: a type that has some of the methods, or a wrong signature. */
export interface DiscoveryWarning {
  message: string
  file: string
  line: number
  column?: number
}

/** A policy module after discovery. */
export interface PolicyModule {
  source: PolicySource
  /** Absolute directory of the module source (for remote ones, inside GOMODCACHE). */
  dir: string
  goMod: GoMod
  version?: string
  policies: DiscoveredPolicy[]
}

export interface DiscoveryResult {
  modules: PolicyModule[]
  policies: DiscoveredPolicy[]
  warnings: DiscoveryWarning[]
}

/** A target platform such as linux/arm/v7. */
export interface Platform {
  os: string
  arch: string
  variant?: string
}

/** One entry of the `policies` output: SPEC section 4. */
export interface PolicyOutput {
  name: string | null
  module: string
  package: string
  type: string
  path: string | null
  version: string | null
}

/**
 * What the pipeline needs to know about the source revision and the event that triggered it.
 * The action builds it from the GitHub context; the CLI from git and flags.
 */
export interface GitContext {
  /** e.g. pull_request, push, workflow_dispatch, release; 'local' for the CLI. */
  eventName: string
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge */
  ref?: string
  /** The commit being built (for pull requests: the head commit). */
  sha?: string
  /** Set on pull_request / pull_request_target events. */
  pullRequest?: { number: number; headSha: string; fromFork: boolean }
  defaultBranch?: string
  /** https://github.com/owner/repo */
  repositoryUrl?: string
  repository?: string
  /** Commit time, seconds since the epoch: the source of SOURCE_DATE_EPOCH. */
  commitTime?: number
  /** License from the repository metadata, when known (SPDX id). */
  license?: string
  description?: string
}
