import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseManifest } from '../../src/discover/manifest.js'
import { checkModulePath } from '../../src/discover/modulepath.js'
import { isInside } from '../../src/discover/paths.js'
import { InputError } from '../../src/errors.js'

describe('properties', () => {
  it('no accepted module path can break out of a Go string or a command line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), path => {
        if (checkModulePath(path) === undefined) {
          expect(path).toMatch(/^[A-Za-z0-9._~/-]+$/)
          expect(path).not.toMatch(/(^|\/)\.\.?(\/|$)/)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('a manifest either parses or fails with an InputError whose problems name the file', () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .array(
          fc.constantFrom(
            'version: 1',
            'version: 2',
            'policies:',
            '  - path: ./a',
            '  - module: example.com/x',
            '    version: v1.0.0',
            'image:',
            '  name: [a, b]',
            '  platforms: linux/amd64',
            'x: {',
            '- ',
            '  labels: {a: 1}',
            'engine: ../..'
          ),
          { maxLength: 12 }
        )
        .map(lines => lines.join('\n'))
    )
    fc.assert(
      fc.property(yamlish, text => {
        try {
          parseManifest(text, '/ws/policy-build.yaml', '/ws')
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
          for (const p of (error as InputError).problems) {
            expect(p.file).toBe('/ws/policy-build.yaml')
            expect(p.message.length).toBeGreaterThan(0)
            expect(p.fix).toBeTruthy()
          }
        }
      }),
      { numRuns: 500 }
    )
  })

  it('a path that never climbs above the workspace is inside it', () => {
    const segment = fc.constantFrom('a', 'b', '..', '.', 'a..b', '..a')
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), segments => {
        const child = ['/ws', ...segments].join('/')
        // Leaving /ws means popping past its own level at some point.
        let depth = 0
        let left = false
        for (const s of segments) {
          if (s === '..') depth--
          else if (s !== '.') depth++
          if (depth < 0) left = true
        }
        if (!left) expect(isInside('/ws', child)).toBe(true)
      })
    )
  })
})
