import { BuildError } from '../errors.js'
import { binaryPath } from '../plan/platforms.js'
import type { Platform } from '../types.js'
import { run } from '../util/exec.js'

/**
 * The policy names the compiled engine itself reports (`--list`), keyed by `package.Symbol`,
 * when a binary for this machine was built; empty otherwise. The engine runs with a minimal
 * environment: policy code (init functions) must never see the step's secrets.
 */
export async function listedPolicyNames(
  outDir: string,
  platforms: Platform[],
  env: NodeJS.ProcessEnv
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const hostArch = process.arch === 'x64' ? 'amd64' : process.arch
  const host = platforms.find(p => p.os === process.platform && p.arch === hostArch)
  if (!host) return names
  const result = await run(binaryPath(outDir, host), ['--list'], {
    env: minimalEnvironment(env),
    timeoutMs: 30_000
  })
  if (result.exitCode !== 0) {
    throw new BuildError(
      'package',
      `the compiled engine refused its policies: ${(result.stderr || result.stdout).trim()}`
    )
  }
  for (const entry of JSON.parse(result.stdout) as { name: string; source: string }[]) {
    names.set(entry.source.replace(/\(\)$/, ''), entry.name)
  }
  return names
}

/** PATH, HOME and TMPDIR, when set: what a program needs to start, and nothing secret. */
export function minimalEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {}
  for (const name of ['PATH', 'HOME', 'TMPDIR']) if (env[name]) out[name] = env[name]
  return out
}
