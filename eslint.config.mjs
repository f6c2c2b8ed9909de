// ESLint's recommended rules for the site's small ES modules, which run in
// the browser. Wagtail's shared config (@wagtail/eslint-config-wagtail 1.0.0)
// is not used: it needs ESLint 9 (we run the current ESLint 10) and brings
// React, TypeScript and import plugins this project has no use for. Formatting
// is prettier's.
import js from '@eslint/js';
import globals from 'globals';

export default [
  {
    ignores: [
      '.venv/',
      'node_modules/',
      'staticfiles/',
      'media/',
      '.test-media/',
    ],
  },
  js.configs.recommended,
  {
    files: ['static/js/**/*.js'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: globals.browser,
    },
  },
  // The tools' own configuration files, run by Node.
  {
    files: ['*.mjs'],
    languageOptions: { sourceType: 'module', globals: globals.node },
  },
  {
    files: ['stylelint.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
];
