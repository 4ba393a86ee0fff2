/**
 * What a reader's first search costs on the wire: the search page opened cold with a query
 * (`/search/?q=…`) in real Chromium, served by nginx as published, until its results are shown.
 * Every response is counted as transferred (headers and body as sent, compressed where nginx
 * compresses), split into the search index (`/pagefind/`: Pagefind's script, its WebAssembly, the
 * language's metadata, filters, the word chunks and the fragments of the results shown) and the
 * page itself. The index's share is what grows with the archive; issue 29 holds it to 300 KB at
 * 30,000 statements.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import { startNginx } from '../../tests/support/nginx.ts';
import { formatBytes } from './report.ts';

/** One response as it crossed the wire. */
interface Transfer {
  path: string;
  bytes: number;
}

export interface FirstSearch {
  /** The address opened, e.g. `/ru/search/?q=выборы`. */
  address: string;
  results: number;
  transfers: Transfer[];
}

/** The most a first search may transfer of the index at 30,000 statements (issue 29). */
export const FIRST_SEARCH_BUDGET = 300 * 1024;

/** The queries a first search is measured with: a common word in each language the archive publishes. */
const FIRST_SEARCHES: readonly string[] = ['/search/?q=election', '/search/?q=observers', '/ru/search/?q=выборы'];

/** The index's share of a first search (`/pagefind/` files) and the rest. */
function splitTransfers(transfers: readonly Transfer[]): { index: Transfer[]; page: Transfer[] } {
  const index = transfers.filter((t) => t.path.startsWith('/pagefind/'));
  return { index, page: transfers.filter((t) => !t.path.startsWith('/pagefind/')) };
}

const sum = (transfers: readonly Transfer[]) => transfers.reduce((n, t) => n + t.bytes, 0);
const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;

/** One line per search, then the largest index share, which is the figure held to a budget. */
export function firstSearchLines(searches: readonly FirstSearch[], budgetBytes: number): string[] {
  const lines = searches.map((s) => {
    const { index, page } = splitTransfers(s.transfers);
    return (
      `  ${s.address}: ${s.results} results; search index ${formatBytes(sum(index))} in ${files(index.length)}, ` +
      `page ${formatBytes(sum(page))} in ${files(page.length)}`
    );
  });
  const largest = Math.max(0, ...searches.map((s) => sum(splitTransfers(s.transfers).index)));
  const within = largest <= budgetBytes ? 'within' : 'over';
  return [
    `First search (cold, nginx, real Chromium):`,
    ...lines,
    `  largest search index transfer: ${formatBytes(largest)}, ${within} ${formatBytes(budgetBytes)}`,
  ];
}

/** Opens each address cold (a new browser context) and records what crossed the wire until results show. */
export async function measureFirstSearches(distDir: string, addresses: readonly string[] = FIRST_SEARCHES): Promise<FirstSearch[]> {
  const server = await startNginx(distDir);
  const browser = await launchChromium();
  try {
    const searches: FirstSearch[] = [];
    for (const address of addresses) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<Transfer>[] = [];
      page.on('requestfinished', (request) => {
        pending.push(request.sizes().then((s) => ({ path: decodeURI(new URL(request.url()).pathname), bytes: s.responseHeadersSize + s.responseBodySize })));
      });
      await page.goto(`${server.baseUrl}${encodeURI(address)}`);
      const results = await resultsShown(page);
      searches.push({ address, results, transfers: await Promise.all(pending) });
      await context.close();
    }
    return searches;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Waits until the page has answered its query (no search running, status announced); the results shown. */
async function resultsShown(page: Page): Promise<number> {
  await page.locator('[data-search-ui]').waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => {
      const list = document.querySelector('[data-search-results]');
      return list?.getAttribute('aria-busy') !== 'true' && (document.querySelector('[data-search-status]')?.textContent ?? '').trim() !== '';
    },
    undefined,
    { timeout: 120_000 },
  );
  return page.locator('[data-search-results] > li').count();
}
