import { describe, expect, it } from '@jest/globals'
import { localGitContext, repositoryUrlOf } from '../../src/cli/git.js'
import { tempDir } from '../generate/go-fixtures.js'

describe('repositoryUrlOf', () => {
  it.each([
    ['git@github.com:acme/policies.git', 'https://github.com/acme/policies'],
    ['ssh://git@github.com/acme/policies.git', 'https://github.com/acme/policies'],
    ['https://github.com/acme/policies.git', 'https://github.com/acme/policies'],
    ['https://user:secret@example.com/acme/policies', 'https://example.com/acme/policies'],
    ['/srv/git/policies', undefined],
    [undefined, undefined]
  ])('%s -> %s', (remote, url) => {
    expect(repositoryUrlOf(remote)).toBe(url)
  })
})

describe('localGitContext', () => {
  it('is a plain local context outside a git checkout', async () => {
    expect(await localGitContext(tempDir('pe-nogit-'))).toEqual({ eventName: 'local' })
  })
})
