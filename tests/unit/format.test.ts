import { expect, test } from 'vitest';
import { formatDate, formatMonth } from '../../src/format/dates.ts';
import { buildDate } from '../../src/format/build-date.ts';
import { entryId } from '../../src/archive/ids.ts';
import { rolesOverTime } from '../../src/people/roles.ts';
import type { PersonData } from '../../src/schemas/index.ts';

test('formatDate prints what a partial date knows, and no more', () => {
  expect(formatDate('2021-01-04', 'en')).toBe('4 January 2021');
  expect(formatDate('2005-10', 'en')).toBe('October 2005');
  expect(formatDate('2005', 'en')).toBe('2005');
  expect(() => formatDate('2005-13', 'en')).toThrow('not a month: 2005-13');
  // Russian: a month alone is nominative, and genitive after «с»: «С октября 2005 г.», never «С октябрь».
  expect(formatDate('2005-10', 'ru')).toBe('октябрь 2005 г.');
  expect(formatDate('2005-10', 'ru', 'genitive')).toBe('октября 2005\u202fг.');
  expect(formatDate('2021-01-04', 'ru', 'genitive')).toBe('4 января 2021 г.');
  expect(formatDate('2005-10', 'en', 'genitive')).toBe('October 2005');
  expect(formatMonth('2020-12-08', 'en')).toBe('Dec 2020');
});

test('buildDate follows SOURCE_DATE_EPOCH so rebuilds are reproducible', () => {
  expect(buildDate({ SOURCE_DATE_EPOCH: '1610236800' })).toBe('2021-01-10');
  expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('entry ids are file paths without extension; statements drop their year folder', () => {
  expect(entryId('missions', 'kz/2021-parliamentary.mdx')).toBe('kz/2021-parliamentary');
  expect(entryId('statements', '2021/2021-01-04-x.mdx')).toBe('2021-01-04-x');
  expect(entryId('people', 'guido-almerigogna.yaml')).toBe('guido-almerigogna');
  expect(entryId('countries', 'kz.md')).toBe('kz');
});

test('rolesOverTime: current roles first, newest first, undated in file order', () => {
  const roles = [
    { title: 'Former minister', former: true, source: 's' },
    { title: 'Vice-President', source: 's' },
    { title: 'Special Co-ordinator', asOf: '2021-01-04', source: 's' },
    { title: 'Deputy Head', source: 's' },
  ] as PersonData['roles'];
  expect(rolesOverTime(roles).map((r) => r.title)).toEqual(['Special Co-ordinator', 'Vice-President', 'Deputy Head', 'Former minister']);
});
