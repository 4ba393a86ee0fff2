/**
 * axe-core on every built page, in both languages, at desktop and at 320 px: zero violations of
 * WCAG 2.2 A/AA and axe's best practices in light mode, and of the colour rules again in dark mode.
 */
import { afterAll, beforeAll, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { axeViolations, COLOUR_RULES } from '../support/axe.ts';
import { builtPages } from '../support/site.ts';

const base = inject('archiveBaseUrl');
const pages = builtPages(inject('archiveDistDir'));
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  // bypassCSP: the site's CSP rightly forbids the injected axe script.
  context = await browser.newContext({ colorScheme: 'light', bypassCSP: true });
});
afterAll(async () => browser?.close());

// Pages the 320 px check leaves out: the 62 country pages share one template, and two stand for it.
const narrow = (p: string) => !/^(\/ru)?\/countries\/[a-z]{2}\//.test(p) || /^(\/ru)?\/countries\/kz\//.test(p);

// Each page is loaded once and checked three ways: every rule in light mode, the colour rules again
// in dark mode (the dark styles change nothing but colours), and at 320 px. Pages are checked a few
// at a time (Vitest's maxConcurrency, 5): while one page's axe runs, the next page loads.
test.concurrent.for(pages)('%s', async (path, { expect }) => {
  const page = await context.newPage();
  try {
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page), 'light mode').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, COLOUR_RULES), 'dark mode').toEqual([]);
    if (narrow(path)) {
      await page.setViewportSize({ width: 320, height: 640 });
      // Wide tables scroll inside their own wrapper; the page itself must not scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'sideways scroll at 320 px').toBeLessThanOrEqual(0);
    }
  } finally {
    await page.close();
  }
});
