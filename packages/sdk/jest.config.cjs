// test/published checks the built package (jest.published.config.cjs); the unit tests run on source.
const preset = require('../../jest.preset.cjs');

module.exports = { ...preset, testPathIgnorePatterns: ['/node_modules/', '/test/published/'] };
