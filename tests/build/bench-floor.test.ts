/**
 * The benchmark's fair floor (scripts/bench/manifest-floor.ts) is only fair if it publishes exactly
 * what the site publishes and has Pagefind index the same pages: built here from the fixture site's
 * own `dist/`, with the fixture's content loaded by the site's loaders, it must give the same files,
 * byte for byte, and a search index of the same pages in each language.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { floorDifferences, floorProject, writeFloorManifest } from '../../scripts/bench/manifest-floor.ts';
import { writeTree } from '../../scripts/bench/files.ts';
import { SITE_COLLECTION_STORAGE, SITE_RENDER_CONCURRENCY } from '../../scripts/bench/site-settings.ts';
import { schemas } from '../../src/schemas/index.ts';
import { KZ_CONTENT, REPO } from '../support/content-tree.ts';

// Under the repository, so that the floor resolves `astro` from its node_modules.
const work = join(REPO, 'node_modules/.cache/bench-floor-test');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function astroBuild(root: string): Promise<{ code: number | null; log: string }> {
  const child = spawn(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Astro mounts no pages when it finds itself under Vitest (VITEST in the environment).
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
      ARCHIVE_CONTENT_DIR: KZ_CONTENT,
    },
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, log })));
}

const pageCounts = (dist: string) =>
  Object.fromEntries(
    Object.entries(
      (JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages,
    ).map(([lang, { page_count }]) => [lang, page_count]),
  );

test('the fair floor publishes the site’s files byte for byte and indexes the same pages', async () => {
  const siteDist = inject('distDir');
  const manifestDir = join(work, 'manifest');
  const manifest = writeFloorManifest(siteDist, manifestDir);
  expect(manifest.pages).toContain('');
  expect(manifest.pages).toContain('countries/kz');
  expect(manifest.files).toContain('404.html');
  expect(manifest.files.some((f) => f.endsWith('.bib'))).toBe(true);
  expect(manifest.files.some((f) => f.startsWith('pagefind/'))).toBe(false);

  const root = join(work, 'floor');
  writeTree(
    root,
    floorProject({
      manifestDir,
      siteSrc: join(REPO, 'src'),
      collections: Object.keys(schemas),
      renderConcurrency: SITE_RENDER_CONCURRENCY,
      collectionStorage: SITE_COLLECTION_STORAGE,
    }),
  );
  const { code, log } = await astroBuild(root);
  expect(code, log).toBe(0);
  // The site's loaders ran over the same content.
  expect(log).toMatch(/Synced content/);
  expect(floorDifferences(manifestDir, join(root, 'dist'), manifest)).toEqual([]);
  expect(pageCounts(join(root, 'dist'))).toEqual(pageCounts(siteDist));
});
