// Shared jest settings for every package (see STACK.md: jest 30 on Node 20 with ESM-only msw and jose).
const path = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const sdkSrc = path.join(__dirname, 'packages/sdk/src');

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj|cj)sx?$': swc },
  // msw, its helpers and jose ship ESM only: compile them to CommonJS too.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm|rettime|until-async|@open-draft|jose)/)'],
  moduleNameMapper: {
    '^@yika/sdk$': path.join(sdkSrc, 'index.ts'),
    '^@yika/sdk/(.*)$': path.join(sdkSrc, 'entries/$1.ts'),
    '^@yika/mock-server$': path.join(__dirname, 'packages/mock-server/src/index.ts'),
  },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx', '<rootDir>/src/**/*.test.ts'],
  // Two cores: one worker for the runner, one for the server side of the tests.
  maxWorkers: 2,
};
