/**
 * axe-core on every built page, in both languages, at desktop and at 320 px: zero violations of
 * WCAG 2.2 A/AA and axe's best practices in light mode, and of the colour rules again in dark mode.
 */
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { axeViolations, COLOUR_RULES } from '../support/axe.ts';
import { builtPages } from '../support/site.ts';

const base = inject('archiveBaseUrl');
const pages = builtPages(inject('archiveDistDir'));
let browser: Browser;
const contexts: Record<string, BrowserContext> = {};

beforeAll(async () => {
  browser = await launchChromium();
  // bypassCSP: the site's CSP rightly forbids the injected axe script.
  contexts.light = await browser.newContext({ colorScheme: 'light', bypassCSP: true });
  contexts.dark = await browser.newContext({ colorScheme: 'dark', bypassCSP: true });
  contexts.narrow = await browser.newContext({ colorScheme: 'light', bypassCSP: true, viewport: { width: 320, height: 640 } });
});
afterAll(async () => browser?.close());

// Pages are checked a few at a time (Vitest's maxConcurrency, 5): axe's run is the cost, and while
// one page's axe runs, the next page loads, so both cores stay busy. Each test has its own page.
describe.each(['light', 'dark'] as const)('%s mode', (scheme) => {
  test.concurrent.for(pages)('%s', async (path, { expect }) => {
    const page = await contexts[scheme]!.newPage();
    try {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page, scheme === 'dark' ? COLOUR_RULES : undefined)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

test.concurrent.for(pages.filter((p) => !p.startsWith('/countries/') || p === '/countries/' || p === '/countries/kz/'))(
  '%s fits a 320 px screen',
  async (path, { expect }) => {
    const page = await contexts.narrow!.newPage();
    try {
      await page.goto(`${base}${path}`);
      // Wide tables scroll inside their own wrapper; the page itself must not scroll sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  },
);
