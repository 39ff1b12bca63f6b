/**
 * Custom templates may write values raw (`{{{baseImage}}}`, `{{{value}}}`): the plan, not the
 * template helpers, is what must stop injection (issue 11). Property: for every base image and
 * label set that makeBuildPlan accepts, a template writing them raw renders a Dockerfile with
 * exactly the template's own instructions, one per line: no value adds an instruction.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { renderDockerfile } from '../../src/package/dockerfile.js'
import type { BuildOptions } from '../../src/pipeline-types.js'
import { makeBuildPlan } from '../../src/plan/plan.js'
import { seedFastCheck } from './support/seed.js'

const RUNS = 300
seedFastCheck('raw-template.test.ts')

const workspace = mkdtempSync(join(tmpdir(), 'pe-raw-template-'))
mkdirSync(join(workspace, 'tpl'))
writeFileSync(
  join(workspace, 'tpl', 'Dockerfile.hbs'),
  'FROM {{{baseImage}}}\nCOPY bin/${TARGETPLATFORM}/policy-engine /policy-engine\n' +
    '{{#each labels}}LABEL {{{key}}}="{{{value}}}"\n{{/each}}ENTRYPOINT ["/policy-engine"]\n'
)
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

const PIECES = [
  '\n',
  '\r',
  '\u2028',
  '\u0085',
  '\x1b',
  '"',
  "'",
  '\\',
  '$',
  '{{',
  'RUN id',
  ' ',
  ':',
  '@'
]
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 6 })
  .map(parts => parts.join(''))

function options(baseImage: string, labels: string[]): BuildOptions {
  return {
    workingDirectory: workspace,
    policies: [],
    templates: 'tpl',
    platforms: ['linux/amd64'],
    images: [],
    tags: [],
    labels,
    latest: false,
    baseImage,
    push: 'false',
    output: 'none',
    load: false,
    buildArgs: [],
    goBuildFlags: [],
    cache: false,
    cacheKeyPrefix: 'x',
    sbom: false,
    provenance: false
  }
}

describe('a custom template writing values raw', () => {
  it(`cannot be made to add a Dockerfile instruction by any accepted input (${RUNS} runs)`, async () => {
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('scratch', 'alpine:3.20'), text),
        fc.array(
          fc.tuple(fc.constantFrom('a', 'org.example.x'), text).map(([k, v]) => `${k}=${v}`),
          { maxLength: 3 }
        ),
        async (baseImage, labels) => {
          let plan
          try {
            plan = await makeBuildPlan(options(baseImage, labels), { eventName: 'local' }, {})
          } catch (error) {
            expect(error).toBeInstanceOf(InputError)
            return
          }
          accepted++
          const dockerfile = renderDockerfile(
            { baseImage: plan.image.baseImage, labels: plan.image.labels },
            { templatesDir: plan.templatesDir }
          )
          const lines = dockerfile.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/).filter(Boolean)
          const words = lines.map(line => line.split(' ')[0])
          expect(words).toEqual([
            'FROM',
            'COPY',
            ...Object.keys(plan.image.labels).map(() => 'LABEL'),
            'ENTRYPOINT'
          ])
        }
      ),
      { numRuns: RUNS }
    )
    expect(accepted).toBeGreaterThan(RUNS / 10)
  }, 120_000)
})
