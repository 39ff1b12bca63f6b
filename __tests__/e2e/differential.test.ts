/**
 * Discovery agrees with the compiler, through the product (issue 12). Every fixture of
 * goscan's differential corpus (goscan/testdata/compiler/*.txt: a policy module `pol/` and the
 * modules it needs) is built with the real CLI, `build --output none`, for each platform the
 * fixture names, plus linux/amd64/v3, linux/arm64 and linux/arm/v7 where its verdict does not
 * depend on the platform. What the fixture says goscan must accept, the CLI must compile and
 * the engine must start with exactly those policies registered; what it must refuse, the CLI
 * refuses as bad input (exit 2) before writing anything. goscan's own test holds the other
 * half: that a refusal is what `go build` of the intended registration says too.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { binaryPath, parsePlatforms } from '../../src/plan/platforms.js'
import { run } from '../../src/util/exec.js'
import { runCli } from '../hardening/support/workspace.js'

const FIXTURES = fileURLToPath(new URL('../../goscan/testdata/compiler', import.meta.url))
const ALL = ['linux/amd64', 'linux/amd64/v3', 'linux/arm64', 'linux/arm/v7']
const root = mkdtempSync(join(tmpdir(), 'pe-differential-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

interface Fixture {
  name: string
  platforms: string[]
  tags: string[]
  /** platform (or '' for every one) -> 'refuse' | 'accept T kind, U kind' */
  want: Map<string, string>
  files: Map<string, string>
}

function parse(name: string, text: string): Fixture {
  const fixture: Fixture = { name, platforms: [], tags: [], want: new Map(), files: new Map() }
  let current: string | undefined
  for (const line of text.split('\n')) {
    const section = /^-- (.+) --$/.exec(line.trim())
    if (section) {
      current = section[1]
      fixture.files.set(current, '')
    } else if (current !== undefined) {
      fixture.files.set(current, `${fixture.files.get(current)}${line}\n`)
    } else {
      const header = /^# (platforms|tags|want)( [^:]+)?: (.*)$/.exec(line)
      if (header?.[1] === 'platforms') fixture.platforms = header[3].split(/\s+/)
      if (header?.[1] === 'tags') fixture.tags = header[3].split(/\s+/)
      if (header?.[1] === 'want') fixture.want.set(header[2]?.trim() ?? '', header[3].trim())
    }
  }
  if (fixture.platforms.length === 0) fixture.platforms = ['linux/amd64']
  return fixture
}

const fixtures = readdirSync(FIXTURES)
  .filter(file => file.endsWith('.txt'))
  .sort()
  .map(file => parse(file.replace(/\.txt$/, ''), readFileSync(join(FIXTURES, file), 'utf8')))

/** The platforms to build and the verdict expected on each. */
function cases(fixture: Fixture): [string, string][] {
  const perPlatform = [...fixture.want.keys()].some(key => key !== '')
  const platforms =
    perPlatform || fixture.tags.length > 0
      ? fixture.platforms
      : [...new Set([...fixture.platforms, ...ALL])]
  return platforms.map(p => [p, fixture.want.get(p) ?? fixture.want.get('') ?? 'refuse'])
}

/** `accept T value, U pointer` -> the symbols, sorted. */
function acceptedSymbols(verdict: string): string[] {
  return verdict
    .replace(/^accept\s*/, '')
    .split(',')
    .map(part => part.trim().split(/\s+/)[0])
    .filter(Boolean)
    .sort()
}

describe(`discovery agrees with the compiler: ${fixtures.length} fixtures through the CLI`, () => {
  it('reads at least 40 fixtures (issue 12 asks for 40 policy modules)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40)
  })

  it.each(fixtures.flatMap(f => cases(f).map(([p, want]) => [f.name, p, want, f] as const)))(
    '%s on %s: %s',
    async (name, platform, want, fixture) => {
      const ws = join(root, `${name}-${platform.replace(/\//g, '_')}`)
      for (const [path, text] of fixture.files) {
        mkdirSync(dirname(join(ws, path)), { recursive: true })
        writeFileSync(join(ws, path), text)
      }
      const out = join(ws, '.out')
      const tags = fixture.tags.length
        ? ['--go-build-flags', `-tags=${fixture.tags.join(',')}`]
        : []
      const result = await runCli(
        [
          'build',
          '--working-directory',
          ws,
          '--out',
          out,
          '--policies',
          'pol',
          '--platforms',
          platform,
          '--output',
          'none',
          '--cache',
          'false',
          ...tags
        ],
        ws
      )
      if (want === 'refuse') {
        expect({ code: result.code, out: existsSync(join(out, 'go.mod')) }).toEqual({
          code: 2,
          out: false
        })
        return
      }
      expect({ code: result.code, stderr: result.code === 0 ? '' : result.stderr }).toEqual({
        code: 0,
        stderr: ''
      })
      const [target] = parsePlatforms([platform])
      const binary = binaryPath(out, target)
      expect(existsSync(binary)).toBe(true)
      if (target.arch !== 'amd64' || target.variant) return
      // The host can run it: the engine starts and registers exactly what discovery accepted.
      const listed = await run(binary, ['--list'], { timeoutMs: 30_000 })
      expect(listed.exitCode).toBe(0)
      const sources = (JSON.parse(listed.stdout) as { source: string }[]).map(e =>
        e.source.replace(/\(\)$/, '').split('.').pop()
      )
      expect(sources.sort()).toEqual(acceptedSymbols(want))
    },
    300_000
  )
})
