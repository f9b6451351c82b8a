// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
const path = require('node:path');

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  overrides: [
    {
      // The SDK, compiled from source, narrows inherited fields with `declare readonly code: ...`. Babel
      // runs plugins before presets, so the preset's TypeScript pass would come after the class-properties
      // plugin, which rejects `declare` fields; stripping TypeScript here first avoids that.
      include: path.resolve(__dirname, '../sdk/src'),
      plugins: [['@babel/plugin-transform-typescript', { allowDeclareFields: true }]],
    },
  ],
};
