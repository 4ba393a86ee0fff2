/**
 * Kinds of input met in a tenth and eleventh set of real texts, one behaviour each, with invented names, places
 * and figures: an agency's dateline in guillemets that is no breadcrumb, Russian names of States and of women that
 * begin alike, a list of speakers each with a dash and a role, a group's co-ordinator, a name after a verb of
 * speech, a name in its title's case, a Latin spelling in brackets, instrumental family names after an initial,
 * titles that are no names, a middle name left out, the head of "the OSCE mission", the day of a meeting or of a
 * mission's start told beside the election, and names that differ only by the space after an initial.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { countryIdOf } from '../../src/importer/countries.ts';
import { outletOfUrl } from '../../src/importer/issuer.ts';
import { splitArticle } from '../../src/importer/layout.ts';
import { findCyrillicPeople } from '../../src/importer/people-ru.ts';
import { findPeople } from '../../src/importer/people.ts';
import { importText } from '../../src/importer/result.ts';
import { scoreImport, type Expected } from '../../src/importer/score.ts';

const imported = (text: string) => importText(text, 'x.txt', EMPTY_ARCHIVE);
const peopleOf = (paragraph: string) => findCyrillicPeople([paragraph]).map((p) => [p.ru, p.name, p.roles]);

describe('layout', () => {
  test("'Норвик, 6 ноября ( НИАТ «Вести»).- …' is the text's first paragraph, not a breadcrumb", () => {
    const parts = splitArticle(
      'Наблюдатели встретились с главой миссии\nНорвик, 6 ноября ( НИАТ «Вести»).- Координатор группы наблюдателей посетил штаб миссии.',
    );
    expect(parts.paragraphs.join(' ')).toContain('посетил штаб миссии');
  });
});

describe('Russian names', () => {
  test("a State's name in a case ending, not any word that begins like it: 'Данией' is Denmark, 'Даниэла' a name", () => {
    expect(countryIdOf('Данией')).toBe('dk');
    expect(countryIdOf('Беларусью')).toBe('by');
    expect(countryIdOf('Даниэла')).toBeUndefined();
  });
  test("'А - глава делегации ПА ОБСЕ, Б - глава миссии БДИПЧ': each speaker's role is the one after the dash", () => {
    expect(
      peopleOf(
        'Перед журналистами выступят Ида Марш - специальный координатор ОБСЕ,  Даниэла Де Норвик - глава делегации ПА ОБСЕ,  Ивар Лунд - глава миссии БДИПЧ',
      ),
    ).toEqual([
      ['Ида Марш', 'Ida Marsh', ['Special Co-ordinator']],
      ['Даниэла Де Норвик', 'Daniela De Norvik', ['Head of delegation of the ПА ОБСЕ']],
      ['Ивар Лунд', 'Ivar Lund', ['Head of mission']],
    ]);
  });
  test("'координатор группы наблюдателей – заместитель председателя Сената Петр Иванов' heads a delegation, no OSCE co-ordination", () => {
    expect(peopleOf('Открыл совещание координатор группы наблюдателей – заместитель председателя Сената Парламента Петр Иванов.')).toEqual([
      ['Петр Иванов', 'Petr Ivanov', ['Head of delegation']],
    ]);
  });
  test("'— заявила Мария Петрова из Боровии, координатор специальной миссии': the nominative, and the role after her State", () => {
    expect(peopleOf('«Выборы проходят спокойно», — заявила Мария Петрова из Боровии, координатор специальной миссии.')).toEqual([
      ['Мария Петрова', 'Mariya Petrova', ['Special Co-ordinator']],
    ]);
  });
  test("'встреча Главы Миссии … на выборах в Кыргызстане Игоря Петрова': the name in its title's case", () => {
    expect(
      peopleOf('Рабочая встреча Главы Миссии наблюдателей от СНГ на выборах в Кыргызстане Игоря Петрова с Председателем комиссии состоялась вчера.')[0]?.[0],
    ).toBe('Игорь Петров');
  });
  test("'Ида Марш (Ida Marsh)': the Latin spelling the text gives is the person's, and no second person", () => {
    expect(peopleOf('Специальным координатором выступит немецкий политик Ида Марш (Ida Marsh), бывший руководитель Бюро.')).toEqual([
      ['Ида Марш', 'Ida Marsh', ['Special Co-ordinator']],
    ]);
    expect(findPeople(['Специальным координатором выступит политик Ида Марш (Ida Marsh), бывший руководитель Бюро.'])).toEqual([]);
  });
  test("an initial and a family name in the instrumental ('с Председателем Н.Ивановом'); titles are no names", () => {
    expect(findCyrillicPeople(['Наблюдатели встретились с Председателем комиссии Н.Лундом.']).map((p) => p.ru)).toEqual(['Н.Лунд']);
    expect(findCyrillicPeople(['Миссию возглавил заместитель Председателя Районной избирательной комиссии.'])).toEqual([]);
  });
});

describe('English names', () => {
  test("'Hannah Theresa Roberts' and 'Hannah Roberts' are one person; a meeting's name is none", () => {
    const people = findPeople([
      '- Head of Mission: Ida Theresa Marsh (United Kingdom)',
      'The mission, headed by Ida Marsh, began its work. It will report to the Human Dimension Implementation Meeting.',
    ]);
    expect(people.map((p) => p.name)).toEqual(['Ida Theresa Marsh']);
  });
});

describe('missions', () => {
  test("'глава миссии ОБСЕ Гайди Лунд' in a text that names no other body: the OSCE's head of mission", () => {
    const r = imported(
      'Миссия ОБСЕ начала работу\nМиссия ОБСЕ по наблюдению за выборами Президента Боровии официально начала работу. Об этом сообщила на пресс-конференции глава миссии Гайди Лунд.',
    );
    expect(r.missions[0]?.leaders.map((l) => [l.role, l.organization])).toEqual([['head-of-mission', 'osce']]);
  });
  test('the day of a meeting or of the mission’s start, told beside the election, is no election day; its year is the mission’s', () => {
    const meeting = imported(
      'Рабочая встреча Главы Миссии наблюдателей от СНГ на досрочных парламентских выборах в Кыргызстане Игоря Петрова с Председателем комиссии состоялась 28 ноября 2031 года в Норвике.',
    );
    expect(meeting.missions[0]?.election.rounds).toBeUndefined();
    expect(meeting.missions[0]?.id).toBe('kg/2031-early-parliamentary-cis');
    const start = imported(
      'По приглашению комиссии Миссия наблюдателей от СНГ на выборах Президента Боровии и её Штаб 25 января 2031 года приступили к мониторингу избирательной кампании.',
    );
    expect(start.missions[0]?.election.rounds).toBeUndefined();
    expect(start.missions[0]?.milestones.map((m) => [m.kind, m.status, m.date])).toContainEqual(['opening', 'actual', '2031-01-25']);
  });
});

describe('scoring', () => {
  test("'Г.Мурадов' drafted and 'Г. Мурадов' expected are the same printed name", () => {
    const r = imported('Наблюдатели встретились с Председателем комиссии Боровии Г.Мурадовым.');
    const expected: Expected = { statement: {}, missions: [], leaders: [], observers: [], milestones: [], people: ['Г. Мурадов'], phones: [], emails: [] };
    expect(scoreImport(expected, r).filter((c) => c.field === 'people')).toEqual([expect.objectContaining({ right: true })]);
  });
});

describe('statements at the Permanent Council', () => {
  test("'As delivered by … / to the Permanent Council, Vienna / April 27, 2031', with no title: a delegation's statement", () => {
    const text =
      'Response to Criticism of ODIHR Election Observation\nAs delivered by Chargé d’Affaires, a.i. Ida Marsh\nto the Permanent Council, Vienna\nApril 27, 2031\nThank you, Mr. Chair.\nODIHR applies the same Needs Assessment Mission methodology to all elections.';
    const s = importText(text, 'x.txt', EMPTY_ARCHIVE, { url: 'https://osce.usmission.gov/response/' }).statement;
    expect([s.kind, s.date, s.place, s.source]).toEqual(['delegation-statement', '2031-04-27', 'Vienna', 'us-mission-to-osce']);
  });
  test("'EU Statement on …' under '1450th Special Permanent Council, Vienna, 15 November 2031.'", () => {
    const text =
      'EU Statement on Draft Decision 21/31 on ODIHR´s observation of elections in Norvia\n\n1450th Special Permanent Council, Vienna, 15 November 2031.\n\nThe EU Member States reiterate their full support to ODIHR’s election observation work.';
    const s = imported(text).statement;
    expect([s.kind, s.date, s.place, s.source]).toEqual(['delegation-statement', '2031-11-15', 'Vienna', 'eu']);
  });
  test("a speaker's line carries the date; an opening sentence that names no delegation drafts no organization", () => {
    const text =
      'Statement by Ambassador Ida Marsh, Permanent Representative, on the Upcoming Parliamentary Elections, 1041st Meeting of the Permanent Council\n\nIda Marsh 26.02.2031\nThank you, Mr. Chairperson,\n\nMillions of voters will go to the polls on 7 June 2031.';
    const r = importText(text, 'x.txt', EMPTY_ARCHIVE, { url: 'http://agit.dt.mfa.gov.tr/Mission/ShowSpeech/1' });
    expect([r.statement.kind, r.statement.date, r.statement.source]).toEqual(['delegation-statement', '2031-02-26', 'tr-mfa']);
    expect(r.organizations.map((o) => o.id)).not.toContain('millions-of-voters');
  });
});

describe('observer figures, told in other ways', () => {
  test("an assessment mission's experts are the whole mission: 'The EAM consists of 11 experts from 10 States'", () => {
    const text =
      'ODIHR election assessment mission\nNORVIK, 14 April 2031 – The OSCE/ODIHR Election Assessment Mission for the 5 May 2031 general election consists of 11 experts from 10 OSCE participating States.';
    expect(imported(text).missions[0]?.observers.map((o) => [o.category, o.count])).toEqual([['total', 11]]);
  });
  test("'is deploying', 'will subsequently travel to', 'will be in', 'will begin their mission': observers on their way", () => {
    const figuresOf = (t: string) => imported(t).missions[0]?.observers.map((o) => [o.category, o.count, o.status]);
    expect(
      figuresOf(
        'The OSCE Parliamentary Assembly is deploying a mission of 56 international observers, including 43 parliamentarians, to Norvia for the 24 September 2031 elections.',
      ),
    ).toEqual([
      ['total', 56, 'expected'],
      ['parliamentarians', 43, 'expected'],
    ]);
    expect(
      figuresOf(
        'A full delegation comprising 32 members of the Assembly will subsequently travel to Norvia to observe the elections on 2 April 2031, PACE said.',
      ),
    ).toEqual([['parliamentarians', 32, 'expected']]);
    expect(figuresOf('A five-member PACE delegation will be in Norvik from 17 to 19 September 2031 to observe the elections.')).toEqual([
      ['parliamentarians', 5, 'expected'],
    ]);
  });
});

describe('dates', () => {
  test("'BUDAPEST, 13 March 2031 -Following an invitation': a dash that touches the first word", () => {
    const page = [
      'Press release',
      'ODIHR sends mission to Norvia',
      '- Date:',
      '- Source:',
      '- OSCE Office for Democratic Institutions and Human Rights',
      'NORVIK, 13 March 2031 -Following an invitation, the OSCE Office for Democratic Institutions and Human Rights has established an election observation mission.',
    ].join('\n');
    expect(imported(page).statement.date).toBe('2031-03-13');
  });
  test("'Норвик, 05.01.31. /Вести/.': a day, month and two-figure year", () => {
    expect(imported('Наблюдатели МПА СНГ прибыли\nНорвик, 05.01.31. /Вести/. Наблюдатели прибыли для наблюдения за выборами.').statement.date).toBe(
      '2031-01-05',
    );
  });
  test("'Parliamentary Elections, 3 and 4 October 2031' heads a mission's page: the election's days, not the page's", () => {
    expect(
      imported('Election Assessment Mission\nParliamentary Elections, 3 and 4 October 2031\nFollowing an invitation, ODIHR deployed a mission.').statement.date,
    ).toBeUndefined();
  });
  test("a mission's page without a date of its own places its stages by the election's year", () => {
    const text =
      'Election Assessment Mission\nFederal Elections, 19 October 2031\nThe ODIHR EAM, headed by Ida Marsh, began its work in Norvia on 6 October. It will observe the 19 October 2031 federal elections.';
    expect(imported(text).missions[0]?.milestones.map((m) => [m.kind, m.status, m.date])).toContainEqual(['opening', 'actual', '2031-10-06']);
  });
});

describe('a twelfth set: elections, titles and places', () => {
  test("'выборы в мажилис' and 'на выборах в ЖК', as news sites write them, are parliamentary elections", () => {
    expect(imported('Миссия БДИПЧ/ОБСЕ планирует отправить на предстоящие выборы в мажилис Казахстана 400 наблюдателей.').missions[0]?.election.kind).toBe(
      'parliamentary',
    );
    expect(imported('На выборах в ЖК будут работать более 70 международных наблюдателей от МПА СНГ.').missions[0]?.election.kind).toBe('parliamentary');
  });
  test("observers who 'будут наблюдать за выборами', of no named kind, still make a mission", () => {
    expect(
      imported('Более 350 наблюдателей БДИПЧ ОБСЕ работают по всему Казахстану. «Сегодня мы будем наблюдать за выборами», — сказал глава миссии.').missions,
    ).toHaveLength(1);
  });
  test("a photo's credit over the text is no headline", () => {
    expect(splitArticle('Фото Ивара Лунда\nМиссия БДИПЧ/ОБСЕ планирует отправить наблюдателей.').title).toBeUndefined();
  });
  test("'Political Counselor Ivo Marsh', 'Co-Chair Ida Lind': titles, not names; a capital before a Russian name is no part of it", () => {
    expect(
      findPeople(['As delivered by Political Counselor Ivo Marsh.', 'The delegation will be headed by its Co-Chair Ida Lind, from Norvia.']).map((p) => p.name),
    ).toEqual(['Ivo Marsh', 'Ida Lind']);
    expect(findCyrillicPeople(['Как сообщил ассистент по СМИ Центра ОБСЕ в Душанбе Александр Петров, миссия прибыла.']).map((p) => p.ru)).toEqual([
      'Александр Петров',
    ]);
  });
});

describe('outlets named after their sites', () => {
  test('a generic name or a number keeps the country; a brand does not, however short', () => {
    expect(outletOfUrl('https://1news.az/news/1')).toBe('1news-az');
    expect(outletOfUrl('https://open.kg/news/1')).toBe('open-kg');
    expect(outletOfUrl('https://24.kg/1')).toBe('24-kg');
    expect(outletOfUrl('https://lb.ua/1')).toBe('lb');
    expect(outletOfUrl('http://tm.vesti.news/1.htm')).toBe('vesti');
    expect(outletOfUrl('https://ipn.md/1')).toBe('ipn');
    expect(outletOfUrl('https://www.m24.ru/1')).toBe('m24');
    expect(outletOfUrl('https://24tv.ua/1')).toBe('24tv');
    expect(outletOfUrl('https://vlast.kz/politika/1')).toBe('vlast');
    expect(outletOfUrl('https://rupor.md/1')).toBe('rupor');
  });
});

describe('contacts given in prose', () => {
  test("'please contact X …, at +7 … or x@…' / 'or' / 'Y, Spokesperson, at +48 …': both contacts, on an OSCE page too", () => {
    const page = [
      'Press release',
      'ODIHR observers to hold press conference in Norvik',
      '- Date:',
      '- Source:',
      '- OSCE Office for Democratic Institutions and Human Rights',
      'NORVIK, 2 February 2031 – Observers of the OSCE/ODIHR election observation mission will hold a press conference.',
      'For further information, please contact Ivan Marek OSCE/ODIHR EOM Media Analyst, at +7 916 131 83 86 (Norvik mobile) or ivan.marek@odihr.example',
      'or',
      'Anna Lind, OSCE/ODIHR Spokesperson, at +48 609 522 266 (Warsaw mobile), or at anna.lind@odihr.example.',
    ].join('\n');
    const r = imported(page);
    expect(r.people.flatMap((p) => p.contactPoints.map((c) => [p.name, c.phone, c.email]))).toEqual([
      ['Ivan Marek', '+79161318386', 'ivan.marek@odihr.example'],
      ['Anna Lind', '+48609522266', 'anna.lind@odihr.example'],
    ]);
  });
});

describe('figures that are no observers, and whose they are', () => {
  test("'Norvia will choose 600 members of parliament and a president': seats, no figure of observers", () => {
    expect(
      imported('A team from the OSCE is in Norvia to observe the May 14 elections. Norvia will choose 600 members of parliament and a president.').missions[0]
        ?.observers,
    ).toEqual([]);
  });
  test('where several assemblies observe, the members a report of one of them counts are its own', () => {
    const r = importText(
      'OSCE PA observers in Norvia\nSome 30 parliamentarians from 12 countries observed the 5 May 2031 parliamentary elections in Norvia. They worked alongside delegations of PACE and the European Parliament, the OSCE Parliamentary Assembly said.',
      'x.txt',
      EMPTY_ARCHIVE,
      { url: 'https://example-news.nv/1' },
    );
    expect(r.statement.reportsOn).toBe('osce-pa');
    expect(r.missions[0]?.observers.map((o) => [o.category, o.count, o.organization])).toEqual([['parliamentarians', 30, 'osce-pa']]);
  });
});
