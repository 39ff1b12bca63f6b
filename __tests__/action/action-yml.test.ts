import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { OPTIONS, OUTPUTS } from '../../src/options.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))

interface ActionInput {
  description: string
  required?: boolean
  default?: string
}

describe('action.yml', () => {
  it('declares exactly the inputs of src/options.ts, with their descriptions and defaults', () => {
    const inputs = action.inputs as Record<string, ActionInput>
    expect(Object.keys(inputs)).toEqual(OPTIONS.map(option => option.name))
    for (const option of OPTIONS) {
      const input = inputs[option.name]
      expect({ name: option.name, description: input.description, default: input.default }).toEqual(
        {
          name: option.name,
          description: option.description,
          default: option.default
        }
      )
      expect(input.required).toBe(false)
    }
  })

  it('declares exactly the outputs of src/options.ts', () => {
    const outputs = action.outputs as Record<string, { description: string }>
    expect(
      Object.entries(outputs).map(([name, { description }]) => ({ name, description }))
    ).toEqual(OUTPUTS.map(({ name, description }) => ({ name, description })))
  })

  it('runs the bundles on node24, saving the cache in a post step on success only', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main.js',
      post: 'dist/post.js',
      'post-if': 'success()'
    })
  })

  it('has a name, description, author and branding', () => {
    expect(action.name).toBeTruthy()
    expect(action.description.length).toBeLessThanOrEqual(125)
    expect(action.author).toBeTruthy()
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('is what scripts/action-yml.mjs generates from src/options.ts', () => {
    const check = spawnSync(process.execPath, [join(root, 'scripts/action-yml.mjs'), '--check'], {
      encoding: 'utf8'
    })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })
})

describe('README inputs/outputs tables', () => {
  const script = join(root, 'scripts/readme-tables.mjs')
  const runScript = (...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' })

  it('README.md agrees with action.yml (regenerate: node scripts/readme-tables.mjs)', () => {
    const check = runScript('--check')
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  describe('scripts/readme-tables.mjs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pe-readme-'))
    const readme = join(dir, 'README.md')
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    it('regenerates the tables between the markers, then --check passes', () => {
      writeFileSync(
        readme,
        '# x\n\n<!-- inputs:start -->\nstale\n<!-- inputs:end -->\n\ntext\n\n<!-- outputs:start -->\n<!-- outputs:end -->\n'
      )
      expect(runScript('--readme', readme, '--check').status).toBe(1)
      expect(runScript('--readme', readme).status).toBe(0)
      expect(runScript('--readme', readme, '--check').status).toBe(0)
      const text = readFileSync(readme, 'utf8')
      expect(text).toContain(
        '| `github-token` | Token for the pull request comment. | `${{ github.token }}` |'
      )
      expect(text).toContain('| `cache-hit` |')
      expect(text).toContain('\ntext\n')
      expect(text).not.toContain('stale')
    })

    it('--check fails when a row disagrees with action.yml', () => {
      const text = readFileSync(readme, 'utf8').replace('| `push` |', '| `push-it` |')
      writeFileSync(readme, text)
      const check = runScript('--readme', readme, '--check')
      expect(check.status).toBe(1)
      expect(check.stderr).toContain('disagree')
    })

    it('fails without the markers', () => {
      writeFileSync(readme, '# no tables\n')
      const check = runScript('--readme', readme, '--check')
      expect(check.status).toBe(1)
      expect(check.stderr).toContain('<!-- inputs:start -->')
    })
  })
})
