import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { renderDockerfile } from '../../src/package/dockerfile.js'
import { renderImports } from '../../src/generate/imports.js'
import { defaultTemplatesDir, templatePath } from '../../src/generate/templates.js'
import { tempDir, writeTree } from './go-fixtures.js'
import { policy } from './policies.fixture.js'

describe('template lookup', () => {
  it('uses a file from the user folder and falls back to the shipped one', () => {
    const dir = writeTree(tempDir(), { 'Dockerfile.hbs': 'FROM {{dockerImage baseImage}}\n' })
    expect(templatePath('Dockerfile.hbs', dir)).toBe(join(dir, 'Dockerfile.hbs'))
    expect(templatePath('imports.go.hbs', dir)).toBe(join(defaultTemplatesDir(), 'imports.go.hbs'))
    expect(renderDockerfile({ baseImage: 'scratch' }, { templatesDir: dir })).toBe('FROM scratch\n')
  })

  it('refuses a templates folder that does not exist', () => {
    expect(() => templatePath('Dockerfile.hbs', '/nonexistent/templates')).toThrow(InputError)
    expect(() => templatePath('Dockerfile.hbs', '/nonexistent/templates')).toThrow(
      /templates: the templates folder does not exist \(fix: /
    )
  })

  it('is strict: a misspelt field is an error naming the template, not empty text', () => {
    const dir = writeTree(tempDir(), { 'Dockerfile.hbs': 'FROM {{baseImag}}\n' })
    expect(() => renderDockerfile({}, { templatesDir: dir })).toThrow(
      new RegExp(
        `${join(dir, 'Dockerfile.hbs')}: templates: cannot render Dockerfile.hbs: .*baseImag`
      )
    )
  })

  it('never HTML-escapes', () => {
    const dir = writeTree(tempDir(), {
      'imports.go.hbs': '{{#each policies}}{{source}} <&>\n{{/each}}'
    })
    expect(
      renderImports([policy('example.com/a&b', 'a', 'T', 'pointer')], { templatesDir: dir })
    ).toBe('example.com/a&b.T <&>\n')
  })

  it('keeps its helpers private to its own Handlebars environment', async () => {
    const { default: Handlebars } = await import('handlebars')
    expect(Handlebars.helpers.goString).toBeUndefined()
  })
})

describe('renderDockerfile', () => {
  it('renders the defaults: distroless nonroot base, numeric user, no RUN', () => {
    const text = renderDockerfile({})
    expect(text).toContain('FROM gcr.io/distroless/static-debian12:nonroot\n')
    expect(text).toContain('ARG TARGETPLATFORM\n')
    expect(text).toContain('COPY --chmod=0755 bin/${TARGETPLATFORM}/policy-engine /policy-engine\n')
    expect(text).toContain('USER 65532:65532\n')
    expect(text).toContain('EXPOSE 8080\n')
    expect(text).toContain('ENTRYPOINT ["/policy-engine"]\n')
    expect(text).toContain('CMD ["serve", "--addr", ":8080"]\n')
    expect(text).not.toMatch(/^RUN/m)
  })

  it('writes a HEALTHCHECK in exec form (no shell) probing the port CMD serves on', () => {
    expect(renderDockerfile({})).toMatch(
      /\nHEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD \["\/policy-engine", "healthcheck", "--addr", "127\.0\.0\.1:8080"\]\n$/
    )
    expect(renderDockerfile({ port: 9090, binary: '/usr/bin/pe' })).toContain(
      'CMD ["/usr/bin/pe", "healthcheck", "--addr", "127.0.0.1:9090"]\n'
    )
  })

  it('writes no HEALTHCHECK with healthcheck: false (a custom core without the command)', () => {
    const text = renderDockerfile({ healthcheck: false })
    expect(text).not.toContain('HEALTHCHECK')
    expect(text).toMatch(/CMD \["serve", "--addr", ":8080"\]\n$/)
  })

  it('writes labels sorted by key, one LABEL each', () => {
    const text = renderDockerfile({ baseImage: 'scratch', labels: { b: '2', a: '1' } })
    expect(text).toContain('FROM scratch\n')
    expect(text).toContain('LABEL a="1"\nLABEL b="2"\n')
  })

  it.each<[string, Parameters<typeof renderDockerfile>[0], RegExp]>([
    ['a label value with a newline', { labels: { a: 'x\nRUN rm -rf /' } }, /newlines/],
    ['a label key with a space', { labels: { 'a b': 'x' } }, /not a valid label key/],
    ['a base image with an instruction', { baseImage: 'alpine\nRUN x' }, /not a valid image/],
    ['a bad port', { port: 0 }, /not a valid port/],
    ['a bad user', { user: 'root; x' }, /not a valid user/],
    ['a relative binary', { binary: 'policy-engine' }, /not a valid path/]
  ])('refuses %s as bad input', (_name, model, message) => {
    expect(() => renderDockerfile(model)).toThrow(InputError)
    expect(() => renderDockerfile(model)).toThrow(message)
  })
})
