import { expect, test } from 'vitest';
import { firstSearchLines, type FirstSearch } from '../../scripts/bench/first-search.ts';
import { formatBytes } from '../../scripts/bench/report.ts';

const search = (address: string, transfers: [string, number][]): FirstSearch => ({
  address,
  results: 10,
  transfers: transfers.map(([path, bytes]) => ({ path, bytes })),
});

test('the search index is what Pagefind serves under /pagefind/; the rest is the page', () => {
  const [, line] = firstSearchLines(
    [
      search('/search/?q=a', [
        ['/search/', 9000],
        ['/pagefind/pagefind.js', 30000],
        ['/_astro/search.js', 8000],
        ['/pagefind-like/', 5],
      ]),
    ],
    1e9,
  );
  // The index: pagefind.js alone; the page: the other three, /pagefind-like/ among them.
  expect(line).toBe(`  /search/?q=a: 10 results; search index ${formatBytes(30000)} in 1 file, page ${formatBytes(9000 + 8000 + 5)} in 3 files`);
});

test('one line per search, and the largest index share against the budget', () => {
  const lines = firstSearchLines(
    [
      search('/search/?q=election', [
        ['/search/', 10240],
        ['/pagefind/pagefind.js', 102400],
        ['/pagefind/index/en_1.pf_index', 51200],
      ]),
      search('/ru/search/?q=выборы', [
        ['/ru/search/', 10240],
        ['/pagefind/pagefind.js', 102400],
      ]),
    ],
    300 * 1024,
  );
  expect(lines).toEqual([
    'First search (cold, nginx, real Chromium):',
    '  /search/?q=election: 10 results; search index 150 KiB in 2 files, page 10.0 KiB in 1 file',
    '  /ru/search/?q=выборы: 10 results; search index 100 KiB in 1 file, page 10.0 KiB in 1 file',
    '  largest search index transfer: 150 KiB, within 300 KiB',
  ]);
  expect(firstSearchLines([search('/search/?q=a', [['/pagefind/x', 400 * 1024]])], 300 * 1024).at(-1)).toBe(
    '  largest search index transfer: 400 KiB, over 300 KiB',
  );
});
