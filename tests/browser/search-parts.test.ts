/**
 * The search index in parts (src/search/indexer.ts, src/search/parts.ts), as a large archive gets
 * it: the built fixture site re-indexed with parts of a few dozen pages, served by nginx, searched in
 * real Chromium. The page merges its language's further parts, so a page in the last part is found
 * and a query finds the pages the single index finds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { isIndexable, pageLanguage, SearchIndexer } from '../../src/search/indexer.ts';
import { builtPage } from '../../src/search/pagefind-integration.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { literal, openSearchAt, resultPaths, searchBrowser, waitForStatus, waitIdle } from '../support/search-page.ts';
import { builtPages } from '../support/site.ts';

const dist = inject('distDir');
const baseUrl = inject('baseUrl');
const PART_PAGES = 40;

let parted: string;
let server: RunningNginx;
/** The English pages in the order they were indexed; the last sits in the last part. */
let englishPages: string[];

beforeAll(async () => {
  parted = mkdtempSync(join(tmpdir(), 'search-parts-'));
  cpSync(dist, parted, { recursive: true });
  rmSync(join(parted, 'pagefind'), { recursive: true, force: true });
  const indexer = await SearchIndexer.start({ outputPath: join(parted, 'pagefind'), partPages: PART_PAGES });
  const urls = builtPages(parted)
    .filter((url) => url.endsWith('/'))
    .sort();
  englishPages = [];
  for (const url of urls) {
    const html = readFileSync(builtPage(parted, url), 'utf8');
    if (!isIndexable('text/html', html)) continue;
    if (pageLanguage(html) === 'en') englishPages.push(url);
    await indexer.add(url, html);
  }
  await indexer.write(async (url) => readFileSync(builtPage(parted, url), 'utf8'));
  server = await startNginx(parted);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  rmSync(parted, { recursive: true, force: true });
});

const newPage = searchBrowser();

async function searchAt(page: Page, base: string, path: string, q: string): Promise<{ status: string; paths: string[] }> {
  await openSearchAt(page, `${base}${path}`);
  await page.locator('#search-q').fill(q);
  const status = await waitForStatus(page, new RegExp(`(“|«)${literal(q)}(”|»)`));
  // Every result, not the first ten.
  while (await page.locator('[data-search-more]').isVisible()) {
    const shown = (await resultPaths(page)).length;
    await page.locator('[data-search-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, shown);
    await waitIdle(page);
  }
  return { status, paths: await resultPaths(page) };
}

test('the fixture archive is indexed in several parts per language', () => {
  const entry = JSON.parse(readFileSync(join(parted, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  expect(entry.parts.en.length).toBe(Math.ceil(englishPages.length / PART_PAGES) - 1);
  expect(entry.parts.ru.length).toBeGreaterThan(1);
});

test('a page in the last part is found by its own title', async () => {
  const last = englishPages.at(-1)!;
  const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(builtPage(parted, last), 'utf8'))?.[1]?.trim();
  expect(title).toBeTruthy();
  const page = await newPage();
  const { paths } = await searchAt(page, server.baseUrl, '/search/', title!);
  expect(paths).toContain(last);
});

test.each([
  ['/search/', 'observers'],
  ['/search/', 'kazakhstan'],
  ['/ru/search/', 'наблюдатели'],
])('%s finds in parts every page one index finds for “%s”', async (path, q) => {
  const page = await newPage();
  const single = await searchAt(page, baseUrl, path, q);
  const inParts = await searchAt(page, server.baseUrl, path, q);
  // The order may differ, as each part ranks its own pages; and a part may match a page by a longer
  // word it lists when it lacks the exact one, as Pagefind completes a word it does not hold.
  expect(single.paths.length).toBeGreaterThan(1);
  expect(inParts.paths).toEqual(expect.arrayContaining(single.paths));
  console.log(
    q,
    single.paths.length,
    inParts.paths.length,
    inParts.paths.filter((p) => !single.paths.includes(p)),
  );
});
