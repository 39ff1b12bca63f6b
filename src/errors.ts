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

export function formatProblem(problem: Problem): string {
  const where = problem.file ? formatLocation(problem as SourceLocation) : ''
  const prefix = [where, problem.field].filter(Boolean).join(': ')
  const text = prefix ? `${prefix}: ${problem.message}` : problem.message
  return problem.fix ? `${text} (fix: ${problem.fix})` : text
}

/** Bad input: exit code 2. Carries every problem found, so the user fixes them all at once. */
export class InputError extends Error {
  readonly exitCode = 2
  readonly problems: Problem[]
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

/** A build step failed (Go, buildx, registry): exit code 1. */
export class BuildError extends Error {
  readonly exitCode = 1
  readonly step: string
  constructor(step: string, message: string, options?: { cause?: unknown }) {
    super(`${step}: ${message}`, options)
    this.name = 'BuildError'
    this.step = step
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

export function exitCodeOf(error: unknown): number {
  if (error instanceof InputError) return 2
  return 1
}
