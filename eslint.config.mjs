import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      'out.staging/',
      'out-kb/',
      'out-bench/',
      'out-bench.staging/',
      'out-kb.staging/',
      'out-fixture/',
      'out-fixture.staging/',
      'out-imported/',
      'out-imported.staging/',
      'out-incremental*/',
      'tests/fixtures/**/_next/',
      '.scratch/',
      'reports/',
      '.cache/',
      'test-results/',
      'playwright-report/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
);
