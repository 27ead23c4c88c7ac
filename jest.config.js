/**
 * ESM-only packages the code uses (file-type, openid-client, otplib's base32 and hash plugins, and what they import; oidc-provider,
 * the test suite's identity provider). Node 20.19+ loads them with
 * require() at run time; Jest's CommonJS runtime cannot, so Jest compiles them to CommonJS.
 */
const ESM_PACKAGES = [
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
  '@otplib',
  '@scure',
  '@noble',
];

/**
 * One Jest run: unit tests (pure logic, including the web app's under web/src), end-to-end tests
 * (real PostgreSQL + Redis), and the browser journeys in test/browser (real app, Chromium).
 */
module.exports = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testRegex: '(src|test)/.*\\.(spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/dist/',
    '<rootDir>/web/dist/',
    '<rootDir>/web/.cache/',
  ],
  transform: {
    // Transpile only (isolatedModules in tsconfig.json): type checking is tsc's job, not the tests'.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    [`node_modules/(?:${ESM_PACKAGES.join('|')})/.+\\.js$`]: [
      'ts-jest',
      {
        diagnostics: false,
        tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(?:${ESM_PACKAGES.join('|')})/)`],
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
