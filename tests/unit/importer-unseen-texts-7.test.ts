/**
 * Kinds of input met in a seventh set of real texts, one behaviour each, with invented names, places and
 * figures: a header date followed by its time and zone, a date line under a headline, a Ukrainian site's date on a
 * Russian text, a site's "Last Updated" line, Russian names in the dative and after an initial, a core team counted
 * by the body's name between, figures that a body "could" send or "will field", a mission decided on and what it
 * consists of, a delegation that starts its work, a body's record and an earlier election's figures, observers
 * who come for the last days, a copy that lost the space after a full stop, an OSCE page that lists several
 * sources, and news outlets known by their names and sites.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { findDates } from '../../src/importer/dates.ts';
import { headerDate, splitArticle } from '../../src/importer/layout.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findCyrillicPeople, nominativeName } from '../../src/importer/people-ru.ts';
import { importText } from '../../src/importer/result.ts';
import { sentences } from '../../src/importer/text.ts';

const figuresOf = (text: string, year?: string) => observerFigures(text, (s) => findOrganizations(s), year).figures;
const imported = (text: string, url?: string) => importText(text, 'x.txt', EMPTY_ARCHIVE, url ? { url } : {});

describe('dates a page prints around its text', () => {
  test("'January 10, 2031 - 17:40 AMT' is the date and the time it was posted, not a period", () => {
    expect(headerDate('January 10, 2031 - 17:40 AMT')).toMatchObject({ date: '2031-01-10' });
    expect(headerDate('17 February - 6 March 2031')).toBeUndefined();
  });
  test('a date on the line under a headline stays the header’s, not the end of the headline', () => {
    const parts = splitArticle(
      'Наблюдатели от Ассамблеи приступили к краткосрочному наблюдению за выборами депутатов Боровии\n17 Марта 2031\nМеждународные наблюдатели прибывают в столицу Боровии.',
    );
    expect(parts.title).toBe('Наблюдатели от Ассамблеи приступили к краткосрочному наблюдению за выборами депутатов Боровии');
    expect(
      imported('Наблюдатели от Ассамблеи приступили к наблюдению за выборами депутатов в Боровии\n17 Марта 2031\nНаблюдатели прибывают.').statement.date,
    ).toBe('2031-03-17');
  });
  test("a Ukrainian site's date over a Russian text: '26 червня, 2031, 08:02'", () => {
    expect(findDates('26 червня, 2031, 08:02 site.ua')).toMatchObject([{ date: '2031-06-26' }]);
    expect(findDates('26 июня 2031 года')).toMatchObject([{ date: '2031-06-26' }]);
  });
  test("'. Last Updated: 07/27/2031' dates the page, not the text", () => {
    const r = imported(
      'Menu\n\n. Last Updated: 07/27/2031\n\nPoll Body Restricts Observers\n\nThe commission has limited the observer mission, the office said.',
    );
    expect(r.statement.date).toBeUndefined();
  });
});

describe('Russian names in an oblique case', () => {
  test("'Валентине Петренко' without a preposition is Валентина's dative, not Валентин's prepositional", () => {
    expect(nominativeName('Валентине Петренко')).toBe('Валентина Петренко');
    expect(nominativeName('Ивану Петренко')).toBe('Иван Петренко');
  });
  test("'Ф.Карими' after 'Фара Карими' is the same person; a family name in -и is not read back to one in -я", () => {
    const people = findCyrillicPeople(['Делегацию возглавляет Фара Карими (Нидерланды).', 'Как заявила Ф.Карими, выборы пройдут спокойно.']);
    expect(people.map((p) => p.ru)).toEqual(['Фара Карими']);
  });
});

describe('observer figures', () => {
  test("'основная группа БДИПЧ (…) ОБСЕ из 11 человек' and '11 core staff': the core team", () => {
    expect(figuresOf('В столицу Боровии прибыла основная группа Бюро по демократическим институтам и правам человека (БДИПЧ) ОБСЕ из 11 человек.')).toEqual([
      { category: 'core-team', count: 11, status: 'deployed' },
    ]);
    expect(figuresOf('The mission will consist of 11 core staff based in Norvik.').map((f) => f.category)).toEqual(['core-team']);
    expect(figuresOf('The main observation mission of the OSCE consists of 12 people.').map((f) => [f.category, f.status])).toEqual([
      ['core-team', 'deployed'],
    ]);
  });
  test("what a body 'could delegate' or 'will field' is planned", () => {
    expect(figuresOf('ODIHR could delegate 40 long-term and 270 short-term observers to Norvia.').map((f) => f.status)).toEqual(['planned', 'planned']);
    expect(figuresOf('The OSCE, joined by the other assemblies, will field more than 400 international observers.')).toMatchObject([
      { category: 'total', count: 400, status: 'planned', approximate: true },
    ]);
  });
  test("'it was decided to send an observation mission, consisting of 13 deputies': the members, planned", () => {
    expect(figuresOf('At a meeting of the PACE Bureau it was decided to send an observation mission, consisting of 13 deputies, to Norvia.')).toMatchObject([
      { category: 'parliamentarians', count: 13, status: 'planned' },
    ]);
  });
  test("'A delegation of 14 MEPs starts on 24 October its activities': deployed", () => {
    expect(figuresOf('A delegation of 14 MEPs starts on 24 October its activities to observe the elections in Norvia.').map((f) => f.status)).toEqual([
      'deployed',
    ]);
  });
  test("a body's record and an earlier election's figures are not the mission's", () => {
    expect(figuresOf('Since 1993, the OSCE PA has deployed more than 4,000 parliamentarians to observe 125 elections.')).toEqual([]);
    expect(figuresOf('This mission numbered 40 long-term and 300 short-term observers in the previous parliamentary elections.')).toEqual([]);
    expect(figuresOf('В прошлых парламентских выборах миссия насчитывала 300 наблюдателей.')).toEqual([]);
    expect(figuresOf('The OSCE sent 400 short-term observers for the 2027 elections.', '2031')).toEqual([]);
    expect(figuresOf('The OSCE will send 400 short-term observers for the 2031 elections.', '2031')).toHaveLength(1);
  });
  test("who comes 'за несколько дней до выборов' is short-term; the group told before them, long-term", () => {
    expect(
      figuresOf('На следующей неделе ожидается приезд 28 наблюдателей, а за несколько дней до выборов в Боровию прибудут еще 250 человек.').map((f) => [
        f.category,
        f.count,
        f.status,
      ]),
    ).toEqual([
      ['long-term', 28, 'expected'],
      ['short-term', 250, 'expected'],
    ]);
    expect(figuresOf('Another 300 observers will arrive shortly before the election.').map((f) => f.category)).toEqual(['short-term']);
  });
});

describe('a copy that lost the space after a full stop', () => {
  test("'…Боровии.На следующей неделе…' is two sentences; an initial and a site's name are not", () => {
    expect(sentences('Миссия прибыла в столицу Боровии.На следующей неделе ожидаются наблюдатели.')).toHaveLength(2);
    expect(sentences('Об этом сказал Т.Гаджиев, передает News.Az сегодня.')).toHaveLength(1);
  });
});

describe('who issued the text', () => {
  test("an OSCE page whose 'Source:' lists two bodies is the first one's", () => {
    const page = [
      'Press release',
      'ODIHR opens mission in Norvia',
      '- Date:',
      '- Place:',
      '- NORVIK',
      '- Source:',
      '- OSCE Office for Democratic Institutions and Human Rights, OSCE Office in Norvik (closed)',
      '- Fields of work:',
      '- Elections',
      'NORVIK, 20 January 2031 - The OSCE Office for Democratic Institutions and Human Rights (ODIHR) has opened an election observation mission in Norvia.',
    ].join('\n');
    expect(imported(page).statement.source).toBe('odihr');
  });
  test("a dateline's 'ИНТЕРФАКС-ЗАПАД' is Interfax, drafted as a news outlet", () => {
    const r = imported(
      'Миссия наблюдателей СНГ составит 70 человек\nМинск. 5 февраля. ИНТЕРФАКС-ЗАПАД - Миссию наблюдателей от СНГ на выборах в Боровии возглавит Петр Иванов, сообщил он во вторник.',
    );
    expect(r.statement.source).toBe('interfax');
    expect(r.organizations.find((o) => o.id === 'interfax')).toMatchObject({ exists: false, name: 'Interfax', kind: 'media' });
  });
  test('an outlet known by its site: en.trend.az is Trend, kyivpost.com the Kyiv Post', () => {
    const text = 'Observers arrive in Norvia\nA delegation of observers arrived in Norvia, the press service said on Monday.';
    expect(imported(text, 'https://en.trend.az/politics/1.html').statement.source).toBe('trend');
    const kyiv = imported(text, 'https://www.kyivpost.com/post/1');
    expect(kyiv.statement.source).toBe('kyiv-post');
    expect(kyiv.organizations.find((o) => o.id === 'kyiv-post')).toMatchObject({ name: 'Kyiv Post', kind: 'media' });
  });
});
