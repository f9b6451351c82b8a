// The SDK as published (`pnpm --filter @yika/sdk test:published`, after `build`): test/published only.
// No moduleNameMapper to src here: the code under test is dist/, resolved by package name in child
// processes and bundled for the browser.
const { moduleNameMapper: _sourceMappings, ...preset } = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  testMatch: ['<rootDir>/test/published/**/*.test.ts'],
  // One platform process and one browser: nothing to share between workers.
  maxWorkers: 1,
};
