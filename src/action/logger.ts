import * as core from '@actions/core'
import { isAbsolute, relative, sep } from 'node:path'
import { BuildError, formatProblem, InputError } from '../errors.js'
import { formatLocation, type Logger, type SourceLocation } from '../logger.js'

/**
 * Annotation properties for a location. GitHub places annotations by repository-relative
 * path; a file outside the workspace (e.g. in the Go module cache) cannot be annotated, so
 * its location goes into the message instead.
 */
export function annotationFor(
  location: SourceLocation | undefined,
  workspace: string
): { properties: core.AnnotationProperties; inWorkspace: boolean } {
  if (!location?.file) return { properties: {}, inWorkspace: true }
  const file = isAbsolute(location.file) ? relative(workspace, location.file) : location.file
  if (file.startsWith('..') || isAbsolute(file)) return { properties: {}, inWorkspace: false }
  const properties: core.AnnotationProperties = { file: file.split(sep).join('/') }
  if (location.line) {
    properties.startLine = location.line
    if (location.column) properties.startColumn = location.column
  }
  return { properties, inWorkspace: true }
}

function annotate(
  emit: (message: string, properties: core.AnnotationProperties) => void,
  message: string,
  location: SourceLocation | undefined,
  workspace: string
): void {
  const { properties, inWorkspace } = annotationFor(location, workspace)
  emit(inWorkspace ? message : `${formatLocation(location)}: ${message}`, properties)
}

/**
 * The library's Logger on top of @actions/core: annotations, and one log group per step.
 *
 * The logger is the sink of the log, so it writes to the stdout it found when it was made.
 * The Go cache step routes whatever @actions/cache prints on stdout into the logger; if the
 * logger wrote through that hooked stdout again, every line would come back to it forever.
 */
export function actionsLogger(workspace: string): Logger {
  const stdoutWrite = process.stdout.write
  const direct = (emit: () => void): void => {
    const current = process.stdout.write
    process.stdout.write = stdoutWrite
    try {
      emit()
    } finally {
      process.stdout.write = current
    }
  }
  return {
    debug: message => direct(() => core.debug(message)),
    info: message => direct(() => core.info(message)),
    warning: (message, location) =>
      direct(() => annotate(core.warning, message, location, workspace)),
    error: (message, location) => direct(() => annotate(core.error, message, location, workspace)),
    group: (name, fn) =>
      core.group(name, async () => {
        const started = Date.now()
        try {
          return await fn()
        } finally {
          core.info(`${name}: ${((Date.now() - started) / 1000).toFixed(1)}s`)
        }
      })
  }
}

/** Fails the step: one error annotation per input problem, then one failure line. */
export function reportFailure(error: unknown, workspace: string): void {
  if (error instanceof InputError) {
    for (const problem of error.problems) {
      const location = problem.file
        ? { file: problem.file, line: problem.line, column: problem.column }
        : undefined
      const { properties, inWorkspace } = annotationFor(location, workspace)
      // The annotation carries the file and line itself.
      const text = formatProblem(problem, { location: false })
      core.error(inWorkspace ? text : `${formatLocation(location)}: ${text}`, {
        title: problem.field ? `policy-engine-build: ${problem.field}` : 'policy-engine-build',
        ...properties
      })
    }
    const count = error.problems.length
    core.setFailed(
      count === 1
        ? 'policy-engine-build: 1 input problem (see the annotation above)'
        : `policy-engine-build: ${count} input problems (see the annotations above)`
    )
    return
  }
  if (error instanceof BuildError) {
    // Go compile errors: one annotation at each file:line of the user's policy.
    for (const { message, location } of error.located) {
      const { properties, inWorkspace } = annotationFor(location, workspace)
      core.error(inWorkspace ? message : `${formatLocation(location)}: ${message}`, {
        title: `policy-engine-build: ${error.step}`,
        ...properties
      })
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  core.setFailed(message)
}
