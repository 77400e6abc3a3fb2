/** One jest run for everything: domain specs, adapter contract suites, end-to-end tests. */
module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  transform: {
    // Each file is only transpiled (isolatedModules): type-checking every test file on its own re-checks the
    // whole program once per file and worker, which made the run several times longer. Type errors still fail
    // `npm test`: test/architecture/type-check.spec.ts checks the whole program (sources and tests) once.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
    // ESM-only dependencies that Node 20 itself can require() but jest's runtime cannot.
    '^.+/node_modules/content-disposition/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@candor/(domain|contracts|application|infrastructure|testing)$': '<rootDir>/libs/$1/src',
    '^@candor/(domain|contracts|application|infrastructure|testing)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  setupFiles: ['reflect-metadata'],
  // Starts the installed redis-server on a free port when REDIS_URL is not set, and stops it afterwards.
  globalSetup: '<rootDir>/test/support/redis-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/redis-global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
