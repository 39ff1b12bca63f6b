// The pure core's mutation score against its own unit tests: the mutate list of
// stryker.config.mjs, with only the unit test files that test those modules directly (the
// whole-plan table, the action's run and the other suites that import most of src are left
// out, and so are the property tests, thousands of runs each). Each mutant then loads a few
// small test files instead of the whole unit project, so a full run fits in about an hour on
// a busy 2-core machine where `npm run mutate` takes many. A mutant killed here is killed by
// `npm run mutate` too: this score is a lower bound of that one.
// Run: npx stryker run stryker.direct.config.mjs [--mutate src/x.ts]
import base from './stryker.config.mjs'

const DIRECT_TESTS = [
  'action/github',
  'action/inputs',
  'compile/cache-key',
  'discover/manifest',
  'discover/manifest-fields',
  'discover/modulepath',
  'generate/golden',
  'generate/templates',
  'hardening/named-mutants',
  'options',
  'package/docker-syntax',
  'package/dockerfile',
  'package/labels',
  'plan/input-checks',
  'plan/platforms',
  'plan/publish-targets-direct',
  'publish/buildx',
  'publish/push',
  'publish/reference',
  'publish/tags'
]

export default {
  ...base,
  jest: {
    ...base.jest,
    config: { testMatch: DIRECT_TESTS.map(name => `<rootDir>/__tests__/${name}.test.ts`) }
  },
  incrementalFile: 'reports/mutation/direct-incremental.json',
  htmlReporter: { fileName: 'reports/mutation/direct.html' },
  jsonReporter: { fileName: 'reports/mutation/direct.json' }
}
