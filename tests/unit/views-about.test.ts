/** The about page's view model in both languages, over the invented open-data archive. */
import { describe, expect, test } from 'vitest';
import type { Archive } from '../../src/archive/query.ts';
import { aboutView } from '../../src/views/about/about.ts';
import { archive as fixture } from '../support/open-data-fixture.ts';

const archive = fixture as unknown as Archive;
const SITE = 'https://election-observation-archive.org/';

// The first citation formatted loads citation-js's styles, which takes seconds on a busy machine.
describe('about page', () => {
  test('English: counts, vocabularies with their English labels, and links to the English pages', async () => {
    const view = await aboutView(archive, 'en', SITE, '2025-11-28');
    expect(view.lede).toMatch(/^Election Observation Archive records international election observation in the OSCE area/);
    expect(view.holds.rows.find((r) => r.key === 'missions')).toEqual({ key: 'missions', label: 'Observation missions', value: '2' });
    expect(view.years).toMatchObject({ text: 'Elections from 2019 to 2021. Browse them by', missions: { href: '/missions/', text: 'list of missions' } });
    expect(view.sourcing.items).toHaveLength(4);
    const types = view.vocabularies.lists.find((l) => l.id === 'mission-types')!;
    expect(types.values).toContainEqual(['LEOM', 'Limited Election Observation Mission']);
    expect(view.cite.example).toMatchObject({ href: `/statements/${archive.statements[0]!.id}/#cite-this-page`, title: { lang: 'en' } });
    expect(view.report.link.href).toContain(encodeURIComponent('https://election-observation-archive.org/about/'));
    expect(view.cite.reference).toBe(`Election Observation Archive. (2025, November 28). Election Observation Archive. ${SITE}`);
  });

  test('Russian: Russian words and labels, a note on translations, links to the Russian pages', async () => {
    const view = await aboutView(archive, 'ru', SITE, '2025-11-28');
    expect(view.title).toBe('Об архиве');
    expect(view.holds.rows.map((r) => r.label)).toContain('Миссии по наблюдению');
    expect(view.years).toMatchObject({ text: 'Выборы с 2019 по 2021 год. Смотрите их', country: { href: '/ru/countries/', text: 'по странам' } });
    expect(view.sourcing.items.at(-1)).toMatch(/^Русская версия показывает те же факты/);
    const types = view.vocabularies.lists.find((l) => l.id === 'mission-types')!;
    expect(types.heading).toBe('Типы миссий');
    expect(types.values).toContainEqual(['LEOM', 'Ограниченная миссия по наблюдению за выборами']);
    expect(view.vocabularies.codebook.href).toBe('/ru/data/v1/codebook/');
    // A statement without a Russian title is shown in English, marked as English.
    expect(view.cite.example).toMatchObject({ href: `/ru/statements/${archive.statements[0]!.id}/#cite-this-page`, title: { lang: 'en' } });
    expect(view.report.link.href).toContain(encodeURIComponent('https://election-observation-archive.org/ru/about/'));
  });

  test('large counts are grouped as each language groups digits', async () => {
    const many = { ...archive, statements: Array.from({ length: 12_345 }, () => archive.statements[0]!) } as Archive;
    expect((await aboutView(many, 'en', SITE, '2025-11-28')).holds.rows.find((r) => r.key === 'statements')!.value).toBe('12,345');
    expect((await aboutView(many, 'ru', SITE, '2025-11-28')).holds.rows.find((r) => r.key === 'statements')!.value).toBe('12\u00a0345');
  });
});
