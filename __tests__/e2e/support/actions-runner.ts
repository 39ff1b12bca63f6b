/**
 * Runs a bundled JavaScript action the way the GitHub runner does: inputs as INPUT_* variables
 * (action.yml defaults first), the event payload in GITHUB_EVENT_PATH, file commands
 * (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH), and the state
 * the main step saved handed to the post step as STATE_* variables.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface StepRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

/** Reads a file-command file: `name=value` lines and `name<<DELIMITER` ... `DELIMITER` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = line.match(/^([^=<]+)<<(.+)$/)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const body: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i])
      values[name] = body.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      values[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return values
}

/** Workflow commands (::warning file=..::text) printed on stdout, by kind. */
export function workflowCommands(stdout: string, kind: string): string[] {
  return stdout
    .split('\n')
    .filter(line => line.startsWith(`::${kind}`))
    .map(line => line.slice(line.indexOf('::', 2) + 2))
}

/** The env the runner gives every step: nothing inherited from this test process's own CI. */
function baseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_)/.test(key)
    )
  )
}

/** action.yml defaults as the runner passes them, with `${{ github.token }}` already resolved. */
export function defaultInputs(actionFile: string, githubToken: string): Record<string, string> {
  const action = parse(readFileSync(actionFile, 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default === undefined) continue
    inputs[name] = spec.default === '${{ github.token }}' ? githubToken : spec.default
  }
  return inputs
}

export interface JobOptions {
  /** The node binary: PE_NODE (e.g. Node 24, as action.yml asks for) or this one. */
  node: string
  actionDir: string
  /** A folder for this job's file-command files. */
  jobDir: string
  /**
   * RUNNER_TEMP. A hosted runner uses the same path in every job (/home/runner/work/_temp),
   * empty at the start: @actions/cache versions entries by their paths, so a test that wants
   * a cache hit across jobs must do the same. Default: <jobDir>/temp.
   */
  runnerTemp?: string
  workspace: string
  eventName: string
  eventPayloadFile: string
  sha: string
  ref: string
  repository: string
  apiUrl: string
  inputs: Record<string, string>
  githubToken: string
  /** Extra environment, e.g. the cache service (ACTIONS_CACHE_URL, ACTIONS_RUNTIME_TOKEN). */
  env?: Record<string, string>
  timeoutMs?: number
}

/** One job: main, then (when main succeeded, as post-if: success()) post. */
export class ActionJob {
  private savedState: Record<string, string> = {}
  private readonly files: Record<string, string>
  constructor(private readonly options: JobOptions) {
    const dir = options.jobDir
    this.runnerTemp = options.runnerTemp ?? join(dir, 'temp')
    // A fresh machine: nothing left in RUNNER_TEMP by an earlier job.
    rmSync(this.runnerTemp, { recursive: true, force: true })
    mkdirSync(this.runnerTemp, { recursive: true })
    this.files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'step_summary'),
      GITHUB_ENV: join(dir, 'env'),
      GITHUB_PATH: join(dir, 'path')
    }
  }

  readonly runnerTemp: string

  async step(entry: 'main' | 'post'): Promise<StepRun> {
    const o = this.options
    // Each step gets fresh file-command files, as the runner does.
    for (const file of Object.values(this.files)) writeFileSync(file, '')
    const inputs = { ...defaultInputs(join(o.actionDir, 'action.yml'), o.githubToken), ...o.inputs }
    const env: NodeJS.ProcessEnv = {
      ...baseEnv(),
      ...o.env,
      ...this.files,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: o.eventName,
      GITHUB_EVENT_PATH: o.eventPayloadFile,
      GITHUB_SHA: o.sha,
      GITHUB_REF: o.ref,
      GITHUB_REPOSITORY: o.repository,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: o.apiUrl,
      GITHUB_WORKSPACE: o.workspace,
      GITHUB_ACTION: 'engine',
      GITHUB_RUN_ID: '1',
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64'
    }
    for (const [name, value] of Object.entries(inputs)) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    }
    if (entry === 'post') {
      for (const [name, value] of Object.entries(this.savedState)) env[`STATE_${name}`] = value
    }
    const { exitCode, stdout, stderr } = await runNode(
      o.node,
      join(o.actionDir, 'dist', `${entry}.js`),
      o.workspace,
      env,
      o.timeoutMs ?? 20 * 60_000
    )
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '')
    const state = parseFileCommands(read(this.files.GITHUB_STATE))
    if (entry === 'main') this.savedState = state
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseFileCommands(read(this.files.GITHUB_OUTPUT)),
      state,
      summary: read(this.files.GITHUB_STEP_SUMMARY)
    }
  }
}

function runNode(
  node: string,
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', chunk => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', chunk => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? -1, stdout, stderr })
    })
  })
}
