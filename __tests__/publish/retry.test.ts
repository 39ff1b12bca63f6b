import { describe, expect, it } from '@jest/globals'
import { recordingLogger } from '../../src/logger.js'
import { backoffDelay, isTransient, withRetry, type RetryOptions } from '../../src/publish/retry.js'

describe('isTransient', () => {
  it.each([
    'failed to push: unexpected status from PUT request: 429 Too Many Requests',
    'toomanyrequests: You have reached your pull rate limit',
    'error: failed to copy: httpReadSeeker: failed open: unexpected status code https://r/v2/x: 503 Service Unavailable',
    'failed commit on ref "layer-sha256:...": unexpected status: 500 Internal Server Error',
    'received unexpected HTTP status: 502 Bad Gateway',
    'read tcp 10.0.0.1:443: read: connection reset by peer',
    'dial tcp 1.2.3.4:443: i/o timeout',
    'net/http: TLS handshake timeout',
    'failed to do request: Put "https://r/v2/": unexpected EOF',
    'write: broken pipe'
  ])('transient: %s', output => {
    expect(isTransient(output)).toBe(true)
  })

  it.each([
    'failed to authorize: failed to fetch oauth token: 401 Unauthorized',
    'push access denied, repository does not exist or may require authorization',
    'ERROR: failed to solve: failed to compute cache key: "/bin/linux/amd64/policy-engine": not found',
    'dockerfile parse error on line 3: unknown instruction: FORM',
    'exporting layers 0.5s done, 5012B',
    ''
  ])('permanent: %s', output => {
    expect(isTransient(output)).toBe(false)
  })
})

describe('backoffDelay', () => {
  const options: RetryOptions = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 5000 }
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 5000],
    [10, 5000]
  ])('attempt %i waits %i ms', (attempt, delay) => {
    expect(backoffDelay(attempt, options)).toBe(delay)
  })
})

describe('withRetry', () => {
  const options: RetryOptions = { attempts: 3, baseDelayMs: 10, maxDelayMs: 100 }

  it('retries transient failures with backoff until success', async () => {
    const waits: number[] = []
    const logger = recordingLogger()
    const outputs = ['503 Service Unavailable', 'connection reset by peer', 'ok']
    const result = await withRetry(
      'push',
      async attempt => ({ ok: attempt === 3, value: attempt, output: outputs[attempt - 1] }),
      options,
      logger,
      async ms => void waits.push(ms)
    )
    expect(result).toMatchObject({ ok: true, value: 3, attempts: 3 })
    expect(waits).toEqual([10, 20])
    expect(logger.messages.filter(m => m.level === 'warning')).toHaveLength(2)
  })

  it('stops at once on a permanent failure', async () => {
    const result = await withRetry(
      'push',
      async () => ({ ok: false, value: 0, output: '401 Unauthorized' }),
      options,
      recordingLogger(),
      async () => {}
    )
    expect(result.attempts).toBe(1)
  })

  it('gives up after the last attempt', async () => {
    const result = await withRetry(
      'push',
      async () => ({ ok: false, value: 0, output: '429 Too Many Requests' }),
      options,
      recordingLogger(),
      async () => {}
    )
    expect(result).toMatchObject({ ok: false, attempts: 3 })
  })
})
