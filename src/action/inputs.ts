import * as core from '@actions/core'
import { isAbsolute, resolve } from 'node:path'
import { ProblemList } from '../errors.js'
import {
  OPTIONS,
  readBuildOptions,
  splitList,
  type OptionReader,
  type OptionSpec
} from '../options.js'
import type { BuildOptions } from '../pipeline-types.js'

/** Everything the action reads from its inputs: the library's options plus the action-only ones. */
export type ActionInputs = BuildOptions & {
  githubToken: string
  prComment: boolean
  /** build, or cleanup of pull-request previews (src/action/cleanup.ts). */
  mode: 'build' | 'cleanup'
  olderThan?: string
}

function spec(name: string): OptionSpec {
  const found = OPTIONS.find(option => option.name === name)
  // A name missing from OPTIONS is a programming error here, never the user's.
  if (!found)
    throw new Error(`inputs.ts reads an input that src/options.ts does not declare: ${name}`)
  return found
}

/**
 * The raw value of an input. The runner fills in action.yml defaults; falling back to the
 * OPTIONS default as well keeps the behaviour identical when the action is run by hand.
 */
function raw(name: string): string {
  const value = core.getInput(name)
  return value !== '' ? value : (spec(name).default ?? '')
}

function optional(name: string): string | undefined {
  const value = raw(name)
  return value === '' ? undefined : value
}

function list(name: string): string[] {
  return splitList(raw(name), spec(name).list ?? 'lines-or-commas')
}

/**
 * YAML 1.2 core-schema booleans only, like core.getBooleanInput, but every bad value is
 * collected so the user sees all of them at once.
 */
function bool(name: string, problems: ProblemList): boolean {
  const value = raw(name)
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  problems.add({
    field: name,
    message: `input "${name}" must be true or false, got "${value}"`,
    fix: `set ${name}: true or ${name}: false`
  })
  return spec(name).default === 'true'
}

function oneOf<T extends string>(name: string, allowed: readonly T[], problems: ProblemList): T {
  const value = raw(name)
  if ((allowed as readonly string[]).includes(value)) return value as T
  problems.add({
    field: name,
    message: `input "${name}" must be one of ${allowed.join(', ')}, got "${value}"`,
    fix: `set ${name} to ${allowed.join(' or ')}`
  })
  return (spec(name).default ?? allowed[0]) as T
}

/**
 * Reads every input once. The only module that calls core.getInput. Secrets are masked before
 * anything else can print them. Throws an InputError naming every bad input.
 */
export function getInputs(): ActionInputs {
  const password = core.getInput('password')
  if (password) core.setSecret(password)
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  // A PEM key is masked whole and line by line (the runner masks one line at a time).
  for (const secret of [core.getInput('cosign-key'), core.getInput('cosign-password')]) {
    if (!secret) continue
    core.setSecret(secret)
    for (const line of secret.split(/\r?\n/))
      if (line.trim().length >= 8) core.setSecret(line.trim())
  }

  const problems = new ProblemList()
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const workingDirectoryInput = raw('working-directory') || '.'
  const workingDirectory = isAbsolute(workingDirectoryInput)
    ? resolve(workingDirectoryInput)
    : resolve(workspace, workingDirectoryInput)

  const reader: OptionReader = {
    optional,
    list,
    bool: name => bool(name, problems),
    oneOf: (name, allowed) => oneOf(name, allowed, problems)
  }
  const inputs: ActionInputs = {
    ...readBuildOptions(reader, {
      workingDirectory,
      out: optional('out'),
      password: password || undefined
    }),
    githubToken,
    prComment: bool('pr-comment', problems),
    mode: oneOf('mode', ['build', 'cleanup'] as const, problems),
    olderThan: optional('older-than')
  }
  problems.throwIfAny()
  return inputs
}

/** The library's options: the inputs without the action-only ones (the token stays here). */
export function buildOptionsOf(inputs: ActionInputs): BuildOptions {
  const options: Partial<ActionInputs> = { ...inputs }
  delete options.githubToken
  delete options.prComment
  delete options.mode
  delete options.olderThan
  return options as BuildOptions
}
