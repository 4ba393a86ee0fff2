/**
 * The benchmark's first-search measurement (scripts/bench/first-search.ts) on the fixture archive:
 * cold Chromium against nginx, so what it reports is what a reader's browser fetched, not an
 * estimate from file sizes.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { measureFirstSearches, type FirstSearch } from '../../scripts/bench/first-search.ts';

/** The search index's share of a first search, what Pagefind serves under /pagefind/, and the page's. */
function splitTransfers(transfers: FirstSearch['transfers']) {
  const isIndex = (path: string) => path.startsWith('/pagefind/');
  return { index: transfers.filter((t) => isIndex(t.path)), page: transfers.filter((t) => !isIndex(t.path)) };
}

const dist = inject('distDir');

test('a first search transfers Pagefind’s script, its WebAssembly and the language’s index, and shows results', async () => {
  const [en, ru] = await measureFirstSearches(dist, ['/search/?q=observers', '/ru/search/?q=выборы']);
  for (const search of [en!, ru!]) {
    expect(search.results, search.address).toBeGreaterThan(0);
    const { index, page } = splitTransfers(search.transfers);
    const paths = index.map((t) => t.path);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths.some((p) => p.endsWith('.pagefind'))).toBe(true);
    expect(paths.some((p) => /^\/pagefind\/fragment\//.test(p))).toBe(true);
    expect(page.map((t) => t.path)).toContain(search.address.replace(/\?.*/, ''));
    // Bytes on the wire: every response carries at least its status line and headers.
    for (const t of search.transfers) expect(t.bytes, t.path).toBeGreaterThan(100);
  }
  // Each language loads its own metadata file, named after it.
  const meta = (s: typeof en) => splitTransfers(s!.transfers).index.find((t) => t.path.endsWith('.pf_meta'))?.path;
  expect(meta(en)).toMatch(/^\/pagefind\/pagefind\.en_[0-9a-f]+\.pf_meta$/);
  expect(meta(ru)).toMatch(/^\/pagefind\/pagefind\.ru_[0-9a-f]+\.pf_meta$/);
  expect(statSync(join(dist, meta(en)!)).size).toBeGreaterThan(0);
}, 120_000);
