// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import unicorn from 'eslint-plugin-unicorn';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Code that ships in the extension (as opposed to tests, scripts and benchmarks). */
const PRODUCT = ['entrypoints/**', 'components/**', 'lib/**'];

/**
 * What the content script may import (style-anchors rules 13, 14, 19): never the dataset (it stays
 * out of every page) and never `idb` (a content script's IndexedDB is the page's, not ours).
 */
const CONTENT = ['entrypoints/content/**', 'lib/content/**', 'lib/dom/**', 'lib/matcher/**'];
/** Code that runs in the page (the matcher, pure, is content-safe but runs in the background). */
const PAGE = ['entrypoints/content/**', 'lib/content/**', 'lib/dom/**'];
const CONTENT_BOUNDARY = [
  {
    group: ['**/data/**', '**/data'],
    allowTypeImports: true,
    message: 'The dataset never enters the page (types only); ask the background.',
  },
  {
    group: ['idb', 'idb/*'],
    message: "A content script's IndexedDB belongs to the page.",
  },
  {
    group: ['**/entrypoints/**'],
    message: 'Entrypoints only wire modules; import from lib/.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'bench/results/**',
      'screenshots/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { unicorn, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'unicorn/expiring-todo-comments': ['error', { allowWarningComments: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: PRODUCT,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Use `browser` from 'wxt/browser' (the polyfilled API)." },
      ],
      'no-restricted-properties': [
        'error',
        {
          property: 'innerHTML',
          message: 'Render with Preact or build nodes; never parse HTML strings.',
        },
        {
          property: 'outerHTML',
          message: 'Render with Preact or build nodes; never parse HTML strings.',
        },
        { property: 'insertAdjacentHTML', message: 'Render with Preact or build nodes.' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: CONTENT,
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: CONTENT_BOUNDARY }],
    },
  },
  {
    // The page side proper: the matcher runs in the background (lib/content/background-matcher.ts).
    files: PAGE,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...CONTENT_BOUNDARY,
            {
              regex: '/matcher(/(index|automaton|compile|normalize|patterns))?$',
              allowTypeImports: true,
              message:
                'The matcher runs in the background; a page sends it text (background-matcher.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
