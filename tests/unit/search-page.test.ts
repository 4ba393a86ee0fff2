import { describe, expect, test } from 'vitest';
import {
  hasFilters,
  isEmptySearch,
  normalizeQuery,
  orderValues,
  pagefindOptions,
  parseState,
  stateToQuery,
  notHeldMessage,
  statusMessage,
  valueLabel,
  withFilterValue,
} from '../../src/search/state.ts';
import { excerptParts } from '../../src/search/excerpt.ts';
import { describeResult } from '../../src/search/result.ts';
import { UNDATED } from '../../src/search/dates.ts';
import { clientText } from '../../src/views/search/client-text.ts';

const en = clientText('en');
const ru = clientText('ru');

describe('search state in the address bar', () => {
  test('parses query, filters and order', () => {
    expect(parseState('?q=vigenin&country=Kazakhstan&year=2021&sort=date')).toEqual({
      q: 'vigenin',
      filters: { country: ['Kazakhstan'], year: ['2021'] },
      sort: 'date',
    });
  });

  test('forgives hand-edited addresses', () => {
    expect(parseState('q=++Nur-Sultan+++capital+&country=&year=2019&year=2021&year=2019&utm_source=x&sort=oldest')).toEqual({
      q: 'Nur-Sultan capital',
      filters: { year: ['2021', '2019'] },
      sort: 'relevance',
    });
    expect(parseState('')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  test('serialises canonically and round-trips', () => {
    const state = parseState('sort=date&organization=OSCE+PA&q=PC.DEL%2F80%2F21%2FRev.1&type=LEOM&kind=Press+release&country=Kazakhstan&country=Bulgaria');
    const query = stateToQuery(state);
    expect(query).toBe('q=PC.DEL%2F80%2F21%2FRev.1&country=Bulgaria&country=Kazakhstan&type=LEOM&kind=Press+release&organization=OSCE+PA&sort=date');
    expect(parseState(query)).toEqual(state);
    expect(stateToQuery(parseState(''))).toBe('');
    expect(stateToQuery(parseState('country=Kazakhstan&q=x'))).toBe(stateToQuery(parseState('q=x&country=Kazakhstan')));
  });

  test('normalises the words as searched', () => {
    expect(normalizeQuery('  Jarosław \t Domański\n')).toBe('Jarosław Domański');
    expect(stateToQuery({ q: ' a   b ', filters: {}, sort: 'relevance' })).toBe('q=a+b');
  });

  test('parses URLSearchParams too', () => {
    expect(parseState(new URLSearchParams({ q: 'Domański' })).q).toBe('Domański');
  });

  test('toggles filter values without touching the original', () => {
    const a = parseState('q=x');
    const b = withFilterValue(a, 'country', 'Kazakhstan', true);
    const c = withFilterValue(b, 'country', 'Bulgaria', true);
    expect(a.filters).toEqual({});
    expect(c.filters.country).toEqual(['Bulgaria', 'Kazakhstan']);
    expect(withFilterValue(b, 'country', 'Kazakhstan', false).filters).toEqual({});
    expect(hasFilters(a)).toBe(false);
    expect(hasFilters(b)).toBe(true);
  });

  test('knows an empty search', () => {
    expect(isEmptySearch(parseState(''))).toBe(true);
    expect(isEmptySearch(parseState('sort=date'))).toBe(true);
    expect(isEmptySearch(parseState('year=2021'))).toBe(false);
    expect(isEmptySearch(parseState('q=x'))).toBe(false);
  });
});

describe('Pagefind options', () => {
  test('filters as "any of" per filter, under the index names', () => {
    const state = parseState('q=x&country=Kazakhstan&country=Bulgaria&type=LEOM&kind=Press+release');
    expect(pagefindOptions(state)).toEqual({
      filters: { country: { any: ['Bulgaria', 'Kazakhstan'] }, 'mission type': { any: ['LEOM'] }, 'statement kind': { any: ['Press release'] } },
    });
  });

  test('leaves one filter out for its own counts', () => {
    const state = parseState('q=x&country=Kazakhstan&year=2021');
    expect(pagefindOptions(state, 'country').filters).toEqual({ year: { any: ['2021'] } });
  });

  test('sorts by date when asked, and when there are no words to rank by', () => {
    expect(pagefindOptions(parseState('q=x&sort=date')).sort).toEqual({ date: 'desc' });
    expect(pagefindOptions(parseState('q=x')).sort).toBeUndefined();
    expect(pagefindOptions(parseState('country=Kazakhstan')).sort).toEqual({ date: 'desc' });
    expect(pagefindOptions(parseState('year=2021')).sort).toEqual({ date: 'desc' });
  });
});

describe('labels and messages', () => {
  test('orders years newest first, other values alphabetically', () => {
    expect(orderValues(['2005', '2021', '2019'], 'en')).toEqual(['2021', '2019', '2005']);
    expect(orderValues(['Türkiye', 'Austria', 'The Netherlands'], 'en')).toEqual(['Austria', 'The Netherlands', 'Türkiye']);
  });

  test('spells out mission types', () => {
    expect(valueLabel('type', 'LEOM', en)).toBe('Limited Election Observation Mission (LEOM)');
    expect(valueLabel('type', 'XYZ', en)).toBe('XYZ');
    expect(valueLabel('country', 'Kazakhstan', en)).toBe('Kazakhstan');
  });

  test('announces counts, filters and order', () => {
    expect(statusMessage(parseState('q=vigenin'), 4, en)).toBe('4 results for “vigenin”.');
    expect(statusMessage(parseState('q=vigenin'), 1, en)).toBe('1 result for “vigenin”.');
    expect(statusMessage(parseState('q=qqq'), 0, en)).toBe('No results for “qqq”.');
    expect(statusMessage(parseState('q=x&year=2021&kind=Press+release&sort=date'), 3, en)).toBe('3 results for “x” with 2 filters, newest first.');
    expect(statusMessage(parseState('country=Kazakhstan'), 9, en)).toBe('9 results with 1 filter, newest first.');
    expect(statusMessage(parseState('q=x&country=Kazakhstan'), 0, en)).toBe('No results for “x” with 1 filter.');
  });

  test('the Russian page says the same in Russian, with Russian plurals and order', () => {
    expect(orderValues(['Япония', 'Австрия', '2019', '2021'], 'ru')).toEqual(['2021', '2019', 'Австрия', 'Япония']);
    expect(valueLabel('type', 'LEOM', ru)).toBe('Ограниченная миссия по наблюдению за выборами (LEOM)');
    expect(statusMessage(parseState('q=казахстан'), 1, ru)).toBe('Найден 1 результат по запросу «казахстан».');
    expect(statusMessage(parseState('q=казахстан'), 3, ru)).toBe('Найдено 3 результата по запросу «казахстан».');
    expect(statusMessage(parseState('q=x&year=2021&kind=a&sort=date'), 5, ru)).toBe('Найдено 5 результатов по запросу «x» с 2 фильтрами, сначала новые.');
    expect(statusMessage(parseState('q=x&year=2021'), 21, ru)).toBe('Найден 21 результат по запросу «x» с 1 фильтром.');
    expect(statusMessage(parseState('q=x&country=Казахстан'), 0, ru)).toBe('Ничего не найдено по запросу «x» с 1 фильтром.');
    expect(notHeldMessage(['токио'], ru)).toBe('В архиве нет страниц со словом «токио».');
    expect(notHeldMessage(['токио', 'осака', 'киото'], ru)).toBe('В архиве нет страниц со словами «токио», «осака» и «киото».');
    expect(describeResult({ title: 'Казахстан', kind: 'Страна', latest: '2021-01-10' }, '/ru/c/', ru).facts).toEqual([
      'Страна',
      'последняя запись: 10 января 2021 г.',
    ]);
  });

  test('a typed query is put in as it is, never read as a slot', () => {
    expect(statusMessage(parseState('q=%7Bcount%7D'), 2, en)).toBe('2 results for “{count}”.');
  });
});

describe('excerpts', () => {
  test('splits on <mark> and decodes entities', () => {
    expect(excerptParts('Kristian <mark>Vigenin.</mark> Roles &amp; duties &lt;b&gt;')).toEqual([
      { text: 'Kristian ', mark: false },
      { text: 'Vigenin.', mark: true },
      { text: ' Roles & duties <b>', mark: false },
    ]);
  });

  test('never lets markup through: other tags are dropped, escaped tags stay text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>a <mark>b</mark><script>c</script> &lt;script&gt;');
    expect(parts.map((p) => p.text).join('')).toBe('a bc <script>');
    expect(parts.filter((p) => p.mark)).toEqual([{ text: 'b', mark: true }]);
  });

  test('joins neighbouring parts and handles numeric references', () => {
    expect(excerptParts('<mark>Nur</mark><mark>-Sultan</mark>')).toEqual([{ text: 'Nur-Sultan', mark: true }]);
    expect(excerptParts('&#39;&#x27;&quot;&nbsp;&unknown;&#0;')).toEqual([{ text: `''"\u00a0&unknown;&#0;`, mark: false }]);
  });
});

describe('describeResult', () => {
  test('a dated record shows kind, country and its date', () => {
    expect(describeResult({ title: 'EU statement', kind: 'Delegation statement', country: 'Kazakhstan', date: '2021-02-22' }, '/s/', en)).toEqual({
      title: 'EU statement',
      facts: ['Delegation statement', 'Kazakhstan', '22 February 2021'],
      datetime: '2021-02-22',
    });
  });

  test('an undated page shows its newest record, unless it has none', () => {
    expect(describeResult({ title: 'Kristian Vigenin', kind: 'Person', latest: '2021-01-10' }, '/p/', en).facts).toEqual([
      'Person',
      'newest record 10 January 2021',
    ]);
    expect(describeResult({ title: 'Quiet', kind: 'Organization', latest: UNDATED }, '/o/', en)).toEqual({ title: 'Quiet', facts: ['Organization'] });
  });

  test('falls back to the address for a page without a title', () => {
    expect(describeResult({}, '/x/', en).title).toBe('/x/');
  });
});
