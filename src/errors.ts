import { formatLocation, type SourceLocation } from './logger.js'

/** One thing wrong with the user's input: what, where, and how to fix it. */
export interface Problem {
  message: string
  /** The file the problem is in (manifest, go.mod, Go source, ...). */
  file?: string
  line?: number
  column?: number
  /** The input or manifest field, e.g. `policies[2].path` or `platforms`. */
  field?: string
  /** What the user should do about it. */
  fix?: string
}

/**
 * One problem as one line: `file:line: field: message (fix: ...)`. Without the location for
 * an annotation, which carries the file and line itself.
 */
export function formatProblem(problem: Problem, options: { location?: boolean } = {}): string {
  const where =
    problem.file && options.location !== false ? formatLocation(problem as SourceLocation) : ''
  const prefix = [where, problem.field].filter(Boolean).join(': ')
  const text = prefix ? `${prefix}: ${problem.message}` : problem.message
  return problem.fix ? `${text} (fix: ${problem.fix})` : text
}

/** Bad input: exit code 2. Carries every problem found, so the user fixes them all at once. */
export class InputError extends Error {
  readonly exitCode = 2
  readonly problems: Problem[]
  /** The step that was running when the problem was found; undefined: while planning. */
  step?: StepName
  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems]
    super(
      list.length === 1
        ? formatProblem(list[0])
        : `${list.length} problems:\n${list.map(p => `  - ${formatProblem(p)}`).join('\n')}`
    )
    this.name = 'InputError'
    this.problems = list
  }
}

/** The steps of the pipeline, as the log, the summary and the timings name them. */
export type StepName = 'discover' | 'cache-restore' | 'generate' | 'compile' | 'package' | 'publish'

/** One message of a failed tool at a file and line, e.g. a Go compile error. */
export interface LocatedMessage {
  message: string
  location: SourceLocation
}

/** A build step failed (Go, buildx, registry): exit code 1. */
export class BuildError extends Error {
  readonly exitCode = 1
  readonly step: StepName
  /** The message without the step prefix. */
  readonly detail: string
  /** Messages at a place in the user's files (Go compile errors): annotations in the action. */
  readonly located: LocatedMessage[]
  constructor(
    step: StepName,
    message: string,
    options?: { cause?: unknown; located?: LocatedMessage[] }
  ) {
    super(`${step}: ${message}`, options)
    this.name = 'BuildError'
    this.step = step
    this.detail = message
    this.located = options?.located ?? []
  }

  /** The same failure, tagged with the step that was running when it escaped. */
  inStep(step: StepName): BuildError {
    if (step === this.step) return this
    const error = new BuildError(step, this.detail, { cause: this.cause, located: this.located })
    error.stack = this.stack
    return error
  }
}

/** Collects problems while validating, then throws them together. */
export class ProblemList {
  readonly problems: Problem[] = []
  add(problem: Problem): void {
    this.problems.push(problem)
  }
  get empty(): boolean {
    return this.problems.length === 0
  }
  throwIfAny(): void {
    if (!this.empty) throw new InputError(this.problems)
  }
}
