import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-embed',
    'dist-lib',
    'test-results',
    'reports',
    'screenshots',
    'playwright-report',
  ]),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: { eqeqeq: 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
  },
  {
    // The core is pure: no React, no zustand, no DOM-bound UI code. Every front end
    // (page, embed, CLI) reads the same decoded data from it.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/core must not depend on React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/core must not depend on zustand.' },
            { group: ['**/ui/**', '**/cli/**'], message: 'src/core must not import front ends.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'localStorage'],
    },
  },
]);
