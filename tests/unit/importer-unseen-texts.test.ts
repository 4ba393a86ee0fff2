/**
 * Kinds of wording met in real texts the importer had not seen, one behaviour each, with invented names
 * and places: roles beside a name, names in Cyrillic around the body their bearer heads, the stages and
 * missions news items word loosely, credits of copied articles, and a site's sections.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { countriesOf, extractStatement } from '../../src/importer/extract.ts';
import { creditLine, sameOutlet, siteOrganization } from '../../src/importer/issuer.ts';
import { readDateline } from '../../src/importer/layout.ts';
import { leadersOf } from '../../src/importer/leaders.ts';
import { missionType, observingOrganizations } from '../../src/importer/mission-facts.ts';
import { milestones } from '../../src/importer/milestones.ts';
import { numbersIn } from '../../src/importer/numbers.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { organizationOfWebsite } from '../../src/importer/organizations.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findCyrillicPeople } from '../../src/importer/people-ru.ts';
import { findPeople } from '../../src/importer/people.ts';
import { importText } from '../../src/importer/result.ts';

const leadersIn = (text: string) => {
  const mentions = findOrganizations(text);
  return leadersOf(findPeople([text]), { mentions, findOrgs: (s) => findOrganizations(s), organizations: observingOrganizations(mentions, text) }, false).map(
    ({ name, role, organization }) => ({ name, role, organization }),
  );
};

describe('roles beside a name', () => {
  test('a role after a place or a weekday and a comma is the name’s own, not a list’s', () => {
    expect(leadersIn('Observers arrived in Norvik on Saturday, head of OSCE/ODIHR mission Alda Rennick told reporters.')).toEqual([
      { name: 'Alda Rennick', role: 'head-of-mission', organization: 'odihr' },
    ]);
  });
  test("'the mission's head and <description>, X, said'", () => {
    expect(leadersIn("ODIHR opened its mission, the mission's head and Borovian diplomat, Tamsin Orlo, said in Norvik.")[0]).toMatchObject({
      name: 'Tamsin Orlo',
      role: 'head-of-mission',
    });
  });
  test("'led by <demonym> MP X' and 'headed by <demonym> deputy X' head a delegation", () => {
    expect(leadersIn('The OSCE PA delegation will be led by Borovian MP Kestrel Vann.')).toEqual([
      { name: 'Kestrel Vann', role: 'head-of-delegation', organization: 'osce-pa' },
    ]);
    expect(leadersIn('The PACE delegation is headed by Borovian deputy Ilse Marrow.')[0]).toMatchObject({ name: 'Ilse Marrow', role: 'head-of-delegation' });
  });
  test("'X from <State> to head the delegation', 'X is heading the mission'", () => {
    expect(leadersIn('The President has appointed Vice-President Doran Pike from Austria to lead the OSCE PA delegation.')[0]).toMatchObject({
      name: 'Doran Pike',
      role: 'head-of-delegation',
    });
    expect(findPeople(['It was noted that the observer mission is accredited. Ivo Stanek is heading the mission.'])[0]?.roles).toContain('Head of the mission');
  });
  test('a role after a bracket with the home State; the leader of an assembly’s mission heads its delegation', () => {
    expect(leadersIn('WHO: Milo Dravec (MP, Malta), Leader of the OSCE PA observation mission to Norvik')).toEqual([
      { name: 'Milo Dravec', role: 'head-of-delegation', organization: 'osce-pa' },
    ]);
  });
  test("a name the lexicon reads as common words is a person's when a role or a home State stands by it", () => {
    expect(findPeople(['A delegation led by Tiny Brook (Netherlands, UEL) will observe the elections.'])[0]).toMatchObject({
      name: 'Tiny Brook',
      nationality: 'nl',
    });
  });
  test('the head of an embassy-like delegation is no observation leader', () => {
    expect(leadersIn('The Head of the European Union Delegation to Armenia Arno Vesk said the EU will fund the observation.')).toEqual([]);
  });
});

describe('names in Cyrillic', () => {
  const names = (text: string) => findCyrillicPeople([text]).map((p) => ({ ru: p.ru, roles: p.roles }));
  test('the name after the body its bearer heads, and a family name declined like an adjective', () => {
    expect(names('заявил глава миссии, исполнительный секретарь Содружества Борис Ладов.')).toEqual([{ ru: 'Борис Ладов', roles: ['Head of mission'] }]);
    expect(names('Главой группы наблюдателей назначен заместитель председателя Исполкома СНГ Виктор Громский.')).toEqual([
      { ru: 'Виктор Громский', roles: ['Head of mission'] },
    ]);
  });
  test('a role after the name at the start of a sentence', () => {
    expect(names('День прошёл тихо. Ильдар Нуров, глава миссии наблюдателей СНГ, дал интервью.')).toEqual([{ ru: 'Ильдар Нуров', roles: ['Head of mission'] }]);
  });
  test('a full name with a patronymic; a name alone on a contact line; the head of a staff is no head of mission', () => {
    expect(names('Итоги огласил Пётр Ильич Самойлов накануне.').map((p) => p.ru)).toEqual(['Пётр Ильич Самойлов']);
    expect(names('Нил Баркли').map((p) => p.ru)).toEqual(['Нил Баркли']);
    expect(names('Об этом сообщил руководитель штаба миссии Асан Бекетов.')).toEqual([{ ru: 'Асан Бекетов', roles: [] }]);
  });
  test("CIS observers named in Russian without a preposition: 'миссии наблюдателей СНГ'", () => {
    const text = 'Глава миссии наблюдателей СНГ заявил, что выборы прошли спокойно.';
    expect(observingOrganizations(findOrganizations(text), text)).toEqual(['cis']);
  });
});

describe('stages and missions as news items word them', () => {
  test('a deployment from a day without a year, in an undated text, is still a stage', () => {
    expect(milestones('The office asked for 26 long-term observers to be deployed in the regions from 3 March.', { election: false })).toEqual([
      { kind: 'lto-deployment', status: 'planned' },
    ]);
  });
  test("'started monitoring' opens a mission; elections held 'openly' open none", () => {
    expect(milestones('The observer mission of the Commonwealth has started monitoring the vote in Norvik.', { election: false })).toEqual([
      { kind: 'opening', status: 'actual' },
    ]);
    expect(milestones('Выборы были открытыми и прозрачными, заявил глава миссии.', { election: false })).toEqual([]);
  });
  test('a preliminary assessment at a press conference, and a report months after the elections', () => {
    expect(milestones('Their stay closes with a press conference where the delegation will present its preliminary assessment.', { election: false })).toEqual([
      { kind: 'preliminary-statement', status: 'planned' },
    ]);
    expect(milestones('The team will publish a report in three months after the elections.', { election: false })).toEqual([
      { kind: 'final-report', status: 'planned' },
    ]);
    expect(milestones('Итоговая пресс-конференция запланирована на 3 марта.', { election: false })).toEqual([
      { kind: 'preliminary-statement', status: 'planned' },
    ]);
  });
  test("'the OSCE/ODIHR mission' is an EOM where the text words it no other way", () => {
    expect(missionType('Head of OSCE/ODIHR mission Alda Rennick told reporters in Norvik.')).toBe('EOM');
    expect(missionType('ODIHR mission deploys observers. The ODIHR limited election observation mission opened today.')).toBe('LEOM');
  });
});

describe('credits and sites', () => {
  test('a copy of another site’s article credits it on a line of its own', () => {
    expect(creditLine(['The mission opened today.', 'Example.az'])).toBe('https://example.az');
    expect(creditLine(['Источник и фото - example.ru', 'Текст заметки.'])).toBe('https://example.ru');
    expect(creditLine(['The mission opened today.'])).toBeUndefined();
  });
  test('a name in Cyrillic names no site by its address', () => {
    expect(sameOutlet('РИА Новости', 'https://example.news/a')).toBe(false);
  });
  test('a two-letter section of a site is no language: osce.org/pa is the Assembly’s', () => {
    expect(organizationOfWebsite('https://osce.org/pa/111')).toBe('osce-pa');
    expect(organizationOfWebsite('https://www.oscepa.org/ru/news')).toBe('osce-pa');
  });
  test('a bracket in a dateline in a script of another language is a link to a translation, not an agency', () => {
    expect(readDateline('NORVIK, 15 February 2013 (Հայերեն) – The observers will present their findings.')?.agency).toBeUndefined();
  });
  test('an outlet the archive holds is known by its website', () => {
    const archive = { ...EMPTY_ARCHIVE, organizations: [{ id: 'norvik-times', name: 'Norvik Times', website: 'https://norviktimes.com' }] };
    const r = importText('Observers arrived in Norvik, head of mission Alda Rennick said at a press conference.', 'x.txt', archive, {
      url: 'https://norviktimes.com/2020/observers',
    });
    expect(r.statement.source).toBe('norvik-times');
  });
});

describe('datelines as news sites print them', () => {
  test("'PLACE.- ', 'PLACE – ' and 'PLACE, Country – ' open a text with its place", () => {
    expect(readDateline('NORVIK.- The observers started monitoring activities.')?.place).toBe('NORVIK');
    expect(readDateline('NORVIK – Observers from the OSCE announced the start of their mission.')?.place).toBe('NORVIK');
    expect(readDateline('NORVIK, Kazakhstan – The mission officially opened its work.')).toMatchObject({
      place: 'NORVIK',
      rest: 'The mission officially opened its work.',
    });
  });
  test("a double hyphen ends a dateline: 'NORVIK, Aug. 28 (Agency) -- …'", () => {
    expect(readDateline('NORVIK, Aug. 28 (Agency) -- The mission opened on Tuesday.')).toMatchObject({
      place: 'NORVIK',
      agency: 'Agency',
      rest: 'The mission opened on Tuesday.',
    });
  });
  test("'Place. 30 October. AGENCY/ …': the agency closed by a slash", () => {
    expect(readDateline('Norvik. 30 October. NEWS.BO/ The delegation arrived.')).toMatchObject({ place: 'Norvik', agency: 'NEWS.BO' });
  });
});

describe('what a text is about', () => {
  test('States named only as the homes of its people are not what the text is about', () => {
    const about = (text: string) => countriesOf(text, []);
    expect(about('A delegation led by Tiny Brook (Netherlands, UEL) will observe the elections in Georgia.')).toEqual(['ge']);
    expect(about('The mission in Kazakhstan includes analysts from Italy, Norway, Latvia and Poland.')).toEqual(['kz']);
    expect(
      about(
        'Observers led by Jon Sela, member of the Parliament of Portugal, speak for 20 participating states, including Russia, France and Italy, at the elections in the United States.',
      ),
    ).toEqual(['us']);
    expect(about('Ida Marsh from Germany has been appointed to head the delegation to Azerbaijan.')).toEqual(['az']);
  });
  test('parliaments and credited outlets are no people', () => {
    expect(findPeople(['The election to Jogorku Kenesh is over, Norvik Neo reports.']).map((p) => p.name)).toEqual([]);
  });
});

describe('contacts without a heading', () => {
  test('a name on its own line, a title, then labelled phones in pairs of digits', () => {
    const text = `Observers to report on the elections\n\nNORVIK, 25 October 2010 – Observers of the OSCE PA will hold a press conference.\n\nAll media are welcome.\n\nIvo Marsh\n\nHead of Press\n\nOffice: +45 33 37 80 11\nMobile: +45 60 10 81 22\nEmail: [email protected]\n`;
    const r = importText(text, 'x.txt', EMPTY_ARCHIVE);
    expect(r.people.find((p) => p.name === 'Ivo Marsh')?.contactPoints.map((c) => c.phone)).toContain('+4533378011');
  });
});

describe('observer figures as news items word them', () => {
  const figures = (text: string) =>
    observerFigures(text, (s) => findOrganizations(s)).figures.map(({ category, count, status, fromStates, approximate }) => ({
      category,
      count,
      status,
      ...(fromStates ? { fromStates } : {}),
      ...(approximate ? { approximate } : {}),
    }));
  test("observers 'to be deployed' are not deployed; a figure after them takes its own verb", () => {
    expect(
      figures('The office has requested 26 long-term observers to be deployed from 3 March, as well as 410 short-term observers to observe the vote.'),
    ).toEqual([
      { category: 'long-term', count: 26, status: 'planned' },
      { category: 'short-term', count: 410, status: 'planned' },
    ]);
  });
  test("'the 48 observers … are to arrive' repeats '48 observers would be deployed'; 'representing 19 States'", () => {
    expect(figures('She said 48 observers would be deployed in the regions. The 48 observers representing 19 member states are to arrive on Friday.')).toEqual([
      { category: 'total', count: 48, status: 'expected', fromStates: 19 },
    ]);
  });
  test('the size of a team, citizen observers and an observer sign-up', () => {
    expect(figures('Наблюдатели работают командами по два человека в каждом районе.')).toEqual([]);
    expect(figures('The commission listed 512 national observers from a civic group.')).toEqual([]);
    expect(figures('By Friday, 31 observers had signed up for the mission, including 19 MPs from 12 countries.')).toEqual([
      { category: 'total', count: 31, status: 'planned' },
      { category: 'parliamentarians', count: 19, status: 'planned', fromStates: 12 },
    ]);
  });
  test('the States of a total whose breakdown is in brackets; a delegation with an adjective; arrivals in Russian', () => {
    expect(figures('In all 140 observers (40 long-term and 100 short-term) from over 17 countries will take part.')[0]).toMatchObject({
      count: 140,
      fromStates: 17,
    });
    expect(figures('A 12-member cross-party delegation arrived.')).toEqual([{ category: 'parliamentarians', count: 12, status: 'deployed' }]);
    expect(figures('На голосование приедут более 400 наблюдателей из 25 стран.')).toEqual([
      { category: 'total', count: 400, status: 'expected', fromStates: 25, approximate: true },
    ]);
  });
});

describe('more names and dates', () => {
  test('a double family name broken after its hyphen; the delegation’s organization is the nearest named', () => {
    expect(
      leadersIn(
        'The OSCE Chairmanship-in-Office has appointed Lena Varga as Special Coordinator, while the OSCE PA delegation will be led by Borovian MP Anna Kova- Lind.',
      ),
    ).toContainEqual({ name: 'Anna Kova-Lind', role: 'head-of-delegation', organization: 'osce-pa' });
  });
  test('a full Russian name after a place; an apposition that closes at its comma', () => {
    const names = findCyrillicPeople([
      'В Твери Пётр Ильич Самойлов огласил итоги.',
      'День прошёл тихо. Ильдар Нуров, глава миссии наблюдателей и замгенсека, дал интервью.',
    ]);
    expect(names.map((p) => [p.ru, p.roles])).toEqual([
      ['Пётр Ильич Самойлов', []],
      ['Ильдар Нуров', ['Head of mission']],
    ]);
  });
  test('a dateline’s day without a year takes the year the text prints for that same day', () => {
    const r = importText(
      'Alda Rennick speaks in Norvik on Mar. 5, 2019. (Agency/Photo)\nNORVIK, Mar. 5 (Agency) -- The OSCE opened an observation mission on Tuesday, said head of mission Alda Rennick.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.statement.date).toBe('2019-03-05');
  });
  test("'reports citing PACE’s website' relays PACE", () => {
    const r = importText(
      'NORVIK, Jan. 30\n\nA 14-member delegation of PACE will go to Azerbaijan for the early parliamentary elections, Agency reports citing PACE’s website.',
      'x.txt',
      EMPTY_ARCHIVE,
      { url: 'https://agency.az/1' },
    );
    expect(r.statement.reportsOn).toBe('pace');
  });
});

describe('news sites and the archive', () => {
  test("'…, IPN reports' on ipn's own site: a news report, not the organization's release", () => {
    expect(siteOrganization('https://ipn.bo/en/1', 'The mission opened today, IPN reports.')).toBeUndefined();
    expect(siteOrganization('https://turkpa.org/1', 'TURKPA observers arrived.')).toBe('turkpa');
  });
  test("'EOM head X told', 'the mission … began', 'a report within eight weeks of the elections'", () => {
    expect(leadersIn('EOM head Corin Vale told a press conference that the ODIHR mission consists of 11 experts.')[0]).toMatchObject({
      name: 'Corin Vale',
      role: 'head-of-mission',
    });
    expect(milestones('ODIHR began its observation mission in Norvik.', { election: false })).toEqual([{ kind: 'opening', status: 'actual' }]);
    expect(milestones('Its report will come out within ten weeks of the elections.', { election: false })).toEqual([
      { kind: 'final-report', status: 'planned' },
    ]);
  });
  test('a text the archive holds keeps the source and place a maintainer settled for it', () => {
    const archive = {
      ...EMPTY_ARCHIVE,
      statements: [
        {
          id: '2017-10-15-x',
          file: 'statements/2017/2017-10-15-x.mdx',
          url: 'https://copy.bo/1',
          date: '2017-10-15',
          source: 'norvik-news',
          place: 'Norvik',
          missions: [],
        },
      ],
    };
    const r = importText('Observers to present findings\n\nThe observers will present their statement, Copy reports.', 'x.txt', archive, {
      url: 'https://copy.bo/1',
    });
    expect(r.statement).toMatchObject({ exists: true, source: 'norvik-news', place: 'Norvik' });
  });
});

describe('contacts and staff', () => {
  test("'For more information, contact <title> <Name>,, <phone>' is a contact, not a heading", () => {
    const e = extractStatement(
      'Preparations underway\nNORVIK, 4 May 2016 – Observers of the OSCE PA are preparing for the vote.\nFor more information, contact Deputy Secretary General Ada Holm,, +45 33 37 80 41\nThis release comes from the OSCE Parliamentary Assembly.',
    );
    expect(e.contacts).toEqual([{ name: 'Ada Holm', id: 'ada-holm', phone: '+4533378041' }]);
  });
  test("'9 international staff from eight OSCE participating States' is the core team; 'from 6 OSCE member states'", () => {
    const figures = observerFigures('The team consists of 9 international staff from eight OSCE participating States.', (s) => findOrganizations(s)).figures;
    expect(figures).toEqual([{ category: 'core-team', count: 9, status: 'deployed', fromStates: 8 }]);
    expect(observerFigures('The core group consists of 7 experts from 6 OSCE member states.', (s) => findOrganizations(s)).figures[0]).toMatchObject({
      fromStates: 6,
    });
  });
});

describe('figures in words', () => {
  test('Russian number words declined off their stem, and a number in words that opens the next figure', () => {
    expect(numbersIn('около ста наблюдателей из сорока стран').map((n) => n.value)).toEqual([100, 40]);
    const figures = observerFigures('Миссия состоит из двадцати экспертов и около ста краткосрочных наблюдателей.', (s) => findOrganizations(s)).figures;
    expect(figures.map(({ category, count }) => [category, count])).toEqual([
      ['core-team', 20],
      ['short-term', 100],
    ]);
  });
});

describe('the mission type', () => {
  test("a headline's bare 'observation mission' gives way to the lead's limited one", () => {
    expect(
      missionType(
        'ODIHR opens observation mission in Norvik\nThe OSCE Office for Democratic Institutions and Human Rights opened a limited election observation mission.',
      ),
    ).toBe('LEOM');
  });
});

describe('an outlet’s editions', () => {
  test('a language edition of a site the archive holds is that outlet', () => {
    const archive = { ...EMPTY_ARCHIVE, organizations: [{ id: 'norvik-news', name: 'Norvik News', website: 'https://www.norviknews.bo' }] };
    const r = importText('Observers arrived in Norvik, head of mission Alda Rennick said at a press conference.', 'x.txt', archive, {
      url: 'https://en.norviknews.bo/2020/observers',
    });
    expect(r.statement.source).toBe('norvik-news');
  });
});
