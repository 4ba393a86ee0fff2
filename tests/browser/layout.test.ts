/**
 * Layout as a reader meets it in real Chromium: long mission pages have a working contents list,
 * print shows no root-relative paths, the search filters stay folded on a phone, and the 404 pages
 * of both editions lead somewhere.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(async () => browser?.close());

test('a mission page opens with a contents list whose every link reaches its section', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${base}/missions/kz/2021-parliamentary/`);
  const links = await page.$$eval('nav[aria-label="On this page"] a', (as) => as.map((a) => (a as HTMLAnchorElement).hash));
  expect(links).toContain('#media-contacts');
  const missing = await page.evaluate((hashes) => hashes.filter((h) => !document.getElementById(h.slice(1))), links);
  expect(missing).toEqual([]);
  // The list sits near the top, so "Media contacts" is one tap away on a phone.
  const top = await page.locator('nav[aria-label="On this page"]').evaluate((n) => n.getBoundingClientRect().top + window.scrollY);
  expect(top).toBeLessThan(800);
});

test("print shows other sites' addresses but no root-relative paths", async () => {
  await page.goto(`${base}/statements/2021-01-04-osce-pa-deploys-observers-kazakhstan/`);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$$eval('main a', (as) => as.map((a) => getComputedStyle(a, '::after').content));
  await page.emulateMedia({ media: 'screen' });
  expect(printed.some((c) => c.includes('(/'))).toBe(false);
});

test('on a phone the search filters start folded, so the first result is in view', async () => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${base}/search/?q=kazakhstan`);
  await page.locator('[data-search-results] li').first().waitFor();
  const open = await page.$$eval('details.search-filter', (ds) => ds.filter((d) => (d as HTMLDetailsElement).open).length);
  expect(open).toBe(0);
  const first = await page
    .locator('[data-search-results] li')
    .first()
    .evaluate((li) => li.getBoundingClientRect().top);
  expect(first).toBeLessThan(800);
});

test('the 404 page promises nothing it cannot keep and leads back into the archive', async () => {
  const response = await page.goto(`${base}/no-such-page/`);
  expect(response?.status()).toBe(404);
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/tell us/i);
  for (const href of ['/search/', '/countries/', '/missions/', '/statements/']) expect(await page.locator(`main a[href="${href}"]`).count()).toBe(1);
  // A way to report the broken link that works: a mail to the editors' address, with a subject.
  const report = new URL((await page.getByRole('link', { name: 'write to the editors' }).getAttribute('href'))!);
  expect(report.protocol).toBe('mailto:');
  expect(report.pathname).toBe('corrections@election-observation-archive.org');
  expect(report.searchParams.get('subject')).toMatch(/^Correction: /);
});

test('a missing address under /ru/ gets the Russian 404 page, leading back into the Russian archive', async () => {
  const response = await page.goto(`${base}/ru/no-such-page/`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await expect(page.locator('h1').innerText()).resolves.toBe('Страница не найдена');
  for (const href of ['/ru/search/', '/ru/countries/', '/ru/missions/', '/ru/statements/'])
    expect(await page.locator(`main a[href="${href}"]`).count()).toBe(1);
  expect(await page.locator('header a.site-name').getAttribute('href')).toBe('/ru/');
  const report = new URL((await page.getByRole('link', { name: 'напишите редакторам' }).getAttribute('href'))!);
  expect(report.protocol).toBe('mailto:');
  expect(report.pathname).toBe('corrections@election-observation-archive.org');
  // The language switch leads to the English page of the same kind.
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(`${base}/404.html`);
  await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
});

test('the search page does not move while Pagefind loads and answers', async () => {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const p = await context.newPage();
    await p.goto(`${base}/search/?q=vigenin`);
    await p.locator('[data-search-results] li').first().waitFor();
    await p.waitForTimeout(300);
    const shift = await p.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 100);
        }),
    );
    await context.close();
    // Lighthouse counts 0.1 and above as poor; the page stays well under it.
    expect(shift, `cumulative layout shift at ${width} px`).toBeLessThan(0.05);
  }
});

/** Tab presses from the element focused now until `done()` holds (at most `max`; Infinity if never). */
async function tabsUntil(done: () => Promise<boolean>, max = 120): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await done()) return presses;
  }
  return Infinity;
}

test('the home page map is no more than one Tab stop; its States are reached from the table after it', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/`);
  // From the top of the page to the first focusable element after the map's drawing.
  const pastMap = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const map = document.querySelector('svg.osce-map');
      return !!el && !!map && !map.contains(el) && !!(map.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
  expect(await tabsUntil(pastMap)).toBeLessThanOrEqual(20);
  expect(await page.locator('svg.osce-map a:not([tabindex="-1"])').count()).toBe(0);
  // The first stop after the drawing is the map's own table of every State, in the order of their names.
  await expect(page.evaluate(() => document.activeElement?.closest('.chart-block--osce-map') !== null)).resolves.toBe(true);
});

test('from the search box to the first result in a few Tab presses, past the filters', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/search/?q=kazakhstan`);
  // The search has answered: results listed, the status said, the list no longer busy.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-search-results] li a').length > 0 &&
      document.querySelector('[data-search-status]')!.textContent !== '' &&
      !document.querySelector('[data-search-results]')!.hasAttribute('aria-busy'),
  );
  await page.locator('#search-q').focus();
  const onSkip = () => page.evaluate(() => document.activeElement?.classList.contains('search-skip') ?? false);
  expect(await tabsUntil(onSkip, 5)).toBeLessThanOrEqual(2);
  // The skip link is a history step (popstate); it must not run the search again and replace
  // the results under the reader's focus.
  await page.evaluate(() => document.querySelector('[data-search-results] li a')!.setAttribute('data-before-skip', ''));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'search-results-heading');
  await page.waitForTimeout(500);
  await expect(page.locator('[data-search-results] li a[data-before-skip]').count()).resolves.toBe(1);
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => document.activeElement === document.querySelector('[data-search-results] li a'))).resolves.toBe(true);
});

test('the home page’s latest missions use the width of the page at 768 and 1280 px', async () => {
  for (const width of [768, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${base}/`);
    const rows = await page.$$eval('main section ul.cards', (lists) =>
      lists.map((ul) => {
        const box = ul.getBoundingClientRect();
        const cards = [...ul.children].map((li) => li.getBoundingClientRect());
        const firstRow = cards.filter((c) => Math.abs(c.top - cards[0]!.top) < 1);
        return { list: box.width, used: Math.max(...firstRow.map((c) => c.right)) - box.left };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.used / row.list, `${width} px`).toBeGreaterThan(0.95);
  }
});

test('at 320 px the country list keeps its counts on one line and inside the page', async () => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${base}/countries/`);
  const cells = await page.$$eval('main table :is(td, th).num', (all) =>
    all.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      return { text: cell.textContent!.trim(), lines, right: cell.getBoundingClientRect().right };
    }),
  );
  expect(cells.length).toBeGreaterThan(2);
  for (const c of cells) {
    expect(c.lines, c.text).toBe(1);
    expect(c.right, c.text).toBeLessThanOrEqual(320);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
