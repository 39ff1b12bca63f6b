// Mutation testing of the pure core (npm run mutate): StrykerJS with its jest runner over the
// unit tests. Not part of npm test (it runs the tests once per mutant); the score is a figure
// in the README. Reports: reports/mutation/.
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: true
  },
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  checkers: [],
  coverageAnalysis: 'perTest',
  mutate: [
    'src/package/docker-syntax.ts',
    'src/package/dockerfile.ts',
    'src/package/labels.ts',
    'src/publish/tags.ts',
    'src/publish/reference.ts',
    'src/publish/push.ts',
    // buildxArgs, producesIndex and csvField (the argument building); the rest runs docker.
    'src/publish/buildx.ts:1-105',
    'src/compile/cache-key.ts',
    'src/action/github.ts',
    'src/discover/manifest.ts',
    'src/discover/modulepath.ts',
    'src/options.ts',
    // The input checks since the plan redesign: pure validation and mapping of inputs.
    'src/plan/values.ts',
    'src/plan/platforms.ts',
    'src/plan/pull-request-tags.ts',
    'src/plan/build-flags.ts',
    'src/plan/publish-targets.ts'
  ],
  // Static mutants (module-level tables) need every test re-run each; the tables are checked
  // by the tests that use them, and the run stays within minutes on 2 cores.
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/typescript.html' },
  jsonReporter: { fileName: 'reports/mutation/typescript.json' },
  // Incremental: a re-run (also of one file, --mutate src/x.ts) retests only the mutants whose
  // code or covering tests changed; the other results come from this file.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 60_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true
}
