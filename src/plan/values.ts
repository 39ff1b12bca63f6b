/**
 * Checks of values that reach generated files or commands whatever template renders them.
 * A custom template may write a value raw, so the plan refuses what could add a Dockerfile
 * instruction or a Go declaration there: control characters (a newline starts a new
 * instruction), and quotes or backslashes in the version (it is stamped with -X).
 */
import type { Problem } from '../errors.js'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value)
}

/** The value as a message may show it: escaped, and cut short (it may be long or hostile). */
export function shown(value: string, max = 80): string {
  const text = JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value)
  return text
}

/** A path input holding a control character (a newline in a folder name, ...). */
export function pathProblem(field: string, value: string | undefined): Problem | undefined {
  if (value === undefined || !hasControlCharacter(value)) return undefined
  return {
    field,
    message: `the path ${shown(value)} holds a control character (newline, tab, ...)`,
    fix: 'rename the file or folder to a name without control characters'
  }
}

const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+/-]{0,127}$/

/** The version stamped into the engine and the labels (from the input or a git tag). */
export function versionProblem(version: string, explicit: boolean): Problem | undefined {
  if (VERSION.test(version)) return undefined
  return {
    field: explicit ? 'version' : 'version (from the git tag)',
    message: `${shown(version)} cannot be a version: use letters, digits, '.', '_', '+', '/' and '-' (at most 128, starting with a letter or digit)`,
    fix: explicit
      ? 'set the version input to e.g. 1.2.3'
      : 'set the version input explicitly, or tag the commit with a plain version such as v1.2.3'
  }
}

/** Label values: any text but control characters. */
export function labelValueProblems(labels: Record<string, string>): Problem[] {
  return Object.entries(labels)
    .filter(([, value]) => hasControlCharacter(value))
    .map(([key, value]) => ({
      field: 'labels',
      message: `the value of label ${key} (${shown(value)}) holds a control character (newline, tab, ...)`,
      fix: 'write the label value on one line, without control characters'
    }))
}
