// Lint for defects, not style (Prettier owns the layout): unused names, promises nobody awaits,
// type-checked where the TypeScript program is already built for `astro check`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built output, generated types, caches and the trees tests build in tests/.tmp/ (as .gitignore
    // lists them: ESLint, unlike Prettier and knip, does not read it), and test inputs that are
    // hostile or broken on purpose.
    ignores: [
      'dist/',
      '.dist.building/',
      '.astro/',
      '.cache/',
      '.bench/',
      'tmp/',
      'tests/.tmp/',
      'import-review/',
      'node_modules/',
      'content/',
      'tests/fixtures/',
      'public/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The archive reads untrusted text: its patterns name control characters on purpose, to find
      // and refuse them (NUL, C0 controls, the escape that starts a terminal sequence).
      'no-control-regex': 'off',
      // Patterns that match fixed-width text (YAML indentation, aligned CLI output) read best with the
      // spaces written as they appear in that text.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Type-aware rules only on TypeScript modules: a promise left unawaited in a build step or a
    // test is a real defect (an error lost, a file half-written).
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
