// The house rules run with the tests, so `npm test` stays the one command CI runs: astro check
// type-checks every file, ESLint finds defects (unused names, promises nobody awaits), Prettier keeps
// one layout, knip finds files, exports and dependencies nothing uses and imports nothing declares
// (and, in production mode, exports only the tests use).
// A failure prints the tool's own report, which names each file and line.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Runs a package's command-line entry on this Node; resolves with its exit code and output. */
async function run(bin: string, args: string[]): Promise<{ code: number; output: string }> {
  return promisify(execFile)(process.execPath, [resolve(root, 'node_modules', bin), ...args], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0' },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stripVTControlCharacters(stdout + stderr) }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: stripVTControlCharacters(error.stdout + error.stderr),
    }),
  );
}

// The five are independent: run side by side, the checks take as long as the slowest alone.
test.concurrent('ESLint reports no problem (npm run lint)', async () => {
  const result = await run('eslint/bin/eslint.js', ['--max-warnings', '0', '.']);
  expect(result.output.trim()).toBe('');
  expect(result.code).toBe(0);
});

test.concurrent('every file is formatted (npm run format:check)', async () => {
  // --cache: a file whose content (and Prettier's options) are unchanged since it last passed is not
  // formatted again; the cache sits in node_modules/.cache/prettier/.
  const result = await run('prettier/bin/prettier.cjs', ['--list-different', '--cache', '--cache-strategy', 'content', '.']);
  // --list-different prints one unformatted file per line; `npm run format` rewrites them.
  expect(result.output.trim().split('\n').filter(Boolean)).toEqual([]);
  expect(result.code).toBe(0);
});

test.concurrent('knip finds no unused file, export or dependency and no undeclared one (npm run knip)', async () => {
  // --cache keeps each file's parsed imports and exports (node_modules/.cache/knip/), keyed on its content.
  const result = await run('knip/bin/knip.js', ['--no-progress', '--cache']);
  expect(result.output.trim()).toBe('');
  expect(result.code).toBe(0);
});

// The same without the tests (knip.ts marks what ships): an export or a file that only a test uses
// is dead code the test keeps alive, and fails here.
test.concurrent('knip finds nothing in the shipped code that only the tests use (npx knip --production)', async () => {
  const result = await run('knip/bin/knip.js', ['--production', '--no-progress', '--cache']);
  expect(result.output.trim()).toBe('');
  expect(result.code).toBe(0);
});

// Every source file type-checks under the strict config: `.astro` pages and components as well as
// the TypeScript in src/, scripts/ and tests/. `astro check` writes the collection types first, so
// `CollectionEntry<'missions'>` is checked against the mission schema, not taken as untyped.
test.concurrent('astro check reports no error or warning (npm run typecheck)', async () => {
  const result = await run('astro/bin/astro.mjs', ['check', '--minimumSeverity', 'warning', '--minimumFailingSeverity', 'warning']);
  // One line per diagnostic (`file:line:col - error ts(NNNN): message`), so a failure names each one.
  const output = result.output;
  const diagnostics = output.split('\n').filter((line) => / - (error|warning) /.test(line));
  expect(diagnostics).toEqual([]);
  expect(output).toMatch(/- 0 errors\n- 0 warnings/);
  expect(result.code).toBe(0);
});
