// One lint configuration for the workspace (flat config).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/.temp/**',
      '**/generated/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
      'docs-build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The SDK core must run in the mini-program: no Node built-ins, no console (logging goes through the
    // injected logger, which redacts).
    files: ['packages/sdk/src/**/*.ts'],
    ignores: ['packages/sdk/src/entries/server.ts', 'packages/sdk/src/server/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'jose', 'jose/*'], message: 'The SDK core runs in the mini-program.' },
          ],
        },
      ],
    },
  },
  {
    // `@yika/sdk/verify` (Node and browsers with WebCrypto) is built on jose; still no Node built-ins.
    // The main and taro entries never import it.
    files: ['packages/sdk/src/entries/verify.ts', 'packages/sdk/src/verify/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The verifier also runs in browsers.' }] },
      ],
    },
  },
  {
    files: ['packages/miniapp/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
