/**
 * `dev`: the watch loop for policy authors. Builds the engine for this machine, starts it, and
 * on every change to a local policy module (or the manifest) re-plans, rebuilds with the warm
 * Go cache and restarts it. A change that does not compile leaves the last good engine
 * serving and prints the error at file:line; the next good change replaces it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { watch, type FSWatcher } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import type { Logger } from '../logger.js'
import type { Discovery } from '../discover/index.js'
import { runPipeline } from '../pipeline.js'
import type { BuildOptions } from '../pipeline-types.js'
import type { GitContext } from '../types.js'
import { minimalEnvironment } from '../package/policy-names.js'
import { BuildError, InputError, formatProblem } from '../errors.js'

export interface DevOptions {
  /** Where the engine listens (`serve --addr`); 127.0.0.1:0 picks a free port. */
  addr: string
  /** Changes closer together than this are one rebuild. */
  debounceMs?: number
  /** Stops the loop (and the engine). */
  signal?: AbortSignal
  /** Each outcome, for tests and tools: serving (with the address) or failed. */
  onEvent?: (event: DevEvent) => void
}

export type DevEvent =
  | { kind: 'serving'; addr: string; buildMs: number; changeToServingMs?: number }
  | { kind: 'failed'; message: string }

/** This machine as a build platform, e.g. linux/amd64. */
export function hostPlatform(): string {
  const arch = { x64: 'amd64', ia32: '386' }[process.arch as string] ?? process.arch
  return `${process.platform}/${arch}`
}

interface Engine {
  child: ChildProcess
  addr: string
}

/** Starts the engine and resolves with its address once it logs that it is listening. */
function startEngine(
  binary: string,
  addr: string,
  logger: Logger,
  shippedEngine: boolean
): Promise<Engine> {
  return new Promise((resolveStart, reject) => {
    // No drain window: nothing balances load in front of a dev engine, and its replacement
    // needs the address at once (a custom core may not know the flag: it keeps its own).
    const drain = shippedEngine ? ['--drain-delay', '0s'] : []
    const child = spawn(binary, ['serve', '--addr', addr, ...drain], {
      env: minimalEnvironment(process.env),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let buffer = ''
    let started = false
    const onData = (chunk: Buffer): void => {
      buffer += chunk.toString()
      let newline: number
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline)
        buffer = buffer.slice(newline + 1)
        const listening = /"msg":"listening","addr":"([^"]+)"/.exec(line)
        if (listening && !started) {
          started = true
          resolveStart({ child, addr: listening[1] })
        } else {
          logger.debug(`engine: ${line}`)
        }
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('error', reject)
    child.on('exit', code => {
      if (!started) reject(new Error(`the engine exited (${code}) before listening: ${buffer}`))
    })
  })
}

async function stopEngine(engine: Engine | undefined): Promise<void> {
  if (!engine || engine.child.exitCode !== null || engine.child.signalCode !== null) return
  const exited = new Promise(done => engine.child.once('exit', done))
  engine.child.kill('SIGTERM')
  const timer = setTimeout(() => engine.child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

function describe(error: unknown): string {
  if (error instanceof InputError) return error.problems.map(p => formatProblem(p)).join('\n')
  if (error instanceof BuildError) return error.message
  return error instanceof Error ? error.message : String(error)
}

/** The watch loop; resolves when the signal aborts. */
export async function devCommand(
  options: BuildOptions,
  git: GitContext,
  logger: Logger,
  dev: DevOptions
): Promise<void> {
  const buildOptions: BuildOptions = {
    ...options,
    platforms: [hostPlatform()],
    output: 'none',
    push: 'false',
    load: false,
    cache: false
  }
  const out = resolve(buildOptions.out ?? join(options.workingDirectory, '.out', 'dev'))
  buildOptions.out = out
  let engine: Engine | undefined
  let watchers: FSWatcher[] = []
  let watched = ''

  const build = async (changedAt?: number): Promise<void> => {
    const started = Date.now()
    try {
      const result = await runPipeline(buildOptions, git, logger)
      const binary = result.binaries[0]?.path
      if (!binary) throw new Error('no engine was compiled for this machine')
      await stopEngine(engine)
      // Restart on the same port once one was picked, so clients keep their address.
      const { manifest } = result.discovery as Discovery
      const shipped = !options.engine && !manifest?.engine
      engine = await startEngine(binary, engine?.addr ?? dev.addr, logger, shipped)
      const now = Date.now()
      const names = result.policies.map(p => p.name ?? p.type).join(', ')
      logger.info(
        `dev: serving ${names} at http://${engine.addr} (built in ${((now - started) / 1000).toFixed(1)}s${changedAt ? `, change to serving ${((now - changedAt) / 1000).toFixed(1)}s` : ''})`
      )
      dev.onEvent?.({
        kind: 'serving',
        addr: engine.addr,
        buildMs: now - started,
        changeToServingMs: changedAt ? now - changedAt : undefined
      })
      rewatch(result.discovery.modules.filter(m => m.source.kind === 'local').map(m => m.dir))
    } catch (error) {
      const message = describe(error)
      for (const located of error instanceof BuildError ? error.located : []) {
        logger.error(located.message, located.location)
      }
      logger.error(
        `dev: the change does not build${engine ? '; the last good engine keeps serving' : ''}:\n${message}`
      )
      dev.onEvent?.({ kind: 'failed', message })
      // Nothing discovered yet (the first build failed): watch the whole working directory.
      if (watched === '') rewatch([options.workingDirectory])
    }
  }

  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  let firstChange: number | undefined
  const changed = (dir: string, file: string | null): void => {
    const path = file ? join(dir, file) : dir
    if (path.startsWith(out + sep) || path === out || /(^|\/)\.[^/]*$/.test(file ?? '')) return
    firstChange ??= Date.now()
    clearTimeout(timer)
    timer = setTimeout(() => {
      const at = firstChange
      firstChange = undefined
      running = running.then(() => build(at))
    }, dev.debounceMs ?? 200)
  }
  const rewatch = (dirs: string[]): void => {
    const key = [...dirs].sort().join('\n')
    if (key === watched) return
    watchers.forEach(w => w.close())
    watched = key
    watchers = dirs.map(dir =>
      watch(dir, { recursive: true }, (_event, file) => changed(dir, file))
    )
    if (options.manifest) {
      const manifest = resolve(options.workingDirectory, options.manifest)
      watchers.push(watch(manifest, () => changed(manifest, null)))
    }
    logger.info(`dev: watching ${dirs.length} policy module(s)`)
  }

  running = build()
  await running
  await new Promise<void>(done => {
    if (dev.signal?.aborted) return done()
    dev.signal?.addEventListener('abort', () => done(), { once: true })
  })
  clearTimeout(timer)
  watchers.forEach(w => w.close())
  await running.catch(() => {})
  await stopEngine(engine)
}
