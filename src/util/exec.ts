import { spawn } from 'node:child_process'

export interface RunOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to the child's stdin, then closed (how secrets reach `docker login`). */
  input?: string
  /** Kill the process (and its group) after this many milliseconds. */
  timeoutMs?: number
  /** Called with each chunk of output as it arrives, for live logs. */
  onStdout?: (chunk: string) => void
  onStderr?: (chunk: string) => void
}

export interface RunResult {
  command: string
  args: string[]
  exitCode: number
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
  durationMs: number
}

/**
 * Runs a program without a shell: every argument reaches it as one argv entry, so nothing
 * in a path, tag or label can be split or interpreted. Never throws for a non-zero exit;
 * the caller decides what a failure means. Throws only when the program cannot be started.
 */
export function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: options.timeoutMs !== undefined
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    let timer: NodeJS.Timeout | undefined
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL')
        } catch {
          child.kill('SIGKILL')
        }
      }, options.timeoutMs)
    }
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      options.onStdout?.(chunk)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      options.onStderr?.(chunk)
    })
    child.on('error', error => {
      if (timer) clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      resolve({
        command,
        args,
        exitCode: code ?? -1,
        signal,
        stdout,
        stderr,
        timedOut,
        durationMs: Date.now() - started
      })
    })
    child.stdin.on('error', () => {})
    child.stdin.end(options.input ?? '')
  })
}

/** True when `command` can be started (found on PATH or as a path). */
export async function commandExists(command: string): Promise<boolean> {
  try {
    await run(command, ['--version'], { timeoutMs: 20_000 })
    return true
  } catch {
    return false
  }
}
