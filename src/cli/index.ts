import { Command, CommanderError } from 'commander'
import { BuildError, InputError, formatProblem } from '../errors.js'
import type { Logger } from '../logger.js'
import type { BuildOptions } from '../pipeline-types.js'
import type { GitContext } from '../types.js'
import { packageVersion } from '../util/paths.js'
import { buildCommand } from './build.js'
import { addCleanupFlags, cleanupCommand, renderCleanup } from './cleanup.js'
import { addOptionFlags, cliOptions, flagsFromOpts } from './flags.js'
import { generateCommand } from './generate.js'
import { cliGitContext } from './github.js'
import { cliLogger, processIo, styleFor, type CliIo, type Style } from './logger.js'
import { devCommand, hostPlatform, type DevEvent } from './dev.js'
import { planCommand } from './plan.js'
import { addVerifyCommand } from './verify.js'
import { renderBuild, renderGenerate, renderPlan } from './render.js'

export const PROGRAM = 'policy-engine-build'

export interface MainContext {
  io?: CliIo
  cwd?: string
  /**
   * The environment the CLI runs in: NO_COLOR, and inside GitHub Actions the GITHUB_* event
   * variables (the workflow event then decides the tags). cli/main.ts passes process.env;
   * callers that pass none get a local build, whatever their own process runs under.
   */
  env?: NodeJS.ProcessEnv
  /** Stops `dev` (default: SIGINT or SIGTERM). */
  signal?: AbortSignal
  /** `dev` reports each rebuild here too (tests). */
  onDevEvent?: (event: DevEvent) => void
}

/** What a command returns: the machine-readable result, and its terminal rendering. */
interface CommandOutput {
  json: unknown
  human: (cwd: string, style: Style) => string
}

type CommandRun = (options: BuildOptions, git: GitContext, logger: Logger) => Promise<CommandOutput>

const COMMANDS: { name: string; summary: string; run: CommandRun }[] = [
  {
    name: 'plan',
    summary:
      'Discover and validate the policies; print the plan (policies, packages, platforms, tags). Writes nothing.',
    run: async (options, git, logger) => {
      const plan = await planCommand(options, git, logger)
      return { json: plan, human: (_cwd, style) => renderPlan(plan, style) }
    }
  },
  {
    name: 'generate',
    summary:
      'Write the engine workspace (engine source, imports.go, go.mod with replaces, Dockerfile) into --out; `go build ./...` then succeeds there.',
    run: async (options, git, logger) => {
      const result = await generateCommand(options, git, logger)
      return { json: result, human: (cwd, style) => renderGenerate(result, cwd, style) }
    }
  },
  {
    name: 'build',
    summary:
      'Run the whole pipeline: discover, generate, compile per platform, and build the image (--output image|oci|none, --push, --load).',
    run: async (options, git, logger) => {
      const { summary, result } = await buildCommand(options, git, logger)
      return { json: summary, human: (cwd, style) => renderBuild(result, cwd, style) }
    }
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

/**
 * Where the result goes: JSON on stdout with --json, or when stdout is not a terminal (a
 * pipe, a file, `$(...)`: scripts get the machine form without asking); a human summary
 * when stdout is a terminal; nothing more with --quiet on a terminal.
 */
export function outputMode(
  opts: { json?: boolean; quiet?: boolean },
  io: CliIo
): 'json' | 'human' | 'none' {
  if (opts.json === true || !io.stdoutIsTTY) return 'json'
  return opts.quiet === true ? 'none' : 'human'
}

/** The CLI. Returns the exit code: 0 success, 1 build failure, 2 bad input. */
export async function main(argv: string[], context: MainContext = {}): Promise<number> {
  const io = context.io ?? processIo
  const cwd = context.cwd ?? process.cwd()
  const env = context.env ?? {}
  let exitCode = 0

  const program = new Command(PROGRAM)
    .description(
      'Compile Go policy modules into a multi-architecture policy-engine container image.'
    )
    .version(packageVersion(), '-V, --version', "Print this tool's version.")
    // Program options only before the command: `build --version 1.2.3` is the engine's version
    // input, `policy-engine-build --version` this tool's.
    .enablePositionalOptions()
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
      .option(
        '--json',
        'Print the result as JSON on stdout (the default when stdout is not a terminal).'
      )
      .option(
        '-q, --quiet',
        'Print only warnings and errors (and the JSON result, when it is printed).'
      )
      .option('--verbose', 'Print debug messages.')
    const names = addOptionFlags(command)
    command.action(async (opts: Record<string, unknown>) => {
      const style = styleFor(io.stderrIsTTY, env)
      const logger = cliLogger(io, {
        verbose: opts.verbose === true,
        quiet: opts.quiet === true,
        style
      })
      try {
        const options = cliOptions(flagsFromOpts(opts, names), cwd)
        const git = await cliGitContext(options.workingDirectory, env, message =>
          logger.warning(message)
        )
        if (git.eventName !== 'local') {
          logger.info(`GitHub Actions: ${git.eventName} event, ref ${git.ref ?? '?'}`)
        }
        const output = await spec.run(options, git, logger)
        const mode = outputMode(opts, io)
        if (mode === 'json') io.stdout(`${JSON.stringify(output.json, null, 2)}\n`)
        if (mode === 'human') {
          io.stdout(output.human(cwd, styleFor(io.stdoutIsTTY, env)))
        }
      } catch (error) {
        exitCode = reportError(error, io)
      }
    })
  }

  const dev = program
    .command('dev')
    .description(
      `Watch mode for policy authors: build the engine for this machine (${hostPlatform()}), start it, and rebuild and restart it on every change to a policy module; a change that does not build leaves the last good engine serving. Stop with Ctrl-C.`
    )
    .option('--addr <address>', 'Where the engine listens.', '127.0.0.1:8080')
    .option('-q, --quiet', 'Print only warnings, errors and the serving lines.')
    .option('--verbose', 'Print debug messages (and the engine log).')
  const devNames = addOptionFlags(dev)
  dev.action(async (opts: Record<string, unknown>) => {
    const logger = cliLogger(io, {
      verbose: opts.verbose === true,
      quiet: opts.quiet === true,
      style: styleFor(io.stderrIsTTY, env)
    })
    let signal = context.signal
    if (!signal) {
      const controller = new AbortController()
      for (const name of ['SIGINT', 'SIGTERM'] as const) {
        process.once(name, () => controller.abort())
      }
      signal = controller.signal
    }
    try {
      const options = cliOptions(flagsFromOpts(opts, devNames), cwd)
      const git = await cliGitContext(options.workingDirectory, env, m => logger.warning(m))
      await devCommand(options, git, logger, {
        addr: String(opts.addr),
        signal,
        onEvent: event => {
          if (event.kind === 'serving' && opts.quiet === true) {
            io.stderr(`serving at http://${event.addr}\n`)
          }
          context.onDevEvent?.(event)
        }
      })
    } catch (error) {
      exitCode = reportError(error, io)
    }
  })

  const cleanup = addCleanupFlags(
    program
      .command('cleanup')
      .description(
        'Delete pull-request previews: --pr N removes pr-N and pr-N-<sha>, --older-than 14d every preview older than that; manifests still referenced by another tag or index are kept. Exit 1 when the registry refused a deletion.'
      )
  )
  cleanup.action(async (opts: Record<string, unknown>) => {
    const logger = cliLogger(io, {
      verbose: opts.verbose === true,
      quiet: opts.quiet === true,
      style: styleFor(io.stderrIsTTY, env)
    })
    try {
      const reports = await cleanupCommand(opts, env, logger)
      const mode = outputMode(opts, io)
      if (mode === 'json') io.stdout(`${JSON.stringify(reports, null, 2)}\n`)
      if (mode === 'human') io.stdout(renderCleanup(reports))
      if (reports.some(report => report.warnings.length > 0)) exitCode = 1
    } catch (error) {
      exitCode = reportError(error, io)
    }
  })

  addVerifyCommand(program, {
    io,
    cwd,
    env,
    report: error => reportError(error, io),
    setExitCode: code => (exitCode = code),
    outputMode: opts => outputMode(opts, io)
  })

  if (argv.length === 0) {
    io.stderr(program.helpInformation())
    return 2
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help, --version and friends exit 0; a bad flag or command is bad input.
      return error.exitCode === 0 ? 0 : 2
    }
    return reportError(error, io)
  }
  return exitCode
}
