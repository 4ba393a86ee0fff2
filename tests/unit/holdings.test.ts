import { describe, expect, test } from 'vitest';
import { holdsMissionsFor, holdsNo, holdsNoMissionFor, stepDateText, stepState, stepStatusShort } from '../../src/format/holdings.ts';

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
    expect(stepDateText('no-later-record', '2021-01-11')).toBe('announced for 11 January 2021; the archive holds no later record');
    expect(stepStatusShort('no-later-record')).toBe('announced, no later record');
  });
  test('a partial date has passed only when the whole month or year has', () => {
    expect(stepState('planned', '2021-01', '2021-01-31')).toBe('planned');
    expect(stepState('planned', '2021-01', '2021-02-01')).toBe('no-later-record');
    expect(stepState('planned', '2021', '2021-12-31')).toBe('planned');
  });
  test('dates read as done, planned or announced', () => {
    expect(stepDateText('took-place', '2005-12-05', true)).toBe('by 5 December 2005');
    expect(stepDateText('planned', '2021-01-11')).toBe('11 January 2021 (planned)');
  });
  test("gaps are the archive's, never the world's", () => {
    expect(holdsNoMissionFor('2006–2018 and 2020')).toBe('The archive holds no mission for 2006–2018 and 2020.');
    expect(holdsNo('statements', 'about this mission')).toBe('The archive holds no statements about this mission.');
  });
  test("a country's missions are counted as the archive's holdings", () => {
    expect(holdsMissionsFor('Kazakhstan', ['2005', '2019', '2021'])).toBe('The archive holds 3 missions for Kazakhstan: 2005, 2019, 2021.');
    expect(holdsMissionsFor('Mongolia', [])).toBe('The archive holds no mission for Mongolia.');
  });
});
