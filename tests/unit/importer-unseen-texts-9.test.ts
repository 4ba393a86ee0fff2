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
