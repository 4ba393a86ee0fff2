/**
 * Kinds of input met in an eighth and ninth set of real texts (English and Russian), one behaviour each, with
 * invented names, places and figures: roles given in a "who was appointed … to" clause, a delegation's
 * "President", outlets named by their brand or in Cyrillic, sites under a country's generic second level, a
 * report that names its observer further down, bodies beyond the OSCE that observe, a name cut short where a
 * text ends, words of streets and footers that are no names, foreign names in the Russian instrumental, stages
 * of a mission told in passing, and observers told in ways the earlier sets did not show.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { outletOfPage, outletOfUrl, relayedOrganization } from '../../src/importer/issuer.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findCyrillicPeople, nominativeName } from '../../src/importer/people-ru.ts';
import { findPeople } from '../../src/importer/people.ts';
import { importText } from '../../src/importer/result.ts';

const figuresOf = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
const imported = (text: string, url?: string) => importText(text, 'x.txt', EMPTY_ARCHIVE, url ? { url } : {});
const stagesOf = (text: string) => (imported(text).missions[0]?.milestones ?? []).map((m) => [m.kind, m.status, m.date]);
const leadersOf = (text: string) => {
  const r = imported(text);
  return (r.missions[0]?.leaders ?? []).map((l) => [r.people.find((p) => p.id === l.person)?.name, l.role, l.organization]);
};

describe('leaders', () => {
  test("'X (MP, Borovia), who was appointed by the OSCE Chairman-in-Office to serve as Special Co-ordinator': X co-ordinates", () => {
    const text =
      'Observers briefed in Norvia\nNORVIK, 25 October 2031 – Former OSCE PA President Ivo Marsh (MP, Borovia), who was appointed by the OSCE Chairman-in-Office to serve as Special Co-ordinator of the OSCE observer mission to the 27 October presidential election in Norvia, opened the briefing of the short-term observers today.\nAlso present was OSCE PA Vice-President Ida Lind (MP, Borovia), who was appointed by President Tom Berg to head the OSCE Parliamentary Assembly’s delegation to the mission.';
    expect(leadersOf(text)).toEqual([
      ['Ivo Marsh', 'special-co-ordinator', 'osce'],
      ['Ida Lind', 'head-of-delegation', 'osce-pa'],
    ]);
    // The briefing opened is no opening of the mission.
    expect(stagesOf(text).map(([kind]) => kind)).not.toContain('opening');
  });
  test("'President of the delegation Ivo Marsh and vice President Ida Lind': the first heads the delegation", () => {
    const people = findPeople(['On 8 October, President of the delegation Ivo Marsh and vice President Ida Lind went to Norvia.']);
    expect(people.map((p) => [p.name, p.roles])).toEqual([
      ['Ivo Marsh', ['President of the delegation']],
      ['Ida Lind', ['President']],
    ]);
  });
});

describe('outlets', () => {
  test("a site under a country's generic second level: 'chinadaily.com.cn', 'saylav.gov.tm'", () => {
    expect(outletOfUrl('https://www.chinadaily.com.cn/a/1.html')).toBe('chinadaily');
    expect(outletOfUrl('https://saylav.gov.tm/news/1')).toBe('saylav');
    expect(outletOfPage('https://www.chinadaily.com.cn/a/1.html', 'Observers arrive, China Daily reports.')).toBe('china-daily');
  });
  test('a brand printed as one word names the outlet; a common word or an address does not', () => {
    expect(outletOfPage('https://www.hina.hr/news/1', 'ZAGREB, 5 Nov (HINA) - Observers arrived.')).toBe('hina');
    expect(outletOfPage('https://civil.ge/archives/1', 'Civil society groups welcomed the observers.')).toBe('civil-ge');
    expect(outletOfPage('https://novosti.nv/?p=1', 'Как передает NOVOSTI.nv, наблюдатели прибыли.')).toBe('novosti-nv');
  });
  test("an outlet that prints its name in Cyrillic: 'Эхо Кавказа' on ekhokavkaza.com", () => {
    expect(outletOfPage('https://www.ekhokavkaza.com/a/1.html', 'Эхо Кавказа сообщает, что наблюдатели не приедут.')).toBe('ekho-kavkaza');
  });
});

describe('whom a report relays', () => {
  test('a lead that names no observer: the first observing body the report names after it', () => {
    const lead = [
      'Election monitors will come to Norvia in smaller numbers, an official said.',
      'The weather was cold.',
      'Ivo Marsh of ODIHR said the mission would adapt.',
    ];
    expect(relayedOrganization('Fewer monitors for Norvia', lead, EMPTY_ARCHIVE, 'nv')).toBe('odihr');
  });
  test("'Миссия наблюдателей ШОС …': the Shanghai Cooperation Organisation is relayed like any observing body", () => {
    expect(relayedOrganization('Наблюдатели ШОС прибыли в Боровию', ['Миссия наблюдателей ШОС приступила к работе.'], EMPTY_ARCHIVE, 'nv')).toBe('sco');
    // Told by a ministry, the report relays the ministry (CONTRIBUTING.md: the commission or ministry that informed).
    expect(relayedOrganization('Наблюдатели ШОС прибыли в Боровию', ['Миссия наблюдателей ШОС приступила к работе, сообщил МИД.'], EMPTY_ARCHIVE, 'nv')).toBe(
      'nv-mfa',
    );
  });
});

describe('organizations of a mission', () => {
  test("'МПА СНГ будет наблюдать за президентскими выборами': the Assembly observes; its mission is filed under it", () => {
    const r = imported(
      'МПА СНГ будет наблюдать за президентскими выборами в Азербайджане\n13 февраля 2031\nКак сообщает АПА, Межпарламентская Ассамблея СНГ сформирует и отправит наблюдательную миссию. Выборы состоятся 11 апреля 2031 года.',
    );
    expect(r.missions[0]?.organizations).toEqual(['ipa-cis']);
    expect(r.missions[0]?.id).toBe('az/2031-presidential-ipa-cis');
  });
  test("a text that names observers at work for 'the May 14 elections', with no kind of election, still drafts the mission", () => {
    const r = imported(
      'ANKARA (AA) - A team from the OSCE which is currently in Norvia to observe the May 14 elections is in close contact with the authorities, an official said.',
    );
    expect(r.missions).toHaveLength(1);
  });
});

describe('people', () => {
  test("'Headed by Linda Edg' where a cut text ends: the person named in full before, not another", () => {
    const people = findPeople(['Headed by Ida Marshall (Borovia), the mission consists of nine experts.', 'Headed by Ida Mar']);
    expect(people.map((p) => p.name)).toEqual(['Ida Marshall']);
  });
  test('streets, entities and footers are no people', () => {
    const people = findPeople([
      'The press conference is at Hotel Norvik, Sheshi Italia, in Norvik.',
      'Ambassador Ivo Marsh said he met officials of Republika Srpska.',
      'The Joint Short-Term Election Observation Mission and the Joint Monitoring Mission met.',
      'Privacy Policy',
    ]);
    expect(people.map((p) => p.name)).toEqual(['Ivo Marsh']);
  });
  test('foreign names in the Russian instrumental, and a family name in -овым after an initial', () => {
    expect(nominativeName('Цахиагийн Элбэгдоржем')).toBe('Цахиагийн Элбэгдорж');
    expect(nominativeName('Нямаагийном Энхболдом')).toBe('Нямаагийн Энхболд');
    expect(findCyrillicPeople(['Миссия во главе с Генеральным секретарем ШОС Чжан Мином будет работать в Боровии.']).map((p) => p.ru)).toEqual(['Чжан Мин']);
    expect(findCyrillicPeople(['Состоялась встреча с Председателем комиссии', 'Г.Мурадовым']).map((p) => p.ru)).toEqual(['Г.Мурадов']);
  });
  test("a Latin letter before a full stop is no initial: 'в социальной сети X. Причиной …'", () => {
    expect(findCyrillicPeople(['Об этом организация сообщила в социальной сети X. Причиной отказа стало позднее приглашение.'])).toEqual([]);
  });
});

describe('stages of a mission', () => {
  test("'a preliminary conclusion a day after the election', 'the report will be issued two months after the election'", () => {
    const text =
      'January 10, 2031 - 17:40 AMT\nODIHR opens mission in Norvia\nODIHR opened an election observation mission today for the presidential election in Norvia on 19 February 2031.\n"We are hopeful that our mission will produce a preliminary conclusion a day after the election. The resulting report will be issued two months after the election," he said.';
    expect(stagesOf(text)).toEqual(
      expect.arrayContaining([
        ['preliminary-statement', 'planned', '2031-02-20'],
        ['final-report', 'planned', undefined],
      ]),
    );
  });
  test("'Примерно через три недели мы опубликуем наш первый отчет': the interim report, planned", () => {
    const text =
      'Миссия БДИПЧ прибыла в Боровию\n14 сентября 2031\nМиссия БДИПЧ ОБСЕ начала работу для наблюдения за выборами президента Боровии. «Примерно через три недели мы опубликуем наш первый отчет», — заявил глава миссии.';
    expect(stagesOf(text)).toContainEqual(['interim-report', 'planned', undefined]);
  });
  test("'based on conclusions made by an ODIHR assessment mission that worked in the republic': a needs assessment, done", () => {
    const text =
      'MINSK. July 31 2031 (Interfax) - ODIHR could delegate 40 long-term observers to monitor parliamentary elections in Borovia based on conclusions made by an ODIHR assessment mission that worked in the republic on July 16-18, an official told Interfax.';
    expect(stagesOf(text).map(([kind, status]) => [kind, status])).toContainEqual(['needs-assessment', 'actual']);
  });
});

describe('observer figures', () => {
  test("'the seven strong European Parliament delegation': its members", () => {
    expect(figuresOf('Ms Lind is a member of the seven strong European Parliament delegation who will serve as official observers.')).toEqual([
      { category: 'parliamentarians', count: 7, status: 'planned', organization: 'european-parliament' },
    ]);
  });
  test("'We have 28, so-called long-term observers deployed throughout the country … joined by more than 100 more observers, close to Election Day'", () => {
    expect(
      figuresOf(
        'We have 28, so-called long-term observers deployed throughout the country, said Marsh, adding they will be joined by more than 100 more observers, close to Election Day.',
      ).map((f) => [f.category, f.count, f.status]),
    ).toEqual([
      ['long-term', 28, 'deployed'],
      ['short-term', 100, 'expected'],
    ]);
  });
});
