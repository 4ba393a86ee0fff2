/**
 * The two catalogues: the same keys, messages that parse, the same placeholders, the plural forms
 * each language needs, and no text left in the other language.
 */
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { translator } from '../../src/i18n/translate.ts';
import { en } from '../../src/i18n/en/index.ts';
import { ru } from '../../src/i18n/ru/index.ts';
import { mergeParts } from '../../src/i18n/parts.ts';
import { ALL_VOCABULARIES, label } from '../../src/i18n/vocabulary.ts';
import { alternates, localizedPath, splitLocale } from '../../src/i18n/locales.ts';
import { inEveryLocale, localeOfParam } from '../../src/i18n/routes.ts';
import { countryName, entryText, inLanguage } from '../../src/i18n/names.ts';
import { formatDate, formatMonth } from '../../src/format/dates.ts';
import { formatCount } from '../../src/format/counts.ts';

/** Literal text, argument names and plural selectors of a parsed message, recursively. */
function walk(elements: MessageFormatElement[], out = { text: [] as string[], args: new Set<string>(), plurals: [] as string[][] }) {
  for (const el of elements) {
    if (el.type === TYPE.literal) out.text.push(el.value);
    if (el.type !== TYPE.literal && el.type !== TYPE.pound && 'value' in el) out.args.add(String(el.value));
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (el.type === TYPE.plural) out.plurals.push(Object.keys(el.options));
      for (const option of Object.values(el.options)) walk(option.value, out);
    }
  }
  return out;
}

const keys = Object.keys(en) as (keyof typeof en)[];

// Words that are the same in Russian text: acronyms, file formats, product and code names.
const LATIN_IN_RUSSIAN = new Set([
  'ISO',
  'CSV',
  'JSON',
  'RSS',
  'BibTeX',
  'RIS',
  'CSL',
  'vCard',
  'iCalendar',
  'ics',
  'Pagefind',
  'SVG',
  'Trend',
  'CC',
  'BY',
  'E.164',
  'URL',
  'PC.DEL',
  'Rev',
  'JavaScript',
  'Schema',
  'UTF',
  'CRLF',
  'RFC',
  'Zotero',
  'Google',
  'Scholar',
  'true',
  'false',
]);

describe('the catalogues', () => {
  it('have the same keys in English and Russian', () => {
    expect(Object.keys(ru).sort()).toEqual(keys.slice().sort());
    expect(keys.length).toBeGreaterThan(20);
  });

  it('defines each key in one part only', () => {
    // Both catalogues are merged by mergeParts, so this file would not load had either a key in two parts.
    expect(() => mergeParts([{ 'site.name': 'A', 'nav.home': 'B' }, { 'site.name': 'C' }])).toThrow(
      'the message "site.name" is defined in two parts of the catalogue',
    );
    expect(mergeParts([{ a: 'A' }, { b: 'B' }])).toEqual({ a: 'A', b: 'B' });
  });

  it.each(keys)('%s parses in both languages, with the same placeholders', (key) => {
    const a = walk(parse(en[key]));
    const b = walk(parse(ru[key]));
    expect([...b.args].sort()).toEqual([...a.args].sort());
  });

  it('gives every Russian plural the forms one, few and many, and every English one one and other', () => {
    const missing: string[] = [];
    for (const key of keys) {
      for (const forms of walk(parse(ru[key])).plurals) {
        const exact = forms.every((f) => f.startsWith('='));
        if (!exact && !['one', 'few', 'many', 'other'].every((f) => forms.includes(f))) missing.push(`ru ${key}: ${forms.join(' ')}`);
      }
      for (const forms of walk(parse(en[key])).plurals) if (!['one', 'other'].every((f) => forms.includes(f))) missing.push(`en ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('leaves no English in the Russian catalogue and no Russian in the English one', () => {
    const left: string[] = [];
    for (const key of keys) {
      // Code spans (`ru.name`) are the files' own field names and values, the same in every language.
      const russian = walk(parse(ru[key]))
        .text.join(' ')
        .replace(/`[^`]*`/g, '');
      const words = russian.match(/[A-Za-z][A-Za-z.]*[A-Za-z]/g) ?? [];
      const english = words.filter((w) => !LATIN_IN_RUSSIAN.has(w));
      if (english.length) left.push(`ru ${key}: ${english.join(' ')}`);
      if (russian.trim() && !/\p{Script=Cyrillic}/u.test(russian) && !words.every((w) => LATIN_IN_RUSSIAN.has(w))) left.push(`ru ${key}: no Russian`);
      if (/\p{Script=Cyrillic}/u.test(en[key])) left.push(`en ${key}: Cyrillic`);
    }
    expect(left).toEqual([]);
  });

  it('labels every value of every vocabulary in Russian', () => {
    for (const [name, { en: english, ru: russian }] of Object.entries(ALL_VOCABULARIES)) {
      expect(Object.keys(russian).sort(), name).toEqual(Object.keys(english).sort());
      for (const text of Object.values(russian)) expect(text, name).toMatch(/\p{Script=Cyrillic}/u);
    }
    expect(label('ru', 'missionType', 'LEOM')).toBe('Ограниченная миссия по наблюдению за выборами');
    expect(label('en', 'missionType', 'LEOM')).toBe('Limited Election Observation Mission');
  });
});

describe('plurals, numbers and dates', () => {
  const t = { en: translator('en'), ru: translator('ru') };

  it('follows the Russian plural rules', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 1000].map((count) => t.ru('count.observers', { count }))).toEqual([
      '1 наблюдатель',
      '2 наблюдателя',
      '5 наблюдателей',
      '11 наблюдателей',
      '21 наблюдатель',
      '22 наблюдателя',
      '25 наблюдателей',
      '1\u00a0000 наблюдателей',
    ]);
    expect([1, 2, 1000].map((count) => t.en('count.observers', { count }))).toEqual(['1 observer', '2 observers', '1,000 observers']);
  });

  it('prints dates as each language writes them, whole or partial', () => {
    expect(formatDate('2021-01-10', 'ru')).toBe('10 января 2021 г.');
    expect(formatDate('2021-01-10', 'en')).toBe('10 January 2021');
    expect(formatDate('2005-10', 'ru')).toBe('октябрь 2005 г.');
    expect(formatDate('2005-10', 'en')).toBe('October 2005');
    expect(formatDate('2005', 'ru')).toBe('2005');
    expect(formatMonth('2021-09-04', 'en')).toBe('Sep 2021');
    expect(formatMonth('2021-09-04', 'ru')).toBe('сент. 2021 г.');
    expect(() => formatDate('2021-13-01', 'ru')).toThrow(/not a month/);
  });

  it('groups digits as each language does', () => {
    expect(formatCount(10000, 'en')).toBe('10,000');
    expect(formatCount(10000, 'ru')).toBe('10\u00a0000');
    expect(formatCount(999, 'ru')).toBe('999');
  });
});

describe('addresses in each language', () => {
  it('keeps English unprefixed and puts Russian under /ru/', () => {
    expect(localizedPath('en', '/countries/kz/')).toBe('/countries/kz/');
    expect(localizedPath('ru', '/countries/kz/')).toBe('/ru/countries/kz/');
    expect(localizedPath('ru', '/')).toBe('/ru/');
    expect(() => localizedPath('ru', 'countries/')).toThrow(/not a site path/);
  });

  it('finds the language and the path of any page, and its twins', () => {
    expect(splitLocale('/ru/countries/kz/')).toEqual({ locale: 'ru', path: '/countries/kz/' });
    expect(splitLocale('/ru')).toEqual({ locale: 'ru', path: '/' });
    expect(splitLocale('/rules/')).toEqual({ locale: 'en', path: '/rules/' });
    expect(splitLocale('/en/x/')).toEqual({ locale: 'en', path: '/en/x/' });
    expect(alternates('/ru/missions/kz/2021-parliamentary/')).toEqual([
      { locale: 'en', path: '/missions/kz/2021-parliamentary/' },
      { locale: 'ru', path: '/ru/missions/kz/2021-parliamentary/' },
    ]);
  });

  it('takes the language from the route’s locale segment, never from another parameter', async () => {
    // Astro's currentLocale reads any segment equal to a language code: the English page of
    // Russia, /countries/ru/, would come out Russian. The locale segment alone says the language.
    expect((await inEveryLocale(undefined, ['en', 'ru'])()).map((p) => p.params.locale)).toEqual([undefined, 'ru']);
    expect(localeOfParam(undefined)).toBe('en');
    expect(localeOfParam('ru')).toBe('ru');
    expect(() => localeOfParam('en')).toThrow(/not a language of the archive: "en"/);
    expect(() => localeOfParam('fr')).toThrow(/not a language/);
    const paths = await inEveryLocale(() => [{ params: { id: 'ru' }, props: { name: 'Russia' } }])();
    expect(paths).toEqual([
      { params: { id: 'ru', locale: undefined }, props: { name: 'Russia' } },
      { params: { id: 'ru', locale: 'ru' }, props: { name: 'Russia' } },
    ]);
    expect(await inEveryLocale(undefined, ['ru'])()).toEqual([{ params: { locale: 'ru' } }]);
  });
});

describe('names in each language', () => {
  it('takes country names from CLDR, unless the content gives its own', () => {
    expect(countryName('ru', { name: 'Kazakhstan', iso2: 'KZ' })).toEqual({ text: 'Казахстан', lang: 'ru' });
    expect(countryName('ru', { name: 'Kazakhstan', iso2: 'KZ', ru: { name: 'Республика Казахстан' } })).toEqual({ text: 'Республика Казахстан', lang: 'ru' });
    expect(countryName('en', { name: 'Kazakhstan', iso2: 'KZ' })).toEqual({ text: 'Kazakhstan', lang: 'en' });
  });

  it('shows the English, marked as English, where no translation exists', () => {
    expect(inLanguage('ru', 'Trend', undefined)).toEqual({ text: 'Trend', lang: 'en' });
    expect(entryText('ru', { name: 'Bruce George', ru: { name: 'Брюс Джордж' } }, 'name')).toEqual({ text: 'Брюс Джордж', lang: 'ru' });
    expect(entryText('ru', { name: 'Guido Almerigogna' }, 'name')).toEqual({ text: 'Guido Almerigogna', lang: 'en' });
    expect(entryText('en', { name: 'Bruce George', ru: { name: 'Брюс Джордж' } }, 'name')).toEqual({ text: 'Bruce George', lang: 'en' });
  });
});
