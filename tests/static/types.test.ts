// Every source file type-checks under the strict config: `.astro` pages and components as well as
// the TypeScript in src/, scripts/ and tests/. `astro check` writes the collection types first, so
// `CollectionEntry<'missions'>` is checked against the mission schema, not taken as untyped.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

test('astro check reports no error or warning', async () => {
  const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
  const result = await promisify(execFile)(process.execPath, [astro, 'check', '--minimumSeverity', 'warning', '--minimumFailingSeverity', 'warning'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  // One line per diagnostic (`file:line:col - error ts(NNNN): message`), so a failure names each one.
  const output = stripVTControlCharacters(result.stdout);
  const diagnostics = output.split('\n').filter((line) => / - (error|warning) /.test(line));
  expect(diagnostics).toEqual([]);
  expect(output).toMatch(/- 0 errors\n- 0 warnings/);
  expect(result.code).toBe(0);
});
