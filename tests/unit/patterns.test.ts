import { expect, test } from 'vitest';
import { E164, ISO_DAY, ISO_PARTIAL_DATE, ISO_YEAR } from '../../src/format/patterns.ts';

test('ISO dates: a day, or a day, month or year, with their parts', () => {
  expect(ISO_DAY.exec('2021-01-04')?.slice(1)).toEqual(['2021', '01', '04']);
  expect(ISO_DAY.test('2021-01')).toBe(false);
  expect(ISO_DAY.test('2021-1-04')).toBe(false);
  expect(ISO_PARTIAL_DATE.exec('2005-10')?.slice(1)).toEqual(['2005', '10', undefined]);
  expect(ISO_PARTIAL_DATE.test('2005')).toBe(true);
  expect(ISO_PARTIAL_DATE.test('2005-10-04T00:00')).toBe(false);
  expect(ISO_YEAR.test('2021')).toBe(true);
  expect(ISO_YEAR.test('21')).toBe(false);
});

test('E.164: a plus, a country code and the number, no spaces', () => {
  expect(E164.test('+4560109772')).toBe(true);
  expect(E164.test('+45 60 10 97 72')).toBe(false);
  expect(E164.test('4560109772')).toBe(false);
  expect(E164.test('+0560109772')).toBe(false);
  expect(E164.test('+1234567890123456')).toBe(false);
});
