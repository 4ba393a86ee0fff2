// Lint for defects, not style (Prettier owns the layout): unused names, promises nobody awaits,
// type-checked where the TypeScript program is already built for `astro check`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';

// .gitignore's patterns as ESLint reads them: a leading "/" anchors to this folder, as ESLint's own do.
const gitignored = readFileSync(new URL('.gitignore', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => line.replace(/^\//, ''));

export default tseslint.config(
  {
    // What .gitignore lists (built output, generated types, caches, the trees tests build, and the lock
    // directory a test build holds for a moment: ESLint, unlike Prettier and knip, does not read
    // .gitignore, and a directory that vanishes while ESLint walks the tree fails the whole run), and
    // test inputs that are hostile or broken on purpose.
    ignores: [...gitignored, 'content/', 'tests/fixtures/', 'public/'],
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
