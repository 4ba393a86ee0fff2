/**
 * Astro's `experimental.incrementalBuild` reuses a page's earlier output when its `getStaticPaths()`
 * returns an unchanged `cacheKey`. It may be turned on in `astro.config.mjs` only while a rebuild
 * after a change gives, byte for byte, what a clean build gives: otherwise a page can go stale
 * (a statement's title changed but its mission page still showing the old one), or a reused page
 * can go missing from what is made on the way out (the search index is fed as pages render).
 */
import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'astro';
import { copyContent, REPO } from '../support/content-tree.ts';
import { treeDifferences, treeDigest } from '../gates/reproducible.ts';

const scratch = mkdtempSync(join(tmpdir(), 'archive-incremental-'));
const tree = copyContent();
afterAll(() => {
  tree.remove();
  rmSync(scratch, { recursive: true, force: true });
});

async function buildInto(outDir: string, cacheDir: string, incremental: boolean): Promise<void> {
  await build({ root: REPO, logLevel: 'error', outDir, cacheDir, ...(incremental ? { experimental: { incrementalBuild: true } } : {}) });
}

test('a rebuild after one changed statement is byte-identical to a clean build', async () => {
  const env = { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH, ARCHIVE_CONTENT_DIR: process.env.ARCHIVE_CONTENT_DIR };
  process.env.SOURCE_DATE_EPOCH = '1763769600'; // 2025-11-22, as the reproducibility test
  process.env.ARCHIVE_CONTENT_DIR = tree.contentDir;
  try {
    const incremental = join(scratch, 'dist-incremental');
    const cache = join(scratch, 'cache-incremental');
    await buildInto(incremental, cache, true);
    tree.edit(
      'content/statements/2021/2021-01-04-osce-pa-deploys-observers-kazakhstan.mdx',
      /\n*$/,
      '\n\nA paragraph added after the first build, which every page that shows this statement must show.\n',
    );
    await buildInto(incremental, cache, true);
    const clean = join(scratch, 'dist-clean');
    await buildInto(clean, join(scratch, 'cache-clean'), false);

    const page = readFileSync(join(clean, 'statements/2021-01-04-osce-pa-deploys-observers-kazakhstan/index.html'), 'utf8');
    expect(page).toContain('A paragraph added after the first build');
    const expected = treeDigest(clean);
    expect(expected.size).toBeGreaterThan(100);
    expect(treeDifferences(treeDigest(incremental), expected)).toEqual([]);
  } finally {
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});
