/**
 * axe-core on built pages, at desktop and at 320 px: zero violations of WCAG 2.2 A/AA and axe's best
 * practices in light mode, and of the colour rules again in dark mode. One test file per language
 * calls this, so the two halves of the site are checked on both test workers at once.
 */
import { afterAll, beforeAll, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { splitLocale, type Locale } from '../../src/i18n/locales.ts';
import { launchChromium } from './browser.ts';
import { AXE_SOURCE, axeViolations, COLOUR_RULES } from './axe.ts';
import { builtPages } from './site.ts';

// Pages the 320 px check leaves out: the 62 country pages share one template, and two stand for it.
const narrow = (p: string) => !/^(\/ru)?\/countries\/[a-z]{2}\//.test(p) || /^(\/ru)?\/countries\/kz\//.test(p);

// Playwright's default, restored after a page was looked at 320 px wide.
const DESKTOP = { width: 1280, height: 720 };

/** Declares one test per built page of the real archive in `locale`. */
export function checkAccessibility(locale: Locale): void {
  const base = inject('archiveBaseUrl');
  const pages = builtPages(inject('archiveDistDir')).filter((p) => splitLocale(p).locale === locale);
  let browser: Browser;
  let context: BrowserContext;
  // Tabs are reused from page to page: a fresh tab costs a new renderer, and axe (half a megabyte)
  // compiled again in it, about 0.6 s a page; a tab that navigates on keeps both warm (0.2 s).
  const idle: Page[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    // bypassCSP: the site's CSP rightly forbids the injected axe script. The script is given to the
    // context once and runs in every page it loads, instead of being sent over with each page.
    context = await browser.newContext({ colorScheme: 'light', bypassCSP: true, viewport: DESKTOP });
    await context.addInitScript({ content: AXE_SOURCE });
  });
  afterAll(async () => browser?.close());

  test(`the built site has ${locale} pages to check`, ({ expect }) => {
    expect(pages.length).toBeGreaterThan(0);
  });

  // Each page is loaded once and checked three ways: every rule in light mode, the colour rules again
  // in dark mode (the dark styles change nothing but colours), and at 320 px. Pages are checked a few
  // at a time (Vitest's maxConcurrency, 5), each in a tab of its own: while one page's axe runs, the next page loads.
  test.concurrent.for(pages)('%s', async (path, { expect }) => {
    const page = idle.pop() ?? (await context.newPage());
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
      // Back to light and desktop width before the next page uses this tab.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize(DESKTOP);
      idle.push(page);
    }
  });
}
