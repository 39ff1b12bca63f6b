/**
 * dockerLogin runs `docker login --username U --password-stdin REGISTRY`. A fake docker
 * records its argv and stdin.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../../src/logger.js'
import { dockerLogin } from '../../src/publish/login.js'

let root: string
let docker: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pe-login-'))
  docker = join(root, 'docker')
  writeFileSync(
    docker,
    `#!/bin/sh\nprintf '%s\\n' "$@" > '${join(root, 'argv')}'\ncat > '${join(root, 'stdin')}'\n`
  )
  chmodSync(docker, 0o755)
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('dockerLogin', () => {
  it('runs docker login with the password on stdin only', async () => {
    await dockerLogin(
      { registry: 'ghcr.io', username: 'bot', password: 's3cret', docker },
      silentLogger
    )
    const argv = readFileSync(join(root, 'argv'), 'utf8').trim().split('\n')
    expect(argv).toEqual(['login', '--username', 'bot', '--password-stdin', 'ghcr.io'])
    expect(readFileSync(join(root, 'stdin'), 'utf8')).toBe('s3cret')
  })
})
