/**
 * Two clean builds of the same commit give byte-identical sites: each with its own empty cache,
 * the same SOURCE_DATE_EPOCH (the reproducible-builds convention the pages read for "today").
 */
import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../support/astro.ts';
import { REPO } from '../support/content-tree.ts';
import { treeDifferences, treeDigest } from '../gates/reproducible.ts';

const scratch = mkdtempSync(join(tmpdir(), 'archive-repro-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('two clean builds are byte-identical', async () => {
  const previous = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = '1763769600'; // 2025-11-22
  try {
    for (const n of [1, 2]) await buildSite(REPO, { outDir: join(scratch, `dist-${n}`), cacheDir: join(scratch, `cache-${n}`) });
  } finally {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  }
  const first = treeDigest(join(scratch, 'dist-1'));
  expect(first.size).toBeGreaterThan(100);
  expect(treeDifferences(first, treeDigest(join(scratch, 'dist-2')))).toEqual([]);
});
