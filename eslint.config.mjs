import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'node_modules/**',
      'test-artifacts/**',
      '.test-results/**',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (default exports only where a tool requires one).',
        },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The console runs in the browser; hooks rules keep its React components correct.
    files: ['apps/console/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Tests read loosely-typed JSON answers; `any` is how they say "whatever came back".
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.browser-spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tools that require a default export.
    files: [
      'test/global-*.ts',
      'test/browser/global-*.ts',
      'apps/api/src/data-source.ts',
      'scripts/**',
      '*.config.*',
      'apps/console/vite.config.mts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
