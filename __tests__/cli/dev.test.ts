/**
 * `dev` with a real engine process: change a policy's behaviour and the running engine
 * answers the new way; break it and the old engine keeps answering while the error is
 * printed at file:line; fix it and it recovers.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/index.js'
import type { DevEvent } from '../../src/cli/dev.js'
import { tempDir } from '../generate/go-fixtures.js'

function policySource(say: string): string {
  return `package greet

import "context"

type Greeter struct{}

func (Greeter) Name() string    { return "greet" }
func (Greeter) Validate() error { return nil }
func (Greeter) Execute(ctx context.Context, input any) (any, error) {
	return map[string]string{"say": "${say}"}, nil
}
`
}

/** Events as a queue: next() waits for the following one. */
function eventQueue() {
  const events: DevEvent[] = []
  const waiters: ((event: DevEvent) => void)[] = []
  return {
    push(event: DevEvent) {
      const waiter = waiters.shift()
      if (waiter) waiter(event)
      else events.push(event)
    },
    next(): Promise<DevEvent> {
      const event = events.shift()
      if (event) return Promise.resolve(event)
      return new Promise(done => waiters.push(done))
    }
  }
}

async function ask(addr: string): Promise<string> {
  const response = await fetch(`http://${addr}/v1/policies/greet/execute`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}'
  })
  return response.text()
}

describe('dev', () => {
  it('rebuilds and restarts on change, keeps the last good engine on a broken change', async () => {
    const ws = tempDir('pe-dev-')
    const dir = join(ws, 'greet')
    mkdirSync(dir)
    writeFileSync(join(dir, 'go.mod'), 'module example.com/greet\n\ngo 1.22\n')
    const source = join(dir, 'greet.go')
    writeFileSync(source, policySource('hello'))

    const queue = eventQueue()
    const controller = new AbortController()
    let stderr = ''
    let addr = ''
    const done = main(
      ['dev', '--policies', 'greet', '--addr', '127.0.0.1:0', '--out', join(ws, '.out')],
      {
        cwd: ws,
        signal: controller.signal,
        onDevEvent: event => queue.push(event),
        io: { stdout: () => {}, stderr: text => void (stderr += text) }
      }
    )
    try {
      const first = await queue.next()
      expect(first).toMatchObject({ kind: 'serving' })
      addr = (first as { addr: string }).addr
      expect(await ask(addr)).toContain('"hello"')

      writeFileSync(source, policySource('bonjour'))
      const second = await queue.next()
      expect(second).toMatchObject({ kind: 'serving', addr })
      expect((second as { changeToServingMs: number }).changeToServingMs).toBeGreaterThan(0)
      expect(await ask(addr)).toContain('"bonjour"')

      writeFileSync(source, policySource('oops').replace('return map', 'return nope map'))
      const broken = await queue.next()
      expect(broken.kind).toBe('failed')
      expect(stderr).toMatch(/greet\/greet\.go:10:\d+/)
      expect(stderr).toContain('the last good engine keeps serving')
      expect(await ask(addr)).toContain('"bonjour"')

      writeFileSync(source, policySource('hola'))
      expect(await queue.next()).toMatchObject({ kind: 'serving', addr })
      expect(await ask(addr)).toContain('"hola"')
    } finally {
      controller.abort()
      expect(await done).toBe(0)
    }
    // Stopped: the engine is gone.
    await expect(ask(addr)).rejects.toThrow()
    expect(stderr).toMatch(
      /dev: serving greet at http:\/\/127\.0\.0\.1:\d+ \(built in \d+\.\ds, change to serving \d+\.\ds\)/
    )
  }, 240_000)
})
