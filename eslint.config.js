import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', '**/dist', 'dist-cli', 'node_modules', 'test-results', 'playwright-report', 'bench/results', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The domain core (model, rules, file and link formats, exports, CLI, stores) runs in Node
    // and in the browser alike: it never imports React or the canvas.
    files: ['src/domain/**', 'src/rules/**', 'src/io/**', 'src/export/**', 'src/cli/**', 'src/store/**', 'src/planner/**', 'src/report/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zustand', message: 'Use zustand/vanilla: the domain core must not import React.' }],
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*'],
              message: 'The domain core must not import React or the canvas.',
            },
            { group: ['**/app/**', '../app/*'], message: 'The domain core must not import the app.' },
          ],
        },
      ],
    },
  },
);
