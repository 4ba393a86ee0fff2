import { describe, expect, test } from 'vitest';
import { describeCount, isMissionOver, observerSummary, latestFigures, orderedMilestones, secondingStates } from '../../src/missions/glance.ts';
import { recentYears } from '../../src/missions/years.ts';
import type { MissionData } from '../../src/schemas/index.ts';

type Figure = MissionData['observers'][number];
const fig = (f: Partial<Figure>): Figure => ({ category: 'long-term', count: 1, status: 'deployed', date: '2021-01-01', source: 's', ...f }) as Figure;

describe('latestFigures', () => {
  test('keeps the latest figure per category, in vocabulary order', () => {
    const figures = [
      fig({ category: 'total', count: 30, date: '2021-01-04', approximate: true, status: 'planned' }),
      fig({ category: 'long-term', count: 20, date: '2020-12-01' }),
      fig({ category: 'long-term', count: 24, date: '2020-12-08' }),
      fig({ category: 'core-team', count: 11, date: '2020-12-08' }),
    ];
    expect(latestFigures(figures).map((f) => [f.category, f.count])).toEqual([
      ['core-team', 11],
      ['long-term', 24],
      ['total', 30],
    ]);
  });
  test('on the same day a deployed figure beats a planned one', () => {
    const figures = [fig({ count: 30, status: 'planned' }), fig({ count: 28, status: 'deployed' }), fig({ count: 29, status: 'expected' })];
    expect(latestFigures(figures).map((f) => f.count)).toEqual([28]);
  });
  test('no figures, no rows', () => {
    expect(latestFigures([])).toEqual([]);
  });
});

test('describeCount says approximate and not-yet-deployed in words', () => {
  expect(describeCount({ count: 460, approximate: true, status: 'deployed' }, 'en')).toBe('about 460');
  expect(describeCount({ count: 300, status: 'expected' }, 'en')).toBe('300 (expected)');
  expect(describeCount({ count: 1200, status: 'planned' }, 'en')).toBe('1,200 (planned)');
  expect(describeCount({ count: 460, approximate: true, status: 'deployed' }, 'ru')).toBe('около 460');
  expect(describeCount({ count: 1200, status: 'expected' }, 'ru')).toBe('1\u00a0200 (ожидалось)');
});

test('secondingStates picks the figure with the most States', () => {
  expect(secondingStates([fig({ fromStates: 5, source: 'a' }), fig({ fromStates: 43, source: 'b' }), fig({})])?.source).toBe('b');
  expect(secondingStates([fig({})])).toBeUndefined();
});

test('orderedMilestones follows the life of a mission, undated ones in their stage', () => {
  const ms = [
    { kind: 'final-report', status: 'planned', source: 's' },
    { kind: 'election-day', date: '2021-01-10', status: 'actual', source: 's' },
    { kind: 'opening', date: '2020-12-08', status: 'actual', source: 's' },
    { kind: 'interim-report', status: 'planned', source: 's' },
  ] as MissionData['milestones'];
  expect(orderedMilestones(ms).map((m) => m.kind)).toEqual(['opening', 'interim-report', 'election-day', 'final-report']);
});

describe('isMissionOver', () => {
  const m = (rounds: string[], finalReport?: 'actual' | 'planned') =>
    ({
      election: { kind: 'parliamentary', rounds },
      milestones: finalReport ? [{ kind: 'final-report', status: finalReport, source: 's' }] : [],
    }) as unknown as MissionData;
  test('over once the final report is out', () => expect(isMissionOver(m(['2026-10-01'], 'actual'), '2026-11-22')).toBe(true));
  test('over a year after the last round', () => expect(isMissionOver(m(['2021-01-10']), '2026-11-22')).toBe(true));
  test('not over within a year of the vote', () => expect(isMissionOver(m(['2026-03-01'], 'planned'), '2026-11-22')).toBe(false));
  test('counts from the second round', () => expect(isMissionOver(m(['2025-10-01', '2025-12-01']), '2026-11-22')).toBe(false));
});

test('missions are grouped by year, newest year first, keeping their order within a year', () => {
  const mk = (id: string, day: string) => ({ id, data: { election: { rounds: [day] } } as MissionData });
  const groups = recentYears([mk('a', '2021-01-10'), mk('b', '2019-06-09'), mk('c', '2021-03-01')], { years: 10, missions: 10 });
  expect(groups.map((g) => [g.year, g.missions.map((m) => m.id)])).toEqual([
    [2021, ['a', 'c']],
    [2019, ['b']],
  ]);
});

describe('recentYears', () => {
  const mk = (id: string, day: string) => ({ id, data: { election: { rounds: [day] } } as MissionData });
  const shown = (groups: { year: number; missions: { id: string }[]; total: number }[]) => groups.map((g) => [g.year, g.missions.map((m) => m.id), g.total]);
  const archive = [mk('a', '2024-03-01'), mk('b', '2024-01-01'), mk('c', '2023-05-01'), mk('d', '2021-01-01'), mk('e', '2020-01-01')];
  test('whole years, newest first, up to the number of years', () => {
    expect(shown(recentYears(archive, { years: 3, missions: 12 }))).toEqual([
      [2024, ['a', 'b'], 2],
      [2023, ['c'], 1],
      [2021, ['d'], 1],
    ]);
  });
  test('the cap on missions cuts the last year shown and says how many it has', () => {
    expect(shown(recentYears(archive, { years: 3, missions: 1 }))).toEqual([[2024, ['a'], 2]]);
    expect(shown(recentYears(archive, { years: 3, missions: 2 }))).toEqual([[2024, ['a', 'b'], 2]]);
    expect(shown(recentYears(archive, { years: 3, missions: 3 }))).toEqual([
      [2024, ['a', 'b'], 2],
      [2023, ['c'], 1],
    ]);
  });
  test('a large archive still yields a small page', () => {
    const many = Array.from({ length: 1000 }, (_, i) => mk(`m${i}`, `${2025 - Math.floor(i / 40)}-01-01`));
    const groups = recentYears(many, { years: 3, missions: 12 });
    expect(shown(groups).map(([y, ms, total]) => [y, (ms as string[]).length, total])).toEqual([[2025, 12, 40]]);
  });
  test('an empty archive has no years', () => {
    expect(recentYears([], { years: 3, missions: 12 })).toEqual([]);
  });
});

test('observerSummary prefers the total, else lists each category', () => {
  expect(observerSummary([fig({ category: 'total', count: 460, approximate: true }), fig({ count: 40 })], 'en')).toBe('about 460 in all');
  expect(
    observerSummary([fig({ count: 22, date: '2019-05-15' }), fig({ category: 'short-term', count: 300, status: 'expected', date: '2019-05-15' })], 'en'),
  ).toBe('22 long-term, 300 short-term (expected)');
  expect(observerSummary([], 'en')).toBeUndefined();
});

test('observerSummary in Russian', () => {
  expect(observerSummary([fig({ category: 'total', count: 460, approximate: true })], 'ru')).toBe('всего около 460');
  expect(
    observerSummary([fig({ count: 22, date: '2019-05-15' }), fig({ category: 'short-term', count: 300, status: 'expected', date: '2019-05-15' })], 'ru'),
  ).toBe('22 долгосрочных, 300 краткосрочных (ожидалось)');
});
