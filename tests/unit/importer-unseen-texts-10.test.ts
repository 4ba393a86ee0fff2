/**
 * Kinds of input met in a twelfth and thirteenth set of real texts, one behaviour each, with invented names, places
 * and figures: the Council of Europe's Congress and the short names a text defines, a misprinted acronym, a leader's
 * earlier mission, roles given by designation, by a relative clause after a home State or by an assembly's team of
 * observers, Russian names after a long mission title or a short participle, proper nouns and streets that are no
 * people, seats told after their number, a preliminary report in Russian, a duration that is no date; and from a
 * fourteenth and fifteenth set: a mission opened in Russian or "deployed by" its body, ODIHR's "миссия наблюдателей",
 * the OSCE's parliamentarians, an outlet that deploys nothing, a presidency's page of Permanent Council speeches, a Russian
 * name that does not decline, a list of names in one case, credited photographers and bylines, a name printed surname first;
 * Permanent Council statements headed by the meeting or titled "Statement to the PC", an agency named in quotes after
 * its kind, the OSCE standing for the bodies it lists, and an ODIHR mission's page on the OSCE's site.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { findDates } from '../../src/importer/dates.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { definedShortNames, findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findCyrillicPeople } from '../../src/importer/people-ru.ts';
import { findPeople } from '../../src/importer/people.ts';
import { importText } from '../../src/importer/result.ts';

const imported = (text: string) => importText(text, 'x.txt', EMPTY_ARCHIVE);
const leadersOf = (text: string) => imported(text).missions[0]?.leaders.map((l) => [l.person, l.role, l.organization]);
const peopleOf = (paragraph: string) => findCyrillicPeople([paragraph]).map((p) => [p.ru, p.roles]);
const namesIn = (paragraph: string) => findPeople([paragraph]).map((p) => p.name);

describe("the Council of Europe's Congress", () => {
  const advisory = [
    'NORVIK, 4 October 2031 – International election observers will hold a press conference following the local elections in Moldova on 6 October 2031.',
    'Who:',
    'Ida Marsh, Head of the ODIHR Election Observation Mission',
    'Ivo Lind, Head of the Congress Delegation',
    'The international election observation is a joint mission of the OSCE Office for Democratic Institutions and Human Rights (ODIHR) and the Council of Europe Congress of Local and Regional Authorities (Congress). The mission totals 120 observers, composed of 100 ODIHR experts and observers and 20 members and staff from the Congress.',
  ].join('\n\n');

  test("'… Congress of Local and Regional Authorities (Congress)' defines the short name; its delegation's head is the Congress's", () => {
    expect(definedShortNames(advisory).get('Congress')).toBe('coe-congress');
    const r = imported(advisory);
    expect(r.missions[0]?.organizations).toEqual(['odihr', 'coe-congress']);
    expect(leadersOf(advisory)).toEqual([
      ['ida-marsh', 'head-of-mission', 'odihr'],
      ['ivo-lind', 'head-of-delegation', 'coe-congress'],
    ]);
  });

  test("a word in brackets defines a short name only as a word of the name before it: 'the European Parliament (Norvik)' does not", () => {
    expect(definedShortNames('Members of the European Parliament (Norvik) arrived.').size).toBe(0);
  });

  test("'Congress' alone is no body the text defined: 'members of Congress' in a text on the United States", () => {
    expect(
      findOrganizations('Two members of Congress met the observers.', {
        ...EMPTY_ARCHIVE,
        organizations: [{ id: 'coe-congress', name: 'Congress of Local and Regional Authorities of the Council of Europe', shortName: 'Congress' }],
      }),
    ).toEqual([]);
  });

  test("'БДИЧП/ОБСЕ', the letters swapped as news sites print them, is ODIHR", () => {
    expect(findOrganizations('Миссия БДИЧП/ОБСЕ начала работу.').map((o) => o.id)).toEqual(['odihr']);
  });
});

describe("a leader's earlier missions", () => {
  test("'he was head of the OSCE Centre in Norvik, Kazakhstan, and led … the elections in Turkmenistan in 2029': neither State is the text's", () => {
    const text = [
      'OSCE opens Georgia election observation mission',
      "ODIHR opened on 30 August 2031 its election observation mission for Georgia's 8 October 2031 parliamentary elections.",
      'The mission is led by Ida Marsh; she was head of the OSCE Centre in Astana, Kazakhstan, and led the assessment mission for the parliamentary elections in Turkmenistan in 2029.',
    ].join('\n');
    const r = imported(text);
    expect(r.statement.countries).toEqual(['ge']);
    expect(r.missions[0]?.id).toBe('ge/2031-parliamentary');
  });
});

describe('roles', () => {
  test("'has designated Ivo Lind (MP, Norvia) as Special Co-ordinator': the bracket comes between the name and the role", () => {
    const text =
      'NORVIK, 1 October 2031 – The OSCE Chairperson-in-Office has designated Ivo Lind (MP, Slovenia) as Special Co-ordinator to lead the short-term OSCE observer mission for the 12 October 2031 parliamentary elections in Serbia.';
    expect(leadersOf(text)).toEqual([['ivo-lind', 'special-co-ordinator', 'osce']]);
  });

  test("'said Ambassador Ida Marsh of Germany, who heads the mission': her State stands between her name and the clause", () => {
    const people = findPeople(['"We look forward to it," said Ambassador Ida Marsh of Germany, who heads the mission of 13 international staff.']);
    expect(people.map((p) => [p.name, p.roles])).toEqual([['Ida Marsh', ['Head of the mission']]]);
  });

  test("'a team of short-term observers from the OSCE Parliamentary Assembly, which will be headed by X': the assembly's delegation", () => {
    const text = [
      'TBILISI, 2 December 2031 – ODIHR opened its election observation mission for the 5 January 2032 presidential election in Georgia.',
      'The mission will work together with a team of short-term observers from the OSCE Parliamentary Assembly, which will be headed by Ivo Lind, President Emeritus of the OSCE PA.',
    ].join('\n');
    expect(leadersOf(text)).toEqual([['ivo-lind', 'head-of-delegation', 'osce-pa']]);
  });

  test("'said Ivo Lind (MP, Norvia) who has been appointed to lead the observation mission': no comma before 'who'", () => {
    const people = findPeople(['"We will observe the home stretch," said Ivo Lind (MP, Portugal) who has been appointed to lead the observation mission.']);
    expect(people.map((p) => [p.name, p.roles])).toEqual([['Ivo Lind', ['Head of the observation mission']]]);
  });
});

describe('Russian names', () => {
  test("'с главой Миссии по ограниченному наблюдению за выборами Бюро ОБСЕ … (БДИПЧ/ОБСЕ) Ивором Ландичем': a long title, then the head", () => {
    expect(
      peopleOf(
        'Состоялась встреча министра с главой Миссии по ограниченному наблюдению за выборами Бюро ОБСЕ по демократическим институтам и правам человека (БДИПЧ/ОБСЕ) Ивором Ландичем.',
      ),
    ).toEqual([['Ивор Ландич', ['Head of mission']]]);
  });

  test("'главой миссии назначена Одри Лорен Марш': a name after a short participle is its subject, in the nominative", () => {
    expect(peopleOf('По словам министра, главой миссии назначена Одри Лорен Марш (Великобритания).')).toEqual([['Одри Лорен Марш', ['Head of mission']]]);
  });
});

describe('no people', () => {
  test("'Amazing Roman Catholic parish house', 'the EU-Norvia Action Plan': words that run on into a body's or a document's name", () => {
    expect(namesIn('PHOTOS: Amazing Roman Catholic parish house inaugurated in Norvik')).toEqual([]);
    expect(namesIn('Free elections are a priority in the EU-Norvia Action Plan.')).toEqual([]);
  });

  test("'Hotel Norvik, Ivana Markovića 5, Sarajevo': a street named after someone, its house number after it", () => {
    expect(namesIn('Where: Hotel Norvik, Conference room 1, Ivana Markovića 5, Sarajevo')).toEqual([]);
  });
});

describe('figures, stages and dates in Russian', () => {
  test("'Половина из 450 депутатов будут избраны': seats told after their number are no observers", () => {
    const figures = observerFigures('Миссия состоит из 13 экспертов. Половина из 450 депутатов будут избраны по спискам.', (s) => findOrganizations(s)).figures;
    expect(figures.map((f) => f.count)).not.toContain(450);
  });

  test("'Предварительный отчет … будет опубликован на следующий день после выборов': the preliminary statement, planned", () => {
    const text = [
      'Норвик, 8 августа 2031 года. БДИПЧ ОБСЕ открыло миссию по наблюдению за выборами в Государственную Думу России, которые пройдут 18 сентября 2031 года.',
      'Предварительный отчет миссии будет опубликован на следующий день после выборов.',
    ].join('\n');
    expect(imported(text).missions[0]?.milestones.map((m) => [m.kind, m.status, m.date])).toContainEqual(['preliminary-statement', 'planned', '2031-09-19']);
  });

  test("'через 8 недель', 'in two months', 'within 8 weeks': a time counted from a day the words do not give is no date", () => {
    expect(findDates('окончательный доклад будет представлен через 8 недель после выборов')).toEqual([]);
    expect(findDates('The final report will follow within 8 weeks of the vote.')).toEqual([]);
    expect(findDates('Выборы прошли 2 ноября 2031 года.').map((d) => d.date)).toEqual(['2031-11-02']);
  });
});

describe('who issued a release', () => {
  test("'COPENHAGEN, … – OSCE parliamentarians will observe …': a release from the OSCE PA's seat is the Assembly's", () => {
    const text = [
      'OSCE parliamentarians to observe elections in Norvia',
      'COPENHAGEN, 18 September 2031 – OSCE parliamentarians will observe the upcoming general elections in Serbia.',
      'Ida Marsh (MP, Italy) will serve as Head of the OSCE PA Delegation.',
    ].join('\n');
    expect(importText(text, 'x.txt', EMPTY_ARCHIVE, { url: 'https://reprints.example/123' }).statement.source).toBe('osce-pa');
  });
});

describe('missions, stages and figures, second round', () => {
  test("'Миссия БДИЧП/ОБСЕ начала свою наблюдательскую работу', 'объявило о начале деятельности миссии': the mission opened", () => {
    const opened = (sentence: string) =>
      imported(`Норвик, 22 марта 2031 года. ${sentence} Выборы в парламент Армении пройдут 6 мая 2031 года.`).missions[0]?.milestones;
    expect(opened('Миссия БДИЧП/ОБСЕ начала свою наблюдательскую работу в Армении.')).toContainEqual(
      expect.objectContaining({ kind: 'opening', status: 'actual' }),
    );
    expect(opened('БДИПЧ объявило о начале деятельности миссии по наблюдению за выборами.')).toContainEqual(
      expect.objectContaining({ kind: 'opening', status: 'actual' }),
    );
  });

  test("'An Election Observation Mission … has been deployed by ODIHR': the mission opened; its core team keeps the status its verb gives", () => {
    const text = [
      'WARSAW, 12 February 2031 - An Election Observation Mission to monitor the presidential election in the Russian Federation on 14 March 2031 has been deployed by the OSCE Office for Democratic Institutions and Human Rights (ODIHR).',
      'A core team of 16 international election experts will be based at the head office in Moscow.',
    ].join('\n');
    const mission = imported(text).missions[0];
    expect(mission?.milestones).toContainEqual(expect.objectContaining({ kind: 'opening', status: 'actual' }));
    // "will be based": planned, as the text words it; that the mission opened does not make its figures done (CONTRIBUTING.md).
    expect(mission?.observers.map((o) => [o.category, o.count, o.status])).toContainEqual(['core-team', 16, 'planned']);
  });

  test("'миссия наблюдателей БДИПЧ ОБСЕ': ODIHR's mission of observers, as news sites name it, is an EOM", () => {
    const text =
      'Норвик, 5 октября 2031 года. Руководство миссии наблюдателей БДИПЧ ОБСЕ прибыло в Минск для наблюдения за парламентскими выборами 17 ноября 2031 года.';
    expect(imported(text).missions[0]?.type).toBe('EOM');
  });

  test("'Порядка 40 парламентариев из 15 стран-членов ОБСЕ прибудут': the OSCE's parliamentarians are its Assembly's", () => {
    const figures = observerFigures('Порядка 40 парламентариев из 15 стран-членов ОБСЕ прибудут в Молдову для наблюдения за выборами.', (s) =>
      findOrganizations(s),
    ).figures;
    expect(figures.map((f) => [f.category, f.count, f.organization])).toEqual([['parliamentarians', 40, 'osce-pa']]);
  });

  test("'Norvik Neo - More than 100 parliamentarians … will observe': a news outlet of the archive deploys no figure it reports", () => {
    const archive = { ...EMPTY_ARCHIVE, organizations: [{ id: 'norvik-neo', name: 'Norvik Neo', kind: 'media' }] };
    const text =
      'NORVIK, 5 October 2031 – Norvik Neo - More than 100 parliamentarians will observe the 6 November 2031 presidential election in the United States as the OSCE PA delegation.';
    const observers = importText(text, 'x.txt', archive).missions[0]?.observers ?? [];
    expect(observers.map((o) => [o.category, o.count])).toEqual([['parliamentarians', 100]]);
    expect(observers.map((o) => o.organization)).not.toContain('norvik-neo');
  });
});

describe("a presidency's page of speeches at the Permanent Council", () => {
  test("'OSCE, Permanent Council No 558: EU Statement on Norvia' with 'Date of Speech', 'Place' and 'Speaker' lines", () => {
    const text = [
      'You are here : Home > News > Speeches',
      'OSCE, Permanent Council No 558: EU Statement on Ukraine',
      'Date of Speech : 02-06-2031',
      'Place : Vienna',
      'Speaker : Ivo Lind, permanent representative of Luxembourg at the OSCE',
      'The European Union has taken note of the OSCE/ODIHR final report on the presidential election held in Ukraine on 31 October 2030.',
    ].join('\n');
    const s = imported(text).statement;
    expect([s.kind, s.date, s.place, s.source]).toEqual(['delegation-statement', '2031-06-02', 'Vienna', 'eu']);
  });
});

describe('Russian names, second round', () => {
  test("'со старшим советником … ОБСЕ Люсине Марян': after an instrumental title, a name that does not decline stays as printed", () => {
    expect(peopleOf('Встреча прошла со старшим советником по выборам Бюро по демократическим институтам и правам человека (БДИПЧ) ОБСЕ Люсине Марян.')).toEqual(
      [['Люсине Марян', []]],
    );
  });

  test("'с советниками по выборам БДИПЧ/ОБСЕ Иваном Громовым, Кахой Ландия': a list's next name, in the same case", () => {
    expect(
      peopleOf('Министр встретился с советниками по выборам БДИПЧ/ОБСЕ Иваном Громовым, Кахой Ландия и представителем ПА ОБСЕ.').map(([ru]) => ru),
    ).toEqual(['Иван Громов', 'Каха Ландия']);
  });

  test("'Фото: Анна Лунд/ НОРТА', 'НОРТА /Ида Марш/ -', '— Ландов Ивар Петрович — заместитель …': credited and listed people", () => {
    expect(peopleOf('Фото: Анна Лунд/ НОРТА').map(([ru]) => ru)).toEqual(['Анна Лунд']);
    expect(peopleOf('НОРВИК. 21 октября. НОРТА /Ида Марш/ - Первые наблюдатели миссии СНГ прибыли.').map(([ru]) => ru)).toEqual(['Ида Марш']);
    expect(peopleOf('— Ландов Ивар Петрович — заместитель председателя районной избирательной комиссии.').map(([ru]) => ru)).toEqual(['Ландов Ивар Петрович']);
  });
});

describe('who issued it, third round', () => {
  test("'OSCE Permanent Council No. 1507 Vienna, 6 February 2031' heading a list of points: the EU's statement at the Council", () => {
    const text = [
      'OSCE Permanent Council No. 1507 Vienna, 6 February 2031',
      '- The European Union thanks the OSCE Office for Democratic Institutions and Human Rights for preparing an Election Observation Mission to Tajikistan.',
      '- It is regrettable that the authorities failed to accredit the observers.',
    ].join('\n');
    const s = imported(text).statement;
    expect([s.kind, s.date, s.place, s.source]).toEqual(['delegation-statement', '2031-02-06', 'Vienna', 'eu']);
  });

  test("'OSCE Observation of the Norvian Elections | Statement to the PC' on a mission's site: the delegation's statement", () => {
    const text = [
      'OSCE Observation of the U.S. General Elections | Statement to the PC',
      'The United States appreciates the interest among the participating States in our general election held on 8 November 2031.',
    ].join('\n');
    const s = importText(text, 'x.txt', EMPTY_ARCHIVE, { url: 'https://osce.usmission.gov/osce-observation-statement-pc/' }).statement;
    expect([s.kind, s.source]).toEqual(['delegation-statement', 'us-mission-to-osce']);
  });

  test("'ДУШАНБЕ, 27.02.2031 /НИАТ «Ховар»/.': the agency is known by its name in quotes after its kind", () => {
    const text =
      'Наблюдатели прибыли\nДУШАНБЕ, 27.02.2031 /НИАТ «Ховар»/. Группа наблюдателей от МПА СНГ прибыла в Душанбе для наблюдения за парламентскими выборами.';
    expect(importText(text, 'x.txt', EMPTY_ARCHIVE, { url: 'https://khovar.tj/rus/2031/02/x' }).statement.source).toBe('khovar');
  });

  test("'the Organization for Security and Co-operation in Europe's Office for …' is ODIHR alone; 'the OSCE – including ODIHR' is ODIHR's", () => {
    expect(
      findOrganizations("the Organization for Security and Co-operation in Europe's Office for Democratic Institutions and Human Rights").map((o) => o.id),
    ).toEqual(['odihr']);
    const text = [
      'Statement of Preliminary Findings and Conclusions',
      'Norvik, 23 April 2031 – This statement is issued by the International Election Observation Mission (IEOM) for the 22 April 2031 parliamentary elections in Montenegro. The IEOM is a joint effort of the Organization for Security and Cooperation in Europe – including the Office for Democratic Institutions and Human Rights (ODIHR) and the Parliamentary Assembly, and the Council of Europe’s Parliamentary Assembly.',
    ].join('\n');
    const r = imported(text);
    expect(r.statement.source).toBe('odihr');
    expect(r.missions[0]?.organizations).toContain('pace');
  });

  test("'Mission at a glance' on the OSCE's site: an ODIHR mission's page", () => {
    const text = ['Parliamentary Elections, 19 September 2031', 'Mission at a glance', '- Head of Mission: Ivo Lind', 'ODIHR observed the elections.'].join(
      '\n',
    );
    expect(importText(text, 'x.txt', EMPTY_ARCHIVE, { url: 'https://www.osce.org/node/57857' }).statement.source).toBe('odihr');
  });
});
