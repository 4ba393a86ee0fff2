import { describe, expect, test } from 'vitest';
import { electionPhrases, nearestYear, proposeMissions } from '../../src/importer/missions.ts';

describe('nearestYear', () => {
  test('a year in a date beats a nearer bare year', () => {
    const s = 'No new parties since 2013; the parliamentary elections of 10 January 2021';
    expect(nearestYear(s, s.indexOf('parliamentary'), s.indexOf(' of'))).toBe(2021);
  });

  test('reads "January 10, 2021, parliamentary elections" and "the 2021 parliamentary elections"', () => {
    expect(nearestYear('for January 10, 2021, parliamentary elections', 22)).toBe(2021);
    const s = 'the 2021 parliamentary elections were freer than in 2016';
    expect(nearestYear(s, 9, 32)).toBe(2021);
  });

  test('among bare years, the nearest', () => {
    const s = 'in 2019 a vote; the presidential election in 2020';
    expect(nearestYear(s, s.indexOf('presidential'), s.length - 8)).toBe(2020);
  });

  test('no year, or digits that are no year', () => {
    expect(nearestYear('COVID-19 and 12345 observers', 0)).toBeUndefined();
  });
});

describe('electionPhrases', () => {
  test('"<kind> election(s) in <country>"', () => {
    expect(electionPhrases('to observe the parliamentary elections in Kazakhstan this Sunday')).toEqual([
      { country: 'kz', kind: 'parliamentary', phrase: 'parliamentary elections in Kazakhstan', at: 15, end: 52 },
    ]);
  });

  test('"<adjective> <kind> election", early elections and referendums', () => {
    expect(electionPhrases('on the Kazakh early presidential election and the referendum in the Republic of Moldova').map((f) => [f.country, f.kind])).toEqual([
      ['kz', 'early-presidential'],
      ['md', 'referendum'],
    ]);
  });

  test('a past election, or a country that is not right after "in", proposes nothing', () => {
    expect(electionPhrases('since the last parliamentary elections in Kazakhstan')).toEqual([]);
    expect(electionPhrases('the previous Kazakh presidential election')).toEqual([]);
    expect(electionPhrases('parliamentary elections in the capital of Kazakhstan')).toEqual([]);
    expect(electionPhrases('elections in Kazakhstan')).toEqual([]);
  });
});

describe('proposeMissions', () => {
  test('a year printed anywhere for the same country and kind wins over the statement year', () => {
    const text = 'For the 10 January parliamentary elections in Kazakhstan\nThe parliamentary elections in Kazakhstan on 10 January 2021.';
    expect(proposeMissions(text, 2020)).toEqual({
      missions: [{ id: 'kz/2021-parliamentary', phrase: 'parliamentary elections in Kazakhstan', yearFrom: 'text' }],
      unplaced: [],
    });
  });

  test('without a printed year, the statement year is used and said so', () => {
    expect(proposeMissions('the parliamentary elections in Kazakhstan', 2021).missions).toEqual([
      { id: 'kz/2021-parliamentary', phrase: 'parliamentary elections in Kazakhstan', yearFrom: 'statement' },
    ]);
  });

  test('without any year, the phrase is reported', () => {
    expect(proposeMissions('the Kazakh presidential election, on 9 June this year.\nThe Kazakh presidential election', undefined)).toEqual({
      missions: [],
      unplaced: ['mission: "Kazakh presidential election" gives no year and the statement has no date'],
    });
  });

  test('two elections in one text give two ids, in order', () => {
    expect(
      proposeMissions(
        'the presidential election in Georgia on 28 October 2018 and the parliamentary elections in Armenia on 9 December 2018',
        2018,
      ).missions.map((m) => m.id),
    ).toEqual(['ge/2018-presidential', 'am/2018-parliamentary']);
  });
});
