/**
 * What the fault suite (e2e/faults.test.ts) saw buildx print when the registry dropped a
 * connection mid-push, and what a failure unrelated to the registry looks like, as
 * deterministic cases for the retry classifier: a dropped connection is transient (retry),
 * and a BuildKit progress timestamp such as `#7 2.429` is not an HTTP 429.
 * The lines are copied from real runs (URLs shortened).
 */
import { describe, expect, it } from '@jest/globals'
import { isTransient } from '../../src/publish/retry.js'

const PUT = 'failed to do request: Put "http://127.0.0.1:44329/v2/acme/engine/manifests/1.2.3"'

describe('retry classification of buildx output', () => {
  it.each([
    [
      'connection closed by the registry (EOF)',
      `#7 1.333 error: failed commit on ref "index-sha256:3a92": ${PUT}: EOF`
    ],
    [
      'write on a connection the registry closed',
      `#7 0.118 error: failed commit on ref "index-sha256:3a92": ${PUT}: readfrom tcp 127.0.0.1:54698->127.0.0.1:44329: write tcp 127.0.0.1:54698->127.0.0.1:44329: use of closed network connection`
    ],
    [
      'connection reset while uploading a blob',
      '#7 1.026 error: failed to copy: failed to do request: Put "http://127.0.0.1:44615/v2/acme/engine/blobs/uploads/a0573b1e": readfrom tcp 127.0.0.1:35668->127.0.0.1:44615: write tcp 127.0.0.1:35668->127.0.0.1:44615: write: connection reset by peer'
    ],
    [
      'HTTP 500 on a manifest PUT',
      '#7 1.020 error: failed commit on ref "manifest-sha256:c4f1": unexpected status from PUT request to http://127.0.0.1:41493/v2/acme/engine/manifests/sha256:c4f1: 500 Internal Server Error'
    ]
  ])('a dropped or failing registry request is transient: %s', (_name, output) => {
    expect(isTransient(output)).toBe(true)
  })

  it.each([
    [
      'a file missing from the build context, at 0.429 s',
      '#5 0.429 ERROR: failed to solve: failed to compute cache key: "/bin/linux/amd64/policy-engine": not found'
    ],
    [
      'a Dockerfile syntax error, at 1.429 s',
      '#1 1.429 ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN'
    ],
    [
      'an unknown platform, at 12.503 s',
      '#3 12.503 ERROR: failed to solve: unsupported platform linux/sparc'
    ]
  ])(
    'a failure that is not the registry is not transient, whatever its timestamp: %s',
    (_name, output) => {
      expect(isTransient(output)).toBe(false)
    }
  )
})
