import { describe, expect, test } from 'vitest';
import { foldDiacritics, searchVariant } from '../../src/search/fold.ts';
import { countrySortDate, organizationSortDate, personSortDate, UNDATED } from '../../src/search/dates.ts';
import { filterValues } from '../../src/search/filters.ts';

describe('foldDiacritics / searchVariant', () => {
  test('folds decomposable and undecomposable letters', () => {
    expect(foldDiacritics('Jarosław Marcin Domański')).toBe('Jaroslaw Marcin Domanski');
    expect(foldDiacritics('Ingibjörg Sólrún Gísladóttir')).toBe('Ingibjorg Solrun Gisladottir');
    expect(foldDiacritics('Łódź Ørsted Đurić Straße Æbeltoft Þór')).toBe('Lodz Orsted Duric Strasse AEbeltoft Thor');
    expect(foldDiacritics('Türkiye')).toBe('Türkiye'.normalize('NFD').replace(/\p{M}/gu, ''));
  });

  test('keeps ASCII and non-Latin text as it is', () => {
    expect(foldDiacritics('PC.DEL/80/21/Rev.1')).toBe('PC.DEL/80/21/Rev.1');
    expect(foldDiacritics('Nur-Sultan')).toBe('Nur-Sultan');
    expect(foldDiacritics('Қазақстан')).toBe('Қазақстан');
  });

  test('offers a variant only where the search engine cannot fold by itself', () => {
    expect(searchVariant('Jarosław Marcin Domański')).toBe('Jaroslaw Marcin Domanski');
    expect(searchVariant('Bjørn')).toBe('Bjorn');
    // Pagefind matches these without help: a copy would only add weight.
    expect(searchVariant('Ingibjörg Sólrún Gísladóttir')).toBeUndefined();
    expect(searchVariant('Kristian Vigenin')).toBeUndefined();
    // Called twice in a row: the global regular expression must not carry state between calls.
    expect(searchVariant('Łukasz')).toBe('Lukasz');
    expect(searchVariant('Łukasz')).toBe('Lukasz');
  });
});

describe('sort dates', () => {
  /** The sort date of a country whose cited sources are dated `dates` (a gap is a source with no date). */
  const newest = (dates: readonly (string | null | undefined)[]) =>
    countrySortDate({ listedIn: 'none', chairpersonships: dates.map((_, i) => ({ source: String(i) })) }, [], [], (id) => dates[Number(id)] ?? undefined);

  test('a partial date counts as the start of its period', () => {
    expect(newest(['2021-01-04'])).toBe('2021-01-04');
    expect(newest(['2005-10'])).toBe('2005-10-01');
    expect(newest(['2005'])).toBe('2005-01-01');
    expect(() => newest(['4 January 2021'])).toThrow(RangeError);
  });

  test('the newest date skips gaps and compares full days; none at all is UNDATED', () => {
    expect(newest(['2019-05-15', undefined, '2021-01', null, '', '2020-12-08'])).toBe('2021-01-01');
    expect(newest(['2021-01-10', '2021-01'])).toBe('2021-01-10');
    expect(newest([])).toBe(UNDATED);
  });

  const statements: Record<string, string> = { s2019: '2019-05-15', s2020: '2020-12-08', s2021: '2021-01-04', s2022: '2021-02-22' };
  const statementDate = (id: string) => statements[id];
  const mission = (day: string) => ({ data: { election: { rounds: [day] } } });
  const dated = (date: string) => ({ data: { date } });

  test('a country: its missions, statements and cited sources', () => {
    expect(countrySortDate({ listedIn: 's2021' }, [], [], statementDate)).toBe('2021-01-04');
    expect(countrySortDate({ listedIn: 's2019', capital: [{ attestedIn: ['s2020'] }] }, [mission('2019-06-09')], [], statementDate)).toBe('2020-12-08');
    expect(countrySortDate({ listedIn: 's2021' }, [mission('2021-01-10')], [dated('2021-02-22')], statementDate)).toBe('2021-02-22');
    expect(countrySortDate({ listedIn: 'gone' }, [], [], statementDate)).toBe(UNDATED);
  });

  test('a person: roles, their sources and missions, contacts, statements naming them', () => {
    const missionDay = (id: string) => ({ 'kz/2021': '2021-01-10' })[id];
    expect(personSortDate({ roles: [{ source: 's2020', asOf: '2020-12-08' }] }, [], missionDay, statementDate)).toBe('2020-12-08');
    expect(personSortDate({ roles: [{ source: 's2020', mission: 'kz/2021' }] }, [], missionDay, statementDate)).toBe('2021-01-10');
    expect(personSortDate({ roles: [{ source: 's2019', to: '2022' }] }, [], missionDay, statementDate)).toBe('2022-01-01');
    expect(personSortDate({ roles: [{ source: 's2019' }], contactPoints: [{ source: 's2022' }] }, [], missionDay, statementDate)).toBe('2021-02-22');
    expect(personSortDate({ roles: [{ source: 's2019' }] }, [dated('2021-01-04')], missionDay, statementDate)).toBe('2021-01-04');
  });

  test("an organization: missions, statements issued, its people's roles in it, its source", () => {
    const person = {
      data: {
        roles: [
          { source: 's2021', organization: 'odihr' },
          { source: 's2022', organization: 'other' },
        ],
      },
    };
    expect(organizationSortDate({ id: 'odihr', data: {} }, [], [], [person], statementDate)).toBe('2021-01-04');
    expect(organizationSortDate({ id: 'odihr', data: { source: 's2022' } }, [], [], [], statementDate)).toBe('2021-02-22');
    expect(organizationSortDate({ id: 'odihr', data: {} }, [mission('2019-06-09')], [dated('2005-12-05')], [], statementDate)).toBe('2019-06-09');
    expect(organizationSortDate({ id: 'quiet', data: {} }, [], [], [], statementDate)).toBe(UNDATED);
  });

  test('UNDATED sorts before every real day', () => {
    expect([UNDATED, '2005-12-04'].sort()[0]).toBe(UNDATED);
  });
});

describe('filterValues', () => {
  test('each value once, blanks dropped, first-seen order', () => {
    expect(filterValues(['Kazakhstan', undefined, 'Bulgaria', '', false, null, ' Kazakhstan ', 'Bulgaria'])).toEqual(['Kazakhstan', 'Bulgaria']);
    expect(filterValues([])).toEqual([]);
  });
});
