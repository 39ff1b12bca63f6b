/**
 * A build killed while it writes the engine workspace (issue 11): --out must then hold either
 * the previous output, untouched, or nothing of this run; never a half-written workspace that
 * looks complete. The CLI (the bundle users run) is killed with SIGKILL as soon as its staging
 * folder beside --out appears, at several moments of the write.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedPreviousOutput, snapshot } from './support/workspace.js'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const cli = join(repo, 'dist', 'cli.js')
const root = mkdtempSync(join(tmpdir(), 'pe-killed-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Runs `generate`, SIGKILLs it `delayMs` after its staging folder appears; resolves once dead. */
function generateAndKill(out: string, delayMs: number): Promise<{ killed: boolean }> {
  return new Promise(resolve => {
    const child = spawn(
      process.execPath,
      [
        cli,
        'generate',
        '--manifest',
        'examples/policy-build.yaml',
        '--out',
        out,
        '--cache',
        'false'
      ],
      { cwd: repo, stdio: 'ignore' }
    )
    let killed = false
    const poll = setInterval(() => {
      const staging = readdirSync(dirname(out)).some(name => name.includes('.partial-'))
      if (staging && !killed) {
        killed = true
        clearInterval(poll)
        setTimeout(() => child.kill('SIGKILL'), delayMs)
      }
    }, 2)
    child.on('exit', () => {
      clearInterval(poll)
      resolve({ killed })
    })
  })
}

describe('a generate killed mid-write', () => {
  it.each([0, 20, 80, 200])(
    'killed %i ms into the write: the previous output as it was, or the new one whole',
    async delayMs => {
      const parent = mkdtempSync(join(root, 'run-'))
      const out = join(parent, 'out')
      seedPreviousOutput(out)
      const before = snapshot(out)
      const { killed } = await generateAndKill(out, delayMs)
      const after = snapshot(out)
      const whole =
        'go.mod' in after &&
        'go.sum' in after &&
        'imports.go' in after &&
        'main.go' in after &&
        !('previous.txt' in after)
      // The previous output untouched, or the new workspace whole (the kill came after the
      // rename), or (killed between the two renames) no folder: never a part of this run.
      const untouched = JSON.stringify(after) === JSON.stringify(before)
      expect(untouched || !existsSync(out) || whole).toBe(true)
      expect(killed || whole).toBe(true)
    },
    120_000
  )

  it('really kills a run while it writes (the test can see the moment)', async () => {
    const parent = mkdtempSync(join(root, 'run-'))
    const out = join(parent, 'out')
    seedPreviousOutput(out)
    const { killed } = await generateAndKill(out, 0)
    expect(killed).toBe(true)
    expect(readdirSync(out).sort()).toEqual(['.policy-engine-build', 'previous.txt'])
  }, 120_000)
})
