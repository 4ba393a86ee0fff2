/** The home page's view model in both languages, over the invented open-data archive. */
import { describe, expect, test } from 'vitest';
import type { Archive } from '../../src/archive/query.ts';
import { homeView } from '../../src/views/home/home.ts';
import { archive as fixture } from '../support/open-data-fixture.ts';

const archive = fixture as unknown as Archive;

describe('home page', () => {
  test('English: the archive in one sentence, links and the newest lists', () => {
    const view = homeView(archive, 'en');
    expect(view.title).toBe('Home');
    expect(view.lede).toBe(
      'What international observers found, where and when: 2 observation missions in 2 countries, 3 statements, 1 person and 2 organizations, covering the 4 OSCE participating States.',
    );
    expect(view.links).toEqual([
      { href: '/contacts/', text: 'Media contacts' },
      { href: '/search/', text: 'Search everything' },
      { href: '/countries/', text: 'Browse by country' },
    ]);
    expect(view.statements.all).toEqual({ href: '/statements/', text: 'All 3 statements, newest first' });
    expect(view.missions.all).toEqual({ href: '/missions/', text: 'All 2 missions, newest first' });
    expect(view.missions.years.map((y) => [y.year, y.missions.length, y.cut])).toEqual([
      [2021, 1, undefined],
      [2019, 1, undefined],
    ]);
  });

  test('Russian: Russian plurals and links to the Russian pages', () => {
    const view = homeView(archive, 'ru');
    expect(view.title).toBe('Главная');
    expect(view.lede).toBe(
      'Что, где и когда обнаружили международные наблюдатели: 2 миссии по наблюдению в 2 странах, 3 заявления, 1 человек и 2 организации; охвачены все 4 государства — участника ОБСЕ.',
    );
    expect(view.links.map((l) => l.href)).toEqual(['/ru/contacts/', '/ru/search/', '/ru/countries/']);
    expect(view.statements.all).toEqual({ href: '/ru/statements/', text: 'Все заявления (3), сначала новые' });
    expect(view.missions.all.href).toBe('/ru/missions/');
  });

  test('the description says what the archive holds, never that it holds every mission there was', () => {
    expect(homeView(archive, 'en').description).toBe(
      'An archive of international election observation missions, countries and statements: searchable, charted and citable.',
    );
    expect(homeView(archive, 'ru').description).toBe(
      'Архив международных миссий по наблюдению за выборами, стран и заявлений: с поиском, графиками и ссылками для цитирования.',
    );
    for (const locale of ['en', 'ru'] as const) expect(homeView(archive, locale).description).not.toMatch(/\bevery\b|^Все /i);
  });

  test('a year cut short says how many it shows', () => {
    const many = { ...archive, missions: Array.from({ length: 14 }, () => archive.missions[0]!) } as Archive;
    expect(homeView(many, 'en').missions.years[0]!.cut).toBe('The latest 12 of 14 missions in 2021.');
    expect(homeView(many, 'ru').missions.years[0]!.cut).toBe('2021: показаны последние 12 из 14.');
  });
});
