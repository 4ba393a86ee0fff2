/**
 * Layouts hold longer text: every page of the pseudo-locale (English 40% longer, src/i18n/pseudo.ts)
 * in real Chromium on a 320 px phone, where the longest words meet the least room. Nothing may push
 * the page wider than the screen; wide tables scroll inside their own box.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PSEUDO_LOCALE } from '../../src/i18n/locales.ts';
import { launchChromium } from '../support/browser.ts';
import { builtPages } from '../support/site.ts';

const base = inject('pseudoBaseUrl');
const pages = builtPages(inject('pseudoDistDir')).filter((p) => p.startsWith(`/${PSEUDO_LOCALE}/`));
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 320, height: 800 } });
});
afterAll(async () => browser?.close());

test('every page in the pseudo-locale fits a 320 px screen', async () => {
  expect(pages.length).toBeGreaterThan(100);
  const wide: string[] = [];
  for (const path of pages) {
    await page.goto(`${base}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) {
      // Name what sticks out, so the failure says where to look.
      const culprit = await page.evaluate(() => {
        const out = [...document.querySelectorAll('main *, header *, footer *')].find(
          (el) => el.getBoundingClientRect().right > 321 && el.children.length === 0,
        );
        return out ? `${out.tagName.toLowerCase()}.${out.className}: ${(out.textContent ?? '').slice(0, 40)}` : '';
      });
      wide.push(`${path} ${width} px (${culprit})`);
    }
  }
  expect(wide).toEqual([]);
});
