import { isAbsolute, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { ProblemList } from '../errors.js'
import { OPTIONS, readBuildOptions, splitList, type OptionSpec } from '../options.js'
import type { BuildOptions } from '../pipeline-types.js'

/** The raw flag values, keyed by option name (kebab-case), as commander collected them. */
export type CliFlags = Record<string, string | string[] | boolean | undefined>

/** Options whose value is true/false; on the command line `--load` alone means true. */
export const BOOLEAN_OPTIONS: ReadonlySet<string> = new Set(
  OPTIONS.filter(option => option.default === 'true' || option.default === 'false').map(
    option => option.name
  )
)

/** Every OPTIONS entry that the CLI offers as a flag (all but the action-only ones). */
export function cliOptionSpecs(): OptionSpec[] {
  return OPTIONS.filter(option => !option.actionOnly)
}

function helpText(spec: OptionSpec): string {
  let text = spec.description
  if (spec.list === 'lines-or-commas') text += ' Repeatable; commas also separate values.'
  if (spec.list === 'lines') text += ' Repeatable, one value per flag.'
  if (spec.default !== undefined) text += ` (default: ${spec.default})`
  return text
}

/**
 * Adds a `--<name>` flag for every option, and returns the map from commander's attribute
 * name back to the option name. No commander defaults are set: cliOptions applies them, so
 * a repeated list flag never merges with its default.
 */
export function addOptionFlags(command: Command): Map<string, string> {
  const names = new Map<string, string>()
  for (const spec of cliOptionSpecs()) {
    let option: Option
    if (spec.list) {
      option = new Option(`--${spec.name} <value>`, helpText(spec)).argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value]
      )
    } else if (BOOLEAN_OPTIONS.has(spec.name)) {
      option = new Option(`--${spec.name} [bool]`, helpText(spec))
    } else if (spec.name === 'push') {
      option = new Option(`--${spec.name} [mode]`, helpText(spec))
    } else {
      option = new Option(`--${spec.name} <value>`, helpText(spec))
    }
    command.addOption(option)
    names.set(option.attributeName(), spec.name)
  }
  return names
}

/** commander's opts() (camelCase keys) -> CliFlags (option names). */
export function flagsFromOpts(opts: Record<string, unknown>, names: Map<string, string>): CliFlags {
  const flags: CliFlags = {}
  for (const [key, value] of Object.entries(opts)) {
    const name = names.get(key)
    if (name !== undefined) flags[name] = value as CliFlags[string]
  }
  return flags
}

function defaultOf(name: string): string | undefined {
  return OPTIONS.find(option => option.name === name)?.default
}

/**
 * Maps the command-line flags to the library's BuildOptions. Pure: every default comes from
 * OPTIONS, relative paths are kept as written (discovery resolves them inside the working
 * directory) except `out`, which is where the user's shell is. Every bad value is reported
 * at once.
 */
export function cliOptions(flags: CliFlags, cwd: string): BuildOptions {
  const problems = new ProblemList()

  const text = (name: string): string | undefined => {
    const value = flags[name]
    if (value === undefined || value === false) return defaultOf(name)
    if (Array.isArray(value)) return value.at(-1)
    return value === true ? undefined : value
  }
  const optional = (name: string): string | undefined => {
    const value = text(name)
    return value === undefined || value === '' ? undefined : value
  }
  const list = (name: string): string[] => {
    const mode = OPTIONS.find(option => option.name === name)?.list ?? 'lines-or-commas'
    const value = flags[name]
    const values = value === undefined ? [defaultOf(name) ?? ''] : [value].flat()
    return values.flatMap(entry => splitList(String(entry), mode))
  }
  const bool = (name: string): boolean => {
    const value = flags[name]
    if (value === true) return true
    const raw = typeof value === 'string' ? value : (defaultOf(name) ?? 'false')
    if (/^(true|yes|1)$/i.test(raw)) return true
    if (/^(false|no|0)$/i.test(raw)) return false
    problems.add({
      field: `--${name}`,
      message: `must be true or false, got "${raw}"`,
      fix: `pass --${name} (true) or --${name}=false`
    })
    return defaultOf(name) === 'true'
  }
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const value = flags[name] === true ? 'true' : (text(name) ?? allowed[0])
    if ((allowed as readonly string[]).includes(value)) return value as T
    problems.add({
      field: `--${name}`,
      message: `must be one of ${allowed.join(', ')}, got "${value}"`,
      fix: `pass --${name}=${allowed.join(' or --' + name + '=')}`
    })
    return (defaultOf(name) ?? allowed[0]) as T
  }

  const workingDirectory = resolve(cwd, text('working-directory') ?? '.')
  const out = optional('out')
  const options = readBuildOptions(
    { optional, list, bool, oneOf },
    {
      workingDirectory,
      // Where the user's shell is; by default beside the working directory.
      out:
        out === undefined
          ? resolve(workingDirectory, '.out')
          : isAbsolute(out)
            ? out
            : resolve(cwd, out)
    }
  )
  bool('pr-comment') // validated for symmetry with the action; meaningless locally
  problems.throwIfAny()
  return options
}
