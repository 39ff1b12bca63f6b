import { describe, expect, it } from '@jest/globals'
import { routeCacheOutput } from '../../src/compile/cache-log.js'
import { recordingLogger } from '../../src/logger.js'

describe('routeCacheOutput', () => {
  it("routes @actions/core's workflow commands to the logger as warnings, info and debug", async () => {
    const logger = recordingLogger()
    const writes: string[] = []
    const real = process.stdout.write
    const fake = ((chunk: string) => {
      writes.push(chunk)
      return true
    }) as typeof process.stdout.write
    process.stdout.write = fake
    let result
    try {
      result = routeCacheOutput(logger, async () => {
        process.stdout.write(
          '::warning::Failed to restore: Cache service responded with 500%0Asecond line\n'
        )
        process.stdout.write('::error::Failed to save: boom\n::debug::details\nCache Size: ~1 MB\n')
        process.stdout.write('::add-mask::https://signed.example/url\n')
        process.stdout.write('partial')
        return 7
      })
      await result.promise
      expect(process.stdout.write).toBe(fake)
    } finally {
      process.stdout.write = real
    }
    const { promise, messages } = result
    expect(await promise).toBe(7)
    expect(logger.messages).toEqual([
      {
        level: 'warning',
        message: 'Go cache: Failed to restore: Cache service responded with 500\nsecond line',
        location: undefined
      },
      { level: 'warning', message: 'Go cache: Failed to save: boom', location: undefined },
      { level: 'debug', message: 'details' },
      { level: 'info', message: 'Cache Size: ~1 MB' },
      { level: 'info', message: 'partial' }
    ])
    expect(messages.problems).toHaveLength(2)
    // masks must still reach the runner
    expect(writes).toEqual(['::add-mask::https://signed.example/url\n'])
  })

  it('restores stdout when the call throws', async () => {
    const original = process.stdout.write
    const { promise } = routeCacheOutput(recordingLogger(), async () => {
      throw new Error('x')
    })
    await expect(promise).rejects.toThrow('x')
    expect(process.stdout.write).toBe(original)
  })

  it('passes a stdout-writing logger straight through instead of routing it into itself', async () => {
    const writes: string[] = []
    const real = process.stdout.write
    const fake = ((chunk: string) => {
      writes.push(chunk)
      return true
    }) as typeof process.stdout.write
    // Like the action's logger: every message becomes a workflow command on stdout.
    const logger = {
      ...recordingLogger(),
      warning: (message: string) => void process.stdout.write(`::warning::${message}\n`),
      info: (message: string) => void process.stdout.write(`${message}\n`)
    }
    process.stdout.write = fake
    try {
      const { promise } = routeCacheOutput(logger, async () => {
        process.stdout.write('::warning::Failed to restore: 500\nCache Size: ~1 MB\n')
        return 1
      })
      await promise
    } finally {
      process.stdout.write = real
    }
    expect(writes).toEqual(['::warning::Go cache: Failed to restore: 500\n', 'Cache Size: ~1 MB\n'])
  })
})
