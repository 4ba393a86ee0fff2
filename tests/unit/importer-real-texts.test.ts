/**
 * The rules the importer follows on real texts, one behaviour each: page furniture, the dates a page
 * prints, who issued a text and what kind it is, names in Cyrillic, the election, figures and stages as
 * real texts word them, and the scoring of a corpus.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { inventions, readCorpus, scoreCorpus } from '../../src/importer/corpus.ts';
import { findDates } from '../../src/importer/dates.ts';
import { captureStamp, joinWrapped, withoutFurniture } from '../../src/importer/furniture.ts';
import { isPressWire, isReported, outletOfPage, outletOfUrl, relayedOrganization, reportKindOf, siteOrganization } from '../../src/importer/issuer.ts';
import { coverDateline, headerDate, readDateline, splitArticle } from '../../src/importer/layout.ts';
import { electionDayAnywhere, electionMentions, missionType } from '../../src/importer/mission-facts.ts';
import { milestones, weekdayDate } from '../../src/importer/milestones.ts';
import { organizationOfWebsite } from '../../src/importer/organizations.ts';
import { findCyrillicPeople, nominativeName } from '../../src/importer/people-ru.ts';
import { findPeople } from '../../src/importer/people.ts';
import { importText } from '../../src/importer/result.ts';

describe('page furniture', () => {
  test('a menu, chrome lines and the list of other articles after the text are dropped', () => {
    const lines = [
      '- Home',
      '- About us',
      '-',
      'Our work',
      '- Elections',
      '- News',
      'Share',
      'Headline',
      'The text itself is long enough to be a paragraph of prose, as an article is.',
      'MORE ABOUT',
      'Another story',
    ];
    expect(withoutFurniture(lines)).toEqual(['Headline', 'The text itself is long enough to be a paragraph of prose, as an article is.']);
  });

  test('a schedule is no menu: its items have figures', () => {
    expect(withoutFurniture(['- 8 October: Opening of the mission', '- 18 October: Election day', '- 22 October: Closing'])).toHaveLength(3);
  });

  test("a page's update time is furniture, not the publication date", () => {
    expect(withoutFurniture(['Обновлено: 29.11.2024, 21:20 (АСТ)', 'Updated: 04.12.2025'])).toEqual([]);
  });

  test('a capture stamp is kept apart; a month alone is no date', () => {
    expect(captureStamp(' date 2021-05-19 YEREVAN, MAY 19')).toEqual({ stamp: { value: '2021-05-19', date: '2021-05-19' }, text: 'YEREVAN, MAY 19' });
    expect(captureStamp(' date 2020-10 Text').stamp).toEqual({ value: '2020-10' });
  });

  test('lines a PDF broke mid-sentence are joined; a blank line keeps paragraphs apart', () => {
    expect(joinWrapped(['Constitutional amendments passed in the last', '2010 and 2013 will reduce', '', 'next'])).toEqual([
      'Constitutional amendments passed in the last 2010 and 2013 will reduce',
      '',
      'next',
    ]);
  });
});

describe('the dates a page prints', () => {
  test('figures are read day first (26.03.2015, 09.11.2011)', () => {
    expect(findDates('26.03.2015, 15:24')[0]).toMatchObject({ date: '2015-03-26' });
    expect(findDates('09.11.2011 u 13:26')[0]).toMatchObject({ date: '2011-11-09' });
    expect(findDates('• 3-11-2024, 12:50')[0]).toMatchObject({ date: '2024-11-03' });
  });

  test('relative words are no dates ("next week", "the day after")', () => {
    expect(findDates('observers will arrive next week')).toEqual([]);
    expect(findDates('a statement will be issued the day after the elections')).toEqual([]);
  });

  test('"28 February, 2013": the year after the comma is the date\'s', () => {
    expect(findDates('28 February, 2013')[0]).toMatchObject({ date: '2013-02-28' });
  });

  test("a report's cover dates it: a town and a day", () => {
    expect(coverDateline('Warsaw 30 October 2007')).toMatchObject({ place: 'Warsaw', date: { date: '2007-10-30' } });
    expect(coverDateline('Parliamentary Elections 25 November 2007')).toBeUndefined();
  });

  test("a header line dates the text, never an election's name or a period", () => {
    expect(headerDate('18/03/2021 | News')).toMatchObject({ date: '2021-03-18' });
    expect(headerDate('Doc. 12937 24 May 2012')).toMatchObject({ date: '2012-05-24' });
    expect(headerDate('Parliamentary Elections, 25 November 2007')).toBeUndefined();
    expect(headerDate('(28 November 2010)')).toBeUndefined();
  });

  test('datelines with the agency in slashes or brackets, a country before the town', () => {
    expect(readDateline('Yerevan /Mediamax/. OSCE ODIHR anticipates')).toMatchObject({ place: 'Yerevan', agency: 'Mediamax' });
    expect(readDateline('WARSAW (UrduPoint News / Sputnik - 10th September, 2019) The OSCE')).toMatchObject({
      place: 'WARSAW',
      agency: 'UrduPoint News / Sputnik',
    });
    expect(readDateline('Москва. 30 ноября. ИНТЕРФАКС - Основная миссия')).toMatchObject({ place: 'Москва', agency: 'ИНТЕРФАКС' });
    expect(readDateline('MONTENEGRO, Podgorica, 9 February 2023 – The OSCE')).toMatchObject({ place: 'Podgorica', press: true });
  });

  test("the dateline wins over a copy's stamp, and a caption glued before it is no part of the text", () => {
    expect(splitArticle(' date 2025-05-17 Headline\nBUCHAREST, 16 May 2025 – The observers will present.').printedDate).toMatchObject({ date: '2025-05-16' });
    const parts = splitArticle('Two people in Warsaw, 16 October 2023COPENHAGEN, 29 October 2024 – Around 130 members of parliament will observe.');
    expect(parts).toMatchObject({ place: 'COPENHAGEN', printedDate: { date: '2024-10-29' }, paragraphs: [expect.stringMatching(/^COPENHAGEN/)] });
  });
});

describe('who issued a text, and what kind it is', () => {
  test("a report's cover names its kind; a page about the report does not", () => {
    expect(reportKindOf(['OSCE/ODIHR Election Observation Mission Final Report'])).toBe('final-report');
    expect(reportKindOf(['INTERIM REPORT 17 February – 6 March 2016'])).toBe('interim-report');
    expect(reportKindOf(['ЗАЯВЛЕНИЕ', 'Миссии наблюдателей от'])).toBe('preliminary-statement');
    expect(reportKindOf(['Slovenia elections well run, ODIHR final report concludes'])).toBeUndefined();
    expect(reportKindOf(['Hungary 2022: ODIHR election observation mission final report'])).toBeUndefined();
  });

  test('reported speech makes a news report; a quoted official does not', () => {
    expect(isReported(['ODIHR opened a mission, the mission head, Eoghan Murphy, said at a press conference.'])).toBe(true);
    expect(isReported(['БДИПЧ открыло миссию, сообщила глава миссии.'])).toBe(true);
    expect(isReported(['"We will observe closely," said Ambassador Jan Petersen, Head of the mission.'])).toBe(false);
  });

  test("an outlet from the original's address, as the page prints its name", () => {
    expect(outletOfUrl('https://civil.ge/archives/1')).toBe('civil-ge');
    expect(outletOfUrl('https://www.kyivpost.com/news/1')).toBe('kyivpost');
    expect(outletOfPage('https://www.kyivpost.com/news/1', 'Read the Kyiv Post every day')).toBe('kyiv-post');
  });

  test("an organization's own site and a press-release wire make a release", () => {
    expect(organizationOfWebsite('https://www.osce.org/ru/odihr/87294')).toBe('odihr');
    expect(organizationOfWebsite('https://www.oscepa.org/en/news')).toBe('osce-pa');
    expect(siteOrganization('https://turkpa.org/news/1', 'TURKPA Referendum Observation Mission')).toBe('turkpa');
    expect(isPressWire('https://www.einpresswire.com/article/1')).toBe(true);
  });

  test('the organization a news report relays: a national body that informed, else the observer it names', () => {
    expect(relayedOrganization('', ['The Central Election Commission of Kyrgyzstan reports 78 observers.'], EMPTY_ARCHIVE, 'kg')).toBe('kg-cec');
    expect(
      relayedOrganization(
        "OSCE's ODIHR opens mission",
        ['The OSCE Office for Democratic Institutions and Human Rights (ODIHR) opened a mission.'],
        EMPTY_ARCHIVE,
        'ba',
      ),
    ).toBe('odihr');
  });
});

describe('names', () => {
  test('a name in Cyrillic beside a role is a person, transliterated, with the printed name kept', () => {
    expect(findCyrillicPeople(['Глава миссии Корнелия Йонкер сообщила о начале работы.'])).toMatchObject([
      { name: 'Korneliya Yonker', ru: 'Корнелия Йонкер', roles: ['Head of mission'] },
    ]);
  });

  test('a declined name is read in its nominative; bodies and places are no names', () => {
    expect(nominativeName('Петра Осуски')).toBe('Петр Осуски');
    expect(nominativeName('Рольфом Экеусом')).toBe('Рольф Экеус');
    expect(findCyrillicPeople(['Миссия наблюдателей от Содружества Независимых Государств начала работу.'])).toEqual([]);
  });

  test('a head named in apposition, and a field operation that is no election mission', () => {
    expect(findPeople(['ODIHR opened the mission, the mission head, Eoghan Murphy, said.'])[0]).toMatchObject({
      name: 'Eoghan Murphy',
      roles: ['Head of mission'],
    });
    expect(findPeople(['The OSCE Mission to Georgia, headed by Ambassador Roy Reeve, operates separately.'])[0]?.roles).toEqual([]);
  });

  test('venues and units are no people', () => {
    expect(findPeople(['The conference is in the Illyria Ballroom, 2 Heydar Aliyev Avenue, Tirana.']).map((p) => p.name)).toEqual([]);
  });
});

describe('the election, as real texts name it', () => {
  test('kinds: general elections, a parliament by name, president and parliament on one day', () => {
    expect(electionMentions('the 2 October general elections').map((m) => m.kind)).toEqual(['general']);
    expect(electionMentions('Early elections to the Majilis were held.').map((m) => m.kind)).toEqual(['early-parliamentary']);
    expect(electionMentions('the presidential and early parliamentary elections').map((m) => m.kind)).toEqual(['general']);
    expect(electionMentions('внеочередных президентских выборах в Азербайджане').map((m) => m.kind)).toEqual(['early-presidential']);
  });

  test('the type the text names first; a needs assessment the mission followed does not count', () => {
    expect(missionType('ODIHR opened an election observation mission following a needs assessment mission conducted in May.')).toBe('EOM');
    expect(missionType('The NAM recommends the deployment of a limited election observation mission.')).toBe('LEOM');
  });

  test("the election's day where the text gives it apart from its kind", () => {
    expect(electionDayAnywhere('Observers will meet officials before observing the ballot on 9 February.', '2020-01-30')).toEqual({ rounds: ['2020-02-09'] });
    expect(electionDayAnywhere('- 18 October: Election day', undefined)).toEqual({ rounds: [], dayWithoutYear: '18 October' });
  });
});

describe('stages', () => {
  test('a weekday points into the week of the statement', () => {
    expect(weekdayDate('The mission opened on Tuesday.', '2018-08-30', false)).toBe('2018-08-28');
    expect(weekdayDate('They will present findings on Monday.', '2013-06-21', true)).toBe('2013-06-24');
  });

  test("a mission's schedule gives its stages", () => {
    expect(
      milestones('- 8 October: Opening of the mission\n- 5 December: Press conference on preliminary findings', {
        statementDate: '2011-11-01',
        election: false,
      }),
    ).toEqual([
      { kind: 'opening', status: 'actual', date: '2011-10-08' },
      { kind: 'preliminary-statement', status: 'planned', date: '2011-12-05' },
    ]);
  });

  test('an undated LTO deployment is a stage only when the text says when', () => {
    const when = (text: string) => milestones(text, { statementDate: '2017-03-01', election: false }).map((m) => m.kind);
    expect(when('Another 28 long-term observers are expected to arrive next week.')).toEqual(['lto-deployment']);
    expect(when('It comprises 16 experts and 24 long-term observers who will be deployed across the country.')).toEqual([]);
  });
});

describe('a text without a year', () => {
  test('the mission is drafted all the same, without an id, saying the year is missing', () => {
    const r = importText(
      'ODIHR opens mission\n\nThe OSCE Office for Democratic Institutions and Human Rights (ODIHR) opened an election observation mission for the 9 April parliamentary elections in Armenia.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions[0]).toMatchObject({ type: 'EOM', country: 'am', election: { kind: 'parliamentary' }, organizations: ['odihr'] });
    expect(r.missions[0]!.id).toBeUndefined();
    expect(r.unplaced.find((u) => u.field === 'mission.id')?.why).toMatch(/no year/);
  });
});

describe('scoring a corpus (npm run importer:score)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(dir, 'texts'));
    mkdirSync(join(dir, 'expected'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('reads texts with their expected values, names the unmatched, and counts what was made up', () => {
    writeFileSync(join(dir, 'texts', 'a.txt'), 'Minister meets Ivan Petrenko\n\nThe minister met Ivan Petrenko on Wednesday.');
    writeFileSync(
      join(dir, 'expected', 'a.expected.json'),
      JSON.stringify({
        statement: { date: null, countries: [] },
        missions: [],
        leaders: [],
        observers: [],
        milestones: [],
        people: [],
        phones: [],
        emails: [],
      }),
    );
    writeFileSync(join(dir, 'texts', 'b.txt'), 'no values');
    const { texts, unmatched } = readCorpus(dir);
    expect(texts.map((t) => t.name)).toEqual(['a']);
    expect(unmatched).toEqual(['b.txt has no expected/b.expected.json']);
    const { scored, tally } = scoreCorpus(texts, EMPTY_ARCHIVE);
    expect(tally.people).toMatchObject({ hits: 0, of: 1 });
    expect(inventions(texts, scored)).toEqual({ people: ['a: Ivan Petrenko'], dates: [] });
  });
});
