// The pure parts of the mission timeline, each on its own: lanes and squeezing (layout), the words
// (text), the key (legend) and the tables. tests/unit/charts.test.ts draws whole missions.
import { describe, expect, test } from 'vitest';
import { placeLabels, rows, unplaced, xAxisAt } from '../../src/charts/mission-timeline/layout.ts';

/** Labels the lane search is given at most. */
const MAX_LABELS = 40;
import { squeezeTo } from '../../src/charts/text-fit.ts';
import { missionTimeline } from '../../src/charts/mission-timeline/index.ts';
import { timelineLegend } from '../../src/charts/mission-timeline/legend.ts';
import { figuresTable, milestonesTable } from '../../src/charts/mission-timeline/tables.ts';
import {
  MISSION_TIMELINE_WORDS,
  milestoneLabel,
  milestoneText,
  roundLabel,
  timelineNotes,
  type MissionTimelineWords,
} from '../../src/charts/mission-timeline/text.ts';
import { placeDate } from '../../src/charts/svg.ts';

const words = MISSION_TIMELINE_WORDS;

describe('layout', () => {
  test('labels far apart share the lowest lane; a label over another date goes above it', () => {
    const apart = [unplaced(100, 'Opened'), unplaced(400, 'Final report')];
    expect(placeLabels(apart, 4, 756)).toBe(1);
    expect(apart.map((l) => l.lane)).toEqual([0, 0]);
    const close = [unplaced(100, 'Statement of preliminary findings'), unplaced(120, 'Election day')];
    expect(placeLabels(close, 4, 756)).toBe(2);
    expect(new Set(close.map((l) => l.lane))).toEqual(new Set([0, 1]));
  });
  test('a label near the right edge turns to end at its date', () => {
    const late = [unplaced(740, 'Final report')];
    placeLabels(late, 4, 756);
    expect(late[0]!.textAnchor).toBe('end');
    expect(late[0]!.labelX).toBeLessThanOrEqual(756);
  });
  test('no labels, no lanes', () => expect(placeLabels([], 4, 756)).toBe(0));
  test('squeezeTo gives a length only to a label that would run off the drawing', () => {
    expect(squeezeTo('Election day', 100, 'start', 320)).toBeNull();
    expect(squeezeTo('Statement of preliminary findings (by 5 December 2005)', 4, 'start', 320)).toBe(312);
    expect(squeezeTo('Statement of preliminary findings (by 5 December 2005)', 300, 'end', 320)).toBe(296);
  });
  test('each lane lifts the marker row and the plot; the drawing grows to keep a plot', () => {
    const one = rows(1, 280);
    const three = rows(3, 280);
    expect(one.markerRowY).toBe(32);
    expect(three.markerRowY).toBe(64);
    expect(three.plotTop - one.plotTop).toBe(32);
    expect(one.height).toBe(280);
    expect(rows(20, 100).height).toBeGreaterThan(100);
    expect(one.labelY(1)).toBeLessThan(one.labelY(0));
  });
  test('each x tick carries its mark and label position', () => {
    const axis = xAxisAt({ domain: ['2021-01-01', '2021-02-01'], ticks: [{ value: '2021-01-04', x: 60, label: '4 Jan', textAnchor: 'middle' }] }, 48, 744, 248);
    expect(axis.ticks[0]).toMatchObject({ d: 'M60,248v4', labelY: 265 });
  });
});

describe('text', () => {
  const planned = { kind: 'preliminary-statement', date: '2005-12', status: 'planned', source: 's' } as const;
  test('a milestone label says its state and a date the day of which is unknown', () => {
    expect(milestoneLabel(planned, placeDate('2005-12'), 'planned', words)).toBe('Statement of preliminary findings (planned, December 2005)');
    expect(milestoneLabel(planned, placeDate('2005-12'), 'planned', words, true)).toBe('Preliminary statement');
    expect(milestoneText(planned, true, 'planned', words)).toBe('Statement of preliminary findings: December 2005 (day not known), planned');
  });
  test('rounds are named by how many there are', () => {
    expect(roundLabel(1, 1, null, words, false)).toBe('Election day');
    expect(roundLabel(2, 2, 'no-later-record', words, false)).toBe('Second round (announced)');
    expect(roundLabel(2, 2, 'no-later-record', words, true)).toBe('Second round');
  });
  test('notes say what is missing', () => {
    expect(timelineNotes(0, 0, [], [], words)).toEqual([words.noFigures, words.noMilestones]);
  });
  test('the words come in as a whole: another set of words changes every text', () => {
    const other: MissionTimelineWords = { ...words, round: () => 'Vote', stateWord: { 'took-place': null, planned: 'later', 'no-later-record': 'said' } };
    expect(roundLabel(1, 1, 'planned', other, false)).toBe('Vote (later)');
  });
});

describe('legend and tables', () => {
  test('the rule and the bracket say which swatch they take', () => {
    const legend = timelineLegend([], [], [], [], [], words);
    expect(legend).toEqual([{ key: 'election', label: words.legend.election, className: 'rule rule--election', swatch: 'rule' }]);
  });
  test('tables: figures by date, milestones dated first', () => {
    const figures = figuresTable(
      [
        { category: 'total', count: 460, approximate: true, status: 'deployed', date: '2021-01-10', source: 'b' },
        { category: 'core-team', count: 11, status: 'deployed', date: '2020-12-08', source: 'a' },
      ],
      words,
    );
    expect(figures.rows.map((r) => r.cells[0])).toEqual(['8 December 2020', '10 January 2021']);
    const milestones = milestonesTable(
      [
        { kind: 'final-report', status: 'planned', source: 'c' },
        { kind: 'opening', date: '2020-12-08', status: 'actual', onOrBefore: true, source: 'a' },
      ],
      '2021-01-01',
      words,
    );
    expect(milestones.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['Mission opened', 'on or before 8 December 2020', 'took place'],
      ['Final report', 'not dated', 'planned'],
    ]);
  });
});

describe('labels the lanes cannot clear', () => {
  test('two milestones on one day: one is labelled, the other keeps its marker without label or leader', () => {
    const v = missionTimeline(
      {
        election: { kind: 'parliamentary', rounds: ['2021-01-10'] },
        milestones: [
          { kind: 'interim-report', date: '2020-12-20', status: 'actual', source: 's' },
          { kind: 'final-report', date: '2020-12-20', status: 'planned', source: 's' },
        ],
      },
      { width: 760, height: 260 },
    );
    // Whichever is left out, it has no leader; the other keeps both.
    expect(v.milestones.map((m) => m.labelled).sort()).toEqual([false, true]);
    for (const m of v.milestones) expect(m.leader === null).toBe(!m.labelled);
    expect(v.rounds.map((r) => r.labelled)).toEqual([true]);
  });
  test('more milestones than MAX_LABELS: every marker is drawn, an even spread labelled', () => {
    const milestones = Array.from({ length: 3 * MAX_LABELS }, (_, i) => ({
      kind: 'interim-report' as const,
      date: new Date(Date.UTC(2018, 0, 1) + i * 7 * 86_400_000).toISOString().slice(0, 10),
      status: 'actual' as const,
      source: 's',
    }));
    const v = missionTimeline({ election: { kind: 'parliamentary', rounds: ['2021-01-10'] }, milestones }, { width: 760, height: 260 });
    expect(v.milestones).toHaveLength(3 * MAX_LABELS);
    const labelled = v.milestones.filter((m) => m.labelled).length;
    expect(labelled).toBeGreaterThan(0);
    expect(labelled).toBeLessThanOrEqual(MAX_LABELS);
  });
});
