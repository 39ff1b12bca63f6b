/**
 * Injection fuzzing (issue 7, item 2). Module paths, package names, policy symbols and names,
 * labels, tags, image names, build args and file paths come from users, and on pull requests
 * from strangers. Whatever reaches imports.go, the Dockerfile or the buildx argv must be
 * REFUSED (an Error is thrown) or INERT:
 * - imports.go parses (Go's own parser, in one batch) and holds exactly the intended imports,
 *   assertions and registerPolicy calls, with the intended strings;
 * - the Dockerfile has exactly the intended instructions, and every label decodes back to
 *   the value asked for (nothing expanded, nothing appended);
 * - the buildx argv has exactly the intended entries, each value one entry, and the CSV
 *   values buildx parses (--output) have exactly the intended fields.
 * The run counts are recorded in RUNS and in /work/notes/reliability.md.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { resolve } from 'node:path'
import { parsePlatforms, platformString } from '../../src/plan/platforms.js'
import { checkModulePath } from '../../src/discover/modulepath.js'
import { buildxArgs, type BuildxPlan } from '../../src/publish/buildx.js'
import { ociLabels, parseLabels } from '../../src/package/labels.js'
import { parseReference, isReferenceProblem } from '../../src/publish/reference.js'
import { computeTags } from '../../src/publish/tags.js'
import { DEFAULT_BASE_IMAGE, renderDockerfile } from '../../src/package/dockerfile.js'
import { renderImports } from '../../src/generate/imports.js'
import type { DiscoveredPolicy, GitContext } from '../../src/types.js'
import { gofmtCheck, parseGoFiles } from './support/goparse.js'
import { seedFastCheck } from './support/seed.js'

seedFastCheck('fuzz.test.ts')

export const RUNS = {
  importsGo: 400,
  dockerfileLabels: 1000,
  dockerfilePolicyNames: 500,
  buildxArgv: 1000,
  tags: 2000,
  branchTags: 1000,
  modulePaths: 10000
}

// ---- arbitraries: plain text mixed with everything that breaks out of a syntax ----

const HOSTILE = [
  '"',
  '`',
  "'",
  '\\',
  '\n',
  '\r',
  '\t',
  '\0',
  '\u2028',
  '\u0085',
  '\x7f',
  '\x1b',
  '$',
  '${',
  '{{',
  '}}',
  ')',
  '(',
  ';',
  ',',
  '=',
  ' ',
  '#',
  '/',
  '..',
  '.',
  '-',
  '--',
  '@',
  ':',
  '*/',
  '/*',
  '//',
  '\ud800',
  'é',
  'ǅ',
  '𝔘',
  '٣',
  '\ufeff'
]
const hostileText = (maxLength = 24) =>
  fc.oneof(
    fc.string({ unit: fc.constantFrom(...HOSTILE, 'a', 'b', 'Z', '0', '_'), maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.stringMatching(/^[a-z][a-z0-9._-]{0,12}$/)
  )

const identifierish = fc.oneof(
  fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,10}$/),
  fc.constantFrom('init', 'main', 'Policy', '_', 'type', 'func', 'ǅx', 'Ü', '𝔘x', 'A٣'),
  hostileText(12)
)

const modulePathish = fc.oneof(
  fc
    .tuple(
      fc.stringMatching(/^[a-z0-9]{1,8}\.[a-z]{2,5}$/),
      fc.array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,8}$/), { maxLength: 3 })
    )
    .map(([domain, rest]) => [domain, ...rest].join('/')),
  hostileText(30)
)

const policyArb: fc.Arbitrary<DiscoveredPolicy> = fc
  .record({
    module: modulePathish,
    sub: fc.option(fc.oneof(fc.stringMatching(/^[a-z]{1,6}$/), hostileText(8)), { nil: undefined }),
    packageName: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), hostileText(10)),
    symbol: identifierish,
    kind: fc.constantFrom<DiscoveredPolicy['kind']>('constructor', 'pointer', 'value'),
    composite: fc.boolean(),
    name: fc.option(hostileText(16), { nil: undefined })
  })
  .map(r => ({
    module: r.module,
    package: r.sub === undefined ? r.module : `${r.module}/${r.sub}`,
    packageName: r.packageName,
    symbol: r.symbol,
    kind: r.kind,
    composite: r.composite,
    name: r.name,
    file: '/ws/p/policy.go',
    line: 1
  }))

function byteCompare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

// ---- imports.go ----

describe('imports.go: hostile module paths, package names and symbols are refused or inert', () => {
  it(`parses with Go's parser and holds only the intended imports and calls (${RUNS.importsGo} runs)`, async () => {
    const rendered: { source: string; policies: DiscoveredPolicy[] }[] = []
    let refused = 0
    fc.assert(
      fc.property(fc.array(policyArb, { minLength: 1, maxLength: 4 }), policies => {
        let source: string
        try {
          source = renderImports(policies)
        } catch (error) {
          expect(error).toBeInstanceOf(Error)
          refused++
          return
        }
        // Line-level checks here; the parser checks the batch below.
        const lines = source.split('\n')
        expect(lines.filter(l => l.startsWith('\tregisterPolicy(')).length).toBe(policies.length)
        expect(lines.filter(l => /^var _\b/.test(l)).length).toBe(policies.length)
        rendered.push({ source, policies })
      }),
      { numRuns: RUNS.importsGo }
    )
    // The fuzzer must have reached both outcomes, or it proved nothing.
    expect(refused).toBeGreaterThan(0)
    expect(rendered.length).toBeGreaterThan(RUNS.importsGo / 10)

    const reports = await parseGoFiles(rendered.map(r => r.source))
    const gofmt = await gofmtCheck(rendered.map(r => r.source))
    expect(gofmt).toEqual({ exitCode: 0, stderr: '' })
    reports.forEach((report, i) => {
      const { policies } = rendered[i]
      const packages = [...new Set(policies.map(p => p.package))].sort(byteCompare)
      const sources = [...policies]
        .sort((a, b) => byteCompare(a.package, b.package) || byteCompare(a.symbol, b.symbol))
        .map(p => `${p.package}.${p.symbol}`)
      expect({ ...report, file: undefined }).toEqual({
        file: undefined,
        package: 'main',
        imports: packages,
        aliases: expect.any(Array),
        sources,
        calls: policies.length,
        funcs: ['init'],
        varSpecs: policies.length,
        other: 0
      })
      expect(new Set(report.aliases).size).toBe(packages.length)
    })
  }, 300_000)
})

// ---- Dockerfile ----

const INSTRUCTIONS = [
  'FROM',
  'ARG',
  'COPY',
  'LABEL',
  'USER',
  'EXPOSE',
  'ENTRYPOINT',
  'CMD',
  'HEALTHCHECK'
]

/** Decodes a double-quoted Dockerfile word the way BuildKit's shell lexer does. */
function decodeDockerString(word: string): string | undefined {
  if (!word.startsWith('"') || !word.endsWith('"') || word.length < 2) return undefined
  let out = ''
  for (let i = 1; i < word.length - 1; i++) {
    const ch = word[i]
    if (ch === '"') return undefined // an unescaped quote ends the word early: injection
    if (ch === '$') return undefined // an unescaped $ would expand a variable
    if (ch === '\\') {
      const next = word[i + 1]
      if (i + 1 >= word.length - 1) return undefined
      if (next === '"' || next === '\\' || next === '$') {
        out += next
        i++
        continue
      }
    }
    out += ch
  }
  return out
}

/** Checks a rendered Dockerfile holds exactly the intended instructions and label values. */
function checkDockerfile(text: string, baseImage: string, labels: Record<string, string>): void {
  const counts: Record<string, number> = {}
  const found: Record<string, string> = {}
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue
    expect(line.endsWith('\\')).toBe(false) // no line continuation
    const word = line.split(' ')[0]
    expect(INSTRUCTIONS).toContain(word)
    counts[word] = (counts[word] ?? 0) + 1
    if (word === 'FROM') expect(line).toBe(`FROM ${baseImage}`)
    if (word === 'LABEL') {
      const m = /^LABEL ([A-Za-z0-9._-]+)=(".*")$/s.exec(line)
      expect(m).not.toBeNull()
      const value = decodeDockerString(m![2])
      expect(value).toBeDefined()
      found[m![1]] = value!
    }
  }
  expect(counts).toEqual({
    FROM: 1,
    ARG: 1,
    COPY: 1,
    ...(Object.keys(labels).length ? { LABEL: Object.keys(labels).length } : {}),
    USER: 1,
    EXPOSE: 1,
    ENTRYPOINT: 1,
    CMD: 1,
    HEALTHCHECK: 1
  })
  expect(found).toEqual(labels)
}

const labelLine = fc.oneof(
  fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}[a-z0-9]$/), hostileText(40))
    .map(([k, v]) => `${k}=${v}`),
  fc.tuple(hostileText(12), hostileText(20)).map(([k, v]) => `${k}=${v}`),
  hostileText(30)
)

describe('Dockerfile: hostile labels, base images and policy names are refused or inert', () => {
  it(`labels input and base image (${RUNS.dockerfileLabels} runs)`, () => {
    let inert = 0
    fc.assert(
      fc.property(
        fc.array(labelLine, { maxLength: 5 }),
        fc.oneof(
          fc.constantFrom('scratch', 'gcr.io/distroless/static-debian12:nonroot'),
          hostileText(40)
        ),
        (lines, baseImage) => {
          let labels: Record<string, string>
          let text: string
          try {
            labels = parseLabels(lines)
            text = renderDockerfile({ baseImage, labels })
          } catch (error) {
            expect(error).toBeInstanceOf(Error)
            return
          }
          checkDockerfile(text, baseImage || DEFAULT_BASE_IMAGE, labels)
          inert++
        }
      ),
      { numRuns: RUNS.dockerfileLabels }
    )
    expect(inert).toBeGreaterThan(RUNS.dockerfileLabels / 20)
  })

  it(`policy names and git metadata in the computed OCI labels (${RUNS.dockerfilePolicyNames} runs)`, () => {
    let inert = 0
    fc.assert(
      fc.property(
        fc.array(hostileText(20), { maxLength: 4 }),
        fc.record({
          sha: hostileText(40),
          repositoryUrl: hostileText(40),
          description: hostileText(40),
          license: hostileText(12)
        }),
        hostileText(16),
        (names, meta, version) => {
          const git: GitContext = { eventName: 'push', ...meta }
          const labels = ociLabels({ git, version, policies: names, created: 1_700_000_000 })
          let text: string
          try {
            text = renderDockerfile({ baseImage: 'scratch', labels })
          } catch (error) {
            expect(error).toBeInstanceOf(Error)
            return
          }
          checkDockerfile(text, 'scratch', labels)
          inert++
        }
      ),
      { numRuns: RUNS.dockerfilePolicyNames }
    )
    expect(inert).toBeGreaterThan(0)
  })
})

// ---- buildx argv ----

/** encoding/csv as buildx reads --output: fields split on commas, "..." quoting. */
function csvFields(value: string): string[] | undefined {
  const fields: string[] = []
  let i = 0
  for (;;) {
    let field = ''
    if (value[i] === '"') {
      i++
      for (;;) {
        if (i >= value.length) return undefined
        if (value[i] === '"') {
          if (value[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += value[i++]
      }
      if (i < value.length && value[i] !== ',') return undefined
    } else {
      while (i < value.length && value[i] !== ',') {
        if (value[i] === '"') return undefined
        field += value[i++]
      }
    }
    fields.push(field)
    if (i >= value.length) return fields
    i++ // the comma
  }
}

const platformEntry = fc.oneof(
  fc.constantFrom('linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/arm', 'linux/386'),
  hostileText(20)
)

describe('buildx argv: every value is one argv entry, and nothing adds an argument or field', () => {
  it(`tags, build args, platforms, builder and file paths (${RUNS.buildxArgv} runs)`, () => {
    let built = 0
    fc.assert(
      fc.property(
        fc.record({
          images: fc.array(fc.oneof(fc.constant('registry.example/acme/engine'), hostileText(30)), {
            minLength: 1,
            maxLength: 2
          }),
          explicitTags: fc.array(
            fc.oneof(fc.stringMatching(/^[\w][\w.-]{0,20}$/), hostileText(20)),
            {
              maxLength: 3
            }
          ),
          platforms: fc.array(platformEntry, { minLength: 1, maxLength: 3 }),
          buildArgs: fc.array(hostileText(30), { maxLength: 3 }),
          builder: fc.option(hostileText(16), { nil: undefined }),
          ociFile: fc.option(hostileText(30), { nil: undefined }),
          context: hostileText(30),
          push: fc.boolean(),
          load: fc.boolean(),
          sourceDateEpoch: fc.option(fc.nat(), { nil: undefined })
        }),
        input => {
          // What the pipeline does before building the argv: validate tags and platforms,
          // resolve file paths.
          let tags: string[]
          let platforms: string[]
          try {
            tags = computeTags({
              images: input.images,
              git: { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40) },
              latest: false,
              explicitTags: input.explicitTags
            })
            platforms = parsePlatforms(input.platforms).map(platformString)
          } catch (error) {
            expect(error).toBeInstanceOf(Error)
            return
          }
          const context = resolve('/tmp/out', input.context)
          const plan: BuildxPlan = {
            context,
            dockerfile: `${context}/Dockerfile`,
            builder: input.builder,
            platforms,
            tags,
            buildArgs: input.buildArgs,
            metadataFile: `${context}/buildx-metadata.json`,
            push: input.push,
            load: input.load,
            ociFile: input.ociFile === undefined ? undefined : resolve(context, input.ociFile),
            provenance: false,
            sbom: false,
            sourceDateEpoch: input.sourceDateEpoch
          }
          const args = buildxArgs(plan)
          const pairs =
            (plan.builder ? 1 : 0) +
            1 + // --progress
            1 + // --platform
            1 + // --file
            tags.length +
            plan.buildArgs.length +
            (plan.sourceDateEpoch !== undefined ? 1 : 0) +
            1 + // --metadata-file
            (plan.push ? 1 : 0) +
            (plan.ociFile ? 1 : 0) +
            (plan.load ? 1 : 0)
          // buildx build + pairs + --provenance= + --sbom= + the context
          expect(args.length).toBe(2 + 2 * pairs + 2 + 1)
          expect(args.at(-1)).toBe(context)
          const valuesOf = (flag: string) =>
            args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))
          expect(valuesOf('--tag')).toEqual(tags)
          expect(valuesOf('--build-arg').slice(0, plan.buildArgs.length)).toEqual(plan.buildArgs)
          expect(valuesOf('--platform')).toEqual([platforms.join(',')])
          // The platform list is comma-joined: each element must be free of commas.
          for (const p of platforms) expect(p).not.toMatch(/[,\s]/)
          if (plan.builder) expect(valuesOf('--builder')).toEqual([plan.builder])
          for (const ref of tags) expect(isReferenceProblem(parseReference(ref))).toBe(false)
          // --output values are CSV to buildx: a path holding a comma or quote would add
          // fields (type=image,push=true,...) to the exporter.
          for (const output of valuesOf('--output')) {
            const fields = csvFields(output)
            expect(fields).toBeDefined()
            const keys = fields!.map(f => f.split('=')[0])
            expect(keys[0]).toBe('type')
            expect(new Set(keys).size).toBe(keys.length)
            if (output.startsWith('type=oci')) {
              expect(fields).toContain(`dest=${plan.ociFile}`)
              expect(keys.filter(k => !['type', 'dest', 'rewrite-timestamp'].includes(k))).toEqual(
                []
              )
            }
          }
          built++
        }
      ),
      { numRuns: RUNS.buildxArgv }
    )
    expect(built).toBeGreaterThan(RUNS.buildxArgv / 20)
  })
})

// ---- tags and module paths ----

describe('tags and module paths: what is accepted is safe everywhere it is used', () => {
  it(`explicit tags and image names give only valid references, or InputError (${RUNS.tags} runs)`, () => {
    let accepted = 0
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant('registry.example/acme/engine'), hostileText(30)), {
          minLength: 1,
          maxLength: 2
        }),
        fc.array(fc.oneof(fc.constantFrom('v1', 'edge', 'pr-7'), hostileText(30)), {
          maxLength: 3
        }),
        (images, explicitTags) => {
          let refs: string[]
          try {
            refs = computeTags({ images, git: { eventName: 'local' }, latest: true, explicitTags })
          } catch (error) {
            expect((error as Error).name).toBe('InputError')
            return
          }
          accepted++
          for (const ref of refs) {
            expect(isReferenceProblem(parseReference(ref))).toBe(false)
            expect(ref).not.toMatch(/[\s"'`$;\\,]/)
          }
        }
      ),
      { numRuns: RUNS.tags }
    )
    // A computeTags that refused everything would pass the property alone.
    expect(accepted).toBeGreaterThan(RUNS.tags / 20)
  })

  it(`any branch or git tag name becomes valid tags (${RUNS.branchTags} runs)`, () => {
    let accepted = 0
    fc.assert(
      fc.property(hostileText(60), fc.constantFrom('refs/heads/', 'refs/tags/'), (name, prefix) => {
        let refs: string[]
        try {
          refs = computeTags({
            images: ['registry.example/acme/engine'],
            git: { eventName: 'push', ref: prefix + name, sha: 'b'.repeat(40) },
            latest: true,
            explicitTags: []
          })
        } catch (error) {
          expect((error as Error).name).toBe('InputError')
          return
        }
        accepted++
        expect(refs.length).toBeGreaterThan(0)
        for (const ref of refs) expect(isReferenceProblem(parseReference(ref))).toBe(false)
      }),
      { numRuns: RUNS.branchTags }
    )
    expect(accepted).toBeGreaterThan(RUNS.branchTags / 2)
  })

  it(`an accepted module path cannot break Go source or go mod edit arguments (${RUNS.modulePaths} runs)`, () => {
    let accepted = 0
    fc.assert(
      fc.property(modulePathish, path => {
        if (checkModulePath(path) !== undefined) return
        accepted++
        // Not one character that ends a Go string or a -replace=old=new argument, no
        // whitespace or control character, no `..` element.
        expect(path).not.toMatch(/["`'\\\s=@;,$]/)
        // eslint-disable-next-line no-control-regex
        expect(path).not.toMatch(/[\u0000-\u001f\u007f]/)
        expect(path.split('/')).not.toContain('..')
        expect(path.startsWith('-')).toBe(false)
      }),
      { numRuns: RUNS.modulePaths }
    )
    expect(accepted).toBeGreaterThan(RUNS.modulePaths / 10)
  })
})
