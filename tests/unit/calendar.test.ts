/** iCalendar files of election days and milestones (src/calendar/), read back with ical.js. */
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { missionEvents } from '../../src/calendar/events.ts';
import { eventsByCountry, eventsOf } from '../../src/calendar/archive.ts';
import { icsText } from '../../src/calendar/ics.ts';
import { archive, missions } from '../support/open-data-fixture.ts';

const SITE = 'https://election-observation-archive.org';

function readCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return {
    root,
    events: root.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        isDate: e.startDate.isDate,
        summary: e.summary,
        description: e.description,
        status: v.getFirstPropertyValue('status'),
        stamp: String(v.getFirstPropertyValue('dtstamp')),
        url: String(v.getFirstPropertyValue('url')),
        categories: v.getAllProperties('categories').flatMap((p) => p.getValues()),
      };
    }),
  };
}

describe('events of a mission', () => {
  const events = eventsOf(missions[0]!, archive, SITE, 'en');
  test('each round of the election is an event; milestones known to the day are events; month-only dates and election-day milestones are not repeated', () => {
    expect(events.map((e) => [e.day, e.uid])).toEqual([
      ['2021-01-10', 'xa-2021-parliamentary.election-day-1@election-observation-archive.org'],
      ['2021-01-24', 'xa-2021-parliamentary.election-day-2@election-observation-archive.org'],
      ['2020-12-01', 'xa-2021-parliamentary.opening-1@election-observation-archive.org'],
      ['2021-03-15', 'xa-2021-parliamentary.final-report-1@election-observation-archive.org'],
    ]);
  });
  test('a UID names the mission and the step, not the date: a moved date updates the same event', () => {
    const moved = structuredClone(missions[0]!);
    moved.data.milestones[4]!.date = '2021-03-20';
    const uids = missionEvents(moved, 'Arcadia', (id) => archive.statement.get(id)?.data.date, SITE, 'en').map((e) => e.uid);
    expect(uids).toEqual(events.map((e) => e.uid));
    const kz = missionEvents({ ...missions[0]!, id: 'kz/2021-parliamentary' }, 'Kazakhstan', (id) => archive.statement.get(id)?.data.date, SITE, 'en');
    expect(kz.map((e) => e.uid)).toContain('kz-2021-parliamentary.opening-1@election-observation-archive.org');
  });
  test('only countries with events get a calendar', () => {
    expect([...eventsByCountry(archive, SITE, 'en').keys()].sort()).toEqual(['xa', 'xb']);
  });
});

describe('the .ics file', () => {
  const events = archive.missions.flatMap((m) => eventsOf(m, archive, SITE, 'en'));
  const text = icsText('elections and missions', 'Election days in the OSCE area.', events, 'en');
  const { root, events: read } = readCalendar(text);

  test('is an RFC 5545 calendar: VERSION, PRODID, CRLF line ends, lines folded at 75 octets', () => {
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//election-observation-archive.org//archive//EN');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
  test('every event has a unique UID, a DTSTAMP and an all-day DTSTART before its DTEND', () => {
    expect(new Set(read.map((e) => e.uid)).size).toBe(read.length);
    expect(read).toHaveLength(5);
    for (const e of read) {
      expect(e.isDate).toBe(true);
      expect(e.end > e.start).toBe(true);
      expect(e.stamp).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    }
  });
  test('events are in date order, with the facts of the mission and a link to its page', () => {
    expect(read.map((e) => e.start)).toEqual(['2019-06-09', '2020-12-01', '2021-01-10', '2021-01-24', '2021-03-15']);
    const second = read.find((e) => e.start === '2021-01-24')!;
    expect(second.summary).toBe('Arcadia: Parliamentary elections, round 2 (election day)');
    expect(second.url).toBe(`${SITE}/missions/xa/2021-parliamentary/`);
    expect(second.categories).toEqual(['Election day', 'Arcadia']);
  });
  test('an election day is CONFIRMED only where a source reports the vote held; one only announced, or unreported, is TENTATIVE', () => {
    const status = (start: string) => read.find((e) => e.start === start)!.status;
    // Round 1 has an `actual` election-day milestone; round 2 and Borduria's election none.
    expect([status('2021-01-10'), status('2021-01-24'), status('2019-06-09')]).toEqual(['CONFIRMED', 'TENTATIVE', 'TENTATIVE']);
    const announced = structuredClone(missions[0]!);
    announced.data.milestones[3]!.status = 'planned';
    const [first] = readCalendar(
      icsText(
        'x',
        'y',
        missionEvents(announced, 'Arcadia', () => undefined, SITE, 'en'),
        'en',
      ),
    ).events.filter((e) => e.start === '2021-01-10');
    expect(first!.status).toBe('TENTATIVE');
  });
  test('a planned step is TENTATIVE and says so, with the note of its source', () => {
    const final = read.find((e) => e.start === '2021-03-15')!;
    expect(final.status).toBe('TENTATIVE');
    expect(final.summary).toBe('Arcadia: Final report (planned)');
    expect(final.description).toContain('About two months later.');
  });
  test('DTSTAMP is the date of the source, so rebuilding never changes a file', () => {
    expect(read.find((e) => e.start === '2020-12-01')!.stamp).toBe('2020-12-01T00:00:00Z');
    expect(icsText('elections and missions', 'Election days in the OSCE area.', events, 'en')).toBe(text);
  });
  test('refuses to write a calendar with no event, which RFC 5545 does not allow', () => {
    expect(() => icsText('nothing', 'none', [], 'en')).toThrow('calendar "nothing" has no event — RFC 5545 requires at least one');
  });
});

describe('the Russian calendar', () => {
  // The fixture's mission with a Russian title, as maintainers add them in `ru:`; its country (KZ) is named by i18n-iso-countries.
  const withRu = structuredClone(archive);
  withRu.missions[0]!.data.ru = { title: 'Парламентские выборы, 10 января 2021 г.', summary: 'Кратко.' };
  const events = withRu.missions.flatMap((m) => eventsOf(m, withRu, SITE, 'ru'));
  const text = icsText('выборы и миссии', 'Дни выборов в регионе ОБСЕ.', events, 'ru');
  const { root, events: read } = readCalendar(text);

  test('a title ending in an abbreviation closes its sentence with one full stop, in the events and the calendar itself', () => {
    const russian = readCalendar(
      icsText('Казахстан: Референдум 5 июня 2022 г.', 'Дни выборов и этапы наблюдения: Казахстан: Референдум 5 июня 2022 г..', events, 'ru'),
    );
    expect(russian.root.getFirstPropertyValue('x-wr-caldesc')).toBe('Дни выборов и этапы наблюдения: Казахстан: Референдум 5 июня 2022 г.');
    for (const e of read) expect(e.description, e.uid).not.toMatch(/\p{L}\.\.(?!\.)/u);
    expect(read.find((e) => e.start === '2021-03-15')!.description).toMatch(/^Парламентские выборы, 10 января 2021 г\., миссия LEOM\./);
  });
  test('a note with no Russian is left out of the Russian calendar; one translated is told in Russian', () => {
    const final = read.find((e) => e.start === '2021-03-15')!;
    expect(final.description).not.toContain('About two months later.');
    const translated = structuredClone(withRu);
    translated.missions[0]!.data.milestones[4]!.ru = { note: 'Примерно через два месяца.' };
    const [event] = eventsOf(translated.missions[0]!, translated, SITE, 'ru').filter((e) => e.day === '2021-03-15');
    expect(event!.description).toContain('Примерно через два месяца.');
  });
  test('names itself in Russian and links to the Russian pages', () => {
    expect(root.getFirstPropertyValue('prodid')).toBe('-//election-observation-archive.org//archive//RU');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Архив международного наблюдения за выборами: выборы и миссии');
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    for (const e of read) expect(e.url).toMatch(new RegExp(`^${SITE}/ru/missions/`));
  });
  test('the same events as the English calendar, with the same UIDs, told in Russian', () => {
    const english = archive.missions.flatMap((m) => eventsOf(m, archive, SITE, 'en'));
    expect(read.map((e) => e.uid).sort()).toEqual(english.map((e) => e.uid).sort());
    const second = read.find((e) => e.start === '2021-01-24')!;
    expect(second.summary).toBe('Казахстан: Парламентские выборы, 2-й тур (день голосования)');
    expect(second.categories).toEqual(['День выборов', 'Казахстан']);
    expect(second.description).toBe(
      `Парламентские выборы, 10 января 2021 г. — тип миссии: LEOM. Миссия, её цифры и их источники: ${SITE}/ru/missions/xa/2021-parliamentary/`,
    );
    const final = read.find((e) => e.start === '2021-03-15')!;
    expect(final.summary).toBe('Казахстан: Итоговый отчёт (запланировано)');
    expect(final.description).toBe(
      `Парламентские выборы, 10 января 2021 г., миссия LEOM. Итоговый отчёт: запланировано на 15 марта 2021 г. Источник и подробности: ${SITE}/ru/missions/xa/2021-parliamentary/`,
    );
  });
});
