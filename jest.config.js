// ts-jest in ESM mode (run jest with --experimental-vm-modules), as actions/typescript-action does.
const common = {
  // Mutation-testing sandboxes (npm run mutate) hold a copy of the project.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] }
}

export default {
  // Many suites run Go (the helper, go list, go build): on a busy 2-core machine a first call
  // can take longer than jest's 5 s default. A timeout is not a speed assertion here; suites
  // that need more set their own.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/scripts/jest-count-reporter.cjs'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/__tests__/e2e/', '/node_modules/']
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts']
    }
  ]
}
