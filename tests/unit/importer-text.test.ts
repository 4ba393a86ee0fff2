import { describe, expect, test } from 'vitest';
import { isoDay, monthNumber, parseDayMonthYear } from '../../src/importer/dates.ts';
import { asciiSlug, capitalise, collapseSpace, headlineSlug, sentences, titleCasePlace } from '../../src/importer/text.ts';

describe('asciiSlug', () => {
  test.each([
    ['Jarosław Marcin Domański', 'jaroslaw-marcin-domanski'],
    ['Ingibjörg Sólrún Gísladóttir', 'ingibjorg-solrun-gisladottir'],
    ['Urszula Józefa Gacek', 'urszula-jozefa-gacek'],
    ['Đorđe Øster Æbelø', 'dorde-oster-aebelo'],
    ['Straße', 'strasse'],
    ["O'Brien", 'obrien'],
    ['PC.DEL/80/21/Rev.1', 'pc-del-80-21-rev-1'],
    ['  --Nur-Sultan--  ', 'nur-sultan'],
    ['', ''],
  ])('%j → %j', (input, slug) => {
    expect(asciiSlug(input)).toBe(slug);
  });
});

describe('headlineSlug', () => {
  test('drops stop words but keeps them inside compounds', () => {
    expect(headlineSlug('Chairman-in-Office says Kazakhstan election points to need to open up political life')).toBe(
      'chairman-in-office-says-kazakhstan-election-points-need-open',
    );
  });

  test('cuts on a word boundary at the limit', () => {
    expect(headlineSlug('Alpha beta gamma delta', 16)).toBe('alpha-beta-gamma');
    expect(headlineSlug('Alpha beta gamma delta', 15)).toBe('alpha-beta');
  });

  test('a single word longer than the limit is cut rather than lost', () => {
    expect(headlineSlug('Supercalifragilistic', 5)).toBe('super');
  });

  test('a headline of stop words only gives an empty slug', () => {
    expect(headlineSlug('The of and')).toBe('');
  });
});

describe('titleCasePlace', () => {
  test.each([
    ['COPENHAGEN', 'Copenhagen'],
    ['NUR-SULTAN', 'Nur-Sultan'],
    ['NEW YORK', 'New York'],
    ['Nur-Sultan', 'Nur-Sultan'],
    ['  LJUBLJANA ', 'Ljubljana'],
    ['The Hague', 'The Hague'],
  ])('%j → %j', (input, place) => {
    expect(titleCasePlace(input)).toBe(place);
  });
});

describe('sentences', () => {
  test('splits at a full stop followed by a capital, across line breaks', () => {
    expect(sentences('One is here.\nTwo is\nthere! “Three” too? yes')).toEqual(['One is here.', 'Two is there!', '“Three” too? yes']);
  });

  test('a footnote marked with an asterisk is a sentence of its own', () => {
    expect(sentences('They align themselves with this statement. * Albania is a candidate.')).toEqual([
      'They align themselves with this statement.',
      '* Albania is a candidate.',
    ]);
  });

  test('keeps decimals and document numbers whole', () => {
    expect(sentences('See PC.DEL/80/21/Rev.1 and 3.5 per cent. Next.')).toEqual(['See PC.DEL/80/21/Rev.1 and 3.5 per cent.', 'Next.']);
  });

  test('gives nothing for blank text', () => {
    expect(sentences('  \n ')).toEqual([]);
  });
});

test('collapseSpace joins the broken lines of a PDF extract', () => {
  expect(collapseSpace(' a \n\n b\tc ')).toBe('a b c');
});

test('capitalise upper-cases only the first letter', () => {
  expect(capitalise('head of the ODIHR mission')).toBe('Head of the ODIHR mission');
  expect(capitalise('')).toBe('');
});

describe('monthNumber', () => {
  test.each([
    ['January', 1],
    ['may', 5],
    ['Dec.', 12],
    ['Sept', 9],
    ['sep', 9],
    ['Jun', 6],
  ])('%j → %j', (word, month) => {
    expect(monthNumber(word)).toBe(month);
  });

  test.each(['Ma', 'Decem', 'Smarch', ''])('%j is no month', (word) => {
    expect(monthNumber(word)).toBeUndefined();
  });
});

describe('isoDay', () => {
  test('pads a real day', () => {
    expect(isoDay(2021, 1, 4)).toBe('2021-01-04');
  });

  test('refuses a day the calendar does not have', () => {
    expect(isoDay(2021, 2, 29)).toBeUndefined();
    expect(isoDay(2020, 13, 1)).toBeUndefined();
  });

  test('accepts 29 February of a leap year', () => {
    expect(isoDay(2020, 2, 29)).toBe('2020-02-29');
  });
});

describe('parseDayMonthYear', () => {
  test('reads "4 January 2021"', () => {
    expect(parseDayMonthYear('4 January 2021')).toBe('2021-01-04');
    expect(parseDayMonthYear(' 22 February 2021 ')).toBe('2021-02-22');
  });

  test('does not guess a year that is not printed', () => {
    expect(parseDayMonthYear('15 May')).toBeUndefined();
  });

  test('refuses impossible or foreign forms', () => {
    expect(parseDayMonthYear('31 April 2021')).toBeUndefined();
    expect(parseDayMonthYear('4 Janvier 2021')).toBeUndefined();
    expect(parseDayMonthYear('January 4, 2021')).toBeUndefined();
  });
});
