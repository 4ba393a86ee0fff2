/**
 * Kinds of input met in a fifth set of real texts, one behaviour each, with invented names, places and
 * figures: a double family name mentioned alone, a delegation led by someone called by a post at home, a
 * head of mission whose title ends with the body's acronym in brackets, foreign names in Cyrillic, and the
 * head of a CIS mission agreed as a candidate.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { extractStatement } from '../../src/importer/extract.ts';
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
  test("'14 марта, Норвик /Корр. ВЕСТА/.' on vesta.nv: the site's outlet", () => {
    const text =
      '14 марта 2031, 10:15\n\nМиссия СНГ начала работу\n\n14 марта, Норвик /Корр. ВЕСТА/. Миссия наблюдателей от СНГ приступила сегодня к работе на выборах президента Боровии.';
    expect(extractStatement(text, EMPTY_ARCHIVE, { url: 'https://vesta.nv/news/1' }).source).toBe('vesta-nv');
  });
});
