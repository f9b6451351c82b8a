import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import type { Configuration } from 'webpack';
import devConfig from './dev';
import prodConfig from './prod';
import { readBuildSettings } from './env';

type SplitChunksOptions = Exclude<
  NonNullable<Configuration['optimization']>['splitChunks'],
  false | undefined
>;

const sdkSource = path.resolve(__dirname, '../../sdk/src');

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const platform = process.env.TARO_ENV ?? 'weapp';
  const settings = readBuildSettings(process.env);
  const isProduction = mode === 'production' || process.env.NODE_ENV === 'production';

  if (settings.usesDefaultApiBaseUrl && isProduction) {
    console.warn(
      `\n[yika] YIKA_API_BASE_URL is not set: this production ${platform} build talks to the development ` +
        `default ${settings.apiBaseUrl}. Set YIKA_API_BASE_URL to the platform's address for a real release.\n`,
    );
  } else {
    console.log(`[yika] ${platform} build: platform ${settings.apiBaseUrl}, channel ${settings.channel}`);
  }

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yika-miniapp',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One output directory per platform, so a weapp build never overwrites the H5 one.
    outputRoot: `dist/${platform}`,
    // Adds aria-role / aria-label to the WeChat templates (see the plugin for why).
    plugins: [path.resolve(__dirname, 'plugins/weapp-aria.cjs')],
    defineConstants: {
      YIKA_API_BASE_URL: JSON.stringify(settings.apiBaseUrl),
      YIKA_CHANNEL: JSON.stringify(settings.channel),
      YIKA_PAY_SIMULATOR: JSON.stringify(settings.paySimulator),
    },
    // The SDK is consumed as TypeScript source from the workspace (its package.json points at a dist build).
    alias: {
      '@yika/sdk$': path.join(sdkSource, 'index.ts'),
      '@yika/sdk/taro': path.join(sdkSource, 'entries/taro.ts'),
      '@yika/sdk/domain': path.join(sdkSource, 'entries/domain.ts'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Without this, webpack does not run babel over the SDK's TypeScript and fails to parse it.
      compile: { include: [sdkSource] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: [sdkSource] },
      // Relative, so dist/h5 works wherever it is served (the mock platform's root, a hospital app's folder).
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // Taro splits only the initial chunks on H5, so every lazily loaded page carried its own copy of
        // the SDK, axios and Taro's web components. Share what two or more pages use in one chunk.
        const splitChunks = chain.optimization.get('splitChunks') as SplitChunksOptions | false | undefined;
        if (!splitChunks) return;
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            pageShared: {
              name: 'page-shared',
              chunks: 'async',
              minChunks: 2,
              priority: 0,
              reuseExistingChunk: true,
            },
          },
        });
      },
    },
  };

  return merge({}, baseConfig, isProduction ? prodConfig : devConfig);
});
