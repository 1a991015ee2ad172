/** Unit and integration tests; jsdom only for the task pane's component tests. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testTimeout: 60000,
};
