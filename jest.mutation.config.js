// The unit project alone, for mutation testing (npm run mutate): Stryker runs it once per
// mutant, so type-checking is off (a mutant may not type-check; tsc checks the real source).
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }]
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: [
    '<rootDir>/__tests__/e2e/',
    // Suites that run the whole CLI, compile Go or pack the library: seconds per run, and a
    // mutant in the pure core is covered by its unit tests without them. Stryker runs every
    // test covering a mutant once per mutant, so these would turn minutes into hours.
    '<rootDir>/__tests__/library/',
    '<rootDir>/__tests__/cli/',
    '<rootDir>/__tests__/hardening/corpus.test.ts',
    '<rootDir>/__tests__/hardening/killed-generate.test.ts',
    '<rootDir>/__tests__/preview/cleanup-plan.test.ts',
    // Property tests: thousands of runs each; the figure is the unit tests' alone.
    '<rootDir>/__tests__/hardening/fuzz.test.ts',
    '<rootDir>/__tests__/discover/properties.test.ts',
    '<rootDir>/__tests__/hardening/raw-template.test.ts',
    '<rootDir>/__tests__/hardening/policy-env.test.ts',
    '<rootDir>/__tests__/plan/refused-early.test.ts',
    '<rootDir>/__tests__/plan/platform-spellings.test.ts',
    '<rootDir>/__tests__/discover/discover.test.ts',
    '<rootDir>/__tests__/discover/discover-bad.test.ts',
    '<rootDir>/__tests__/generate/workspace.test.ts',
    '<rootDir>/__tests__/compile/go-errors.test.ts',
    '<rootDir>/__tests__/publish/distributed.test.ts',
    '/node_modules/'
  ]
}
