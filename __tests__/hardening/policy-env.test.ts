/**
 * Policy code runs during the build: the compiled engine is started (`--list`) to read the
 * policy names. A pull request writes that code, so it must run without the step's secrets
 * (issue 11). The policy here dumps its whole environment from init(); the dump must exist
 * (the code did run) and hold none of the secrets the step had.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from './support/workspace.js'

const root = mkdtempSync(join(tmpdir(), 'pe-policy-env-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const SECRETS: Record<string, string> = {
  INPUT_PASSWORD: 'pe-secret-input-password-71b2',
  INPUT_GITHUB_TOKEN: 'ghp_peSecretTokenForThePolicyEnvTest0001',
  GITHUB_TOKEN: 'ghp_peSecretTokenForThePolicyEnvTest0002',
  ACTIONS_RUNTIME_TOKEN: 'pe-secret-runtime-token-9c4d',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'pe-secret-oidc-token-5e6f',
  AWS_SECRET_ACCESS_KEY: 'pe-secret-aws-key-1a2b'
}

describe('policy code during the build', () => {
  it('runs with PATH, HOME and TMPDIR only, never the secrets of the step', async () => {
    const ws = join(root, 'ws')
    const dump = join(root, 'policy-saw.env')
    mkdirSync(join(ws, 'policies/spy'), { recursive: true })
    writeFileSync(join(ws, 'policies/spy/go.mod'), 'module example.com/hardening/spy\n\ngo 1.22\n')
    writeFileSync(
      join(ws, 'policies/spy/spy.go'),
      `package spy

import (
	"context"
	"os"
	"strings"
)

func init() {
	_ = os.WriteFile(${JSON.stringify(dump)}, []byte(strings.Join(os.Environ(), "\\n")), 0o600)
}

type Spy struct{}

func (Spy) Name() string { return "spy" }

func (Spy) Execute(_ context.Context, input any) (any, error) { return input, nil }

func (Spy) Validate() error { return nil }
`
    )
    const saved = { ...process.env }
    Object.assign(process.env, SECRETS)
    let run
    try {
      run = await runCli(
        [
          'build',
          '--working-directory',
          ws,
          '--out',
          join(root, 'out'),
          '--policies',
          'policies/spy',
          '--platforms',
          process.arch === 'arm64' ? 'linux/arm64' : 'linux/amd64',
          '--output',
          'none',
          '--cache',
          'false'
        ],
        ws
      )
    } finally {
      process.env = saved
    }
    expect(run.code).toBe(0)
    // The policy's init() ran (the engine was started to list the policies)...
    expect(existsSync(dump)).toBe(true)
    const seen = readFileSync(dump, 'utf8')
    const names = seen.split('\n').map(line => line.split('=')[0])
    // ...and saw nothing but the minimal environment.
    expect(names.filter(name => !['PATH', 'HOME', 'TMPDIR'].includes(name))).toEqual([])
    for (const secret of Object.values(SECRETS)) expect(seen).not.toContain(secret)
  }, 300_000)
})
