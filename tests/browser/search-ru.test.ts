/**
 * The Russian search page in real Chromium: it searches the Russian index (Pagefind picks the index
 * of the page's `<html lang>`), finds Kazakhstan, organizations, missions and people by their Russian names, speaks
 * Russian in its status, filters and result facts, and links only to Russian pages.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { literal, openSearchAt, resultPaths, searchBrowser, waitForStatus } from '../support/search-page.ts';
import { axeViolations } from '../support/axe.ts';

const baseUrl = inject('baseUrl');
const KZ = '/ru/countries/kz/';

const newPage = searchBrowser();

function openSearch(page: Page, query = ''): Promise<void> {
  return openSearchAt(page, `${baseUrl}/ru/search/${query}`);
}

/** Types a query into the page's search box and waits for the Russian status that names it. */
async function search(page: Page, q: string): Promise<string> {
  await page.locator('#search-q').fill(q);
  return waitForStatus(page, new RegExp(`по запросу «${literal(q)}»|со словом «${literal(q.toLowerCase())}»`));
}

describe('Russian search', () => {
  test('finds Kazakhstan first by its Russian name in the nominative, genitive and prepositional, among Russian pages only', async () => {
    const page = await newPage();
    await openSearch(page);
    // Snowball's Russian stemmer reads "Казахстан" and "Казахстана" as "казахста" but "Казахстане"
    // as "казахстан": the country page carries the name's case forms (src/search/names.ts), in a
    // field the search weighs above titles, so every form finds it, first, above the statements and
    // organizations whose titles hold the name.
    for (const q of ['Казахстан', 'казахстан', 'Казахстана', 'Казахстане', 'в Казахстане']) {
      const status = await search(page, q);
      expect(status, q).toMatch(new RegExp(`^Найден[о]? \\d+ результат(а|ов)? по запросу «${q}»\\.$`));
      const paths = await resultPaths(page);
      expect(paths[0], q).toBe(KZ);
      // The statements that use the form are found too, after it.
      expect(paths.length, q).toBeGreaterThan(1);
      for (const path of paths) expect(path, q).toMatch(/^\/ru\//);
    }
    // The result says what it is and when in Russian.
    const kz = page.locator('[data-search-results] li', { has: page.locator(`a[href$="${KZ}"]`) });
    expect(await kz.locator('.search-result__facts').textContent()).toMatch(/^Страна · .*последняя запись: \d{1,2} [а-я]+ \d{4} г\.$/);
  });

  test('finds organizations, missions and people by their Russian names', async () => {
    const page = await newPage();
    await openSearch(page);
    for (const [q, path] of [
      ['Бюро по демократическим институтам', '/ru/organizations/odihr/'],
      ['Парламентская ассамблея', '/ru/organizations/osce-pa/'],
      ['президентские выборы 2019', '/ru/missions/kz/2019-presidential/'],
      ['Вигенин', '/ru/people/kristian-vigenin/'],
    ] as const) {
      await search(page, q);
      expect((await resultPaths(page))[0], q).toBe(path);
    }
    // An acronym finds the pages that use it.
    await search(page, 'БДИПЧ');
    expect((await resultPaths(page)).slice(0, 5)).toContain('/ru/statements/2020-12-08-odihr-opens-limited-election-observation-mission-kazakhstan/');
  });

  test('filters are labelled in Russian and narrow by Russian values', async () => {
    const page = await newPage();
    await openSearch(page);
    await search(page, 'Казахстан');
    const summaries = await page.$$eval('.search-filter summary', (s) => s.map((e) => e.firstChild?.textContent ?? ''));
    expect(summaries).toContain('Страна');
    expect(
      summaries.every((s) => /^[А-ЯЁ][а-яё ]+$/.test(s)),
      summaries.join(', '),
    ).toBe(true);
    await page.getByRole('checkbox', { name: /^Казахстан \(\d+\)$/ }).check();
    const narrowed = await waitForStatus(page, /с 1 фильтром/);
    expect(narrowed).toMatch(/^Найден[о]? \d+ результат(а|ов)? по запросу «Казахстан» с 1 фильтром\.$/);
    expect(new URL(page.url()).pathname).toBe('/ru/search/');
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['Казахстан']);
  });

  test('a word the archive does not hold is named in Russian, not answered with a shorter word it does', async () => {
    const page = await newPage();
    await openSearch(page);
    // Pagefind would answer "выборщики" with pages holding "выборы"; the page says plainly there are none.
    await page.locator('#search-q').fill('выборщики');
    expect(await waitForStatus(page, /со словом/)).toBe('В архиве нет страниц со словом «выборщики».');
    expect(await resultPaths(page)).toEqual([]);
    // Pagefind may find nothing at all or only a shorter word: either way the page says the archive has none.
    expect(await search(page, 'Токио')).toMatch(/^(Ничего не найдено по запросу «Токио»|В архиве нет страниц со словом «токио»)\.$/);
    expect(await resultPaths(page)).toEqual([]);
  });

  test('a misspelt name is answered with the word the archive holds', async () => {
    const page = await newPage();
    await openSearch(page);
    await page.locator('#search-q').fill('Казакстан');
    expect(await waitForStatus(page, /Возможно/)).toMatch(/Возможно, вы искали «казахстан[а-я]*»\?$/);
  });

  test('the header form of a Russian page leads to the Russian search', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}${KZ}`);
    await page.locator('#site-search-q').fill('Казахстан');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/ru\/search\/\?q=/);
    await waitForStatus(page, /по запросу «Казахстан»/);
    expect((await resultPaths(page))[0]).toBe(KZ);
  });

  test('axe finds no WCAG 2.2 AA violation', async () => {
    const page = await newPage();
    for (const query of ['?q=Казахстан&country=Казахстан', '?q=Токио', '']) {
      await openSearch(page, query);
      if (query) await waitForStatus(page, /\S/);
      const violations = await axeViolations(page);
      expect(violations, query || '(empty search)').toEqual([]);
    }
  });
});
