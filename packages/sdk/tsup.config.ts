// Builds the five entry points as ESM (.js) and CommonJS (.cjs) with types for each (.d.ts / .d.cts),
// matching package.json "exports". axios, dayjs and jose stay external: the app's bundler dedupes them
// (only `verify` and `server` import jose).
// package.json also maps the subpaths in "typesVersions": TypeScript's old `moduleResolution: node`
// (node10) ignores "exports" and would find no types for `@yika/sdk/taro` etc. `check:package` runs
// publint and attw (all resolution modes) on the packed result.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    taro: 'src/entries/taro.ts',
    domain: 'src/entries/domain.ts',
    verify: 'src/entries/verify.ts',
    server: 'src/entries/server.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  // Old mini-program runtimes (iOS JavaScriptCore) lack newer syntax such as `??=` and class fields.
  target: 'es2018',
  splitting: true,
  treeshake: true,
  external: ['axios', 'dayjs', 'jose'],
});
