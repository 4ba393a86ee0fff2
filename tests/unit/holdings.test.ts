import { describe, expect, test } from 'vitest';
import { holdsNo, holdsNoMissionFor, stepDateInList, stepDateText, stepState, stepStatusShort } from '../../src/format/holdings.ts';

describe('what the archive holds, in words', () => {
  test('a step a source reports done took place, whatever the day', () => {
    expect(stepState('actual', '2021-01-10', '2020-01-01')).toBe('took-place');
  });
  test('a planned step still ahead is planned', () => {
    expect(stepState('planned', '2021-01-11', '2021-01-04')).toBe('planned');
    expect(stepState('planned', undefined, '2030-01-01')).toBe('planned');
  });
  test('a planned step whose day has passed has no later record, not a status of "planned"', () => {
    expect(stepState('planned', '2021-01-11', '2025-11-22')).toBe('no-later-record');
    expect(stepDateText('no-later-record', '2021-01-11', undefined, 'en')).toBe('announced for 11 January 2021; the archive holds no later record');
    expect(stepStatusShort('no-later-record', 'en')).toBe('announced, no later record');
  });
  test('a partial date has passed only when the whole month or year has', () => {
    expect(stepState('planned', '2021-01', '2021-01-31')).toBe('planned');
    expect(stepState('planned', '2021-01', '2021-02-01')).toBe('no-later-record');
    expect(stepState('planned', '2021', '2021-12-31')).toBe('planned');
  });
  test('dates read as done, planned or announced', () => {
    expect(stepDateText('took-place', '2005-12-05', true, 'en')).toBe('by 5 December 2005');
    expect(stepDateText('planned', '2021-01-11', undefined, 'en')).toBe('11 January 2021 (planned)');
  });
  test("gaps are the archive's, never the world's", () => {
    expect(holdsNoMissionFor('2006–2018 and 2020', 'en')).toBe('The archive holds no mission for 2006–2018 and 2020.');
    expect(holdsNo('statements', 'about this mission', 'en')).toBe('The archive holds no statements about this mission.');
  });
  test('named holdings: from an organization, on a country, by or about a person', () => {
    expect(holdsNo('statements', { of: 'from', name: 'ODIHR' }, 'en')).toBe('The archive holds no statements from ODIHR.');
    expect(holdsNo('statements', { of: 'on', name: 'Mongolia' }, 'en')).toBe('The archive holds no statements on Mongolia.');
    expect(holdsNo('statements', { of: 'by-or-about', name: 'Ána Exámple' }, 'en')).toBe('The archive holds no statements by or about Ána Exámple.');
  });
});

describe('what the archive holds, in Russian', () => {
  test('steps: done, planned, announced with no later record', () => {
    expect(stepStatusShort('took-place', 'ru')).toBe('состоялось');
    expect(stepStatusShort('planned', 'ru')).toBe('запланировано');
    expect(stepStatusShort('no-later-record', 'ru')).toBe('объявлено, более поздних сведений нет');
    expect(stepDateText('took-place', '2005-12-05', true, 'ru')).toBe('не позднее 5 декабря 2005 г.');
    expect(stepDateText('planned', '2021-01-11', false, 'ru')).toBe('11 января 2021 г. (запланировано)');
    expect(stepDateText('no-later-record', '2021-01-11', false, 'ru')).toBe('объявлено на 11 января 2021 г.; более поздних сведений в архиве нет');
    expect(stepDateInList('no-later-record', '2021-01', false, 'ru')).toBe('объявлено на январь 2021 г. (более поздних сведений в архиве нет)');
    expect(stepDateInList('no-later-record', '2021-01-11', undefined, 'en')).toBe('announced for 11 January 2021 (the archive holds no later record)');
  });
  test('gaps and holdings, with Russian plural forms', () => {
    expect(holdsNoMissionFor('2006–2018', 'ru')).toBe('В архиве нет миссий за 2006–2018.');
    expect(holdsNo('statements', 'about this mission', 'ru')).toBe('В архиве нет заявлений об этой миссии.');
    expect(holdsNo('observer figures for these missions', undefined, 'ru')).toBe('В архиве нет данных о числе наблюдателей по этим миссиям.');
    expect(holdsNo('statements', { of: 'on', name: 'Монголия' }, 'ru')).toBe('В архиве нет заявлений по стране Монголия.');
  });
  test('a phrase with no Russian wording fails loudly instead of printing English in a Russian sentence', () => {
    expect(() => holdsNo('statements', 'from somewhere', 'ru')).toThrow(/no ru wording for "from somewhere"/);
    expect(() => holdsNo('speeches', undefined, 'ru')).toThrow(/no ru wording for "speeches"/);
    expect(holdsNo('speeches', 'from somewhere', 'en')).toBe('The archive holds no speeches from somewhere.');
  });
});
