/** The countries index and a country's full lists, in English (wording pinned) and Russian. */
import { describe, expect, it } from 'vitest';
import { countryIndexView } from '../../src/views/countries/index.ts';
import { countryMissionsView, countryStatementsView } from '../../src/views/countries/lists.ts';
import { listPages } from '../../src/lists/paging.ts';
import { countryView } from '../../src/views/countries/country.ts';
import { translator } from '../../src/i18n/translate.ts';
import { archive, SITE } from '../support/entity-views-fixture.ts';
import { viewsArchive } from '../support/views-fixture.ts';

const arcadia = archive.country.get('xa')!;
const carpania = archive.country.get('xc')!;
const missionsOf = (id: string) => listPages(archive.missionsByCountry.get(id) ?? [], 100)[0]!;
const statementsOf = (id: string) => listPages(archive.statementsByCountry.get(id) ?? [])[0]!;

describe('countries index', () => {
  it('lists every State with its status and counts, in English', () => {
    const view = countryIndexView(archive, 'en');
    expect(view.title).toBe('Countries');
    expect(view.lede).toBe('The 4 OSCE participating States, with the number of observed elections the archive holds for each.');
    expect(view.caption).toBe('Countries and observed elections');
    expect(view.columns.map((c) => [c.text, c.class])).toEqual([
      ['Country', undefined],
      ['Status', undefined],
      ['Missions', 'num'],
      ['Statements', 'num'],
    ]);
    expect(view.rows[0]).toEqual({
      id: 'xa',
      href: '/countries/xa/',
      name: { text: 'Arcadia', lang: 'en' },
      status: 'OSCE participating State',
      missions: 1,
      statements: 4,
    });
    expect(view.partners).toEqual({
      heading: 'Partners for Co-operation',
      intro: 'The OSCE also works with two groups of partner States; the archive lists them as groups:',
      groups: [{ href: '/organizations/partners/', name: { text: 'Invented Partners for Co-operation', lang: 'en' } }],
    });
  });

  it('names States in Russian, links Russian pages and keeps an untranslated group name English', () => {
    const view = countryIndexView(archive, 'ru');
    expect(view.title).toBe('Страны');
    expect(view.lede).toBe('Государства — участники ОБСЕ (4) и число выборов с наблюдением, которые архив содержит по каждому из них.');
    // Arcadia carries ISO code KZ: its Russian name comes from the CLDR table.
    expect(view.rows[0]).toMatchObject({ href: '/ru/countries/xa/', name: { text: 'Казахстан', lang: 'ru' }, status: 'Государство — участник ОБСЕ' });
    expect(view.partners?.groups).toEqual([{ href: '/ru/organizations/partners/', name: { text: 'Invented Partners for Co-operation', lang: 'en' } }]);
  });

  it('has no partners section when the archive holds no partner group', () => {
    const bare = { ...archive, organizations: archive.organizations.filter((o) => o.data.kind !== 'osce-partnership') };
    expect(countryIndexView(bare, 'en').partners).toBeUndefined();
  });
});

describe('a country’s observed elections', () => {
  it('pins the English wording', () => {
    const view = countryMissionsView(arcadia, missionsOf('xa'), 'en');
    expect(view).toMatchObject({
      title: 'Observed elections in Arcadia',
      crumb: 'Observed elections',
      trail: [
        { href: '/countries/', label: 'Countries' },
        { href: '/countries/xa/', label: 'Arcadia' },
      ],
      description: 'Election observation missions in Arcadia, newest election first.',
      lede: '1 observation mission in Arcadia, newest election first.',
      base: '/countries/xa/missions/',
      label: 'observed elections in Arcadia',
      caption: 'Observed elections in Arcadia, newest first',
      page: 1,
      pages: 1,
    });
    expect(view.missions.map((m) => m.id)).toEqual(['xa/2021-parliamentary']);
  });

  it('speaks Russian, with Russian plurals, under /ru/', () => {
    const view = countryMissionsView(arcadia, missionsOf('xa'), 'ru');
    expect(view).toMatchObject({
      title: 'Выборы под наблюдением: Казахстан',
      crumb: 'Выборы под наблюдением',
      trail: [
        { href: '/ru/countries/', label: 'Страны' },
        { href: '/ru/countries/xa/', label: 'Казахстан' },
      ],
      lede: '1 миссия по наблюдению: Казахстан. Сначала самые недавние выборы.',
      // PagedList puts the list's own address under the page's prefix.
      base: '/countries/xa/missions/',
    });
    const lede = (total: number) => countryMissionsView(arcadia, { items: [], page: 1, pages: 1, total }, 'ru').lede.split(':')[0];
    expect([2, 5, 21, 1000].map(lede)).toEqual([
      '2 миссии по наблюдению',
      '5 миссий по наблюдению',
      '21 миссия по наблюдению',
      '1\u00a0000 миссий по наблюдению',
    ]);
  });
});

describe('a country’s statements', () => {
  it('pins the English wording, and the empty list’s', () => {
    const view = countryStatementsView(arcadia, statementsOf('xa'), archive, 'en');
    expect(view).toMatchObject({
      title: 'Statements on Arcadia',
      crumb: 'Statements',
      description: 'Statements about elections in Arcadia, newest first.',
      lede: '4 statements on Arcadia, newest first.',
      base: '/countries/xa/statements/',
      label: 'statements on Arcadia',
      bySpeakers: undefined,
    });
    expect(countryStatementsView(carpania, statementsOf('xc'), archive, 'en').lede).toBe('The archive holds no statements on Carpania.');
  });

  it('lists apart, on the first page only, what speakers from the country said about others', () => {
    const first = countryStatementsView(carpania, statementsOf('xc'), archive, 'en');
    expect(first.bySpeakers?.heading).toBe('By speakers from Carpania, about other countries');
    expect(first.bySpeakers?.statements.map((s) => s.href)).toEqual(['/statements/s-2021-01-04-speaker/']);
    expect(countryStatementsView(carpania, { items: [], page: 2, pages: 2, total: 60 }, archive, 'en').bySpeakers).toBeUndefined();
    // Carpania carries ISO code US.
    expect(countryStatementsView(carpania, statementsOf('xc'), archive, 'ru').bySpeakers?.heading).toBe(
      'Заявления о других странах, сделанные выступающими из страны США',
    );
  });

  it('speaks Russian', () => {
    const view = countryStatementsView(arcadia, statementsOf('xa'), archive, 'ru');
    expect(view).toMatchObject({ title: 'Заявления: Казахстан', crumb: 'Заявления', lede: '4 заявления: Казахстан. Сначала самые новые.' });
    expect(countryStatementsView(carpania, statementsOf('xc'), archive, 'ru').lede).toBe('В архиве нет заявлений о стране США.');
  });
});

describe('a country page in the search index', () => {
  it('is found by its capital as well as its name (Arcadia carries ISO code KZ: Astana)', () => {
    expect(countryView(arcadia, archive, 'en', SITE).aliases.split(' · ')).toEqual(expect.arrayContaining(['Казахстан', 'Astana']));
    expect(countryView(arcadia, archive, 'ru', SITE).aliases.split(' · ')).toContain('Astana');
    expect(countryView(arcadia, archive, 'en', SITE).searchNames).toBe('Arcadia');
  });
});

describe('a country the archive holds nothing for', () => {
  it('is marked so, for the page to be indexed by its names alone', () => {
    expect(countryView(arcadia, archive, 'en', SITE).holdsNothing).toBe(false);
    const empty = archive.countries.find((c) => !archive.missionsByCountry.get(c.id)?.length && !archive.statementsByCountry.get(c.id)?.length);
    expect(empty, 'the fixture has a country with nothing').toBeDefined();
    expect(countryView(empty!, archive, 'en', SITE).holdsNothing).toBe(true);
  });
});

describe('Russian agreement after a number', () => {
  it('«1 заявление …, сделанное», «2 заявления …, сделанных»', () => {
    const t = translator('ru');
    expect(t('country.bySpeakers', { count: 1, country: 'Казахстан' })).toBe('1 заявление о других странах, сделанное выступающими из страны Казахстан');
    expect(t('country.bySpeakers', { count: 2, country: 'Казахстан' })).toBe('2 заявления о других странах, сделанных выступающими из страны Казахстан');
    expect(t('country.bySpeakers', { count: 5, country: 'Казахстан' })).toBe('5 заявлений о других странах, сделанных выступающими из страны Казахстан');
  });
});

describe('the findings matrix of a country page', () => {
  const withFindings = viewsArchive();
  const xa = withFindings.country.get('xa')!;
  // The findings table's last column names each finding's assessor.
  const findings = (locale: 'en' | 'ru') => countryView(xa, withFindings, locale, SITE).charts!.findings.tables[0]!;
  const assessors = (locale: 'en' | 'ru') => findings(locale).rows.map((row) => row.cells[3]!.text);

  it("names each finding's assessor by its short name in the page's language", () => {
    expect(assessors('en')).toEqual(['OIO']);
    expect(assessors('ru')).toEqual(['БВН']);
  });

  it("its table's row links the mission and cites the finding's statement", () => {
    const [row] = findings('en').rows;
    expect(row!.head).toEqual({ text: 'Parliamentary, 10 January 2021', href: '/missions/xa/2021-parliamentary/' });
    expect(row!.cells.map((c) => c.text)).toEqual(['Media', '~ mixed', 'Coverage was uneven.', 'OIO']);
    expect(row!.sources).toEqual([{ href: '/statements/s-2021-01-12-findings/', title: expect.objectContaining({}), date: '12 January 2021' }]);
  });
});
