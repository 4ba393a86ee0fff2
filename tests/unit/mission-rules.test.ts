/** Rules about missions that several pages, charts and files read, each from one home. */
import { expect, test } from 'vitest';
import { electionDay, electionYear } from '../../src/missions/election-day.ts';
import { firmerThan } from '../../src/missions/figure-status.ts';
import { latestFigures } from '../../src/missions/glance.ts';
import { largestFigure } from '../../src/charts/figures.ts';

test('a mission is dated by its first round', () => {
  const twoRounds = { election: { rounds: ['2024-03-03', '2024-03-17'] } };
  expect(electionDay(twoRounds)).toBe('2024-03-03');
  expect(electionYear(twoRounds)).toBe('2024');
  expect(() => electionDay({ election: { rounds: [] } })).toThrow(/no round/);
});

test('deployed is firmer than expected, expected than planned: the latest and the largest figure agree', () => {
  expect(firmerThan('deployed', 'expected')).toBe(true);
  expect(firmerThan('expected', 'planned')).toBe(true);
  expect(firmerThan('planned', 'deployed')).toBe(false);
  expect(firmerThan('expected', 'expected')).toBe(false);
  const figure = (status: 'planned' | 'expected' | 'deployed') => ({
    category: 'total' as const,
    count: 40,
    status,
    date: '2024-02-01',
    source: `s-${status}`,
  });
  const tie = [figure('planned'), figure('deployed'), figure('expected')];
  expect(latestFigures(tie)[0]!.status).toBe('deployed');
  expect(largestFigure({ observers: tie })!.status).toBe('deployed');
});
