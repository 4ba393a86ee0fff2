/**
 * Kinds of input met in a sixteenth and seventeenth set of real texts, one behaviour each, with invented names, places
 * and figures: a Russian dateline drafted in both languages, and an election still to come that the text names without
 * its day; heads named with a possessive or across a line break; Russian particles, assemblies' missions and groups;
 * observer figures by the body after their noun, by a mission's core, by a request or a joining, with their States
 * told for a list or in a sentence of their own, and no figure of an election commission's count.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE, type ArchiveIndex } from '../../src/importer/archive.ts';
import { buildDraft } from '../../src/importer/draft.ts';
import { findDates } from '../../src/importer/dates.ts';
import { extractStatement } from '../../src/importer/extract.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { importText } from '../../src/importer/result.ts';

const withPlaces: ArchiveIndex = { ...EMPTY_ARCHIVE, places: [{ en: 'Norwick', ru: 'Норвик' }] };
const report = (dateline: string) => `${dateline}, 14 марта 2031. Миссия наблюдателей от СНГ приступила к работе на выборах президента Боровии.`;

describe('a Russian dateline', () => {
  test("'НОРВИК': the English name the archive pairs with it, the Russian as printed", () => {
    const e = extractStatement(report('НОРВИК'), withPlaces, {});
    expect([e.place, e.ruPlace]).toEqual(['Norwick', 'Норвик']);
  });
  test("'Тарвилль', a town the archive does not hold: transliterated", () => {
    const e = extractStatement(report('ТАРВИЛЛЬ'), withPlaces, {});
    expect([e.place, e.ruPlace]).toEqual(['Tarvill', 'Тарвилль']);
  });
  test('a Latin dateline is the place, with no Russian beside it', () => {
    const e = extractStatement('NORWICK, 14 March 2031 – The OSCE Parliamentary Assembly will observe the election in Borovia.', withPlaces, {});
    expect([e.place, e.ruPlace]).toEqual(['Norwick', undefined]);
  });
  test('the import and the draft carry both: `place` and `ru.place`', () => {
    const r = importText(report('НОРВИК'), 'x.txt', withPlaces);
    expect([r.statement.place, r.statement.ru]).toEqual(['Norwick', { place: 'Норвик' }]);
    const draft = buildDraft(extractStatement(report('НОРВИК'), withPlaces, {}), { sourceName: 'x.txt', exists: () => false });
    expect(draft.text).toMatch(/^place: Norwick$/m);
    expect(draft.text).toMatch(/^ru:\n {2}place: Норвик$/m);
  });
});

const missionOf = (text: string) => importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0];
const leadersOf = (text: string) => (missionOf(text)?.leaders ?? []).map((l) => [l.person, l.role, l.organization]);
const rolesOf = (text: string) => extractStatement(text, EMPTY_ARCHIVE, {}).people.map((p) => [p.ru ?? p.name, p.roles]);
const stagesOf = (text: string) => (missionOf(text)?.milestones ?? []).map((m) => [m.kind, m.status, m.date]);
const figures = (text: string) => observerFigures(text, (s) => findOrganizations(s, EMPTY_ARCHIVE), '2031').figures;
const figuresOf = (text: string) => figures(text).map((f) => [f.category, f.count, f.status, f.fromStates, f.organization]);
const statusesOf = (text: string) => figures(text).map((f) => [f.category, f.count, f.status]);

describe("the election's day", () => {
  test("'the 9 December Borovian parliamentary elections': a word in capitals may stand between the day and the election", () => {
    const m = missionOf(
      'COPENHAGEN, 3 December 2031 – Some 40 members of the OSCE PA are arriving to observe the 9 December Borovian parliamentary elections.',
    );
    expect(m?.election.rounds).toEqual(['2031-12-09']);
  });
  test("'the 2031 parliamentary elections … On Sunday, Oct. 26, on Election Day': the election's own year completes its day", () => {
    const m = missionOf(
      'A delegation of 14 MEPs starts its activities to observe the 2031 parliamentary elections in Moldova, the press service reported.\n\nOn Sunday, Oct. 26, on Election Day, MEPs will observe the elections in Norvik.',
    );
    expect([m?.id, m?.election.rounds]).toEqual(['md/2031-parliamentary', ['2031-10-26']]);
  });
  test("'on the day of the parliamentary elections, May 12': the day in apposition, in the text's year", () => {
    const m = missionOf('NORVIK, APRIL 5, 2031. The CIS observation mission plans to visit every district on the day of the parliamentary elections, May 12.');
    expect(m?.election.rounds).toEqual(['2031-05-12']);
  });
});

describe('heads of missions and delegations, fourth round', () => {
  test("'head of the CIS observers’ mission X told': a possessive in the title", () => {
    expect(rolesOf('Long-term observers from the CIS have started working, head of the CIS observers’ mission Ivan Tarkov told reporters.')).toEqual([
      ['Ivan Tarkov', ['Head of the CIS observers’ mission']],
    ]);
  });
  test("'Led by Special Co-ordinator of the OSCE short-term observer mission X (MP, Norvia)': the whole title", () => {
    expect(
      leadersOf(
        'COPENHAGEN, 3 December 2031 – Some 40 members of the OSCE PA arrive to observe the 9 December parliamentary elections in Moldova. Led by Special Co-ordinator of the OSCE short-term observer mission Ida Marsh (MP, Norvia), the observers will meet.',
      ),
    ).toContainEqual(['ida-marsh', 'special-co-ordinator', 'osce']);
  });
  test("'X, observation mission’s head, Secretary of …': the noun before 'head' is what is headed", () => {
    expect(
      rolesOf('The CIS mission will visit every district. Ivan Tarkov, observation mission’s head, Secretary of the Committee, informed journalists.'),
    ).toEqual([['Ivan Tarkov', ['Head of mission']]]);
  });
  test('a text wrapped at a fixed width: a name broken across two lines is one name', () => {
    const line = (words: string) => words.padEnd(66, ' ').trimEnd();
    const text = [
      line('NORVIK, APRIL 5, 2031. The observation mission of the CIS Executive'),
      line('Committee plans to visit all of 41 electoral districts and most of'),
      line('the polling stations on the day of the elections, May 12. Ivan'),
      line('Tarkov, observation mission’s head, Secretary of the Committee,'),
      line('informed journalists on April 5 after his meeting with the head of'),
      line('the election commission. The mission will stay until the end of the'),
      line('count and will report on what it saw in the districts it visited in'),
      line('the weeks before the vote, he said at the end of the press meeting.'),
    ].join('\n');
    expect(extractStatement(text, EMPTY_ARCHIVE, {}).people.map((p) => p.name)).toEqual(['Ivan Tarkov']);
  });
});

describe('Russian names and roles, fourth round', () => {
  test("'Миссию возглавляет Тана де Мора': a particle in lower case is part of the family name", () => {
    expect(rolesOf('Миссию возглавляет Тана де Мора, в состав которой входит основная группа из 11 экспертов.')).toEqual([
      ['Тана де Мора', ['Head of mission']],
    ]);
  });
  test("'Миссию ПА ОБСЕ возглавит вице-президент Ассамблеи X': an assembly's mission is its delegation", () => {
    expect(rolesOf('Миссию ПА ОБСЕ возглавит вице-президент Ассамблеи Ида Марш (Норвия).')).toEqual([['Ида Марш', ['Head of delegation of the ПА ОБСЕ']]]);
  });
  test("'Группу, в состав которой входят …, возглавляет экс-министр … X': a group of observers is headed as a mission is", () => {
    expect(rolesOf('Группу, в состав которой входят 13 представителей Норвии и Боровии, возглавляет экс-министр иностранных дел Молдовы Иван Тарков.')).toEqual(
      [['Иван Тарков', ['Head of mission']]],
    );
  });
  test("'войдут около 90 парламентариев … во главе с замредседателя ПА X': members of parliament led form a delegation", () => {
    expect(rolesOf('В нее войдут около 90 парламентариев из 30 государств во главе с замредседателя ПА Идой Марш.')).toEqual([
      ['Ида Марш', ['Head of delegation']],
    ]);
  });
  test("'Специальным координатором … выступит немецкий политик X': the title opens the sentence", () => {
    expect(
      rolesOf('Специальным координатором краткосрочной миссии ОБСЕ в составе 420 участников выступит норвийский политик Ида Марш (Ida Marsh), бывший депутат.'),
    ).toEqual([['Ида Марш', ['Special Co-ordinator']]]);
  });
  test("'секретаря СНГ В. Тарковского': an initial before a family name that declines like an adjective, in its nominative", () => {
    expect(rolesOf('Состоялась встреча Исполнительного секретаря СНГ В. Тарковского с председателем комиссии.').map(([name]) => name)).toEqual([
      'В. Тарковский',
    ]);
  });
  test("'округов 26 (Норвик), 28 (А. Тарков)': a numbered district named after someone is no person", () => {
    expect(rolesOf('Наблюдатели посетили участки округов 26 (Норвик), 8 (Сомония), 28 (А. Тарков).')).toEqual([]);
  });
});

describe('observer figures, fourth round', () => {
  test("'сейчас работают 15 долгосрочных наблюдателей от миссии СНГ': the body after the whole noun", () => {
    expect(figuresOf('При этом он отметил, что сейчас в Боровии работают 15 долгосрочных наблюдателей от миссии СНГ.')).toEqual([
      ['long-term', 15, 'deployed', undefined, 'cis'],
    ]);
  });
  test("'из которых 10 работают в долгосрочном формате': a verb between the number and its category's words", () => {
    expect(figuresOf('СНГ направит в Боровию 120 наблюдателей, из которых 10 работают в долгосрочном формате.')).toContainEqual([
      'long-term',
      10,
      'deployed',
      undefined,
      undefined,
    ]);
  });
  test("'одиннадцать специалистов … уже прибыли, а … к ним присоединятся еще 36': specialists are the core team, joining is expected", () => {
    expect(
      figuresOf(
        'По словам главы миссии, одиннадцать специалистов из 10 стран уже прибыли в Норвик, а в понедельник к ним присоединятся еще 36 долгосрочных наблюдателей из 16 стран.',
      ),
    ).toEqual([
      ['core-team', 11, 'deployed', 10, undefined],
      ['long-term', 36, 'expected', 16, undefined],
    ]);
  });
  test("'войдет 440 наблюдателей, в том числе 40 — долгосрочных': the part takes the whole's verb", () => {
    expect(figuresOf('В состав миссии войдет 440 наблюдателей, в том числе 40 — долгосрочных.')).toEqual([
      ['total', 440, 'planned', undefined, undefined],
      ['long-term', 40, 'planned', undefined, undefined],
    ]);
  });
  test("'обратится … с просьбой предоставить 250 краткосрочных наблюдателей, которые прибудут': a request is planned", () => {
    expect(
      figuresOf(
        'БДИПЧ обратится к государствам-участникам с просьбой предоставить 250 краткосрочных наблюдателей, которые прибудут за несколько дней до выборов.',
      ),
    ).toEqual([['short-term', 250, 'planned', undefined, undefined]]);
  });
  test("'прибыло ядро миссии, которое состоит из 13 человек', 'the main group … of 11 people': a mission's core is its core team", () => {
    expect(figuresOf('В Боровию прибыло ядро миссии, которое состоит из 13 человек из 12 стран.')).toEqual([['core-team', 13, 'deployed', 12, undefined]]);
    expect(figuresOf('The main group of the mission of 11 people arrived in Norvik on 14 September.')).toEqual([
      ['core-team', 11, 'deployed', undefined, undefined],
    ]);
  });
  test("'Центризбирком аккредитовал … 691 иностранного наблюдателя': the commission's count is no mission's figure", () => {
    expect(figuresOf('Центризбирком аккредитовал на предстоящие выборы 691 иностранного наблюдателя, сообщила глава комиссии.')).toEqual([]);
  });
  test("'13 international experts and 16 long-term observers from 22 countries': a list's States are each figure's", () => {
    expect(figuresOf('She said that 13 international experts and 16 long-term observers from 22 countries will take part in the work.')).toEqual([
      ['core-team', 13, 'planned', 22, undefined],
      ['long-term', 16, 'planned', 22, undefined],
    ]);
  });
  test("a sentence of States alone tells of the figures before it that it names: 'The observers are drawn from 20 States'", () => {
    const text =
      'The mission includes a core team of 13 experts in Norvik and 48 long-term observers deployed in teams of two. The observers are drawn from 20 OSCE participating States.';
    expect(figuresOf(text)).toEqual([
      ['core-team', 13, 'deployed', undefined, undefined],
      ['long-term', 48, 'deployed', 20, undefined],
    ]);
    expect(
      figuresOf('It comprises 17 experts and 22 long-term observers. The experts and long-term observers are drawn from 23 participating States.'),
    ).toEqual([
      ['core-team', 17, 'deployed', 23, undefined],
      ['long-term', 22, 'deployed', 23, undefined],
    ]);
  });
  test("'представители 44 стран': the States of a figure, in Russian", () => {
    expect(figuresOf('Мониторинг будут вести 500 членов миссии наблюдателей - представители 44 стран.')).toEqual([['total', 500, 'planned', 44, undefined]]);
  });
});

describe('stages, fourth round', () => {
  test("a mission's page: its election over the article, and its schedule's days in the election's year, still to come", () => {
    const text = [
      'Presidential Election, 26 June 2031',
      'Mission at a glance',
      '- Head of Mission: Ambassador Ida Marsh (Norvia)',
      '- 13 May: Opening press conference',
      '- 26 June: Election day',
      '- 27 June: Press conference on preliminary findings and conclusions',
      '- 300 short-term observers to be requested from participating States',
      'Following an invitation by the Minister of Foreign Affairs of Mongolia, ODIHR deployed an Election Observation Mission for the presidential election.',
      'The ODIHR EOM, headed by Ambassador Ida Marsh, began its work on 13 May.',
    ].join('\n');
    const m = missionOf(text);
    expect([m?.id, m?.election.rounds]).toEqual(['mn/2031-presidential', ['2031-06-26']]);
    expect(stagesOf(text)).toEqual([
      ['opening', 'actual', '2031-05-13'],
      ['election-day', 'planned', '2031-06-26'],
      ['preliminary-statement', 'planned', '2031-06-27'],
    ]);
  });
  test("'KYIV, 6 September 2031 - … ODIHR has established an Election Observation Mission': opened on the release's day", () => {
    expect(
      stagesOf('KYIV, 6 September 2031 - ODIHR has established an Election Observation Mission to monitor the presidential election in Ukraine.'),
    ).toContainEqual(['opening', 'actual', '2031-09-06']);
  });
  test("'The mission … has started operating today', 'прибыла основная группа БДИПЧ': openings", () => {
    expect(
      stagesOf('MOSCOW, 27 July 2031 – "The mission for observation of the Russian presidential election has started operating today," its head said.'),
    ).toContainEqual(['opening', 'actual', '2031-07-27']);
    expect(
      stagesOf('В столицу Узбекистана 14 сентября прибыла основная группа БДИПЧ ОБСЕ из 11 человек для наблюдения за выборами президента страны.').map(
        ([kind, status]) => [kind, status],
      ),
    ).toContainEqual(['opening', 'actual']);
  });
  test("'официально приступила к работе' in a dated report: the formal opening, on the report's day", () => {
    expect(
      stagesOf('Минск, 26 августа 2031. Миссия БДИПЧ ОБСЕ официально приступила к работе в рамках наблюдения за выборами президента Беларуси.'),
    ).toContainEqual(['opening', 'actual', '2031-08-26']);
  });
  test("long-term observers arriving: 'присоединятся в понедельник' is to come; 'прибыли в Ташкент' took place, whenever it was", () => {
    expect(
      stagesOf(
        'Минск, 26 августа 2031. Миссия БДИПЧ ОБСЕ на выборах президента Беларуси открыта; в предстоящий понедельник к ней присоединятся 36 долгосрочных наблюдателей.',
      ),
    ).toContainEqual(['lto-deployment', 'planned', undefined]);
    expect(stagesOf('Долгосрочные наблюдатели миссии СНГ на выборах президента Узбекистана прибыли в Ташкент.')).toContainEqual([
      'lto-deployment',
      'actual',
      undefined,
    ]);
    // Where observers are deployed is no stage of their deployment.
    expect(
      stagesOf(
        'WARSAW, 10 October 2031 – The ODIHR mission to the presidential election in Moldova includes 48 long-term observers deployed around the country.',
      ).map(([k]) => k),
    ).not.toContain('lto-deployment');
  });
});

describe('leaders, fifth round', () => {
  test("'The Head of the OSCE PA delegation of observers will be X (Sweden)': the title the sentence opens with", () => {
    expect(
      leadersOf(
        'COPENHAGEN, 2 May 2031 – Some 100 OSCE PA observers will observe the 11 May parliamentary elections in Albania. The Head of the OSCE PA delegation of observers will be Ida Marsh (Norvia).',
      ),
    ).toContainEqual(['ida-marsh', 'head-of-delegation', 'osce-pa']);
  });
  test("'partner delegations from PACE, led by X, and the EP, headed by Y': each heads its own assembly's delegation", () => {
    const text =
      'COPENHAGEN, 2 May 2031 – The OSCE PA team will observe the parliamentary elections in Albania with the ODIHR Election Observation Mission, headed by Ambassador Ida Marsh (Norvia), and partner delegations from the Parliamentary Assembly of the Council of Europe (PACE), led by Ivo Lund (Norvia), and the European Parliament (EP), headed by Tamsin Orlo (Borovia).';
    expect(leadersOf(text)).toEqual(
      expect.arrayContaining([
        ['ida-marsh', 'head-of-mission', 'odihr'],
        ['ivo-lund', 'head-of-delegation', 'pace'],
        ['tamsin-orlo', 'head-of-delegation', 'european-parliament'],
      ]),
    );
  });
  test("'the short-term observers from the OSCE Parliamentary Assembly, who will be headed by X': the Assembly's delegation", () => {
    expect(
      rolesOf(
        'The mission intends to join efforts with the short-term observers from the OSCE Parliamentary Assembly, who will be headed by Ida Marsh, Vice-President of the Assembly.',
      ),
    ).toEqual([['Ida Marsh', ['Head of delegation of the OSCE Parliamentary Assembly', 'Vice-President of the Assembly']]]);
  });
  test("'Led by Ambassador X, the observers will monitor …': the mission's head", () => {
    expect(rolesOf('Led by Ambassador Ida Marsh, the observers will monitor the registration of candidates.')).toEqual([['Ida Marsh', ['Head of mission']]]);
  });
  test("'composed of Head of the observation mission Mr X and special coordinator Ms Y'", () => {
    expect(
      rolesOf('The Speaker will receive the delegation, composed of Head of the observation mission Mr Ivo Lund and special coordinator Ms Ida Marsh.'),
    ).toEqual([
      ['Ivo Lund', ['Head of the observation mission']],
      ['Ida Marsh', ['Special Co-ordinator']],
    ]);
  });
  test("'a delegation, led by Special Co-ordinator X': the title is the role; 'Head of the Norvian Delegation' is a post at home", () => {
    expect(rolesOf('In early April, a delegation, led by Special Co-ordinator Ida Marsh, conducted a pre-election visit to Tirana.')).toEqual([
      ['Ida Marsh', ['Special Co-ordinator']],
    ]);
    expect(
      leadersOf(
        'COPENHAGEN, 2 May 2031 – The OSCE PA will observe the elections in Albania. Its delegation will meet Ida Marsh, who serves as Head of the Netherlands Delegation.',
      ),
    ).toEqual([]);
  });
  test("Russian: 'Г.С.Петров, возглавивший Миссию'; the head of the first group is no head of the mission", () => {
    expect(rolesOf('Г.С.Петров, возглавивший Миссию, встретился с председателем комиссии.')).toEqual([['Г.С.Петров', ['Head of mission']]]);
    expect(
      rolesOf('Первая группа миссии наблюдателей от СНГ во главе с заместителем председателя исполкома СНГ Иваном Тарковым прибудет в Душанбе сегодня.'),
    ).toEqual([['Иван Тарков', []]]);
  });
});

describe('report covers, fifth round', () => {
  test("'ODIHR.GAL/53/03' over 'REPORT No 1': an institution's numbered report, not a delegation's statement", () => {
    const text = [
      'ODIHR.GAL/53/03',
      '19 September 2031',
      'RESTRICTED',
      'OSCE/ODIHR Election Observation Mission',
      'Georgia, Parliamentary Elections 2031',
      'REPORT No 1',
      '2 – 15 September 2031',
      'I.',
      'EXECUTIVE SUMMARY',
      'The ODIHR Election Observation Mission opened in Tbilisi on 2 September 2031 and follows the campaign for the 2 November 2031 parliamentary elections.',
    ].join('\n');
    const e = extractStatement(text, EMPTY_ARCHIVE, {});
    expect([e.kind, e.date, e.source, e.documentNumber]).toEqual(['interim-report', '2031-09-19', 'odihr', 'ODIHR.GAL/53/03']);
  });
  test("a Russian cover: 'Заключительный отчет', then the place and day of issue below the election's day", () => {
    const text = [
      'Бюро ОБСЕ по демократическим институтам и правам человека',
      'ТУРКМЕНИСТАН',
      'ПАРЛАМЕНТСКИЕ ВЫБОРЫ',
      '15 декабря 2031 г.',
      'Миссия ОБСЕ/БДИПЧ по оценке проведения выборов',
      'Заключительный отчет',
      'Варшава',
      '4 марта 2032 г.',
      'I. РЕЗЮМЕ',
      'По приглашению правительства Туркменистана БДИПЧ ОБСЕ направило миссию по оценке проведения выборов.',
    ].join('\n');
    const e = extractStatement(text, { ...EMPTY_ARCHIVE, places: [{ en: 'Warsaw', ru: 'Варшава' }] }, {});
    expect([e.kind, e.date, e.place, e.ruPlace, e.source]).toEqual(['final-report', '2032-03-04', 'Warsaw', 'Варшава', 'odihr']);
  });
});

describe('whom a report relays, fifth round', () => {
  const relayed = (text: string, url: string) => importText(text, 'x.txt', EMPTY_ARCHIVE, { url }).statement.reportsOn;
  test("'сообщила на пресс-конференции глава ЦИК', 'Как сообщает пресс-служба МИД Туркменистана': the body of the one who informed", () => {
    expect(
      relayed(
        'Представители ОБСЕ приступят к наблюдению за избирательной кампанией в Беларуси на следующей неделе, сообщила на пресс-конференции глава ЦИК Ида Маршева.',
        'https://norvik-news.example/1',
      ),
    ).toBe('by-cec');
    expect(
      relayed(
        'В МИД Туркменистана состоялась встреча с советником БДИПЧ ОБСЕ. Как сообщает пресс-служба МИД Туркменистана, стороны обсудили выборы.',
        'https://norvik-news.example/2',
      ),
    ).toBe('tm-mfa');
  });
  test("'Trend reports citing the press service of the Central Election Commission (CEC) of Uzbekistan': the commission", () => {
    expect(
      relayed(
        'The main group of ODIHR of 11 people arrived in Tashkent on September 14 to observe the presidential elections, Trend reports citing the press service of the Central Election Commission (CEC) of Uzbekistan.',
        'https://en.trend.az/x',
      ),
    ).toBe('uz-cec');
  });
  test("'в ходе встречи в Центральной избирательной комиссии сообщил … СНГ Х': where a meeting was held is no informer", () => {
    expect(
      relayed(
        'С сегодняшнего дня миссия по наблюдению за выборами президента Казахстана от СНГ приступила к своей работе. Об этом в ходе встречи в Центральной избирательной комиссии сообщил первый заместитель председателя исполкома СНГ Иван Тарков.',
        'https://norvik-news.example/3',
      ),
    ).toBe('cis');
  });
});

describe('report covers and Russian genitives, sixth round', () => {
  test('a report whose text names no State: the first its cover names, not the seat it was issued from', () => {
    const text = [
      'Office for Democratic Institutions and Human Rights',
      'REPUBLIC OF SERBIA',
      'SERBIA AND MONTENEGRO',
      'PRESIDENTIAL ELECTION',
      '13 and 27 June 2031',
      'OSCE/ODIHR Election Observation Mission Report',
      'Warsaw',
      '22 September 2031',
      'I. EXECUTIVE SUMMARY',
      'The two rounds of the presidential election were conducted generally in line with commitments.',
    ].join('\n');
    const e = extractStatement(text, EMPTY_ARCHIVE, {});
    expect([e.kind, e.date, e.place, e.countries]).toEqual(['final-report', '2031-09-22', 'Warsaw', ['rs']]);
    expect(e.unplaced).toContain("countries: rs from the report's cover; check it");
  });
  test("'По словам А. Таркова': the words of someone, in the genitive", () => {
    expect(rolesOf('По словам А. Таркова, наблюдатели были подробно проинформированы.').map(([name]) => name)).toEqual(['А. Тарков']);
  });
});

describe('observer figures, sixth round', () => {
  test("'to be deployed immediately prior to Election Day': 'prior to' is no earlier election", () => {
    expect(statusesOf('In addition, ODIHR will request 300 short-term observers to be deployed immediately prior to Election Day.')).toEqual([
      ['short-term', 300, 'planned'],
    ]);
    expect(statusesOf('In prior elections, ODIHR deployed 300 short-term observers.')).toEqual([]);
  });
  test("'28 observers will arrive next week, with another 250 arriving … a few days before the elections': the noun left out", () => {
    expect(statusesOf('It is expected that 28 observers will arrive next week, with another 250 arriving in Norvia a few days before the elections.')).toEqual([
      ['long-term', 28, 'expected'],
      ['short-term', 250, 'expected'],
    ]);
  });
  test("'The main group of the … (ODIHR) of the … (OSCE) of 11 people': a core named past the bodies' long names", () => {
    expect(
      statusesOf(
        'The main group of the Office for Democratic Institutions and Human Rights (ODIHR) of the Organization for Security and Cooperation in Europe (OSCE) of 11 people arrived on September 14.',
      ),
    ).toEqual([['core-team', 11, 'deployed']]);
  });
});

describe('observer figures, seventh round', () => {
  test("'в состав которой входит основная группа из 11 экспертов, базирующаяся в …': the core team is there", () => {
    expect(
      statusesOf(
        'Миссию возглавляет Ида Марш, в состав которой входит основная группа из 11 экспертов, базирующаяся в Норвике, а также 30 долгосрочных наблюдателей, которые будут направлены в регионы.',
      ),
    ).toEqual([
      ['core-team', 11, 'deployed'],
      ['long-term', 30, 'planned'],
    ]);
  });
  test("'В состав краткосрочной миссии ОБСЕ войдут 420 человек': the people of a short-term mission", () => {
    expect(statusesOf('В состав краткосрочной миссии ОБСЕ войдут 420 человек.')).toEqual([['short-term', 420, 'planned']]);
  });
});

describe('mission types in Russian, seventh round', () => {
  test("'Предварительная миссия экспертов БДИПЧ' assesses needs; 'Миссия ОБСЕ/БДИПЧ по оценке проведения выборов' is an EAM", () => {
    expect(
      missionOf('Предварительная миссия экспертов БДИПЧ ОБСЕ 21-22 февраля будет в Баку в связи с президентскими выборами 11 апреля 2031 года.')?.type,
    ).toBe('NAM');
    expect(missionOf('Миссия ОБСЕ/БДИПЧ по оценке проведения выборов наблюдала за парламентскими выборами 15 декабря 2031 года в Туркменистане.')?.type).toBe(
      'EAM',
    );
  });
});

describe('dates and datelines, seventh round', () => {
  test("'Thursday, 13. October 2031. 08:33': a day written with a stop before its month", () => {
    expect(findDates('Thursday, 13. October 2031. 08:33')[0]?.date).toBe('2031-10-13');
    expect(findDates('Point 3. The mission opened.')).toEqual([]);
  });
  test("'WARSAW/TASHKENT, 2 December 2031 -': a release issued from two places", () => {
    const e = extractStatement(
      'WARSAW/TASHKENT, 2 December 2031 - ODIHR has deployed a limited election observation mission for the parliamentary elections in Uzbekistan.',
      EMPTY_ARCHIVE,
      {},
    );
    expect([e.date, e.place]).toEqual(['2031-12-02', 'Warsaw/Tashkent']);
  });
});

describe('statements at the Council on a ministry’s site, seventh round', () => {
  test("'Statement by Mr. X, Permanent Representative of … to the OSCE, at the Meeting of the OSCE Permanent Counsil': a delegation's", () => {
    const text =
      'Statement by Mr. Ivo Lund, Permanent Representative of the Republic of Belarus to the OSCE, at the Meeting of the OSCE Permanent Counsil\n13 July 2031\nResults of the monitoring of the elections\nMr. Chairman,\nSpeaking at the meeting of the Permanent Council on 8 June of this year, our delegation reserved the right to explain its standpoint.';
    const e = extractStatement(text, EMPTY_ARCHIVE, { url: 'https://mfa.gov.by/en/press/statements/1.html' });
    expect([e.kind, e.date]).toEqual(['delegation-statement', '2031-07-13']);
  });
});

describe('stages in Russian, seventh round', () => {
  test("'Предварительная миссия экспертов БДИПЧ ОБСЕ 21-22 февраля будет в Баку': a needs assessment to come, on its day", () => {
    expect(
      stagesOf(
        'Баку, 19 февраля 2031. Предварительная миссия экспертов БДИПЧ ОБСЕ 21-22 февраля будет в Баку в связи с президентскими выборами 11 апреля 2031 года.',
      ),
    ).toContainEqual(['needs-assessment', 'planned', '2031-02-21']);
  });
  test("'прибыла долгосрочная группа Миссии', 'С 7 декабря … работает группа долгосрочных наблюдателей': long-term observers at work", () => {
    expect(stagesOf('В Узбекистан прибыла долгосрочная группа Миссии наблюдателей от СНГ на выборах президента.')).toContainEqual([
      'lto-deployment',
      'actual',
      undefined,
    ]);
    expect(
      stagesOf('С 7 декабря в Узбекистане работает группа долгосрочных наблюдателей от СНГ на выборах в парламент.').map(([k, s]) => [k, s]),
    ).toContainEqual(['lto-deployment', 'actual']);
    // Observers at work now, with no day they began, tell no stage.
    expect(
      stagesOf('Миссия БДИПЧ на выборах в Беларуси: сейчас в Беларуси работают 15 долгосрочных наблюдателей от миссии СНГ.').map(([k]) => k),
    ).not.toContain('lto-deployment');
  });
});

describe('page furniture, seventh round', () => {
  test("'24.11.2031 / a neighbouring headline / prev Предыдущие новости': the day of another item, not the text's", () => {
    const text =
      '24.11.2031\nПо факту отравления в Норвике возбуждено уголовное дело\nprev Предыдущие новости\n\nВ БДИПЧ/ОБСЕ не знают, как ситуация повлияет на выборы\n\nГлава наблюдательской миссии БДИПЧ/ОБСЕ Ида Марш в ходе пресс-конференции ответила на вопрос о возможном влиянии напряженности на проведение выборов.';
    expect(extractStatement(text, EMPTY_ARCHIVE, {}).date).toBeUndefined();
  });
});

describe('titles after a name, eighth round', () => {
  test("'X (MP, Norvia), OSCE Special Coordinator and leader of …': a body's short name before the title", () => {
    expect(
      rolesOf('The statement will be delivered by Ida Marsh (MP, Norvia), OSCE Special Coordinator and leader of the short-term OSCE observer mission.'),
    ).toEqual([['Ida Marsh', ['Special Coordinator and leader of the short-term OSCE observer mission']]]);
  });
  test("'X, Head of the OSCE Parliamentary Assembly (OSCE PA) delegation;': a short name in brackets within the title", () => {
    expect(
      leadersOf(
        'WARSAW, 2 February 2031 – The press conference on the presidential election in Azerbaijan will feature Ida Marsh, Head of the OSCE Parliamentary Assembly (OSCE PA) delegation; and others.',
      ),
    ).toContainEqual(['ida-marsh', 'head-of-delegation', 'osce-pa']);
  });
  test("'has designated X from Norvia as special coordinator': the home State between the name and the role", () => {
    expect(
      rolesOf('The Chairperson-in-Office has designated Ida Marsh from Norvia as special coordinator to lead the short-term observer mission.'),
    ).toContainEqual(['Ida Marsh', ['Special coordinator']]);
  });
  test("'announced on August 22 about the launch of election observation mission': the opening, reported", () => {
    const m = missionOf(
      "Tbilisi / 22 Aug. 2031. ODIHR announced on August 22 about the launch of election observation mission for Georgia's October 1 parliamentary polls.",
    );
    expect(m?.milestones.map((x) => [x.kind, x.status])).toContainEqual(['opening', 'actual']);
  });
});

describe('a presidency declaration at the Council, eighth round', () => {
  test("'OSCE - Permanent Council No. 703: Declaration by the Presidency on behalf of the EU on … (Vienna)' / 'Declaration delivered by …'", () => {
    const text =
      'Statements in International Organisations\n\nOSCE - Permanent Council No. 703: Declaration by the Presidency on behalf of the EU on the presidential elections in Armenia on 19 February 2031 (Vienna)\n\nDeclaration delivered by H.E. Ambassador Ivo Lund\n\nThe European Union congratulates the Armenian people for the conduct of a competitive presidential election.';
    const e = extractStatement(text, EMPTY_ARCHIVE, {});
    expect([e.kind, e.source, e.place, e.title]).toEqual([
      'delegation-statement',
      'eu',
      'Vienna',
      'Declaration by the Presidency on behalf of the EU on the presidential elections in Armenia on 19 February 2031',
    ]);
  });
});
