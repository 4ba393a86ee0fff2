/**
 * Kinds of input met in a fifth set of real texts, one behaviour each, with invented names, places and
 * figures: a double family name mentioned alone, a delegation led by someone called by a post at home, a
 * head of mission whose title ends with the body's acronym in brackets, foreign names in Cyrillic, and the
 * head of a CIS mission agreed as a candidate.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { countriesOf, extractStatement } from '../../src/importer/extract.ts';
import { outletLine } from '../../src/importer/issuer.ts';
import { electionMentions } from '../../src/importer/mission-facts.ts';
import { milestones } from '../../src/importer/milestones.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findPeople } from '../../src/importer/people.ts';
import { findCyrillicPeople, nominativeName } from '../../src/importer/people-ru.ts';
import { importText } from '../../src/importer/result.ts';

const leadersOfText = (text: string) => {
  const r = importText(text, 'x.txt', EMPTY_ARCHIVE);
  return (r.missions[0]?.leaders ?? []).map((l) => ({
    name: r.people.find((p) => p.id === l.person)?.name,
    role: l.role,
    organization: l.organization,
  }));
};

describe('people named once in full', () => {
  test("'Sanchez Amor said' after 'Ivo Sanchez Amor': a double family name alone is the same person", () => {
    const people = findPeople(['The Chairperson appointed Ivo Sanchez Amor as Special Co-ordinator.', '"We will follow the vote closely," Sanchez Amor said.']);
    expect(people.map((p) => p.name)).toEqual(['Ivo Sanchez Amor']);
  });
  test('a name whose last words differ stays another person', () => {
    const people = findPeople(['The Chairperson appointed Ivo Sanchez Amor as Special Co-ordinator.', '"We will follow the vote closely," Lea Amor said.']);
    expect(people.map((p) => p.name)).toEqual(['Ivo Sanchez Amor', 'Lea Amor']);
  });
});

describe('leaders called by a post', () => {
  test("'will be led by Head of the Borovian Delegation to the OSCE Ida Marsh': she heads the assembly's delegation", () => {
    const text =
      'OSCE PA to observe elections in Norvia\n\nNORVIK, 3 March 2031 – The OSCE Parliamentary Assembly will observe the parliamentary elections in Norvia on 2 April 2031. The delegation of the OSCE Parliamentary Assembly will be led by Head of the Borovian Delegation to the OSCE Ida Marsh.';
    expect(leadersOfText(text)).toContainEqual({ name: 'Ida Marsh', role: 'head-of-delegation', organization: 'osce-pa' });
  });
  test("'Head of the election observation mission of the OSCE Office … (ODIHR) Ivo Marsh said': the acronym in brackets ends the title", () => {
    const people = findPeople([
      'Head of the election observation mission of the OSCE Office for Democratic Institutions and Human Rights (ODIHR) Ivo Marsh said at a press conference.',
    ]);
    expect(people.find((p) => p.name === 'Ivo Marsh')?.roles).toEqual([
      'Head of the election observation mission of the OSCE Office for Democratic Institutions and Human Rights (ODIHR)',
    ]);
  });
});

describe('names in Cyrillic', () => {
  test("'Маттео Мекаччи' after 'руководителя миссии': a foreign name that does not decline is kept as printed", () => {
    expect(nominativeName('Лоренцо Бертини')).toBe('Лоренцо Бертини');
  });
  test('a Russian name in the genitive is still read back to the nominative', () => {
    expect(nominativeName('Ивана Петрова')).toBe('Иван Петров');
  });
  test("'в качестве главы мониторинговой миссии согласована кандидатура … Ивана Петрова': he heads the mission", () => {
    const people = findCyrillicPeople([
      'В качестве главы мониторинговой миссии согласована кандидатура генерального секретаря - руководителя секретариата Совета МПА СНГ Ивана Петрова.',
    ]);
    expect(people.map((p) => [p.ru, p.roles])).toEqual([['Иван Петров', ['Head of mission']]]);
  });
});

describe('one person, two posts', () => {
  test("'Head of the OSCE PA delegation and Special Co-ordinator of the OSCE short-term observers': both roles", () => {
    const text =
      'International observers to hold press conference\nNORVIK, 16 August 2031 - The International Election Observation Mission deployed to monitor the 18 August parliamentary elections in Norvia will announce its findings on Sunday.\nThe statement will be delivered by Ida Marsh, Head of the OSCE PA delegation and Special Co-ordinator of the OSCE short-term observers, together with Ivo Lind, Head of the PACE delegation.';
    expect(leadersOfText(text)).toEqual(
      expect.arrayContaining([
        { name: 'Ida Marsh', role: 'head-of-delegation', organization: 'osce-pa' },
        { name: 'Ida Marsh', role: 'special-co-ordinator', organization: 'osce' },
      ]),
    );
  });
});

describe('releases carried by a wire', () => {
  test("'WASHINGTON, Nov. 5, 2031 /PRNewswire/ --': the wire is no agency; the release is the joint mission's first organization's", () => {
    const text =
      'WASHINGTON, Nov. 5, 2031 /PRNewswire/ -- The international observers for the elections in Norvia will present their statement on Wednesday.\n\nThe mission is a joint undertaking of the OSCE Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE Parliamentary Assembly (OSCE PA).';
    const s = extractStatement(text, EMPTY_ARCHIVE, {});
    expect([s.kind, s.source, s.date]).toEqual(['press-release', 'odihr', '2031-11-05']);
  });
  test("'(MENAFN- EIN Presswire) NORVIK, 2 November 2031 –': a syndicator's credit makes no outlet of the site", () => {
    const text =
      '(MENAFN- EIN Presswire) NORVIK, 2 November 2031 – International election observers will hold a press conference.\n\nWho:\n\nIda Marsh, Head of the ODIHR election observation mission\n\nThe international election observation is a joint mission of the OSCE Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE Parliamentary Assembly (OSCE PA).';
    const s = extractStatement(text, EMPTY_ARCHIVE, { url: 'https://menafn.com/123/observers' });
    expect([s.kind, s.source]).toEqual(['press-release', 'odihr']);
  });
  test("'a joint undertaking of the OSCE, comprising ODIHR and the OSCE PA': the OSCE stands for the bodies it lists", () => {
    const text =
      'Observers to hold press conference\nNORVIK, 16 August 2031 - The International Election Observation Mission will announce its findings on Sunday.\nThe mission is a joint undertaking of the OSCE, comprising the OSCE Office for Democratic Institutions and Human Rights (ODIHR) and the OSCE Parliamentary Assembly (OSCE PA).';
    expect(extractStatement(text, EMPTY_ARCHIVE, {}).source).toBe('odihr');
  });
});

describe('an agency named in Cyrillic on its own site', () => {
  // The outlet is named as it prints its own name, "ВЕСТА" in Latin letters, as "HINA" on hina.hr is `hina`.
  test("'14 марта, Норвик /Корр. ВЕСТА/.' on vesta.nv: the site's outlet, by the name it prints", () => {
    const text =
      '14 марта 2031, 10:15\n\nМиссия СНГ начала работу\n\n14 марта, Норвик /Корр. ВЕСТА/. Миссия наблюдателей от СНГ приступила сегодня к работе на выборах президента Боровии.';
    expect(extractStatement(text, EMPTY_ARCHIVE, { url: 'https://vesta.nv/news/1' }).source).toBe('vesta');
  });
});

describe('observer figures', () => {
  const figuresOf = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
  test("'A 20-member delegation of PACE … will travel to Norvia to observe': the delegation is expected", () => {
    expect(
      figuresOf(
        'A 20-member delegation of the Parliamentary Assembly of the Council of Europe (PACE), led by Ida Marsh, will travel to Norvia to observe the elections.',
      ),
    ).toEqual([{ category: 'parliamentarians', count: 20, status: 'expected', organization: 'pace' }]);
  });
  test("'A delegation of PACE consisting of 32 people will arrive': the delegation's members, expected", () => {
    expect(figuresOf('A delegation of the Parliamentary Assembly of the Council of Europe (PACE) consisting of 32 people will arrive in Norvia.')).toEqual([
      { category: 'parliamentarians', count: 32, status: 'expected', organization: 'pace' },
    ]);
  });
  test("'The OSCE PA will send a delegation of more than 60 observers': an assembly's observers are its members", () => {
    expect(figuresOf('The OSCE Parliamentary Assembly will send a delegation of more than 60 observers to Norvia.')).toEqual([
      { category: 'parliamentarians', count: 60, status: 'planned', approximate: true, organization: 'osce-pa' },
    ]);
  });
  test("'250 observers committed by the ODIHR on a long-term and short-term basis, 30 parliamentarians and OSCE PA staff members, 9 from EP'", () => {
    const text =
      'The mission consists of the ODIHR and the European Parliament (EP). It consists of 289 observers, including 250 observers committed by the ODIHR on a long-term and short-term basis, 30 parliamentarians and OSCE PA staff members and 9 from EP.';
    expect(figuresOf(text)).toEqual(
      expect.arrayContaining([
        { category: 'total', count: 250, status: 'deployed', organization: 'odihr' },
        { category: 'parliamentarians', count: 30, status: 'deployed', organization: 'osce-pa' },
        { category: 'parliamentarians', count: 9, status: 'deployed', organization: 'european-parliament' },
      ]),
    );
  });
  test("'The OSCE Parliamentary Assembly is comprised of 323 parliamentarians from 57 countries': the assembly's membership, no figure", () => {
    expect(figuresOf('The OSCE Parliamentary Assembly is comprised of 323 parliamentarians from 57 countries spanning Europe and Asia.')).toEqual([]);
  });
  test("a mission that opened today: 'The mission will consist of a core team of 12 experts' is planned, as its verb says", () => {
    const text =
      'ODIHR opens mission\n\nNORVIK, 3 March 2031 – ODIHR today formally opened its election observation mission for the 14 April 2031 parliamentary elections in Norvia. The mission will consist of a core team of 12 experts based in Norvik. ODIHR will request 300 short-term observers.';
    const r = importText(text, 'x.txt', EMPTY_ARCHIVE);
    expect(r.missions[0]?.observers.map((o) => [o.category, o.count, o.status])).toEqual([
      ['core-team', 12, 'planned'],
      ['short-term', 300, 'planned'],
    ]);
  });
  test("'Special Co-ordinator and leader of the short-term OSCE observer mission' is one post", () => {
    const text =
      'Observers to hold press conference\nNORVIK, 5 November 2031 – The international observers for the general elections in Norvia will present their statement.\nThe statement will be delivered by Ida Marsh, Special Co-ordinator and leader of the short-term OSCE observer mission.';
    expect(leadersOfText(text)).toEqual([{ name: 'Ida Marsh', role: 'special-co-ordinator', organization: 'osce' }]);
  });
});

describe('stages and elections', () => {
  test("'the Media Center established by the Central Election Commission' opens no mission", () => {
    const found = milestones(
      'The statement was published after the visit of the PACE delegation to Norvia on Jan. 22 and 23, referring to the Media Center established by the Central Election Commission.',
      { statementDate: '2031-01-25', election: false },
    );
    expect(found).toEqual([]);
  });
  test("'миссия наблюдателей от СНГ приступила сегодня к осуществлению своих функций': opened on the text's day", () => {
    expect(
      milestones('Миссия наблюдателей от СНГ приступила сегодня к осуществлению своих функций.', { statementDate: '2031-10-18', election: false }),
    ).toEqual([{ kind: 'opening', status: 'actual', date: '2031-10-18' }]);
  });
  test("'will release results of their work in a news conference on April 3': the preliminary statement, announced", () => {
    expect(milestones('The observation mission will release results of their work in a news conference on April 3.', { election: false })).toEqual([
      { kind: 'preliminary-statement', status: 'planned' },
    ]);
  });
  test("'Выборы президента Боровии пройдут 18 марта': a capital letter opens the sentence", () => {
    expect(electionMentions('Выборы президента Боровии пройдут 18 марта.').map((m) => m.kind)).toEqual(['presidential']);
  });
  test("'выборов президента Боровии на внеочередных выборах': the election named was called early", () => {
    expect(electionMentions('Миссия наблюдает за ходом выборов президента Боровии на внеочередных выборах.').map((m) => m.kind)).toContain(
      'early-presidential',
    );
  });
  test("'за предстоящими президентскими выборами', without a day: no election-day milestone until its date is known", () => {
    const r = importText(
      'В Норвик прибыла делегация наблюдателей ОБСЕ\n\nМиссия БДИПЧ ОБСЕ, которая направлена для наблюдения за предстоящими президентскими выборами в Боровии, прибыла в Норвик.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions[0]?.election.kind).toBe('presidential');
    expect(r.missions[0]?.milestones).toEqual([]);
  });
});

describe('a news page around its article', () => {
  test("'NorvikTV' over the article's date is the outlet's name, no town", () => {
    const text =
      'Миссия наблюдателей от СНГ приступила к мониторингу\n\nNorvikTV\n26.02.2031г. в 20:30\n869\nМиссия наблюдателей от СНГ приступила к мониторингу избирательного процесса в Казахстане. Об этом сегодня заявил руководитель штаба миссии.';
    const s = extractStatement(text, EMPTY_ARCHIVE, {});
    expect([s.date, s.place]).toEqual(['2031-02-26', undefined]);
  });
  test('a headline that closes on a quotation is still the headline; "OSCE informs that …" names whom the report relays', () => {
    const text =
      'OSCE Parliamentary Assembly delegation to observe “important elections in Norvia”\n\n\nNorvik /Vestnik/. The delegation of the OSCE Parliamentary Assembly will observe the parliamentary elections in Norvia on April 2.\n\nOSCE informs that the Chairperson-in-Office appointed Ida Marsh as Special Co-ordinator.';
    const s = extractStatement(text, EMPTY_ARCHIVE, {});
    expect([s.title, s.reportsOn]).toEqual(['OSCE Parliamentary Assembly delegation to observe “important elections in Norvia”', 'osce']);
  });
});

describe('the CIS Interparliamentary Assembly and its people', () => {
  test("'Межпарламентской Ассамблеи государств – участников СНГ' is the Assembly, with a dash or a hyphen, not the CIS", () => {
    expect(findOrganizations('группа наблюдателей от Межпарламентской Ассамблеи государств – участников СНГ').map((o) => o.id)).toEqual(['ipa-cis']);
    expect(findOrganizations('группа наблюдателей от Межпарламентской Ассамблеи государств-участников СНГ').map((o) => o.id)).toEqual(['ipa-cis']);
  });
  test("'координатор группы … от МПА СНГ Иван Петров после встречи с главой ЦИК Анной Смирновой': she is no co-ordinator", () => {
    const people = findCyrillicPeople([
      'Наблюдатели начали работать, заявил координатор группы международных наблюдателей от МПА СНГ Иван Петров после встречи с главой Центризбиркома Анной Смирновой.',
    ]);
    expect(people.map((p) => [p.ru, p.roles])).toEqual([
      ['Иван Петров', ['Head of delegation of the МПА СНГ']],
      ['Анна Смирнова', []],
    ]);
  });
  test("'Лини Вокс' in the nominative is no 'Линь Вокс'", () => {
    expect(nominativeName('Лини Вокс')).toBe('Лини Вокс');
    expect(nominativeName('Марии Вокс')).toBe('Мария Вокс');
  });
  test("'на выборах президента … начали работать, заявила во вторник, 20 февраля': the day she spoke is no election day", () => {
    const text =
      'МПА СНГ направит наблюдателей\n\nДолгосрочные наблюдатели от МПА СНГ на выборах президента Боровии начали работать в регионах, заявила во вторник, 20 февраля 2031 года, координатор группы.\n\nВыборы президента Боровии пройдут 18 марта 2031 года.';
    expect(importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0]?.election.rounds).toEqual(['2031-03-18']);
  });
});

describe('outlets that name themselves by their address', () => {
  test("'Как передает NORV.nv' on norv.nv: a news report by the site, not a release of an organization called NORV", () => {
    const text =
      'Координатором группы наблюдателей от МПА СНГ назначен Иван Петров.\nКак передает NORV.nv со ссылкой на пресс-службу МПА СНГ, 28 октября пройдут парламентские выборы в Украине.';
    const s = extractStatement(text, EMPTY_ARCHIVE, { url: 'https://norv.nv/?p=1' });
    expect([s.kind, s.source]).toEqual(['news-report', 'norv']);
  });
  test("'Москва. 7 апреля. VESTNIK.RU -': an agency printed as its address is the outlet its address names", () => {
    const text = 'Делегация ПАСЕ поедет на выборы\n\nМосква. 7 апреля. VESTNIK.RU - Парламентская ассамблея Совета Европы направит в Боровию свою делегацию.';
    expect(extractStatement(text, EMPTY_ARCHIVE, {}).source).toBe('vestnik');
  });
});

describe('figures and stages in Russian', () => {
  const figuresOf = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
  test("headline 'ПАСЕ направит 40 наблюдателей' and 'Делегация ПАСЕ в составе 40 наблюдателей … посетит Боровию': one figure of members, planned", () => {
    expect(
      figuresOf(
        'ПАСЕ направит 40 наблюдателей на выборы президента Боровии\nДелегация Парламентской ассамблеи Совета Европы (ПАСЕ) в составе 40 наблюдателей, которую возглавит Иван Петров, посетит Боровию с 23 по 26 мая.',
      ),
    ).toEqual([{ category: 'parliamentarians', count: 40, status: 'planned', organization: 'pace' }]);
  });
  test("'Миссия состоит из 13 экспертов и 27 долгосрочных наблюдателей. Наблюдатели будут распределены … с 1 октября': their deployment is to come", () => {
    const text =
      'БДИПЧ открыло миссию\n\nБюро ОБСЕ по демократическим институтам и правам человека (БДИПЧ) 25 сентября 2031 года открыло Миссию по наблюдению за парламентскими выборами в Боровии.\n\nМиссия состоит из 13 экспертов и 27 долгосрочных наблюдателей. Наблюдатели будут распределены по всей стране с 1 октября.';
    const m = importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0]!;
    expect(m.observers.map((o) => [o.category, o.count, o.status])).toEqual([
      ['core-team', 13, 'deployed'],
      ['long-term', 27, 'planned'],
    ]);
    expect(m.milestones.map((s) => [s.kind, s.status, s.date])).toContainEqual(['lto-deployment', 'planned', undefined]);
  });
  test("'выступит с заявлением о предварительных выводах на пресс-конференции, которая состоится 1 ноября': announced", () => {
    expect(
      milestones('Делегация выступит с заявлением о предварительных выводах на пресс-конференции, которая состоится 1 ноября.', { election: false }).map(
        (m) => [m.kind, m.status],
      ),
    ).toEqual([['preliminary-statement', 'planned']]);
  });
  test("'will be sending a needs assessment mission': the assessment is to come", () => {
    expect(milestones('ODIHR will be sending a needs assessment mission to Norvia, its spokesman said.', { election: false })).toEqual([
      { kind: 'needs-assessment', status: 'planned' },
    ]);
  });
  test("'Some 60 observers from the OSCE PA … are deploying to Norvia this week': expected", () => {
    expect(figuresOf('Some 60 observers from the OSCE Parliamentary Assembly are deploying to Norvia this week.')).toEqual([
      { category: 'total', count: 60, status: 'expected', approximate: true, organization: 'osce-pa' },
    ]);
  });
});

describe('missions named by what is sent, and lists of missions with their heads', () => {
  test("'ПАСЕ направит в Боровию свою делегацию в связи с предстоящими выборами': a mission, though no kind of election is named", () => {
    const text =
      'Делегация ПАСЕ поедет в Боровию\n\nПарламентская ассамблея Совета Европы направит в Боровию свою делегацию в связи с предстоящими выборами. Бюро ПАСЕ решило направить делегацию из 50 членов.';
    const m = importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0];
    expect(m?.organizations).toEqual(['pace']);
    expect(m?.observers.map((o) => [o.category, o.count, o.status])).toEqual([['parliamentarians', 50, 'planned']]);
  });
  test("'Observers from the CIS Executive Committee headed by X, the OSCE / ODIHR International Monitoring Mission led by Y': each heads their own body's mission", () => {
    const people = findPeople([
      'Observers from the CIS Executive Committee headed by Ivo Marsh, the OSCE / ODIHR International Monitoring Mission led by Ida Lind will monitor the presidential elections in Norvia.',
    ]);
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Ivo Marsh', ['Head of the CIS mission']],
      ['Ida Lind', ['Head of the ODIHR mission']],
    ]);
  });
});

describe('people of a delegation', () => {
  const figuresOf = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
  test("'Делегация состоит из 280 человек' of no assembly: observers, not members of parliament", () => {
    expect(figuresOf('Делегация состоит из 280 человек.').map((f) => f.category)).toEqual(['total']);
  });
  test("'делегацию ПАСЕ из 50 членов': an assembly's delegation counts its members", () => {
    expect(figuresOf('Бюро ПАСЕ решило направить делегацию из 50 членов.').map((f) => [f.category, f.count])).toEqual([['parliamentarians', 50]]);
  });
});

describe('word boundaries around Cyrillic words', () => {
  test("'Вестник информационное агентство' on a page's line names the outlet", () => {
    expect(outletLine(['Вестник информационное агентство, 14 марта'])).toBe('Вестник');
  });
});

describe('an early election named twice, and the country of its sentence', () => {
  test("'внеочередных выборов в Парламент Боровии, которые пройдут 11 июля … Парламентские выборы в Боровии пройдут 11 июля 2031': the day with its year", () => {
    const text =
      'Вести мониторинг внеочередных выборов в Парламент Молдовы, которые пройдут 11 июля, будут представители парламентов. Парламентские выборы в Молдове пройдут 11 июля 2031.';
    const m = importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0];
    expect([m?.id, m?.election.rounds]).toEqual(['md/2031-early-parliamentary', ['2031-07-11']]);
  });
  test("a text naming two countries: the election's is the one its sentence names ('deploying to Moldova … for the 21 July parliamentary elections')", () => {
    const text =
      'COPENHAGEN, 17 July 2031 – Some 60 observers from the OSCE Parliamentary Assembly are deploying to Moldova this week for the 21 July parliamentary elections. Ida Marsh recently led the delegation to the presidential election in Georgia.';
    expect(importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0]?.id).toBe('md/2031-parliamentary');
  });
  test("'Миссию наблюдателей СНГ, в состав которой входит мониторинговая группа МПА СНГ, возглавляет … Иван Петров': he heads the CIS mission", () => {
    const people = findCyrillicPeople([
      'Миссию наблюдателей СНГ, в состав которой входит мониторинговая группа МПА СНГ, возглавляет Генеральный секретарь Совета МПА СНГ Иван Петров.',
    ]);
    expect(people.map((p) => [p.ru, p.roles])).toEqual([['Иван Петров', ['Head of the СНГ mission']]]);
  });
});

describe("people's homes and leaders' earlier missions are not what a text is about", () => {
  test("'сообщила представитель Сербии Наташа Вукович', 'депутат парламента Албании': homes, in Russian", () => {
    expect(
      countriesOf(
        'ПАСЕ направит в Украину делегацию, сообщила представитель Сербии Ида Марш. Наблюдателей возглавит депутат парламента Албании Иван Петров.',
        [],
      ),
    ).toEqual(['ua']);
  });
  test("'X recently led the delegation … in North Macedonia', 'Ранее … возглавлял миссию … в Литве': earlier missions", () => {
    const text =
      'COPENHAGEN, 17 July 2031 – Observers are deploying to Ukraine for the 21 July 2031 parliamentary elections.\nIda Marsh recently led the OSCE PA delegation for the 21 April 2031 presidential election in North Macedonia.\nРанее, в мае 2030 года, она возглавляла миссию на выборах президента Литвы.';
    const r = importText(text, 'x.txt', EMPTY_ARCHIVE);
    expect(r.statement.countries).toEqual(['ua']);
    expect(r.statement.missions).toEqual(['ua/2031-parliamentary']);
  });
});

describe('several heads of an assembly’s observers', () => {
  test("'Наблюдателей возглавят … и финский депутат, специальный представитель Парламентской ассамблеи ОБСЕ … Ида Марш': she heads the OSCE PA's delegation", () => {
    const people = findCyrillicPeople([
      'Наблюдателей возглавят депутат парламента Албании Иван Петров и финский депутат, специальный представитель Парламентской ассамблеи ОБСЕ по вовлеченности с гражданским обществом Ида Марш.',
    ]);
    expect(people.find((p) => p.ru === 'Ида Марш')?.roles).toEqual(['Head of delegation of the Парламентской ассамблеи ОБСЕ']);
  });
});

describe("an election commission's name", () => {
  test("'Центральной комиссии по выборам и проведению референдумов' names no referendum; 'Референдум пройдет 5 мая' does", () => {
    expect(
      electionMentions('По приглашению Центральной комиссии по выборам и проведению референдумов миссия наблюдала за выборами.').map((m) => m.kind),
    ).toEqual([]);
    expect(electionMentions('Референдум пройдет 5 мая.').map((m) => m.kind)).toEqual(['referendum']);
  });
});

describe("a statement's cover and a document's date", () => {
  test("a cover naming 'досрочных выборов депутатов Сейма Боровии' gives the mission its election where the article says only 'выборы'", () => {
    const text =
      'ЗАЯВЛЕНИЕ\nМиссии наблюдателей от\nСодружества Независимых Государств\nпо результатам наблюдения за проведением\nдосрочных выборов депутатов Сейма Боровии\n1.Общие положения\nМиссия наблюдателей от Содружества Независимых Государств осуществляла мониторинг подготовки и проведения выборов.';
    expect(importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0]?.election.kind).toBe('early-parliamentary');
  });
  test("'Выборы были назначены Указом … от 30 сентября 2031 года': the decree's date is no election day", () => {
    const text =
      'Миссия наблюдателей от СНГ за выборами в парламент Боровии приступила к работе.\nВыборы были назначены Указом Президента от 30 сентября 2031 года.';
    expect(importText(text, 'x.txt', EMPTY_ARCHIVE).missions[0]?.election.rounds).toBeUndefined();
  });
});
