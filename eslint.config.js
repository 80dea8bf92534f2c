import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The domain layer is the scoring engine: it must run the same in Node, in the
 * browser and on the command line, so it may not import UI, storage, state,
 * i18n or browser APIs. These rules fail the lint (and CI) if it does.
 */
const DOMAIN_FORBIDDEN_PACKAGES = [
  'react',
  'react-dom',
  'react-router',
  'react-i18next',
  'i18next',
  'dexie',
  'dexie-react-hooks',
  'zustand',
  'recharts',
  'workbox-window',
];
const DOMAIN_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'fetch',
  'alert',
];

export const domainRules = {
  'no-restricted-imports': [
    'error',
    {
      paths: DOMAIN_FORBIDDEN_PACKAGES.map((name) => ({
        name,
        message: 'src/domain must stay pure: no UI, storage, state or i18n imports.',
      })),
      patterns: [
        {
          group: DOMAIN_FORBIDDEN_PACKAGES.map((name) => `${name}/*`),
          message: 'src/domain must stay pure: no UI, storage, state or i18n imports.',
        },
        {
          group: [
            '**/storage',
            '**/storage/*',
            '**/state',
            '**/state/*',
            '**/features/*',
            '**/components/*',
            '**/app/*',
            '**/i18n',
            '**/i18n/*',
          ],
          message: 'src/domain may only import from src/domain.',
        },
        { group: ['virtual:*'], message: 'src/domain may not use build-tool virtual modules.' },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...DOMAIN_FORBIDDEN_GLOBALS.map((name) => ({
      name,
      message: 'src/domain may not touch the DOM or browser storage.',
    })),
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'coverage', 'test-results', 'playwright-report', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser }, ecmaVersion: 2022 },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: domainRules,
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}', 'src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
