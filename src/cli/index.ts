import { Command, CommanderError } from 'commander'
import { BuildError, InputError, formatProblem } from '../errors.js'
import type { Logger } from '../logger.js'
import type { BuildOptions } from '../pipeline-types.js'
import type { GitContext } from '../types.js'
import { buildCommand } from './build.js'
import { addOptionFlags, cliOptions, flagsFromOpts } from './flags.js'
import { generateCommand } from './generate.js'
import { localGitContext } from './git.js'
import { cliLogger, processIo, type CliIo } from './logger.js'
import { planCommand } from './plan.js'

export const PROGRAM = 'policy-engine-build'

export interface MainContext {
  io?: CliIo
  cwd?: string
}

type CommandRun = (options: BuildOptions, git: GitContext, logger: Logger) => Promise<unknown>

const COMMANDS: { name: string; summary: string; run: CommandRun }[] = [
  {
    name: 'plan',
    summary:
      'Discover and validate the policies; print the plan (policies, packages, platforms, tags) as JSON. Writes nothing.',
    run: planCommand
  },
  {
    name: 'generate',
    summary:
      'Write the engine workspace (engine source, imports.go, go.mod with replaces, Dockerfile) into --out; `go build ./...` then succeeds there.',
    run: generateCommand
  },
  {
    name: 'build',
    summary:
      'Run the whole pipeline: discover, generate, compile per platform, and build the image (--output image|oci|none, --push, --load).',
    run: buildCommand
  }
]

/** Prints an error the way compilers do, one problem per line; returns the exit code. */
export function reportError(error: unknown, io: CliIo): number {
  if (error instanceof InputError) {
    for (const problem of error.problems) io.stderr(`${PROGRAM}: ${formatProblem(problem)}\n`)
    return 2
  }
  if (error instanceof BuildError) {
    io.stderr(`${PROGRAM}: ${error.message}\n`)
    return 1
  }
  io.stderr(`${PROGRAM}: ${error instanceof Error ? error.message : String(error)}\n`)
  return 1
}

/** The CLI. Returns the exit code: 0 success, 1 build failure, 2 bad input. */
export async function main(argv: string[], context: MainContext = {}): Promise<number> {
  const io = context.io ?? processIo
  const cwd = context.cwd ?? process.cwd()
  let exitCode = 0

  const program = new Command(PROGRAM)
    .description(
      'Compile Go policy modules into a multi-architecture policy-engine container image.'
    )
    .exitOverride()
    .configureOutput({
      writeOut: text => io.stdout(text),
      writeErr: text => io.stderr(text),
      outputError: (text, write) => write(`${PROGRAM}: ${text.replace(/^error: /, '')}`)
    })
    .showHelpAfterError(`(run \`${PROGRAM} <command> --help\` for the flags)`)

  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .description(spec.summary)
      .option('--verbose', 'Print debug messages.')
    const names = addOptionFlags(command)
    command.action(async (opts: Record<string, unknown>) => {
      const logger = cliLogger(io, opts.verbose === true)
      try {
        const options = cliOptions(flagsFromOpts(opts, names), cwd)
        const git = await localGitContext(options.workingDirectory)
        const result = await spec.run(options, git, logger)
        io.stdout(`${JSON.stringify(result, null, 2)}\n`)
      } catch (error) {
        exitCode = reportError(error, io)
      }
    })
  }

  if (argv.length === 0) {
    io.stderr(program.helpInformation())
    return 2
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and friends exit 0; a bad flag or command is bad input.
      return error.exitCode === 0 ? 0 : 2
    }
    return reportError(error, io)
  }
  return exitCode
}
