/**
 * Kinds of input met in a further set of real texts, one behaviour each, with invented names, places
 * and figures: page stamps that are no publication dates, bodies named in passing beside another
 * organization's mission, and the head of that mission.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { extractStatement } from '../../src/importer/extract.ts';
import { withoutFurniture } from '../../src/importer/furniture.ts';
import { readDateline } from '../../src/importer/layout.ts';
import { leadersOf } from '../../src/importer/leaders.ts';
import { electionDays, electionMentions, observingOrganizations } from '../../src/importer/mission-facts.ts';
import { milestones } from '../../src/importer/milestones.ts';
import { observerFigures } from '../../src/importer/observers.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findCyrillicPeople, nominativeName } from '../../src/importer/people-ru.ts';
import { findPeople } from '../../src/importer/people.ts';
import { importText } from '../../src/importer/result.ts';

const orgsIn = (text: string) => observingOrganizations(findOrganizations(text), text);
const leadersIn = (text: string) => {
  const mentions = findOrganizations(text);
  return leadersOf(findPeople([text]), { mentions, findOrgs: (s) => findOrganizations(s), organizations: observingOrganizations(mentions, text) }, false).map(
    ({ name, role, organization }) => ({ name, role, organization }),
  );
};

describe('page stamps are no publication dates', () => {
  test("'Последнее обновление', 'Page last updated on', 'Last update' are the page's, not the text's", () => {
    expect(
      withoutFurniture(['Последнее обновление: 14.03.2031 10:00', 'Page last updated on 2 May 2031', 'Last update: 2031-05-02', 'Дата изменения: 01.01.2031']),
    ).toEqual([]);
  });
  test('a text dated only by its page stamp keeps no date', () => {
    const text =
      'Последнее обновление: 14.03.2031 10:00\n\nБорвия пригласила наблюдателей\n\nБДИПЧ ОБСЕ направит наблюдателей на президентские выборы в Борвии.';
    expect(extractStatement(text, EMPTY_ARCHIVE, {}).date).toBeUndefined();
  });
  test('a news feed after the text is no part of it', () => {
    expect(
      withoutFurniture(['Observers arrive in Norvik.', 'The mission opened today in Norvik and will observe the elections.', 'Лента новостей', '3 May 2031']),
    ).toEqual(['Observers arrive in Norvik.', 'The mission opened today in Norvik and will observe the elections.']);
  });
});

describe("another organization's mission", () => {
  const cis =
    'NORVIK, 3 May 2031 – The CIS observation mission for the parliamentary elections in Borovia opened its office on 2 May. The mission is headed by Ivan Dorrel, an official of the CIS Executive Committee. Some observers from the CIS, the SCO and the OSCE Office for Democratic Institutions and Human Rights (ODIHR) are expected. The OSCE observation mission will arrive on 9 May.';
  test('ODIHR and an OSCE mission named beside a CIS mission are not its organizations', () => {
    expect(orgsIn(cis)).toEqual(['cis']);
  });
  test("the head of a CIS mission is the CIS's, though ODIHR is named", () => {
    expect(leadersIn(cis)).toEqual([{ name: 'Ivan Dorrel', role: 'head-of-mission', organization: 'cis' }]);
  });
  test("ODIHR named in a list of registered observers, or in someone's title, is not a PACE delegation's partner", () => {
    const pace =
      'A delegation of the Parliamentary Assembly of the Council of Europe (PACE) will observe the elections in Borovia. The commission registered 40 organizations, among them the OSCE’s ODIHR mission. The delegation met Alda Rennick, the OSCE/ODIHR on-site co-ordinator.';
    expect(orgsIn(pace)).toEqual(['pace']);
  });
  test('observing alongside ODIHR makes it a partner', () => {
    const joint =
      'A delegation of the Parliamentary Assembly of the Council of Europe (PACE) will observe the elections in Borovia, alongside observers from the OSCE Office for Democratic Institutions and Human Rights (ODIHR).';
    expect(orgsIn(joint).sort()).toEqual(['odihr', 'pace']);
  });
});

describe('page furniture and titles are no people', () => {
  const names = (text: string) => findPeople([text]).map((p) => p.name);
  test('a venue, a carrier and a region are no person', () => {
    expect(names('The mission opened its office at the Kokhi Dorvan State Complex in Norvik on 2 May.')).toEqual([]);
    expect(names('The mission opened its office at the “Kokhi Dorvan” State Complex in Norvik.')).toEqual([]);
    expect(names('Authorities order Borvia Air to fly citizens home from the Middle East.')).toEqual([]);
  });
  test('a title glued before a name is its role, not part of it', () => {
    const people = findPeople(['OSCE PA Director of Presidential Administration Ivo Marten, Operations Officer Alda Rennick and others met the commission.']);
    expect(people.map((p) => p.name)).toEqual(['Ivo Marten', 'Alda Rennick']);
    expect(people[1]!.roles).toContain('Officer');
  });
  test('a Russian family name that does not decline leaves only the given name to read back', () => {
    expect(nominativeName('Бахтиёром Дорвонзода')).toBe('Бахтиёр Дорвонзода');
  });
});

describe('roles and the organization a leader heads', () => {
  test("'the mission's chairwoman, X' heads the mission", () => {
    expect(leadersIn("The ODIHR mission's chairwoman, Alda Rennick, told journalists in Norvik that 12 experts will take part.")).toEqual([
      { name: 'Alda Rennick', role: 'head-of-mission', organization: 'odihr' },
    ]);
  });
  test('a delegation from an assembly is headed for that assembly, though ODIHR is named first', () => {
    expect(
      leadersIn(
        'The OSCE/ODIHR mission will join efforts with a separate delegation from the OSCE Parliamentary Assembly, which will be headed by Ivo Marten.',
      ),
    ).toEqual([{ name: 'Ivo Marten', role: 'head-of-delegation', organization: 'osce-pa' }]);
  });
  test("an MEP leading 'Parliament's observation mission' heads the European Parliament's delegation", () => {
    const text = "Five MEPs will be in Borovia to observe the elections. Parliament's observation mission will be led by Norvik MEP Ivo Marten (EPP).";
    expect(orgsIn(text)).toContain('european-parliament');
    expect(leadersIn(text)).toEqual([{ name: 'Ivo Marten', role: 'head-of-delegation', organization: 'european-parliament' }]);
  });
  test("'appointed special co-ordinator' and 'appointed … to lead the short-term observation mission' make a special co-ordinator", () => {
    expect(
      leadersIn(
        'The OSCE observation mission in Borovia will be headed by Ivo Marten, who was appointed special coordinator by the OSCE Chairperson-in-Office.',
      ),
    ).toEqual([{ name: 'Ivo Marten', role: 'special-co-ordinator', organization: 'osce' }]);
    expect(
      leadersIn(
        'Alda Rennick (MP, Norvik) has been appointed by the OSCE Chair-in-Office to lead the short-term observation mission of the OSCE Parliamentary Assembly.',
      ),
    ).toEqual([{ name: 'Alda Rennick', role: 'special-co-ordinator', organization: 'osce' }]);
  });
  test('an adviser to the Special Co-ordinator is no co-ordinator', () => {
    expect(leadersIn('OSCE PA Senior Advisor to the Special Co-ordinator Ivo Marten met the commission.')).toEqual([]);
  });
});

describe('Russian: who leads a group', () => {
  const rolesIn = (text: string) => Object.fromEntries(findCyrillicPeople([text]).map((p) => [p.ru, p.roles]));
  test("'под руководством', and a relative clause 'которую возглавляет'", () => {
    expect(rolesIn('Группа экспертов под руководством Ивана Дорнова из Борвии не будет наблюдать за выборами.')).toEqual({
      'Иван Дорнов': ['Head of mission'],
    });
    expect(rolesIn('Основная группа наблюдателей от СНГ, которую возглавляет председатель Исполкома СНГ Пётр Норвин, прибудет позже.')).toEqual({
      'Пётр Норвин': ['Head of mission'],
    });
  });
  test('a group of long-term observers is led by the head of the long-term mission', () => {
    expect(rolesIn('С 7 мая работает группа долгосрочных наблюдателей от СНГ, которую возглавил заместитель секретаря СНГ Пётр Норвин.')).toEqual({
      'Пётр Норвин': ['Head of the long-term mission'],
    });
  });
  test("'X, который возглавит Миссию наблюдателей' heads it", () => {
    expect(rolesIn('В Борвию прибыл секретарь СНГ Пётр Норвин, который возглавит Миссию наблюдателей от СНГ.')).toEqual({ 'Пётр Норвин': ['Head of mission'] });
  });
});

describe('a currency ticker is furniture', () => {
  test('rates and a search box above the text are no part of it', () => {
    expect(withoutFurniture(['Курсы валют от 11/10/2031', '$1 – 12768.30', 'UZS – -0,08%', 'Поиск', 'Observers arrived in Norvik.'])).toEqual([
      'Observers arrived in Norvik.',
    ]);
  });
});

describe('observer figures', () => {
  const figuresIn = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
  test('a range is one approximate figure, never two', () => {
    expect(figuresIn('All in all, 40-45 CIS observers will monitor the election in Borovia.')).toEqual([
      { category: 'total', count: 45, status: 'planned', approximate: true, organization: 'cis' },
    ]);
    expect(figuresIn('Some 310–320 observers from the CIS are expected to monitor the vote.')).toHaveLength(1);
  });
  test("an assembly's mission 'of more than 31 members', 'the 21 delegation members', 'observers from parliaments' are parliamentarians", () => {
    expect(figuresIn('The mission of the OSCE Parliamentary Assembly, which will observe the elections, will comprise more than 31 members.')).toEqual([
      // The one assembly the sentence names is the members'.
      { category: 'parliamentarians', count: 31, status: 'planned', approximate: true, organization: 'osce-pa' },
    ]);
    expect(figuresIn('Until election day, the 21 delegation members will meet the candidates.')).toEqual([
      { category: 'parliamentarians', count: 21, status: 'planned' },
    ]);
    expect(figuresIn('The short-term observation mission will include at least 23 observers from parliaments in 14 countries.')).toEqual([
      { category: 'parliamentarians', count: 23, status: 'planned', approximate: true, fromStates: 14 },
    ]);
  });
  test("an assembly's own membership is no figure of observers", () => {
    expect(figuresIn('The OSCE PA has 310 members from 50 countries.')).toEqual([]);
  });
});

describe('contacts', () => {
  const contactsOf = (text: string) => extractStatement(text, EMPTY_ARCHIVE, {}).contacts.map((c) => [c.name, c.phone, c.email]);
  test('several contacts run into the last paragraph after "Media Contacts:"', () => {
    const text =
      'NORVIK, 3 May 2031 – Observers from the OSCE Office for Democratic Institutions and Human Rights (ODIHR) will hold a press conference in Norvik. For further information, please visit the website. Media Contacts: Alda de Marten Rennick, Media Analyst with the Election Observation Mission: +992 98 765 4321 or alda@example.org Ivo Dorn, ODIHR Spokesperson, ivo.dorn@example.org or +48 601 234 567';
    expect(contactsOf(text)).toEqual([
      ['Alda de Marten Rennick', '+992987654321', 'alda@example.org'],
      ['Ivo Dorn', '+48601234567', 'ivo.dorn@example.org'],
    ]);
  });
  test('a phone on the next line, and a note on which phone it is', () => {
    const text = [
      'NORVIK, 3 May 2031 – The OSCE Office for Democratic Institutions and Human Rights (ODIHR) today opened an election observation mission in Norvik.',
      '',
      'Media contacts:',
      '',
      'Ivo Dorn, ODIHR Spokesperson: ivo.dorn@example.org or +48 601 234 567 (Warsaw mobile)',
      '',
      'Alda Rennick, Media Analyst: alda@example.org',
      '',
      'or +998 90 123 4567',
    ].join('\n');
    expect(contactsOf(text)).toEqual([
      ['Ivo Dorn', '+48601234567', 'ivo.dorn@example.org'],
      ['Alda Rennick', '+998901234567', 'alda@example.org'],
    ]);
  });
});

describe('days that are not the stage they stand near', () => {
  test("an advisory's press conference day after the election's name is not the election's", () => {
    const [mention] = electionMentions(
      'Observers will hold a press conference on the opening of the observation mission to the parliamentary elections in Borovia on Wednesday, 3 May.',
    );
    expect(electionDays(mention!, '2031-05-02').rounds).toEqual([]);
  });
  test("a mission 'deployed on' a day opened then; its long-term observers' day is the one after them", () => {
    expect(
      milestones(
        'The ODIHR mission led by Ambassador Alda Rennick was deployed on 7 May and included 12 experts and 20 long-term observers who were deployed throughout the country starting on 14 May.',
        { statementDate: '2031-07-01', election: false },
      ),
    ).toEqual([
      { kind: 'opening', status: 'actual', date: '2031-05-07' },
      { kind: 'lto-deployment', status: 'actual', date: '2031-05-14' },
    ]);
  });
});

describe('datelines', () => {
  test("a town in capitals, then an outlet glued to the dash and no date ('NORVIK, BorNews–A delegation …')", () => {
    expect(readDateline('NORVIK, BorNews–A delegation from PACE will arrive in Borovia.')).toMatchObject({
      place: 'NORVIK',
      agency: 'BorNews',
      rest: 'A delegation from PACE will arrive in Borovia.',
    });
  });
  test('an organization in capitals before a dash is no place', () => {
    expect(readDateline('ОБСЕ - ведущий европейский орган в сфере выборов.')).toBeUndefined();
  });
});

describe("figures of everyone a country expects are no mission's", () => {
  const figuresIn = (text: string) => observerFigures(text, (s) => findOrganizations(s)).figures;
  test('observers from several families of organizations, or from various countries', () => {
    expect(figuresIn('Some 420 international observers from the CIS, the SCO and ODIHR are expected to monitor the vote.')).toEqual([]);
    expect(figuresIn('Not less than 610 observers from various countries and international organizations will monitor the election.')).toEqual([]);
    expect(figuresIn('Мониторить выборы будут свыше 430 представителей региональных, международных организаций и отдельных государств.')).toEqual([]);
  });
  test("one family's observers still count", () => {
    expect(figuresIn('Some 420 observers from the CIS will monitor the vote.')).toHaveLength(1);
  });
});

describe("a mission's type", () => {
  test("EOM and its kin are ODIHR's words: a CIS observation mission has no such type", () => {
    const r = importText(
      'NORVIK, 3 May 2031 – The CIS election observation mission for the 28 May 2031 parliamentary elections in Borovia opened its office in Norvik on 2 May.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions[0]?.organizations).toEqual(['cis']);
    expect(r.missions[0]?.type).toBeUndefined();
  });
});
