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
    // Slow suites that compile Go or pack the library; the pure core is covered without them.
    '<rootDir>/__tests__/library/',
    '<rootDir>/__tests__/cli/dev.test.ts',
    '/node_modules/'
  ]
}
