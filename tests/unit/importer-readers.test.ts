/** The importer's readers of dates, numbers, datelines, contacts and mission facts, one behaviour each. */
import { describe, expect, test } from 'vitest';
import { findCountries } from '../../src/importer/countries.ts';
import { findDates, nearestDay } from '../../src/importer/dates.ts';
import { numbersIn } from '../../src/importer/numbers.ts';
import { readDateline, splitArticle } from '../../src/importer/layout.ts';
import { parseBlockContact } from '../../src/importer/contacts.ts';
import { electionDays, electionMentions, missionType, observingOrganizations } from '../../src/importer/mission-facts.ts';
import { milestones } from '../../src/importer/milestones.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { draftOrganization } from '../../src/importer/organizations.ts';
import { looksLikePerson, findPeople } from '../../src/importer/people.ts';

describe('findDates (chrono-node)', () => {
  test('keeps only the parts a date prints', () => {
    expect(findDates('COPENHAGEN, 27 September 2013 –')[0]).toMatchObject({ date: '2013-09-27' });
    const noYear = findDates('YEREVAN, MARCH 9, ARMENPRESS.')[0]!;
    expect(noYear).toMatchObject({ month: 3, day: 9 });
    expect(noYear.year).toBeUndefined();
    expect(noYear.date).toBeUndefined();
  });

  test('a weekday or a time of day is no date', () => {
    expect(findDates('On Wednesday, the minister')[0]).toMatchObject({ weekdayOnly: true });
    expect(findDates('Updated 14:35')[0]).toMatchObject({ timeOnly: true });
    expect(findDates('met candidates today at 11:00')[0]).toMatchObject({ timeOnly: true });
  });

  test('reads Russian dates and numeric stamps', () => {
    expect(findDates('ВАРШАВА, 21 сентября 2020 года –')[0]).toMatchObject({ date: '2020-09-21' });
    expect(findDates('12:10 25.10.2014')[0]).toMatchObject({ date: '2014-10-25' });
  });

  test('a year printed once belongs to both days of "21 April and 5 May 2019"', () => {
    expect(findDates('held on 21 April and 5 May 2019.').map((d) => d.date)).toEqual(['2019-04-21', '2019-05-05']);
  });

  test('a day without a year is placed in the year nearest the statement', () => {
    expect(nearestDay(1, 10, '2020-12-08')).toBe('2021-01-10');
    expect(nearestDay(10, 26, '2014-10-27')).toBe('2014-10-26');
  });
});

describe('numbersIn (compromise)', () => {
  test('reads numbers in words and in figures, with their place', () => {
    expect(numbersIn('seven parliamentarians and 1,200 observers').map((n) => [n.value, n.text])).toEqual([
      [7, 'seven'],
      [1200, '1,200'],
    ]);
  });

  test('reads Russian number words, declined', () => {
    expect(numbersIn('входят двенадцать экспертов и 30 наблюдателей').map((n) => n.value)).toEqual([12, 30]);
  });
});

describe('countries (i18n-iso-countries)', () => {
  test('long forms, former names and Russian cases', () => {
    expect(findCountries('the Republic of Azerbaijan')).toEqual(['az']);
    expect(findCountries('the former Yugoslav Republic of Macedonia')).toEqual(['mk']);
    expect(findCountries('выборы в Грузии и в Российской Федерации')).toEqual(['ge', 'ru']);
  });
});

describe('readDateline', () => {
  test.each([
    ['COPENHAGEN, 27 September 2013 – The OSCE', { place: 'COPENHAGEN', press: true, rest: 'The OSCE' }],
    ['YEREVAN, MARCH 9, ARMENPRESS. The OSCE', { place: 'YEREVAN', agency: 'ARMENPRESS', press: false }],
    ['BISHKEK, Jan. 5, 2021 (AKIpress) - A delegation', { place: 'BISHKEK', agency: 'AKIpress' }],
    ['МОСКВА, 5 сентября. /ТАСС/. Парламентская ассамблея', { place: 'МОСКВА', agency: 'ТАСС' }],
    ['KYIV. Some 950 observers', { place: 'KYIV', rest: 'Some 950 observers' }],
  ])('%s', (paragraph, expected) => {
    expect(readDateline(paragraph)).toMatchObject(expected);
  });

  test('a sentence in capitals that is no dateline is not one', () => {
    expect(readDateline('OSCE PA will deploy observers.')).toBeUndefined();
  });
});

describe('splitArticle', () => {
  test('finds headline, stamp, byline, credits and contacts wherever they stand', () => {
    const parts = splitArticle(
      '12:10 27.10.2014\nA headline\nBy Olena Marchuk, Ukrinform\n\nKYIV. Text.\n\nTranslator/editor: Anahit Grigoryan\nFor more information:\nA B, +45 60 10 80 30',
    );
    expect(parts).toMatchObject({
      title: 'A headline',
      place: 'KYIV',
      printedDate: { date: '2014-10-27' },
      bylines: [
        { name: 'Olena Marchuk', role: 'author', outlet: 'Ukrinform' },
        { name: 'Anahit Grigoryan', role: 'translator' },
      ],
      paragraphs: ['KYIV. Text.'],
      contactLines: ['A B, +45 60 10 80 30'],
    });
  });
});

describe('parseBlockContact (libphonenumber-js)', () => {
  const isOrganization = (name: string) => name === 'ODIHR';

  test('every phone of a contact, in E.164', () => {
    expect(parseBlockContact('Tove Lindqvist, Press Officer, +45 60 10 80 30, +45 33 37 80 40, tove@oscepa.dk', isOrganization).contact).toMatchObject({
      name: 'Tove Lindqvist',
      title: 'Press Officer',
      phones: ['+4560108030', '+4533378040'],
      phone: '+4560108030',
      email: 'tove@oscepa.dk',
    });
  });

  test('an address the site hid is no address, and a number without country code is reported', () => {
    const hidden = parseBlockContact('Marta Kowal, ODIHR: +48 603 683 122, [email protected]', isOrganization);
    expect(hidden.contact).toMatchObject({ organizationName: 'ODIHR', phone: '+48603683122' });
    expect(hidden.contact?.email).toBeUndefined();
    expect(hidden.unplaced).toEqual(['email of Marta Kowal: the source site hid the address ("[email protected]"); it is not an address']);
    expect(parseBlockContact('Erion Daci, Assistant, (04) 223 456', isOrganization).unplaced).toContain(
      'phone of Erion Daci: "(04) 223 456" has no country code, or too few or too many digits',
    );
  });
});

describe('people are people only (compromise)', () => {
  test.each(['Volodymyrska Street', 'Main Navigation', 'Public Health', 'Heydar Aliyev Avenue', 'Foreign Affairs Committee'])('%s is not a person', (name) => {
    expect(looksLikePerson(name)).toBe(false);
  });

  test.each(['Corien Jonker', 'O. Murphy', 'Bogdan Torcătoriu', 'Jarosław Marcin Domański'])('%s is a person', (name) => {
    expect(looksLikePerson(name)).toBe(true);
  });

  test('two spellings of a name are two people here: the importer offers a match, never merges', () => {
    expect(findPeople(['Corien Jonker spoke. Corein Jonker added more.', 'Orla Murphy arrived. O. Murphy said so.']).map((p) => p.name)).toEqual([
      'Corien Jonker',
      'Corein Jonker',
      'Orla Murphy',
      'O. Murphy',
    ]);
  });
});

describe('mission facts', () => {
  test.each([
    ['ODIHR opened a limited election observation mission', 'LEOM'],
    ['an ODIHR needs assessment mission visited', 'NAM'],
    ['a joint undertaking of ODIHR and the OSCE PA', 'IEOM'],
    ['the ODIHR election assessment mission', 'EAM'],
    ['ODIHR deployed an election observation mission', 'EOM'],
    ['БДИПЧ открыло миссию по наблюдению за выборами', 'EOM'],
    ['the OSCE PA will deploy observers', undefined],
  ])('%s → %s', (text, type) => {
    expect(missionType(text)).toBe(type);
  });

  test('the election, its country and its days; a past election is not the one observed', () => {
    const [m] = electionMentions('Since the last parliamentary elections, much changed. The 2 April 2023 parliamentary elections in Finland follow.');
    expect(m).toMatchObject({ kind: 'parliamentary', country: 'fi' });
    expect(electionDays(m!, '2023-02-10')).toEqual({ rounds: ['2023-04-02'] });
    const [two] = electionMentions(
      'for the presidential election in Romania, with the first round on 2 March 2025 and a possible second round on 16 March 2025',
    );
    expect(electionDays(two!, '2025-01-30').rounds).toEqual(['2025-03-02', '2025-03-16']);
    expect(electionMentions('парламентскими выборами 31 октября 2020 года в Грузии')[0]).toMatchObject({ kind: 'parliamentary', country: 'ge' });
  });

  test('a parliamentary assembly observes only in a text about its delegation, its parliamentarians or a joint mission', () => {
    const orgs = (text: string) => observingOrganizations(findOrganizations(text), text);
    expect(orgs('She ran for the European Parliament and led ODIHR missions.')).toEqual(['odihr']);
    expect(orgs('The OSCE PA delegation will join the ODIHR mission.')).toEqual(['odihr', 'osce-pa']);
    expect(orgs('A joint undertaking of ODIHR, PACE and the European Parliament.')).toEqual(['odihr', 'pace', 'european-parliament']);
  });

  const figures = (text: string) => observerFigures(text, (s) => findOrganizations(s));

  test('status as worded, approximate, States of origin', () => {
    // Requesting observers is planning them; arriving ones are expected.
    expect(figures('ODIHR will request 280 short-term observers.').figures).toEqual([
      { category: 'short-term', count: 280, status: 'planned', organization: 'odihr' },
    ]);
    expect(figures('ODIHR also plans to request 280 short-term observers, to arrive several days before election day.').figures).toEqual([
      { category: 'short-term', count: 280, status: 'planned', organization: 'odihr' },
    ]);
    expect(figures('Another 28 long-term observers are expected to arrive next week.').figures).toEqual([
      { category: 'long-term', count: 28, status: 'expected' },
    ]);
    expect(figures('13 observers have arrived, and another 24 long-term observers will join them.').figures).toEqual([
      { category: 'total', count: 13, status: 'deployed' },
      { category: 'long-term', count: 24, status: 'expected' },
    ]);
    expect(figures('Около 40 наблюдателей из 19 стран прибудут в Ереван.').figures).toEqual([
      { category: 'total', count: 40, status: 'expected', approximate: true, fromStates: 19 },
    ]);
    expect(figures('The mission comprises more than 380 observers.').figures).toEqual([
      { category: 'total', count: 380, status: 'deployed', approximate: true },
    ]);
    expect(figures('The OSCE PA will deploy some 90 parliamentarians from 25 countries.').figures).toEqual([
      { category: 'parliamentarians', count: 90, status: 'planned', approximate: true, fromStates: 25, organization: 'osce-pa' },
    ]);
    expect(figures('The mission consists of a core team of 11 experts and 18 long-term observers, who will be deployed from 15 March.').figures).toEqual([
      { category: 'core-team', count: 11, status: 'deployed' },
      { category: 'long-term', count: 18, status: 'planned' },
    ]);
  });

  test('a total its parts do not add up to is kept as printed and flagged', () => {
    const { figures: found, flags } = figures(
      'It deployed a total of 500 observers, including 320 short-term observers, 150 parliamentarians and 40 long-term observers.',
    );
    expect(found.map((f) => f.count)).toEqual([500, 320, 150, 40]);
    expect(flags).toEqual(['observers: as printed: the parts (320 + 150 + 40 = 510) do not add up to 500; kept as printed, not corrected']);
  });

  test('milestones: opening today, LTOs from a day, the preliminary statement the day after, the final report without a date', () => {
    const text =
      'ODIHR today opened a mission. 18 long-term observers will be deployed from 15 March. The day after the elections, a statement of preliminary findings will be presented at a press conference. A final report will be published about two months after the end of the electoral process.';
    expect(milestones(text, { statementDate: '2024-03-03', electionDay: '2024-04-14', election: true, type: 'LEOM' })).toEqual([
      { kind: 'opening', status: 'actual', date: '2024-03-03' },
      { kind: 'lto-deployment', status: 'planned', date: '2024-03-15' },
      { kind: 'election-day', status: 'planned', date: '2024-04-14' },
      { kind: 'preliminary-statement', status: 'planned', date: '2024-04-15' },
      { kind: 'final-report', status: 'planned', note: 'Announced for about two months after the end of the electoral process.' },
    ]);
  });
});

describe('draftOrganization', () => {
  test('national bodies follow the archive pattern; others are slugs; a name without Latin letters gets no id', () => {
    expect(draftOrganization('the Ministry of Foreign Affairs of Ukraine')).toEqual({
      id: 'ua-mfa',
      name: 'Ministry of Foreign Affairs of Ukraine',
      kind: 'government',
      country: 'ua',
    });
    expect(draftOrganization('Central Electoral Commission of Moldova')).toMatchObject({ id: 'md-cec', kind: 'election-administration' });
    expect(draftOrganization('ARMENPRESS', 'media')).toEqual({ id: 'armenpress', name: 'ARMENPRESS', kind: 'media' });
    expect(draftOrganization('ИТАР')).toBeUndefined();
  });
});
