// Taro's WeChat templates only pass the attributes they know, and aria-role / aria-label are not among
// them, so screen readers (读屏) would hear nothing of our labels. This local plugin adds them to the
// templates at build time and, through a runtime module, to the runtime's component table.
const path = require('node:path');
const ariaComponents = require('../../src/platform/aria-components.json');

const runtimeModule = path.resolve(__dirname, '../../src/platform/weapp-aria-runtime.ts');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (platform.platform !== 'weapp' || !platform.template) return;
      platform.template.mergeComponents(ctx, ariaComponents);
      platform.runtimePath = [].concat(platform.runtimePath ?? [], runtimeModule);
    },
  });
};
