/**
 * Kinds of input met in a fourth set of real texts, one behaviour each, with invented names, places and
 * figures: a site's calendar above the article, a dateline that prints the day before the town, Russian
 * names in the instrumental and in apposition, the co-ordinator of the CIS Interparliamentary Assembly's
 * observers, and parliaments' names where a title stands.
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_ARCHIVE } from '../../src/importer/archive.ts';
import { extractStatement } from '../../src/importer/extract.ts';
import { readDateline, splitArticle } from '../../src/importer/layout.ts';
import { observingOrganizations } from '../../src/importer/mission-facts.ts';
import { findOrganizations } from '../../src/importer/organizations-in-text.ts';
import { findPeople } from '../../src/importer/people.ts';
import { findCyrillicPeople, nominativeName } from '../../src/importer/people-ru.ts';
import { milestones } from '../../src/importer/milestones.ts';
import { importText } from '../../src/importer/result.ts';

const leadersOfText = (text: string) => {
  const r = importText(text, 'x.txt', EMPTY_ARCHIVE);
  return (r.missions[0]?.leaders ?? []).map((l) => ({
    name: r.people.find((p) => p.id === l.person)?.ru?.name,
    role: l.role,
    organization: l.organization,
  }));
};

describe("a site's calendar is not the text's date", () => {
  const page = (today: string) =>
    `НОВОСТИ\n${today}\nНорвик +3°C\nВсе новости\n14 марта 2029, 10:15\n\nНаблюдатели прибудут в Боровию\n\n14 марта, Норвик /Корр. ВЕСТНИК/. Миссия наблюдателей от СНГ приступила сегодня к работе на выборах президента Боровии.`;
  test("'Флаг Понедельник, 25 ноября 2031' over the article's own date: the article's date is the text's", () => {
    expect(extractStatement(page('Флаг Понедельник, 25 ноября 2031'), EMPTY_ARCHIVE, {}).date).toBe('2029-03-14');
  });
  test("the weekday in English too: 'Wednesday, 20 November 2031'", () => {
    expect(extractStatement(page('Wednesday, 20 November 2031'), EMPTY_ARCHIVE, {}).date).toBe('2029-03-14');
  });
  test('an icon and a weekday are no town', () => {
    const e = extractStatement(page('Флаг Среда, 20 ноября 2031'), EMPTY_ARCHIVE, {});
    // The Russian dateline is the Russian edition's place; the English one is its transliteration (places.ts).
    expect([e.place, e.ruPlace]).toEqual(['Norvik', 'Норвик']);
  });
  test('a weekday and a date with no other date below still date the text', () => {
    const text = 'Понедельник, 25 ноября 2031\n\nМиссия наблюдателей от СНГ приступила к работе на выборах в Боровии.';
    expect(extractStatement(text, EMPTY_ARCHIVE, {}).date).toBe('2031-11-25');
  });
});

describe('a dateline that gives the day before the town', () => {
  test("'14 марта, Норвик /Корр. ВЕСТНИК/.': the town, the day and the agency", () => {
    const d = readDateline('14 марта, Норвик /Корр. ВЕСТНИК/. Миссия приступила к работе.');
    expect(d?.place).toBe('Норвик');
    expect(d?.agency).toBe('Корр. ВЕСТНИК');
    expect(d?.printedDate?.month).toBe(3);
    expect(d?.printedDate?.day).toBe(14);
    expect(d?.rest).toBe('Миссия приступила к работе.');
  });
});

describe('Russian names in the instrumental and in apposition', () => {
  test("a family name declined like an adjective is read back to the adjective: 'Ковальским' is 'Ковальский', 'Ковальской' is 'Ковальская'", () => {
    expect(nominativeName('Тимуром Вольским')).toBe('Тимур Вольский');
    expect(nominativeName('Мартой Дольской')).toBe('Марта Дольская');
  });
  test('a name in the instrumental after a long title is not the subject of the verb that follows it', () => {
    const people = findCyrillicPeople([
      'Группа наблюдателей во главе с членом Совета Федерации Федерального Собрания Литвы Тимуром Вольским приняла участие в мониторинге выборов.',
    ]);
    expect(people.map((p) => p.ru)).toEqual(['Тимур Вольский']);
  });
  test('a woman whose given name does not decline: her family name is read back alone', () => {
    expect(nominativeName('Айгуль Тармашевой')).toBe('Айгуль Тармашева');
  });
  test('after a title in the nominative the name is in the nominative, whatever genitives stand between', () => {
    const people = findCyrillicPeople(['Распоряжение подписала Председатель Совета Федерального собрания Литвы Валентина Дольская.']);
    expect(people.map((p) => p.ru)).toEqual(['Валентина Дольская']);
  });
  test("a title that opens the sentence in capitals ('Заместитель Председателя …') still says a name follows", () => {
    const people = findCyrillicPeople(['Заместитель Председателя Совета Федерального собрания Литвы Олег Марков назначен координатором группы.']);
    expect(people.map((p) => p.ru)).toEqual(['Олег Марков']);
  });
  test("a parliament's name in a title is no person: 'председателя Милли Меджлиса Боровской Республики'", () => {
    const people = findCyrillicPeople(['Координатором группы назначен первый заместитель председателя Милли Меджлиса Боровской Республики Олег Марков.']);
    expect(people.map((p) => p.ru)).toEqual(['Олег Марков']);
  });
});

describe("the co-ordinator of the CIS Interparliamentary Assembly's observers", () => {
  test("'Координатором группы наблюдателей от МПА СНГ назначен …' heads the Assembly's delegation", () => {
    const text =
      'Координатором группы международных наблюдателей от Межпарламентской Ассамблеи государств-участников СНГ (МПА СНГ) назначен первый заместитель председателя парламента Литвы Олег Марков. Группа будет наблюдать за парламентскими выборами 28 октября 2029 года.';
    expect(leadersOfText(text)).toEqual([{ name: 'Олег Марков', role: 'head-of-delegation', organization: 'ipa-cis' }]);
  });
  test("'… назначен координатором группы наблюдателей от Межпарламентской ассамблеи СНГ': the name before the role", () => {
    const text =
      'Заместитель Председателя Совета Федерального собрания Литвы Олег Марков назначен координатором группы наблюдателей от Межпарламентской ассамблеи СНГ на парламентских выборах 28 октября 2029 года.';
    expect(leadersOfText(text)).toEqual([{ name: 'Олег Марков', role: 'head-of-delegation', organization: 'ipa-cis' }]);
  });
  test('a group of the Assembly\'s observers "во главе с" someone: he heads its delegation', () => {
    const text =
      'Группа наблюдателей от Межпарламентской Ассамблеи СНГ во главе с членом Совета Федерации Федерального Собрания Литвы Тимуром Вольским приняла участие в мониторинге парламентских выборов 19 сентября 2029 года.';
    expect(leadersOfText(text)).toEqual([{ name: 'Тимур Вольский', role: 'head-of-delegation', organization: 'ipa-cis' }]);
  });
});

describe('bylines and bodies that are no people', () => {
  test("'By Vestnik' over the article: a byline of one word is the agency that wrote it, no author", () => {
    const parts = splitArticle('By Vestnik\n\nA delegation of the Parliamentary Assembly of the Council of Europe will visit Norvik on 22-23 January 2031.');
    expect(parts.bylines).toEqual([]);
    expect(parts.agency).toBe('Vestnik');
  });
  test("'By Ida Marsh – Vestnik:' still names its author", () => {
    expect(splitArticle('By Ida Marsh – Vestnik:\n\nThe mission opened today.').bylines).toEqual([{ name: 'Ida Marsh', role: 'author', outlet: 'Vestnik' }]);
  });
  test("'said De Marsch' after 'Ida De Marsh': a family name with its particle, misspelt by a letter, is the same person", () => {
    const people = findPeople(['The mission is led by Ida De Marsh, who met the commission.', '“Our mandate is to observe,” said De Marsch.']);
    expect(people.map((p) => p.name)).toEqual(['Ida De Marsh']);
  });
  test('a family name two letters apart is someone else', () => {
    const people = findPeople(['The mission is led by Ida De Marsh, who met the commission.', '“Our mandate is to observe,” said De Morsch.']);
    expect(people.map((p) => p.name)).toEqual(['Ida De Marsh', 'De Morsch']);
  });
  test("a broadcasting regulator ('Radio and Television Supreme Council') is no person", () => {
    const people = findPeople([
      'The delegation will meet representatives of the Radio and Television Supreme Council (RTÜK) and Ida Marsh, the head of the mission.',
    ]);
    expect(people.map((p) => p.name)).toEqual(['Ida Marsh']);
  });
});

describe('delegations and missions named by their members or in their own name', () => {
  const leadersOfEnglish = (text: string) => {
    const r = importText(text, 'x.txt', EMPTY_ARCHIVE);
    return (r.missions[0]?.leaders ?? []).map((l) => ({ name: r.people.find((p) => p.id === l.person)?.name, role: l.role, organization: l.organization }));
  };
  test("'The delegation is led by Borovian MEP X' with no organization named: the European Parliament's delegation", () => {
    const text =
      'NORVIK, 24 October 2031 – A delegation of 12 MEPs starts its work to observe the parliamentary elections in Ukraine on 26 October 2031. The delegation is led by Borovian MEP Ida Marsh, a representative of the People’s Party.';
    expect(leadersOfEnglish(text)).toEqual([{ name: 'Ida Marsh', role: 'head-of-delegation', organization: 'european-parliament' }]);
  });
  test("'The OSCE PA will observe …', 'to lead this OSCE PA Election Observation Mission': the Assembly observes, with no word of a delegation", () => {
    const text =
      'The OSCE PA will observe the early parliamentary elections in Kazakhstan scheduled for 15 January 2032. President Ida Marsh has appointed Ivo Brand to lead this OSCE PA Election Observation Mission.';
    expect(observingOrganizations(findOrganizations(text), text)).toEqual(['osce-pa']);
  });
  test('an assembly named only in passing does not observe', () => {
    const text = 'The ODIHR mission opened today in Norvik. Its head met a former member of the OSCE PA.';
    expect(observingOrganizations(findOrganizations(text), text)).toEqual(['odihr']);
  });
});

describe('an election under way', () => {
  test("'observe the ongoing parliamentary elections': the vote is held on the day of the text", () => {
    const r = importText(
      'NORVIK, 19 March 2031 – Some 300 observers of the ODIHR mission observe the ongoing parliamentary elections in Kazakhstan, said Ida Marsh, Head of the ODIHR Mission.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions[0]?.election.rounds).toEqual(['2031-03-19']);
    expect(r.missions[0]?.milestones.find((m) => m.kind === 'election-day')).toMatchObject({ date: '2031-03-19', status: 'actual' });
  });
  test('an election named with its own day keeps that day', () => {
    const r = importText(
      'NORVIK, 19 March 2031 – The ODIHR mission observes the campaign for the parliamentary elections in Kazakhstan on 2 April 2031.',
      'x.txt',
      EMPTY_ARCHIVE,
    );
    expect(r.missions[0]?.election.rounds).toEqual(['2031-04-02']);
  });
});

describe('heads named by an initial, or in a clause after their title', () => {
  test("'кандидатуру … секретаря СНГ В. Гарнова в качестве Главы Миссии': the initial's family name in the nominative, with its space, heading the mission", () => {
    const people = findCyrillicPeople([
      'Совет согласовал кандидатуру первого заместителя Исполнительного секретаря СНГ В. Гарнова в качестве Главы Миссии наблюдателей от СНГ.',
    ]);
    expect(people.map((p) => [p.ru, p.roles])).toEqual([['В. Гарнов', ['Head of mission']]]);
  });
  test("'согласована кандидатура … в качестве Главы Миссии … С.Тармашева': the role before the name", () => {
    const people = findCyrillicPeople([
      'Согласована в качестве Главы Миссии кандидатура Председателя Исполнительного комитета – Исполнительного секретаря СНГ С.Тармашева.',
    ]);
    expect(people.map((p) => [p.ru, p.roles])).toEqual([['С.Тармашев', ['Head of mission']]]);
  });
  test("'said Ida Marsh, former Foreign Minister of Norvik, who heads the election observation mission': she heads it", () => {
    const people = findPeople(['"We welcome the opportunity," said Ida Marsh, former Foreign Minister of Norvik, who heads the election observation mission.']);
    expect(people.find((p) => p.name === 'Ida Marsh')?.roles).toContain('Head of the election observation mission');
  });
});

describe('a CIS mission at work, in Russian', () => {
  test("'Миссия приступила к мониторингу избирательной кампании 2 ноября 2031 года': it opened that day; 'огласила промежуточный отчет': its interim report is out", () => {
    const found = milestones(
      'Миссия наблюдателей от СНГ за выборами в парламент Боровии огласила промежуточный отчет. Миссия приступила к мониторингу избирательной кампании 2 ноября 2031 года.',
      { statementDate: '2031-11-22', election: false },
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'opening', status: 'actual', date: '2031-11-02' },
        { kind: 'interim-report', status: 'actual' },
      ]),
    );
  });
});
