import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'reports/', 'bench/results/', 'test-results/', 'playwright-report/', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Plain JavaScript (config and scripts) is linted without type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    languageOptions: { globals: globals.browser },
    settings: { react: { version: 'detect' } },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...jsxA11y.flatConfigs.strict },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  {
    // Modules that run under Node in tests and at build time must never load Electron. The Electron glue (the
    // entry point, preload, window, protocol, IPC, menu, kiosk lockdown…) all lives in main/desktop/.
    files: ['main/**/*.ts', 'common/**/*.ts'],
    ignores: ['main/desktop/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Keep Electron out of pure modules; put the glue in main/desktop/.' }] },
      ],
    },
  },
);
