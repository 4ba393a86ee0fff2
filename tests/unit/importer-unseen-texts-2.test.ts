/**
 * More kinds of wording met in real texts the importer had not seen, one behaviour each, with invented
 * names, places and figures: media advisories' blocks, figures of several bodies, long roles before a
 * name, and a State named only by its capital.
 */
import { describe, expect, test } from 'vitest';
import { findArchiveOrganization, type ArchiveIndex, EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { countryOfCapital, impliedCountry } from '../../src/importer/countries.ts';
import { readDateline, splitArticle } from '../../src/importer/layout.ts';
import { leadersOf } from '../../src/importer/leaders.ts';
import { electionDayAnywhere, electionDays, electionMentions, observingOrganizations } from '../../src/importer/mission-facts.ts';
import { milestones } from '../../src/importer/milestones.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findCyrillicPeople, nominativeName } from '../../src/importer/people-ru.ts';
import { findPeople } from '../../src/importer/people.ts';

const leadersIn = (text: string) => {
  const mentions = findOrganizations(text);
  return leadersOf(findPeople([text]), { mentions, findOrgs: (s) => findOrganizations(s), organizations: observingOrganizations(mentions, text) }, false).map(
    ({ name, role, organization }) => ({ name, role, organization }),
  );
};
const figuresIn = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
const rolesIn = (text: string) => Object.fromEntries(findCyrillicPeople([text]).map((p) => [p.ru, p.roles]));

describe('media advisories', () => {
  test('a district’s initials after the town are no part of its name, and the lead stays an article', () => {
    expect(readDateline('NORVIK D.C., 3 May 2031 – Observers will hold a press conference.')).toMatchObject({ place: 'NORVIK', press: true });
    const parts = splitArticle(
      'Observers to hold press conference\nNORVIK D.C., 3 May 2031 – Observers will hold a press conference.\nWhat:\n- A press conference',
    );
    expect(parts.paragraphs[0]).toContain('Observers will hold a press conference');
  });
  test("the day on a 'When:' line under a Who/What block dates the press conference the lead announces", () => {
    const text = [
      'NORVIK, 3 May 2031 – International observers will hold a press conference to present their findings following the elections in Borovia.',
      'Who:',
      '- Alda Rennick, Head of the ODIHR election observation mission',
      'When:',
      '- 15:00 local time on 7 May 2031',
      'Where:',
      '- Hotel Norvik',
    ].join('\n');
    expect(milestones(text, { statementDate: '2031-05-03', election: false })).toEqual([
      { kind: 'preliminary-statement', status: 'planned', date: '2031-05-07' },
    ]);
  });
  test("an inline 'When: … Where:' dates the opening of the mission the advisory introduces", () => {
    const text =
      'Norvik, 3 May 2031 – Observers will hold a press conference on the opening of the observation mission. What: An introduction to the role of the mission Who: Alda Rennick When: 11:00 local time on 4 May 2031 Where: Hotel Norvik';
    expect(milestones(text, { statementDate: '2031-05-03', election: false })).toEqual([{ kind: 'opening', status: 'planned', date: '2031-05-04' }]);
  });
});

describe('a long role between the role and the name', () => {
  test("'X will be the Head of the OSCE's Office for … (ODIHR) election observation mission'", () => {
    expect(
      leadersIn(
        'Ida Marsh will be the Head of the OSCE`s Office for Democratic Institutions and Human Rights (ODIHR) election observation mission, a report said.',
      ),
    ).toEqual([{ name: 'Ida Marsh', role: 'head-of-mission', organization: 'odihr' }]);
  });
  test("'The ODIHR is headed by X' heads its mission", () => {
    expect(leadersIn('The ODIHR is headed by Ida Marsh, and started its work in Norvik on Friday.')).toEqual([
      { name: 'Ida Marsh', role: 'head-of-mission', organization: 'odihr' },
    ]);
  });
  test('Russian: the verb, then a long title, then the name', () => {
    expect(
      rolesIn(
        'Миссию наблюдателей от СНГ на выборах президента Боровии возглавит заместитель председателя Исполнительного комитета Содружества Иван Петров, сообщил Олег Сидоров.',
      )['Иван Петров'],
    ).toEqual(['Head of mission']);
    expect(
      rolesIn(
        'Напомним, главой миссии наблюдателей от СНГ на выборах в Боровии стал первый заместитель председателя Исполнительного комитета - Исполнительного секретаря СНГ Иван Петров.',
      )['Иван Петров'],
    ).toEqual(['Head of mission']);
  });
  test('Russian: the name, then the verb that makes it head', () => {
    expect(
      rolesIn('Первый заместитель председателя Исполнительного комитета – исполнительного секретаря СНГ Иван Петров возглавит миссию наблюдателей от СНГ.')[
        'Иван Петров'
      ],
    ).toEqual(['Head of mission']);
  });
  test('the speaker after a quotation is not given the role the quotation names', () => {
    expect(rolesIn('«Совет согласился с назначением Петрова главой Миссии», - отметил В.Сидоров.')['В.Сидоров'] ?? []).toEqual([]);
  });
});

describe('agencies and election days in Russian', () => {
  test('an agency the archive holds is known by its Russian name in capitals', () => {
    const archive: ArchiveIndex = {
      ...EMPTY_ARCHIVE,
      organizations: [
        { id: 'nordpress', name: 'Nordpress', ruName: 'Нордпресс' },
        { id: 'other', name: 'Other' },
      ],
    };
    expect(findArchiveOrganization(archive, 'НОРДПРЕСС')?.id).toBe('nordpress');
    expect(findArchiveOrganization(archive, 'ЮГПРЕСС')).toBeUndefined();
  });
  test('the day an election is set for, not the day observers arrive', () => {
    const text =
      'Первые наблюдатели миссии СНГ за выборами в Боровии прибудут в Норвик 8 ноября.\nВыборы в Боровии, которые состоятся 28 ноября 2031 года, пройдут спокойно.';
    expect(electionDayAnywhere(text, undefined)).toEqual({ rounds: ['2031-11-28'] });
  });
});

describe('observer figures', () => {
  test('arriving said of the figure outranks a bare future before it, not a request', () => {
    expect(
      figuresIn('The mission consists of 9 experts based in Norvik and 18 long-term observers to be deployed across the country, who will arrive next week.'),
    ).toContainEqual({ category: 'long-term', count: 18, status: 'expected' });
    const ru = figuresIn(
      'В состав миссии войдут 9 экспертов из 7 стран, которые будут находиться в Норвике, 40 «долгосрочных наблюдателей», которые начнут прибывать в конце недели.',
    );
    expect(ru).toContainEqual({ category: 'core-team', count: 9, status: 'planned', fromStates: 7 });
    expect(ru).toContainEqual({ category: 'long-term', count: 40, status: 'expected' });
    expect(figuresIn('ODIHR will request 150 short-term observers, who will arrive several days before election day.')).toEqual([
      { category: 'short-term', count: 150, status: 'planned', organization: 'odihr' },
    ]);
  });
  test('the category before a dash, and the people observers number', () => {
    expect(figuresIn('Будут также работать долгосрочные наблюдатели – порядка 15 человек из числа дипломатов.')).toEqual([
      { category: 'long-term', count: 15, status: 'planned', approximate: true },
    ]);
    expect(figuresIn('He noted that the ODIHR observers, comprising 180 people, will monitor the vote.')).toEqual([
      { category: 'total', count: 180, status: 'planned', organization: 'odihr' },
    ]);
  });
  test('applicants for accreditation are no figure; a mission that will number some is planned', () => {
    expect(figuresIn('На сегодняшний день заявления на аккредитацию подали порядка 70 представителей стран.')).toEqual([]);
    expect(figuresIn('Миссия наблюдателей составит до 50 человек.')).toEqual([{ category: 'total', count: 50, status: 'planned', approximate: true }]);
  });
});

describe('a State the text names only by its capital or its page', () => {
  test("a page's label names it", () => {
    expect(impliedCountry('News\nRegion:Armenia\nTheme: Politics\nA core team of 9 observers arrived on Saturday.', undefined)).toBe('am');
  });
  test('the capital of the dateline, else the first capital the sentences name', () => {
    expect(countryOfCapital('CHIȘINĂU')).toBe('md');
    expect(countryOfCapital('Chisinau')).toBe('md');
    expect(impliedCountry('Observers met the election commission.', 'Tbilisi')).toBe('ge');
    expect(impliedCountry('A team of 9 observers arrived in Vilnius on Saturday, the head of mission Ida Marsh said.', undefined)).toBe('lt');
    expect(impliedCountry('Observers met the election commission.', undefined)).toBeUndefined();
  });
});

describe('more wording in Russian and English', () => {
  test('a role of many words before the name still names the person', () => {
    expect(
      findCyrillicPeople(['сообщил во вторник постоянный полномочный представитель Боровии при уставных и других органах СНГ Олег Сидоров.']).map((p) => p.ru),
    ).toEqual(['Олег Сидоров']);
  });
  test("'начнет работу <day>' and 'приступила к своей работе' open a mission", () => {
    expect(milestones('Миссия наблюдателей от СНГ начнет работу 4 февраля.', { election: false })).toEqual([{ kind: 'opening', status: 'planned' }]);
    expect(milestones('С сегодняшнего дня миссия наблюдателей приступила к своей работе.', { election: false })).toEqual([
      { kind: 'opening', status: 'actual' },
    ]);
  });
  test("a day after a figure of people is the news's, not the election's", () => {
    const [mention] = electionMentions('Миссия наблюдателей от СНГ на выборах президента Боровии составит до 50 человек 5 февраля 2031 года, 14:42');
    expect(electionDays(mention!, '2031-02-05')).toEqual({ rounds: [] });
  });
  test('a time zone is no person', () => {
    expect(findPeople(['The mission will present its findings at 15.00 Norvik time (1300 Central European Summer Time).'])).toEqual([]);
  });
});

describe('figures of several bodies, stages and instrumental names', () => {
  test("'78 from the OSCE PA, and 18 from PACE' after one organization's categories are those assemblies' members", () => {
    expect(
      figuresIn('The mission totals 310 observers, including 214 long-term and short-term observers deployed by ODIHR, 78 from the OSCE PA, and 18 from PACE.'),
    ).toEqual([
      { category: 'total', count: 310, status: 'deployed' },
      { category: 'total', count: 214, status: 'deployed', organization: 'odihr' },
      { category: 'parliamentarians', count: 78, status: 'deployed', organization: 'osce-pa' },
      { category: 'parliamentarians', count: 18, status: 'deployed', organization: 'pace' },
    ]);
  });
  test('an elided figure of a body that is no assembly keeps the list’s own noun', () => {
    const figures = figuresIn(
      'The commission accredited 420 international observers, including 250 from the OSCE/ODIHR, 80 from the OSCE PA and 60 from the CIS.',
    );
    expect(figures).toContainEqual({ category: 'total', count: 60, status: 'deployed', organization: 'cis' });
  });
  test("'300-plus short-term observers' is approximate", () => {
    expect(figuresIn('ODIHR will deploy 300-plus short-term observers across the country.')[0]).toMatchObject({
      count: 300,
      category: 'short-term',
      approximate: true,
    });
  });
  test("'a primary report' is the preliminary statement; 'announced … the start of their mission' opens it", () => {
    expect(milestones('ODIHR will publish a primary report the day after the election.', { election: false })).toEqual([
      { kind: 'preliminary-statement', status: 'planned' },
    ]);
    expect(milestones('The observers announced on 3 May 2031 the start of their mission in Norvik.', { statementDate: '2031-05-04', election: false })).toEqual(
      [{ kind: 'opening', status: 'actual', date: '2031-05-03' }],
    );
  });
  test('a name in the instrumental after a title and a State is read in the nominative, with the role it leads', () => {
    expect(rolesIn('Миссию БДИПЧ во главе с послом Швеции Олегом Ворониным встретил председатель ЦИК.')).toEqual({ 'Олег Воронин': ['Head of mission'] });
    expect(rolesIn('Встреча с главой миссии БДИПЧ ОБСЕ, послом Польши Ингой Лаас прошла в ЦИК.')).toEqual({ 'Инга Лаас': ['Head of mission'] });
    expect(rolesIn('Делегацию ПАСЕ возглавляет депутат парламента Норвегии Ивар Ольсен.')).toEqual({ 'Ивар Ольсен': ['Head of delegation of the ПАСЕ'] });
  });
});

describe('names declined in Russian', () => {
  test('a family name in -ов is read back without an adjective’s ending', () => {
    expect(nominativeName('Петром Ивановым')).toBe('Петр Иванов');
    expect(nominativeName('Еленой Ивановой')).toBe('Елена Иванова');
  });
});

describe('ODIHR as the subject of an opening', () => {
  test("'The ODIHR … started its work in Norvik on Friday' opens its mission", () => {
    expect(milestones('The ODIHR is headed by Ida Marsh, and started its work in Norvik on Friday.', { election: false })).toEqual([
      { kind: 'opening', status: 'actual' },
    ]);
  });
});
