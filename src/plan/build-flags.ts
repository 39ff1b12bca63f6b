import { InputError, type Problem } from '../errors.js'

/** The names buildx accepts for a build argument (it is an ARG of the Dockerfile). */
const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Checks `build-args` lines (KEY=value): a line without '=' would be read by buildx as "take
 * the value from my environment", which could pass a runner secret into the image, so it is
 * refused. SOURCE_DATE_EPOCH is the build's own and cannot be overridden here.
 */
export function parseBuildArgs(lines: readonly string[]): string[] {
  const problems: Problem[] = []
  const args: string[] = []
  lines.forEach((line, index) => {
    const eq = line.indexOf('=')
    const name = eq < 0 ? line.trim() : line.slice(0, eq).trim()
    if (eq < 0 || !BUILD_ARG_NAME.test(name)) {
      problems.push({
        field: 'build-args',
        message: `line ${index + 1} "${name.slice(0, 80)}" is not KEY=value with a KEY of letters, digits and _`,
        fix: 'write each build argument as KEY=value on its own line, e.g. GIT_COMMIT=abc123'
      })
      return
    }
    if (name === 'SOURCE_DATE_EPOCH') {
      problems.push({
        field: 'build-args',
        message: `line ${index + 1}: SOURCE_DATE_EPOCH is set by the build from the commit time`,
        fix: 'set the SOURCE_DATE_EPOCH environment variable of the step instead'
      })
      return
    }
    args.push(`${name}=${line.slice(eq + 1)}`)
  })
  if (problems.length > 0) throw new InputError(problems)
  return args
}

/**
 * The build tags in `go-build-flags` (-tags a,b / -tags=a,b / --tags ...): discovery selects
 * files with them, as `go build` will. The last -tags wins, as in the go command.
 */
export function buildTagsOf(flags: readonly string[]): string[] {
  let value: string | undefined
  flags.forEach((flag, index) => {
    const match = /^--?tags(?:=(.*))?$/.exec(flag)
    if (match) value = match[1] ?? flags[index + 1] ?? ''
  })
  return (value ?? '').split(/[,\s]+/).filter(Boolean)
}
