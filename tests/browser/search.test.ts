/**
 * Search in real Chromium against the built site: what people paste (names with and without
 * diacritics, document numbers, place names) finds the right page, filters, order and the address
 * bar stay in step, Back works, and the page is accessible, CSP-clean and light on the network.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { literal, openSearchAt, resultPaths, searchBrowser, waitForStatus, waitIdle } from '../support/search-page.ts';
import { axeViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');

const VIGENIN = '/people/kristian-vigenin/';
const DOMANSKI = '/people/jaroslaw-marcin-domanski/';
const GISLADOTTIR = '/people/ingibjorg-solrun-gisladottir/';
const MISSION_2021 = '/missions/kz/2021-parliamentary/';
const PA_STATEMENT_2021 = '/statements/2021-01-04-osce-pa-deploys-observers-kazakhstan/';
const EU_STATEMENT = '/statements/2021-02-22-eu-statement-parliamentary-elections-kazakhstan/';
const MFA_STATEMENT_2019 = '/statements/2019-05-15-foreign-minister-meets-head-of-odihr-mission/';

const newPage = searchBrowser();

/** Opens /search/ (optionally with a query string) and waits until the search UI is ready. */
function openSearch(page: Page, query = ''): Promise<void> {
  return openSearchAt(page, `${baseUrl}/search/${query}`);
}

/** Types a query into the page's search box and waits for its results. */
async function search(page: Page, q: string): Promise<string> {
  await page.locator('#search-q').fill(q);
  return waitForStatus(page, new RegExp(`for “${literal(q)}”`));
}

function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('what people paste finds the right page', () => {
  test('vigenin: the person first, the 2021 statement and mission near the top', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'vigenin');
    const paths = await resultPaths(page);
    expect(paths[0]).toBe(VIGENIN);
    expect(paths.slice(0, 5)).toEqual(expect.arrayContaining([VIGENIN, PA_STATEMENT_2021, MISSION_2021]));
    // The result shows what it is and when, and the excerpt marks the word found.
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('.search-result__facts').textContent()).resolves.toMatch(/Person · Bulgaria · newest record/);
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(/vigenin/i);
  });

  test('a document number finds its statement first', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'PC.DEL/80/21/Rev.1');
    expect((await resultPaths(page))[0]).toBe(EU_STATEMENT);
  });

  test('names with or without diacritics', async () => {
    const page = await newPage();
    await openSearch(page);
    for (const [q, path] of [
      ['Domański', DOMANSKI],
      ['Domanski', DOMANSKI],
      ['Jaroslaw Domanski', DOMANSKI],
      ['Jarosław', DOMANSKI],
      ['Gísladóttir', GISLADOTTIR],
      ['Gisladottir', GISLADOTTIR],
    ] as const) {
      await search(page, q);
      expect((await resultPaths(page))[0], q).toBe(path);
    }
  });

  test('a place name with a hyphen: Nur-Sultan', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'Nur-Sultan');
    const paths = await resultPaths(page);
    // "Nur-Sultan" and "Nursultan" are one word to the index, so President Nazarbayev may come first.
    expect(paths.slice(0, 5)).toEqual(expect.arrayContaining(['/countries/kz/', MFA_STATEMENT_2019]));
    const marked = await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent));
    expect(marked).toContain('Nur-Sultan');
  });

  test('a word the archive does not hold finds nothing, instead of a shorter word it does', async () => {
    const page = await newPage();
    await openSearch(page);
    for (const q of ['Tokyo', 'Toka', 'Tokayev']) {
      await page.locator('#search-q').fill(q);
      const status = await waitForStatus(page, new RegExp(`holds no page with the word “${q.toLowerCase()}”`));
      expect(status, q).toBe(`The archive holds no page with the word “${q.toLowerCase()}”.`);
      expect(await resultPaths(page), q).toEqual([]);
      expect(await page.locator('[data-search-results] mark').count(), q).toBe(0);
    }
  });

  test('a country by its name: its page first, above the statements and organizations whose titles hold it', async () => {
    const page = await newPage();
    await openSearch(page);
    for (const q of ['Kazakhstan', 'kazakhstan']) {
      await search(page, q);
      const paths = await resultPaths(page);
      expect(paths[0], q).toBe('/countries/kz/');
      expect(paths.length, q).toBeGreaterThan(5);
    }
  });

  test('a country by its Russian and German names', async () => {
    const page = await newPage();
    await openSearch(page);
    for (const q of ['Казахстан', 'Kasachstan']) {
      await search(page, q);
      expect((await resultPaths(page))[0], q).toBe('/countries/kz/');
    }
  });

  test('the page script is inside <body>, nothing after </html>', async () => {
    for (const path of ['/search/', '/ru/search/']) {
      const html = await (await fetch(`${baseUrl}${path}`)).text();
      expect(html.trimEnd().endsWith('</html>'), path).toBe(true);
      expect(html.slice(html.indexOf('<body'), html.indexOf('</body>')), path).toMatch(/<script type="module"/);
    }
  });

  test('at 320 px every filter heading stays on one line', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    await openSearch(page, '?q=election');
    await waitForStatus(page, /for “election”/);
    const heights = await page.$$eval('.search-filter summary', (all) =>
      all.filter((s) => !(s.parentElement as HTMLElement).hidden).map((s) => [s.textContent, s.getClientRects().length, s.getBoundingClientRect().height]),
    );
    expect(heights.length).toBeGreaterThan(0);
    const lineHeight = Math.min(...heights.map(([, , h]) => h as number));
    for (const [label, , h] of heights) expect(h, String(label)).toBeLessThan(lineHeight * 1.5);
  });

  test('a misspelling is answered with the closest word the archive holds, one click from its results', async () => {
    const page = await newPage();
    await openSearch(page);
    for (const [q, near, first] of [
      ['Kazakstan', 'kazakhstan', '/countries/kz/'],
      ['Vigenen', 'vigenin', VIGENIN],
    ] as const) {
      await page.locator('#search-q').fill(q);
      const status = await waitForStatus(page, /Did you mean/);
      // Whether Pagefind found nothing or only a shorter word, the page names the word the reader meant.
      expect(status, q).toMatch(new RegExp(`“${q}”\\. Did you mean “${near}”\\?$`, 'i'));
      await page.locator('[data-search-suggest] a').click();
      await waitForStatus(page, new RegExp(`for “${near}”`));
      expect((await resultPaths(page))[0], q).toBe(first);
      expect(searchParams(page).get('q')).toBe(near);
    }
  });

  test('a country by its capital: Astana finds Kazakhstan first', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'Astana');
    expect((await resultPaths(page))[0]).toBe('/countries/kz/');
  });

  test('a generic query lists pages that hold something, not the countries the archive holds nothing for', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'observers 2021');
    const paths = (await resultPaths(page)).slice(0, 10);
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.filter((p) => p.startsWith('/countries/') && p !== '/countries/kz/')).toEqual([]);
  });

  test('one search box on the search page', async () => {
    const page = await newPage();
    await openSearch(page);
    expect(await page.locator('input[type="search"]').count()).toBe(1);
  });

  test('no results: said clearly, and announced', async () => {
    const page = await newPage();
    await openSearch(page);
    const status = await search(page, 'qqxqzzy');
    expect(status).toBe('No results for “qqxqzzy”.');
    expect(await resultPaths(page)).toEqual([]);
    await expect(page.locator('[data-search-empty]').isVisible()).resolves.toBe(true);
    // Nothing to sort or narrow: the panel is gone, and comes back with the next results.
    await expect(page.locator('[data-search-refine]').isVisible()).resolves.toBe(false);
    await search(page, 'vigenin');
    await expect(page.locator('[data-search-refine]').isVisible()).resolves.toBe(true);
    const live = page.locator('[data-search-status]');
    await expect(live.getAttribute('role')).resolves.toBe('status');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
  });
});

describe('filters, order and the address bar', () => {
  test('a filter narrows the results and shows in the URL', async () => {
    const page = await newPage();
    await openSearch(page);
    const all = await search(page, 'kazakhstan');
    const total = Number(/^(\d+) results/.exec(all)![1]);
    await page.getByRole('checkbox', { name: /^Press release \(\d+\)$/ }).check();
    const narrowed = await waitForStatus(page, /for “kazakhstan” with 1 filter/);
    const count = Number(/^(\d+) results?/.exec(narrowed)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    expect(searchParams(page).getAll('kind')).toEqual(['Press release']);
    expect(searchParams(page).get('q')).toBe('kazakhstan');
    const facts = await page.$$eval('.search-result__facts', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(facts).toHaveLength(count);
    for (const f of facts) expect(f).toMatch(/^Press release · /);

    // A second filter narrows further; its own group's counts stay those of the search without it.
    await page.getByRole('checkbox', { name: /^2021 \(\d+\)$/ }).check();
    await waitForStatus(page, /with 2 filters/);
    expect(searchParams(page).getAll('year')).toEqual(['2021']);
    for (const f of await page.$$eval('.search-result__facts', (ps) => ps.map((p) => p.textContent ?? ''))) expect(f).toMatch(/2021$/);
  });

  test('a URL with query, filters and order restores the whole search', async () => {
    const page = await newPage();
    await openSearch(page, '?q=kazakhstan&country=Kazakhstan&type=LEOM&year=2021&sort=date');
    await waitForStatus(page, /for “kazakhstan” with 3 filters/);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('kazakhstan');
    await expect(page.locator('#search-sort').inputValue()).resolves.toBe('date');
    await expect(page.getByRole('checkbox', { name: /^Kazakhstan \(\d+\)$/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /\(LEOM\) \(\d+\)$/ }).isChecked()).resolves.toBe(true);
    expect(await resultPaths(page)).toEqual([MISSION_2021]);
  });

  test('Back and Forward return to the previous queries', async () => {
    const page = await newPage();
    await openSearch(page, '?q=vigenin');
    await waitForStatus(page, /for “vigenin”/);
    await search(page, 'Domanski');
    await page.locator('#search-q').press('Enter');
    await page.getByRole('checkbox', { name: /^ODIHR \(\d+\)$/ }).check();
    await waitForStatus(page, /for “Domanski” with 1 filter/);

    await page.goBack();
    await waitForStatus(page, /^\d+ results? for “Domanski”\.$/);
    await expect(page.getByRole('checkbox', { name: /^ODIHR \(\d+\)$/ }).isChecked()).resolves.toBe(false);
    await page.goBack();
    await waitForStatus(page, /for “vigenin”/);
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('vigenin');
    expect((await resultPaths(page))[0]).toBe(VIGENIN);
    await page.goForward();
    await waitForStatus(page, /^\d+ results? for “Domanski”\.$/);
    expect((await resultPaths(page))[0]).toBe(DOMANSKI);
  });

  test('typing replaces the history entry until the reader settles, then starts a new one', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'vig');
    await search(page, 'vigenin');
    await page.locator('#search-q').press('Enter');
    await search(page, 'gacek');
    await page.goBack();
    await waitForStatus(page, /for “vigenin”/);
    expect(searchParams(page).get('q')).toBe('vigenin');
    expect(await page.evaluate(() => history.length)).toBe(3); // about:blank, vigenin, gacek
  });

  test('sorting by date lists the newest first', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'kazakhstan');
    await page.locator('#search-sort').selectOption('date');
    await waitForStatus(page, /newest first\.$/);
    expect(searchParams(page).get('sort')).toBe('date');
    // Load every result, then read each one's date.
    while (await page.locator('[data-search-more]').isVisible()) {
      const shown = (await resultPaths(page)).length;
      await page.locator('[data-search-more]').click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, shown);
      await waitIdle(page);
    }
    const dates = await page.$$eval('[data-search-results] li', (items) => items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.every(Boolean)).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('the header form on any page leads to /search/?q=… with results', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}${EU_STATEMENT}`);
    await page.locator('#site-search-q').fill('vigenin');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=vigenin$/);
    await waitForStatus(page, /for “vigenin”/);
    expect((await resultPaths(page))[0]).toBe(VIGENIN);
  });
});

describe('keyboard, screen readers and no JavaScript', () => {
  test('filters and "show more" work from the keyboard', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'kazakhstan');
    // Tab from the search box to the first filter checkbox and tick it with Space.
    await page.locator('#search-q').focus();
    let onCheckbox = false;
    for (let i = 0; i < 10 && !onCheckbox; i++) {
      await page.keyboard.press('Tab');
      onCheckbox = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    }
    expect(onCheckbox).toBe(true);
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await waitForStatus(page, /with 1 filter/);
    expect([...searchParams(page).values()]).toContain(value);
    // Focus stays on the checkbox that was ticked.
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).resolves.toBe(true);

    await page.locator('[data-search-clear]').press('Enter');
    await waitForStatus(page, /^\d+ results for “kazakhstan”\.$/);
    const before = (await resultPaths(page)).length;
    await page.locator('[data-search-more]').press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] li').length > n, before);
    const focused = await page.evaluate(
      () =>
        document.activeElement?.closest('li')?.previousElementSibling &&
        [...document.querySelectorAll('[data-search-results] li')].indexOf(document.activeElement!.closest('li')!),
    );
    expect(focused).toBe(before);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation (${colorScheme})`, async () => {
      const page = await newPage({ colorScheme });
      for (const query of ['?q=kazakhstan&year=2021', '?q=qqxqzzy&country=Kazakhstan', '']) {
        await openSearch(page, query);
        if (query) await waitForStatus(page, /\S/);
        const violations = await axeViolations(page);
        expect(violations, query || '(empty search)').toEqual([]);
      }
    });
  }

  test('without JavaScript the page says how to browse instead', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/search/?q=vigenin`);
    await expect(page.locator('[data-search-fallback]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-search-ui]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-search-fallback]').textContent()).resolves.toMatch(/needs JavaScript/);
  });
});

describe('cost and safety', () => {
  test('pages other than /search/ load no JavaScript and nothing of Pagefind', async () => {
    const page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    for (const path of ['/', '/countries/kz/', MISSION_2021, EU_STATEMENT, VIGENIN, '/organizations/odihr/', '/missions/']) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    }
    expect(scripts).toEqual([]);
  });

  test('search works under a strict Content-Security-Policy', async () => {
    const page = await newPage();
    const csp = [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
    await page.route(`${baseUrl}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    await openSearch(page);
    await search(page, 'vigenin');
    expect((await resultPaths(page))[0]).toBe(VIGENIN);
  });

  test('bytes transferred per query', async () => {
    const page = await newPage();
    await openSearch(page);
    await page.waitForLoadState('networkidle');
    const context = page.context();
    const measure = async (q: string) => {
      const requests: Request[] = [];
      const onRequest = (r: Request) => requests.push(r);
      context.on('request', onRequest);
      await search(page, q);
      await page.waitForLoadState('networkidle');
      context.off('request', onRequest);
      const sizes = await Promise.all(
        requests.map(async (r) => {
          const s = await r.sizes();
          return s.responseBodySize + s.responseHeadersSize;
        }),
      );
      return { bytes: sizes.reduce((a, b) => a + b, 0), requests: requests.length };
    };
    const first = await measure('vigenin');
    const followUp = await measure('observers');
    console.log(`search bytes per query: first ${first.bytes} B in ${first.requests} requests; follow-up ${followUp.bytes} B in ${followUp.requests} requests`);
    expect(first.requests).toBeGreaterThan(0);
    expect(first.bytes).toBeLessThan(200_000);
    expect(followUp.bytes).toBeLessThan(200_000);
  });
});
