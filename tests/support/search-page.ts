/**
 * The search page in real Chromium, shared by the English and Russian search tests: a browser per
 * test file, pages whose console errors, failed requests and HTTP errors fail the test they happen
 * in, and waits for the page's own signals (the busy list, the announced status).
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';

/** Registers the browser and the problem checks for the calling test file; returns its page opener. */
export function searchBrowser(): (options?: Parameters<Browser['newContext']>[0]) => Promise<Page> {
  let browser: Browser;
  const open: BrowserContext[] = [];
  /** Console errors and warnings, page errors, failed and refused requests of the current test. */
  let problems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  });

  return async (options = {}) => {
    const context = await browser.newContext(options);
    open.push(context);
    context.on('requestfailed', (r) => {
      // Chromium asks for the favicon after the load event, so a search sent at once cancels it; the
      // next page asks again. Any other failed request is a problem.
      const cancelledFavicon = r.failure()?.errorText === 'net::ERR_ABORTED' && new URL(r.url()).pathname === '/favicon.svg';
      if (!cancelledFavicon) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
    context.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    return page;
  };
}

/** Opens a search page (`/search/`, `/ru/search/`, optionally with a query string) and waits until its UI is ready. */
export async function openSearchAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-search-ui]').waitFor({ state: 'visible' });
  await waitIdle(page);
}

/** Waits until no search is running. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') !== 'true');
}

/** Waits for the announced status to match, with no search running. */
export async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ([source, flags]) => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      const busy = document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'true';
      return !busy && new RegExp(source!, flags).test(text) ? text : false;
    },
    [pattern.source, pattern.flags],
  );
  return (await handle.jsonValue()) as string;
}

/** A query as a literal part of a pattern. */
export function literal(q: string): string {
  return q.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Paths of the results shown, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
