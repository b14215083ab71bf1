const { swcOptions, jestModuleNameMapper } = require('./swc.config.cjs');

// Dependencies that ship only ES modules; jest on Node 20 cannot require() them untransformed.
const ESM_ONLY = ['content-disposition'];

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swcOptions({ rewritePaths: false })],
    '^.+\\.js$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: jestModuleNameMapper(),
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

module.exports = {
  // jest-circus takes the test and hook timeout from the global config only: a project's own
  // testTimeout is ignored, so integration hooks (a fresh app and database) need it set here.
  testTimeout: 30000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/console/'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      // The console's own logic (providers, access rules, translations, dates): plain modules
      // in Node, like the browser would run them; its pages are covered by the browser tests.
      ...shared,
      displayName: 'console',
      testMatch: ['<rootDir>/apps/console/src/**/*.spec.ts'],
      transform: {
        ...shared.transform,
        '^.+\\.tsx?$': ['@swc/jest', swcOptions({ rewritePaths: false, tsx: true })],
      },
      moduleNameMapper: {
        '^@tracker/contracts$': '<rootDir>/libs/contracts/src',
        '^@tracker/contracts/(.*)$': '<rootDir>/libs/contracts/src/$1',
      },
    },
    {
      // The console in Debian's Chromium against the built API serving the built console.
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/browser/jest-setup.ts'],
    },
  ],
};
