import { describe, expect, test } from 'vitest';
import { archiveOverview } from '../../src/charts/archive-overview.ts';
import { countryTimeline } from '../../src/charts/country-timeline.ts';
import { findingsMatrix } from '../../src/charts/findings-matrix.ts';
import { missionTimeline } from '../../src/charts/mission-timeline/index.ts';
import type { ChartFigure, ChartMilestone, ChartMission } from '../../src/charts/index.ts';
import { largestFigure } from '../../src/charts/figures.ts';
import { formatCount, formatDate, placeDate, px, symbolPath, yearRangesInWords } from '../../src/charts/svg.ts';
import { textWidth } from '../../src/charts/text-fit.ts';
import { timeAxis } from '../../src/charts/time-axis.ts';
import type { MissionData } from '../../src/schemas/mission.ts';
import { symbolCircle } from 'd3';

// ---------------------------------------------------------------------------------------------------
// Seed data: the three Kazakhstan missions as content/missions/kz/ records them (chart fields only),
// copied rather than read so a content edit cannot silently move the pinned geometry.

const CIO_2005 = '2005-12-05-chairman-in-office-kazakhstan-election-open-political-life';
const MFA_2019 = '2019-05-15-foreign-minister-meets-head-of-odihr-mission';
const OPENING_2020 = '2020-12-08-odihr-opens-limited-election-observation-mission-kazakhstan';
const PA_2021 = '2021-01-04-osce-pa-deploys-observers-kazakhstan';
const EU_2021 = '2021-02-22-eu-statement-parliamentary-elections-kazakhstan';

const kz2005: ChartMission = {
  id: 'kz/2005-presidential',
  title: 'Presidential election, 4 December 2005',
  election: { kind: 'presidential', rounds: ['2005-12-04'] },
  type: 'IEOM',
  observers: [{ category: 'total', count: 460, approximate: true, status: 'deployed', date: '2005-12-04', fromStates: 43, source: CIO_2005 }],
  milestones: [
    { kind: 'opening', date: '2005-10', status: 'actual', note: 'ODIHR had led the long-term observation "since October".', source: CIO_2005 },
    { kind: 'election-day', date: '2005-12-04', status: 'actual', source: CIO_2005 },
    {
      kind: 'preliminary-statement',
      date: '2005-12-05',
      status: 'actual',
      onOrBefore: true,
      note: 'Issued by 5 December, when the Chairman-in-Office responded to it; the exact day is not given.',
      source: CIO_2005,
    },
  ],
  findings: [
    {
      topic: 'pluralism-and-competition',
      assessment: 'negative',
      summary: 'Political life still had to be opened up to allow meaningful competition among candidates and parties.',
      assessedBy: 'osce-chairpersonship',
      source: CIO_2005,
    },
    {
      topic: 'overall-conduct',
      assessment: 'mixed',
      summary: 'The observers acknowledged positive developments where they occurred, while OSCE commitments were not yet truly met.',
      assessedBy: 'osce-chairpersonship',
      source: CIO_2005,
    },
  ],
};

const kz2019: ChartMission = {
  id: 'kz/2019-presidential',
  title: 'Presidential election, 9 June 2019',
  election: { kind: 'presidential', rounds: ['2019-06-09'] },
  type: 'EOM',
  observers: [
    { category: 'long-term', count: 22, status: 'deployed', date: '2019-05-15', source: MFA_2019 },
    { category: 'short-term', count: 300, status: 'expected', date: '2019-05-15', source: MFA_2019 },
  ],
  milestones: [
    { kind: 'opening', date: '2019-05', status: 'actual', note: 'The head of mission had arrived the week before 15 May.', source: MFA_2019 },
    { kind: 'election-day', date: '2019-06-09', status: 'planned', source: MFA_2019 },
  ],
  findings: [],
};

const kz2021: ChartMission = {
  id: 'kz/2021-parliamentary',
  title: 'Parliamentary elections, 10 January 2021',
  election: { kind: 'parliamentary', rounds: ['2021-01-10'] },
  type: 'LEOM',
  observers: [
    { category: 'core-team', count: 11, status: 'deployed', date: '2020-12-08', source: OPENING_2020 },
    { category: 'long-term', count: 24, status: 'planned', date: '2020-12-08', source: OPENING_2020 },
    { category: 'parliamentarians', count: 7, status: 'planned', date: '2021-01-04', fromStates: 5, source: PA_2021 },
    { category: 'total', count: 30, approximate: true, status: 'planned', date: '2021-01-04', source: PA_2021 },
  ],
  milestones: [
    { kind: 'opening', date: '2020-12-08', status: 'actual', source: OPENING_2020 },
    { kind: 'lto-deployment', date: '2020-12-15', status: 'planned', source: OPENING_2020 },
    { kind: 'interim-report', status: 'planned', note: 'Announced for "the course of its work"; no date given.', source: OPENING_2020 },
    { kind: 'election-day', date: '2021-01-10', status: 'actual', source: EU_2021 },
    { kind: 'preliminary-statement', date: '2021-01-11', status: 'planned', note: 'At a press conference in Nur-Sultan.', source: PA_2021 },
    { kind: 'final-report', status: 'planned', note: 'About two months after the end of the electoral process.', source: OPENING_2020 },
  ],
  findings: [
    {
      topic: 'legal-framework',
      assessment: 'mixed',
      summary: 'The legal framework had changed, with reforms taking up some earlier ODIHR recommendations; their application was still to be seen.',
      assessedBy: 'osce-pa',
      source: PA_2021,
    },
    {
      topic: 'election-administration',
      assessment: 'positive',
      summary: 'The elections were efficiently organised, especially given the pandemic.',
      assessedBy: 'eu',
      source: EU_2021,
    },
    {
      topic: 'co-operation-with-observers',
      assessment: 'positive',
      summary: 'The authorities co-operated well with the ODIHR mission.',
      assessedBy: 'eu',
      source: EU_2021,
    },
    {
      topic: 'follow-up-of-recommendations',
      assessment: 'negative',
      summary: 'Long-standing ODIHR recommendations remained unaddressed.',
      assessedBy: 'eu',
      source: EU_2021,
    },
    {
      topic: 'fundamental-freedoms',
      assessment: 'negative',
      summary: 'Limits on fundamental freedoms affected the election.',
      assessedBy: 'eu',
      source: EU_2021,
    },
    {
      topic: 'pluralism-and-competition',
      assessment: 'negative',
      summary: 'With no new party registered since 2013, voters had no genuine choice.',
      assessedBy: 'eu',
      source: EU_2021,
    },
  ],
};

const SEEDS = [kz2021, kz2005, kz2019];
const SIZE = { width: 640, height: 320 };

function mission(overrides: Partial<ChartMission> & Pick<ChartMission, 'id'>): ChartMission {
  return {
    election: { kind: 'parliamentary', rounds: ['2024-03-10'] },
    type: 'EOM',
    observers: [],
    milestones: [],
    findings: [],
    ...overrides,
  };
}

/**
 * What every view must hold, whatever the data: finite numbers rounded to 0.1, no `d` that draws
 * nothing, no "NaN"/"undefined" leaking into text, and the same bytes on a second run.
 */
function expectSound(view: unknown, rebuild: () => unknown): void {
  const problems: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problems.push(`${path} = ${value}`);
      else if (Math.abs(value * 10 - Math.round(value * 10)) > 1e-9) problems.push(`${path} = ${value} is not rounded to 0.1`);
    } else if (typeof value === 'string') {
      if (/NaN|Infinity|undefined|\[object/.test(value)) problems.push(`${path} = "${value}"`);
      if (path.endsWith('.d') && !/^M-?\d/.test(value)) problems.push(`${path} is not a path: "${value}"`);
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(view, 'view');
  expect(problems).toEqual([]);
  expect(JSON.stringify(rebuild())).toBe(JSON.stringify(view));
}

// ---------------------------------------------------------------------------------------------------

describe('svg helpers', () => {
  test('px rounds to 0.1 px, keeps one zero and refuses non-finite numbers', () => {
    expect(px(12.345)).toBe(12.3);
    expect(px(12.35000001)).toBe(12.4);
    expect(Object.is(px(-0.01), 0)).toBe(true);
    expect(() => px(Number.NaN)).toThrow(/non-finite/);
    expect(() => px(Number.POSITIVE_INFINITY)).toThrow(/non-finite/);
  });

  test('partial dates sit mid-month or mid-year and are flagged approximate', () => {
    const month = placeDate('2005-10')!;
    expect(month.at.toISOString()).toBe('2005-10-16T12:00:00.000Z');
    expect([month.start.toISOString().slice(0, 10), month.end.toISOString().slice(0, 10)]).toEqual(['2005-10-01', '2005-11-01']);
    expect(month.approximate).toBe(true);
    expect(placeDate('2021')!.at.toISOString()).toBe('2021-07-02T12:00:00.000Z');
    expect(placeDate('2021-01-04')!.approximate).toBe(false);
    expect(placeDate('2021-02-30')).toBeNull();
    expect(placeDate('2021-13')).toBeNull();
  });

  test('dates and counts read as words', () => {
    expect(formatDate('2021-01-04', 'en')).toBe('4 January 2021');
    expect(formatDate('2005-10', 'en')).toBe('October 2005');
    expect(formatDate('2005', 'en')).toBe('2005');
    expect(formatCount(1234, undefined, 'en')).toBe('1,234');
    expect(formatCount(460, true, 'en')).toBe('about 460');
    expect(yearRangesInWords([2020, 2006, 2007, 2008, 2011], 'en')).toBe('2006–2008, 2011 and 2020');
  });

  test('symbols are absolute paths around their centre', () => {
    expect(symbolPath(symbolCircle, 64, 100, 50)).toBe('M104.5,50A4.5,4.5,0,1,1,95.5,50A4.5,4.5,0,1,1,104.5,50');
  });
});

describe('time axis', () => {
  test('a single date gets a padded, non-empty domain with weekly ticks', () => {
    const axis = timeAxis([new Date('2024-03-10T00:00:00Z')], [0, 280], { locale: 'en' });
    expect(axis.domain).toEqual(['2024-03-03', '2024-03-17']);
    expect(axis.scale(new Date('2024-03-10T00:00:00Z'))).toBe(140);
    expect(axis.ticks.map((t) => t.label)).toEqual(['4 Mar 2024', '11 Mar']);
    expect(axis.ticks.map((t) => t.x)).toEqual([20, 160]);
  });

  test('labels at the ends of the picture are anchored inwards', () => {
    // A Monday alone: the padded domain runs Monday to Monday, so ticks fall on both ends of the range.
    const axis = timeAxis([new Date('2024-03-11T00:00:00Z')], [0, 280], { locale: 'en' });
    expect(axis.ticks.map((t) => [t.x, t.label, t.textAnchor])).toEqual([
      [0, '4 Mar 2024', 'start'],
      [140, '11 Mar', 'middle'],
      [280, '18 Mar', 'end'],
    ]);
    const v = missionTimeline(kz2021, SIZE);
    expect(v.xAxis!.ticks.map((t) => t.textAnchor)).toEqual(['middle', 'middle', 'middle', 'middle', 'middle', 'middle', 'end']);
  });

  test('spans of years get year ticks, months get "Dec 2020" labels', () => {
    const years = timeAxis([new Date('2005-12-04T00:00:00Z'), new Date('2021-01-10T00:00:00Z')], [0, 600], { locale: 'en' });
    expect(years.unit).toBe('year');
    // Counted from the first date's year: December 2005 sits after a "2005" tick, not beside "2006".
    expect(years.ticks.map((t) => t.label)).toEqual(['2005', '2007', '2009', '2011', '2013', '2015', '2017', '2019', '2021']);
    const months = timeAxis([new Date('2020-09-01T00:00:00Z'), new Date('2021-03-01T00:00:00Z')], [0, 600], { locale: 'en' });
    expect(months.unit).toBe('month');
    expect(months.ticks.map((t) => t.label)).toEqual(['Sep 2020', 'Oct 2020', 'Nov 2020', 'Dec 2020', 'Jan 2021', 'Feb 2021', 'Mar 2021']);
  });

  test('too narrow for two labels still yields one tick, never none', () => {
    const axis = timeAxis([new Date('2024-03-10T00:00:00Z')], [0, 40], { locale: 'en' });
    expect(axis.ticks).toEqual([{ value: '2024-03-11', x: 22.9, label: '11 Mar 2024', textAnchor: 'start' }]);
  });
});

describe('largestFigure', () => {
  test('prefers the largest total; without totals, the largest category; never a sum', () => {
    expect(largestFigure(kz2021)).toMatchObject({ category: 'total', count: 30 });
    expect(largestFigure(kz2019)).toMatchObject({ category: 'short-term', count: 300, status: 'expected' });
    expect(largestFigure(mission({ id: 'x/none' }))).toBeNull();
  });

  test('ties go to the deployed figure', () => {
    const planned: ChartFigure = { category: 'total', count: 50, status: 'planned', date: '2024-03-01', source: 'a' };
    const deployed: ChartFigure = { category: 'total', count: 50, status: 'deployed', date: '2024-02-01', source: 'b' };
    expect(largestFigure({ observers: [planned, deployed] })?.source).toBe('b');
  });

  test('the chart input accepts a mission entry as the schema types it', () => {
    // Compile-time check: a page passes `{ id, ...entry.data }` without mapping.
    const data = {
      title: 't',
      country: 'kz',
      election: { kind: 'parliamentary', rounds: ['2021-01-10'] },
      type: 'LEOM',
      organizations: ['odihr'],
      leaders: [],
      observers: [{ category: 'total', count: 3, status: 'deployed', date: '2021-01-04', organization: 'odihr', note: 'n', source: 's' }],
      milestones: [],
      findings: [],
      summary: 's',
    } satisfies MissionData;
    const input: ChartMission = { id: 'kz/2021-parliamentary', ...data };
    expect(largestFigure(input)?.count).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('missionTimeline — 2021 parliamentary LEOM', () => {
  const view = missionTimeline(kz2021, SIZE);

  test('is sound and byte-stable', () => expectSound(view, () => missionTimeline(kz2021, SIZE)));

  test('the axis spans the mission with a week of padding: 12 px per day, Monday ticks', () => {
    expect(view.xAxis?.domain).toEqual(['2020-12-01', '2021-01-18']);
    expect(view.xAxis?.ticks.map((t) => `${t.x} ${t.label}`)).toEqual([
      '120 7 Dec 2020',
      '204 14 Dec',
      '288 21 Dec',
      '372 28 Dec',
      '456 4 Jan 2021',
      '540 11 Jan',
      '624 18 Jan',
    ]);
    expect(view.plot).toEqual({ x: 48, y: 78, width: 576, height: 210 });
  });

  test('the y-scale starts at 0 and ends on the nice maximum 30', () => {
    expect(view.yAxis?.ticks.map((t) => [t.value, t.y])).toEqual([
      [0, 288],
      [5, 253],
      [10, 218],
      [15, 183],
      [20, 148],
      [25, 113],
      [30, 78],
    ]);
  });

  test('election day is a rule at 10 January', () => {
    expect(view.rounds).toHaveLength(1);
    expect(view.rounds[0]).toMatchObject({ label: 'Election day', x: 528, date: '2021-01-10', lane: 1, d: 'M528,39V288', dash: null });
    // The election-day milestone is drawn as the rule, keeping its status and source.
    expect(view.rounds[0]).toMatchObject({ status: 'actual', sources: [EU_2021], className: 'rule rule--election' });
    expect(view.milestones.map((m) => m.kind)).not.toContain('election-day');
  });

  test('milestones sit at their day; planned ones are hollow and say so', () => {
    expect(view.milestones.map((m) => [m.kind, m.x, m.hollow, m.label, m.lane])).toEqual([
      ['opening', 132, false, 'Mission opened', 1],
      ['lto-deployment', 216, true, 'Long-term observers deployed (planned)', 0],
      ['preliminary-statement', 540, true, 'Statement of preliminary findings (planned)', 2],
    ]);
    // The opening label would cover the deployment's date, so it sits above it; the preliminary
    // statement's label runs left over the election-day rule, so it sits above the rule's label.
    expect(view.milestones.map((m) => m.leader)).toEqual(['M132,39V59', 'M216,55V59', 'M540,23V59']);
    expect(view.rounds.map((r) => [r.lane, r.d])).toEqual([[1, 'M528,39V288']]);
    expect(view.milestones[1]!.className).toBe('mark milestone milestone--planned');
    expect(view.milestones[0]!.d).toBe('M136.5,64A4.5,4.5,0,1,1,127.5,64A4.5,4.5,0,1,1,136.5,64');
    expect(view.milestones[2]!.textAnchor).toBe('end');
    expect(view.milestones.map((m) => m.source)).toEqual([OPENING_2020, OPENING_2020, PA_2021]);
  });

  test('undated planned milestones are listed, not placed', () => {
    expect(view.undated.map((u) => [u.kind, u.label, u.source])).toEqual([
      ['interim-report', 'Interim report (planned)', OPENING_2020],
      ['final-report', 'Final report (planned)', OPENING_2020],
    ]);
    expect(view.milestones.some((m) => m.kind === 'interim-report' || m.kind === 'final-report')).toBe(false);
    expect(view.notes).toContain('Not dated by any source, so not placed on the timeline: Interim report (planned) and Final report (planned).');
  });

  test('figures are step lines per category; the planned long-term run is dashed', () => {
    expect(view.series.map((s) => s.category)).toEqual(['core-team', 'long-term', 'parliamentarians', 'total']);
    const segs = Object.fromEntries(view.series.map((s) => [s.category, s.segments.map((g) => [g.d, g.dash, g.to])]));
    expect(segs).toEqual({
      'core-team': [['M132,211H528', null, '2021-01-10']],
      'long-term': [['M132,120H528', '4 3', '2021-01-10']],
      parliamentarians: [['M456,239H528', '4 3', '2021-01-10']],
      total: [['M456,78H528', '4 3', '2021-01-10']],
    });
    const points = view.series.flatMap((s) => s.points.map((p) => [p.x, p.y, p.hollow, p.label, p.source]));
    expect(points).toEqual([
      [132, 211, false, 'Core team: 11 deployed, 8 December 2020', OPENING_2020],
      [132, 120, true, 'Long-term observers: 24 planned, 8 December 2020', OPENING_2020],
      [456, 239, true, 'Parliamentarians: 7 planned, 4 January 2021, from 5 States', PA_2021],
      [456, 78, true, 'All observers: about 30 planned, 4 January 2021', PA_2021],
    ]);
  });

  test('each category has its own symbol as a non-colour cue', () => {
    const symbols = view.series.map((s) => s.symbol);
    expect(new Set(symbols).size).toBe(4);
    expect(view.legend.map((l) => l.key)).toEqual([
      'category:core-team',
      'category:long-term',
      'category:parliamentarians',
      'category:total',
      'status:done',
      'status:planned',
      'election',
    ]);
  });

  test('title, desc and tables say the same in words', () => {
    expect(view.title).toBe('Observers and milestones: Parliamentary elections, 10 January 2021');
    expect(view.desc).toBe(
      'Observers grew from a core team of 11 on 8 December 2020 to about 30 observers in all (planned) on 4 January 2021. ' +
        'Election day: 10 January 2021. ' +
        'Milestones: mission opened 8 December 2020; long-term observers deployed 15 December 2020 (planned); statement of preliminary findings 11 January 2021 (planned). ' +
        'Not yet dated: interim report (planned) and final report (planned).',
    );
    const [figures, milestones] = view.tables;
    expect(figures!.rows.map((r) => [...r.cells, ...r.sources])).toEqual([
      ['8 December 2020', 'Core team', '11', 'deployed', '', OPENING_2020],
      ['8 December 2020', 'Long-term observers', '24', 'planned', '', OPENING_2020],
      ['4 January 2021', 'Parliamentarians', '7', 'planned', '5', PA_2021],
      ['4 January 2021', 'All observers', 'about 30', 'planned', '', PA_2021],
    ]);
    expect(milestones!.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['Mission opened', '8 December 2020', 'took place'],
      ['Long-term observers deployed', '15 December 2020', 'planned'],
      ['Election day', '10 January 2021', 'took place'],
      ['Statement of preliminary findings', '11 January 2021', 'planned'],
      ['Interim report', 'not dated', 'planned'],
      ['Final report', 'not dated', 'planned'],
    ]);
  });
});

describe('missionTimeline — as of a later day', () => {
  const later = missionTimeline({ ...kz2021, asOf: '2025-11-22' }, { width: 640, height: 280 });

  test('a step announced for a day now past, with no later record, is not called planned', () => {
    const prelim = later.milestones.find((m) => m.kind === 'preliminary-statement')!;
    expect([prelim.state, prelim.label]).toEqual(['no-later-record', 'Statement of preliminary findings (announced)']);
    expect(prelim.text).toMatch(/, announced, no later record\./);
    expect(later.desc).toContain('statement of preliminary findings announced for 11 January 2021 (the archive holds no later record)');
    expect(later.tables[1]!.rows.map((r) => r.cells[2])).toContain('announced, no later record');
    expect(later.desc).not.toMatch(/(deployed|findings) (15 December 2020|11 January 2021) \(planned\)/);
  });

  test('what a source reports done stays done', () => {
    expect(later.rounds[0]!.state).toBe('took-place');
    expect(later.milestones.find((m) => m.kind === 'opening')!.state).toBe('took-place');
  });
});

describe('missionTimeline — 2005 presidential IEOM', () => {
  const view = missionTimeline(kz2005, SIZE);

  test('is sound and byte-stable', () => expectSound(view, () => missionTimeline(kz2005, SIZE)));

  test('a month-only milestone sits mid-month, flagged approximate, with a bracket over the month', () => {
    const opening = view.milestones.find((m) => m.kind === 'opening')!;
    // Domain 24 Sep – 12 Dec 2005: 79 days over 576 px.
    expect(view.xAxis?.domain).toEqual(['2005-09-24', '2005-12-12']);
    expect(opening).toMatchObject({ approximate: true, x: 212.1, label: 'Mission opened (October 2005)', hollow: false });
    expect(opening.range).toEqual({ x1: 99, x2: 325.1, d: 'M99,44V52M99,48H325.1M325.1,44V52' });
    expect(opening.className).toBe('mark milestone milestone--actual milestone--approximate');
    expect(view.notes[0]).toBe('Mission opened is dated only to October 2005; its marker sits in the middle of that period and the bracket spans all of it.');
  });

  test('the one figure is a point on election day, with its States, and no line', () => {
    expect(view.rounds[0]!.x).toBe(565.7);
    expect(view.series).toHaveLength(1);
    expect(view.series[0]!.points[0]).toMatchObject({ x: 565.7, count: 460, approximate: true, fromStates: 43, source: CIO_2005 });
    expect(view.series[0]!.segments).toEqual([]);
    // Two label lanes put the plot top at 62: 460 of 500 is 226 px × 0.92 above the baseline 288.
    expect(view.yAxis?.ticks.at(-1)).toEqual({ value: 500, y: 62, label: '500' });
    expect(view.series[0]!.points[0]!.y).toBe(80.1);
    expect(view.desc).toBe(
      'Observers on 4 December 2005: about 460 observers in all, from 43 States. Election day: 4 December 2005. ' +
        'Milestones: mission opened October 2005; statement of preliminary findings by 5 December 2005.',
    );
    expect(view.tables[0]!.rows[0]!.cells).toEqual(['4 December 2005', 'All observers', 'about 460', 'deployed', '43']);
  });

  test('a statement known only to be out by a date says "by"', () => {
    const prelim = view.milestones.find((m) => m.kind === 'preliminary-statement')!;
    expect(prelim).toMatchObject({
      label: 'Statement of preliminary findings (by 5 December 2005)',
      onOrBefore: true,
      approximate: false,
      x: 573,
      className: 'mark milestone milestone--actual milestone--on-or-before',
    });
    expect(prelim.text.startsWith('Statement of preliminary findings: on or before 5 December 2005, took place.')).toBe(true);
    expect(view.tables[1]!.rows.map((r) => r.cells[1])).toEqual(['October 2005', '4 December 2005', 'on or before 5 December 2005']);
    expect(view.milestones.map((m) => m.kind)).toEqual(['opening', 'preliminary-statement']);
    expect(view.rounds[0]!.sources).toEqual([CIO_2005]);
  });
});

describe('missionTimeline — 2019 presidential EOM', () => {
  const view = missionTimeline(kz2019, SIZE);

  test('is sound and byte-stable', () => expectSound(view, () => missionTimeline(kz2019, SIZE)));

  test('two figures of one day are both told; the expected one is hollow and dashed', () => {
    expect(view.desc).toBe(
      'Observers on 15 May 2019: 22 long-term observers and 300 short-term observers (expected). ' +
        'Election day: 9 June 2019 (planned). Milestones: mission opened May 2019.',
    );
    const shortTerm = view.series.find((s) => s.category === 'short-term')!;
    expect(shortTerm.points[0]).toMatchObject({ hollow: true, status: 'expected', className: 'mark point point--short-term point--expected' });
    expect(shortTerm.segments[0]).toMatchObject({ dash: '4 3', from: '2019-05-15', to: '2019-06-09' });
    expect(view.yAxis?.ticks.map((t) => t.value)).toEqual([0, 50, 100, 150, 200, 250, 300]);
    expect(view.notes).toContain('Mission opened is dated only to May 2019; its marker sits in the middle of that period and the bracket spans all of it.');
  });

  test('an election day only announced by the sources is a dashed rule marked planned', () => {
    expect(view.rounds[0]).toMatchObject({
      label: 'Election day (planned)',
      status: 'planned',
      dash: '4 3',
      className: 'rule rule--election rule--planned',
      sources: [MFA_2019],
    });
  });
});

describe('missionTimeline — sparse data', () => {
  test('no figures at all: no y-axis, a sentence in the plot, the milestones still placed', () => {
    const m = mission({
      id: 'x/no-figures',
      milestones: [{ kind: 'opening', date: '2024-02-01', status: 'actual', source: 's1' }],
    });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    expect(view.empty).toBe(false);
    expect(view.yAxis).toBeNull();
    expect(view.series).toEqual([]);
    expect(view.plotMessage?.text).toBe('No observer figures are recorded for this mission.');
    // The election day's rule ends where the plot begins: it cannot cross the sentence.
    expect(view.rounds[0]!.d).toMatch(new RegExp(`V${view.plot.y}$`));
    expect(view.plotMessage!.y).toBeGreaterThan(view.plot.y + 8);
    expect(view.desc.startsWith('No observer figures are recorded for this mission. Election day: 10 March 2024.')).toBe(true);
    expect(view.xAxis!.ticks.length).toBeGreaterThanOrEqual(2);
    expect(view.tables[0]!.rows).toEqual([]);
  });

  test('only planned dates: every marker hollow, every run dashed, no "deployed" legend', () => {
    const m = mission({
      id: 'x/planned',
      observers: [
        { category: 'core-team', count: 9, status: 'planned', date: '2024-02-01', source: 's1' },
        { category: 'long-term', count: 20, status: 'planned', date: '2024-02-10', source: 's1' },
      ],
      milestones: [
        { kind: 'opening', date: '2024-02-01', status: 'planned', source: 's1' },
        { kind: 'preliminary-statement', date: '2024-03-11', status: 'planned', source: 's1' },
      ],
    });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    expect(view.milestones.map((x) => x.hollow)).toEqual([true, true]);
    expect(view.series.flatMap((s) => s.segments.map((g) => g.dash))).toEqual(['4 3', '4 3']);
    expect(view.series.flatMap((s) => s.points.map((p) => p.hollow))).toEqual([true, true]);
    expect(view.legend.map((l) => l.key)).not.toContain('status:done');
    expect(
      view.desc.startsWith('Observers grew from a core team of 9 (planned) on 1 February 2024 to 20 long-term observers (planned) on 10 February 2024.'),
    ).toBe(true);
  });

  test('two rounds: both are rules, labelled first and second round', () => {
    const m = mission({ id: 'x/two-rounds', election: { kind: 'presidential', rounds: ['2024-03-10', '2024-03-24'] } });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    expect(view.rounds.map((r) => [r.round, r.label, r.date])).toEqual([
      [1, 'First round', '2024-03-10'],
      [2, 'Second round', '2024-03-24'],
    ]);
    expect(view.rounds[1]!.x - view.rounds[0]!.x).toBeGreaterThan(0);
    // Domain 3 – 31 March: 28 days over 576 px, so 14 days = 288 px.
    expect(view.rounds.map((r) => r.x)).toEqual([192, 480]);
    expect(view.desc).toBe('No observer figures are recorded for this mission. First round: 10 March 2024; second round: 24 March 2024.');
  });

  test('one round and one date for everything: the zero-width domain is padded a week each side', () => {
    const m = mission({
      id: 'x/one-day',
      observers: [{ category: 'total', count: 1, status: 'deployed', date: '2024-03-10', source: 's1' }],
      milestones: [{ kind: 'election-day', date: '2024-03-10', status: 'actual', source: 's2' }],
    });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    expect(view.xAxis?.domain).toEqual(['2024-03-03', '2024-03-17']);
    expect(view.xAxis?.ticks.map((t) => t.label)).toEqual(['4 Mar 2024', '11 Mar']);
    // The single day sits in the middle of the plot.
    expect(view.rounds[0]!.x).toBe(336);
    expect(view.series[0]!.points[0]).toMatchObject({ x: 336, y: 46 });
    expect(view.plot.y).toBe(46);
    expect(view.series[0]!.segments).toEqual([]);
    expect(view.yAxis?.ticks.map((t) => t.label)).toEqual(['0', '1']);
    // The election-day milestone is the rule itself, its source kept on the rule and in the table.
    expect(view.milestones).toEqual([]);
    expect(view.rounds[0]!.sources).toEqual(['s2']);
    expect(view.tables[1]!.rows[0]!.sources).toEqual(['s2']);
    expect(view.desc).toBe('Observers on 10 March 2024: 1 observer in all. Election day: 10 March 2024.');
  });

  test('all milestones undated: the axis comes from the election, the milestones are listed', () => {
    const undated: ChartMilestone[] = [
      { kind: 'needs-assessment', status: 'actual', source: 's1' },
      { kind: 'interim-report', status: 'planned', source: 's1' },
      { kind: 'final-report', status: 'planned', source: 's1' },
    ];
    const m = mission({ id: 'x/undated', milestones: undated });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    expect(view.milestones).toEqual([]);
    expect(view.undated.map((u) => u.label)).toEqual(['Needs assessment', 'Interim report (planned)', 'Final report (planned)']);
    expect(view.xAxis?.domain).toEqual(['2024-03-03', '2024-03-17']);
    expect(view.notes).toContain(
      'Not dated by any source, so not placed on the timeline: Needs assessment, Interim report (planned) and Final report (planned).',
    );
  });

  test('a year-only milestone is placed mid-year with a bracket over the year', () => {
    const m = mission({ id: 'x/year', milestones: [{ kind: 'needs-assessment', date: '2023', status: 'actual', source: 's1' }] });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    const na = view.milestones[0]!;
    expect(na.label).toBe('Needs assessment (2023)');
    // 1 Jan 2023 – 10 Mar 2024 padded by 5 % (21.7 days) each side: 1.2066 px per day.
    expect([na.range!.x1, na.x, na.range!.x2]).toEqual([74.2, 294.4, 514.6]);
    expect(na.approximate).toBe(true);
    expect(view.xAxis?.ticks.map((t) => t.label)).toEqual(['Jan 2023', 'Mar 2023', 'May 2023', 'Jul 2023', 'Sep 2023', 'Nov 2023', 'Jan 2024', 'Mar 2024']);
  });

  test('nothing dated at all: an explicit empty state with a sentence', () => {
    const m = mission({ id: 'x/nothing', election: { kind: 'local', rounds: [] }, milestones: [{ kind: 'final-report', status: 'planned', source: 's1' }] });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    expect(view.empty).toBe(true);
    expect(view.message).toBe('Nothing about this mission is dated yet, so there is no timeline to draw.');
    expect(view.xAxis).toBeNull();
    expect(view.undated).toHaveLength(1);
  });

  test('crowded milestones get lanes: no two labels of one lane overlap', () => {
    const kinds = ['needs-assessment', 'opening', 'lto-deployment', 'interim-report', 'preliminary-statement', 'final-report'] as const;
    const m = mission({
      id: 'x/crowded',
      milestones: kinds.map((kind, i) => ({ kind, date: `2024-03-0${i + 2}`, status: 'actual' as const, source: `s${i}` })),
    });
    const view = missionTimeline(m, SIZE);
    expectSound(view, () => missionTimeline(m, SIZE));
    const boxes = [...view.milestones, ...view.rounds].map((x) => {
      const w = textWidth(x.label);
      const x1 = x.textAnchor === 'start' ? x.labelX : x.labelX - w;
      return { lane: x.lane, x1, x2: x1 + w };
    });
    const clashes = boxes.filter((a, i) => boxes.some((b, j) => i !== j && a.lane === b.lane && a.x1 < b.x2 && b.x1 < a.x2));
    expect(clashes).toEqual([]);
    expect(Math.max(...boxes.map((b) => b.lane))).toBe(view.milestones.length);
    expect(view.markerRowY).toBe(32 + 16 * view.milestones.length);
  });

  test('a short plot grows the height instead of collapsing', () => {
    const view = missionTimeline(kz2021, { width: 640, height: 100 });
    expect(view.height).toBe(170);
    expect(view.plot.height).toBe(60);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('countryTimeline', () => {
  const opts = { width: 640, height: 280, country: 'Kazakhstan', locale: 'en' as const };
  const view = countryTimeline(SEEDS, opts);

  test('is sound and byte-stable', () => expectSound(view, () => countryTimeline(SEEDS, opts)));

  test('one mark per election, in date order, height from the largest figure known', () => {
    expect(view.marks.map((m) => [m.mission, m.date, m.x, m.count, m.barY, m.barHeight, m.valueLabel, m.typeLabel])).toEqual([
      ['kz/2005-presidential', '2005-12-04', 83.5, 460, 60.3, 187.7, 'about 460', 'IEOM'],
      ['kz/2019-presidential', '2019-06-09', 544, 300, 125.6, 122.4, '300 (expected)', 'EOM'],
      ['kz/2021-parliamentary', '2021-01-10', 598.3, 30, 235.8, 12.2, 'about 30 (planned)', 'LEOM'],
    ]);
    expect(view.yAxis?.ticks.map((t) => t.value)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(view.xAxis?.ticks.map((t) => t.label)).toEqual(['2005', '2007', '2009', '2011', '2013', '2015', '2017', '2019', '2021']);
  });

  test('type and status are classes and text: colour is never the only cue', () => {
    expect(view.marks.map((m) => m.className)).toEqual([
      'mark bar bar--type-ieom bar--deployed',
      'mark bar bar--type-eom bar--planned',
      'mark bar bar--type-leom bar--planned',
    ]);
    expect(view.legend.map((l) => [l.key, l.glyph])).toEqual([
      ['type:LEOM', 'LEOM'],
      ['type:EOM', 'EOM'],
      ['type:IEOM', 'IEOM'],
      ['status:planned', undefined],
    ]);
    expect(view.marks.map((m) => m.sources)).toEqual([[CIO_2005], [MFA_2019], [PA_2021]]);
  });

  test('title, desc and table', () => {
    expect(view.title).toBe('Observed elections in Kazakhstan');
    expect(view.desc).toBe(
      'The archive holds 3 observation missions in Kazakhstan from 2005 to 2021. ' +
        'Presidential election of 4 December 2005: IEOM, about 460 observers in all. ' +
        'Presidential election of 9 June 2019: EOM, 300 short-term observers (expected). ' +
        'Parliamentary election of 10 January 2021: LEOM, about 30 observers in all (planned).',
    );
    expect(view.tables[0]!.rows.map((r) => [r.mission, r.cells[3], r.cells[4], r.sources[0]])).toEqual([
      ['kz/2005-presidential', 'about 460', 'All observers, deployed, 4 December 2005', CIO_2005],
      ['kz/2019-presidential', '300', 'Short-term observers, expected, 15 May 2019', MFA_2019],
      ['kz/2021-parliamentary', 'about 30', 'All observers, planned, 4 January 2021', PA_2021],
    ]);
  });

  test('many elections: the description summarises instead of listing', () => {
    const types = ['EOM', 'LEOM', 'NAM', 'EAM'] as const;
    const many = Array.from({ length: 8 }, (_, i) =>
      mission({
        id: `x/${1996 + i * 4}`,
        election: { kind: 'parliamentary', rounds: [`${1996 + i * 4}-10-0${1 + (i % 5)}`] },
        type: types[i % 4]!,
        observers: i % 3 === 0 ? [] : [{ category: 'total', count: 100 * i, status: 'deployed', date: `${1996 + i * 4}-10-01`, source: `s${i}` }],
      }),
    );
    const v = countryTimeline(many, { width: 640, height: 280, locale: 'en' });
    expectSound(v, () => countryTimeline(many, { width: 640, height: 280, locale: 'en' }));
    expect(v.desc).toBe(
      'The archive holds 8 observation missions from 1996 to 2024. The largest: 700 observers in all at the parliamentary election of 3 October 2024 (EAM). ' +
        '3 missions with no observer figure. Mission types: NAM 2, EAM 2, LEOM 2 and EOM 2.',
    );
    expect(v.xAxis?.ticks.map((t) => t.label)).toEqual(['1995', '2000', '2005', '2010', '2015', '2020', '2025']);
    expect(v.marks.filter((m) => !m.hasFigure).map((m) => m.mission)).toEqual(['x/1996', 'x/2008', 'x/2020']);
    const overview = archiveOverview(many, undefined, 'en');
    expect(overview.xAxis?.ticks.map((t) => t.label)).toEqual(['1996', '2001', '2006', '2011', '2016', '2021']);
    expect(overview.panels.at(-1)!.noFigure.map((n) => n.year)).toEqual([1996, 2008, 2020]);
  });

  test('many elections: the description names the bars that show a plan, as the drawing marks them hollow', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      mission({
        id: `x/${1996 + i * 4}`,
        election: { kind: 'parliamentary', rounds: [`${1996 + i * 4}-10-02`] },
        type: 'EOM',
        observers: [
          {
            category: 'total',
            count: 100 + i,
            status: i === 2 ? 'planned' : i === 5 ? 'expected' : 'deployed',
            date: `${1996 + i * 4}-09-01`,
            source: `s${i}`,
          },
        ],
      }),
    );
    expect(countryTimeline(many, { width: 640, height: 280, locale: 'en' }).desc).toContain(
      'The bars for the parliamentary election of 2 October 2004 and parliamentary election of 2 October 2016 show planned or expected figures, not observers reported deployed.',
    );
    expect(countryTimeline(many, { width: 640, height: 280, locale: 'ru' }).desc).toContain(
      'Столбцы за парламентские выборы (2 октября 2004 г.) и парламентские выборы (2 октября 2016 г.) показывают запланированные или ожидаемые числа',
    );
    const one = many.map((m, i) => (i === 5 ? { ...m, observers: (m.observers ?? []).map((f) => ({ ...f, status: 'deployed' as const })) } : m));
    expect(countryTimeline(one, { width: 640, height: 280, locale: 'en' }).desc).toContain(
      'The bar for the parliamentary election of 2 October 2004 shows a planned or expected figure',
    );
    const none = many.map((m) => ({ ...m, observers: (m.observers ?? []).map((f) => ({ ...f, status: 'deployed' as const })) }));
    expect(countryTimeline(none, { width: 640, height: 280, locale: 'en' }).desc).not.toContain('planned');
  });

  test('no missions: an explicit empty state', () => {
    const empty = countryTimeline([], opts);
    expectSound(empty, () => countryTimeline([], opts));
    expect(empty.empty).toBe(true);
    expect(empty.message).toBe('No observed elections in Kazakhstan are recorded yet.');
    expect(empty.marks).toEqual([]);
  });

  test('one mission without figures: a "no figure" mark on a padded axis, no y-axis', () => {
    const one = [mission({ id: 'x/2024-parliamentary' })];
    const v = countryTimeline(one, { width: 640, height: 280, locale: 'en' });
    expectSound(v, () => countryTimeline(one, { width: 640, height: 280, locale: 'en' }));
    expect(v.marks).toHaveLength(1);
    expect(v.marks[0]).toMatchObject({
      hasFigure: false,
      valueLabel: 'no figure',
      barHeight: 6,
      barY: 242,
      x: 338,
      className: 'mark bar bar--type-eom bar--none',
    });
    expect(v.yAxis).toBeNull();
    expect(v.xAxis!.ticks.length).toBeGreaterThanOrEqual(2);
    expect(v.notes[0]).toBe('No observer figures are recorded for these missions, so the bars show only when each election took place.');
    expect(v.desc).toBe('The archive holds 1 observation mission in 2024. Parliamentary election of 10 March 2024: EOM, no observer figure recorded.');
  });

  test('two rounds draw a bracket from the first to the second round', () => {
    const two = [
      mission({
        id: 'x/2024-presidential',
        election: { kind: 'presidential', rounds: ['2024-03-10', '2024-03-31'] },
        observers: [{ category: 'total', count: 250, status: 'deployed', date: '2024-03-10', source: 's1' }],
      }),
    ];
    const v = countryTimeline(two, { width: 640, height: 280, locale: 'en' });
    expectSound(v, () => countryTimeline(two, { width: 640, height: 280, locale: 'en' }));
    const r = v.marks[0]!.rounds!;
    expect(r.text).toBe('Second round 31 March 2024');
    expect(r.x2).toBeGreaterThan(r.x1);
    expect(r.d).toBe(`M${r.x1},248V253H${r.x2}V248`);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('findingsMatrix', () => {
  const view = findingsMatrix(SEEDS, { locale: 'en' });

  test('is sound and byte-stable', () => expectSound(view, () => findingsMatrix(SEEDS, { locale: 'en' })));

  test('topics in vocabulary order, only those with findings; elections in date order', () => {
    expect(view.rows.map((r) => [r.topic, r.y])).toEqual([
      ['overall-conduct', 76],
      ['legal-framework', 108],
      ['election-administration', 140],
      ['fundamental-freedoms', 172],
      ['pluralism-and-competition', 204],
      ['follow-up-of-recommendations', 236],
      ['co-operation-with-observers', 268],
    ]);
    // Each column says whose assessments it holds; the longest word ("osce-chairpersonship", an id
    // here as no names are looked up) widens every column to 134 px instead of running into the next.
    expect(view.columns.map((c) => [c.mission, c.label, c.sublabel, c.x, c.assessorLines])).toEqual([
      ['kz/2005-presidential', 'Dec 2005', 'Presidential', 200, ['by', 'osce-chairpersonship']],
      ['kz/2021-parliamentary', 'Jan 2021', 'Parliamentary', 334, ['by osce-pa and eu']],
    ]);
    expect([view.width, view.height]).toEqual([476, 308]);
    expect(view.notes).toEqual(['No findings are recorded for the presidential election of 9 June 2019.']);
  });

  test('several findings in a cell are each shown side by side, each with its glyph and source', () => {
    const second = { topic: 'fundamental-freedoms', assessment: 'negative', summary: 'Peaceful demonstrators were detained.', source: PA_2021 } as const;
    const withTwo = [kz2005, { ...kz2021, findings: [...kz2021.findings!, second] }];
    const v = findingsMatrix(withTwo, { locale: 'en' });
    expectSound(v, () => findingsMatrix(withTwo, { locale: 'en' }));
    const cell = v.cells.find((c) => c.topic === 'fundamental-freedoms' && c.mission === 'kz/2021-parliamentary')!;
    expect(cell.label).toBe('2 findings: negative, negative');
    // Two slots of (134 − 2 × 3 inset − 2 gap) / 2 = 63 px in the column at x = 334.
    expect(cell.findings.map((f) => [f.x, f.y, f.width, f.height, f.glyph, f.glyphX, f.glyphY, f.source])).toEqual([
      [337, 175, 63, 26, '✗', 368.5, 193, EU_2021],
      [402, 175, 63, 26, '✗', 433.5, 193, PA_2021],
    ]);
    const empty = view.cells.find((c) => c.topic === 'fundamental-freedoms' && c.mission === 'kz/2005-presidential')!;
    expect(empty).toMatchObject({ className: 'cell cell--empty', label: 'No finding recorded', findings: [] });
    expect(view.cells).toHaveLength(14);
    const single = view.cells.find((c) => c.topic === 'legal-framework' && c.mission === 'kz/2021-parliamentary')!;
    expect(single.findings.map((f) => [f.x, f.width, f.glyph, f.source])).toEqual([[337, 128, '~', PA_2021]]);
  });

  test('assessments carry a class and a glyph', () => {
    const marks = view.cells.flatMap((c) => c.findings.map((f) => `${f.className} ${f.glyph}`));
    expect(marks).toContain('mark finding finding--positive ✓');
    expect(marks).toContain('mark finding finding--mixed ~');
    expect(marks).toContain('mark finding finding--negative ✗');
    expect(view.legend.map((l) => `${l.label} ${l.glyph}`)).toEqual(['positive ✓', 'mixed ~', 'negative ✗']);
  });

  test('desc and table', () => {
    expect(view.desc).toBe(
      '8 findings on 7 topics across 2 elections from Dec 2005 to Jan 2021: 2 positive, 2 mixed and 4 negative. ' +
        'Positive: election administration (Jan 2021); co-operation with observers (Jan 2021). ' +
        'Mixed: overall conduct (Dec 2005); legal framework (Jan 2021). ' +
        'Negative: fundamental freedoms (Jan 2021); pluralism and competition (Dec 2005, Jan 2021); follow-up of recommendations (Jan 2021).',
    );
    const rows = view.tables[0]!.rows;
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      cells: [
        'Presidential, 4 December 2005',
        'Overall conduct',
        '~ mixed',
        'The observers acknowledged positive developments where they occurred, while OSCE commitments were not yet truly met.',
        'osce-chairpersonship',
      ],
      sources: [CIO_2005],
      mission: 'kz/2005-presidential',
    });
  });

  test('disagreeing findings in one cell stay apart rather than becoming "mixed"', () => {
    const m = mission({
      id: 'x/disagree',
      findings: [
        { topic: 'media', assessment: 'positive', summary: 'Broad coverage.', source: 'mission-statement' },
        { topic: 'media', assessment: 'negative', summary: 'Biased coverage.', source: 'delegation-statement' },
      ],
    });
    const v = findingsMatrix([m], { locale: 'en' });
    expectSound(v, () => findingsMatrix([m], { locale: 'en' }));
    expect(v.cells[0]!.findings.map((f) => [f.assessment, f.source])).toEqual([
      ['positive', 'mission-statement'],
      ['negative', 'delegation-statement'],
    ]);
    expect(v.desc).toBe(
      '2 findings on 1 topic for the parliamentary election of 10 March 2024: 1 positive, 0 mixed and 1 negative. Positive: media (Mar 2024). Negative: media (Mar 2024).',
    );
  });

  test('a crowded cell widens the columns so every glyph keeps room', () => {
    const findings = Array.from({ length: 9 }, (_, i) => ({ topic: 'media' as const, assessment: 'mixed' as const, summary: `s${i}`, source: `s${i}` }));
    const v = findingsMatrix([mission({ id: 'x/crowded', findings })], { locale: 'en' });
    expect(v.columns[0]!.width).toBe(148);
    expect(v.cells[0]!.findings.every((f) => f.width >= 14)).toBe(true);
  });

  test('two elections in one month are told apart by their day', () => {
    const a = mission({
      id: 'x/a',
      election: { kind: 'local', rounds: ['2024-03-03'] },
      findings: [{ topic: 'media', assessment: 'mixed', summary: 's', source: 's' }],
    });
    const b = mission({
      id: 'x/b',
      election: { kind: 'referendum', rounds: ['2024-03-24'] },
      findings: [{ topic: 'media', assessment: 'mixed', summary: 's', source: 's' }],
    });
    expect(findingsMatrix([b, a], { locale: 'en' }).columns.map((c) => c.label)).toEqual(['3 March 2024', '24 March 2024']);
  });

  test('no findings: an explicit empty state', () => {
    const v = findingsMatrix([kz2019], { locale: 'en' });
    expectSound(v, () => findingsMatrix([kz2019], { locale: 'en' }));
    expect(v.empty).toBe(true);
    expect(v.message).toBe('No findings are recorded for these elections yet.');
    expect(findingsMatrix([], { locale: 'en' }).message).toBe('No elections are recorded yet, so there are no findings to show.');
  });
});

// ---------------------------------------------------------------------------------------------------

describe('archiveOverview', () => {
  const size = { width: 640, height: 360 };
  const view = archiveOverview(SEEDS, size, 'en');

  test('is sound and byte-stable', () => expectSound(view, () => archiveOverview(SEEDS, size, 'en')));

  test('every year from the first to the last keeps its place; empty years are gaps', () => {
    expect(view.years).toEqual(Array.from({ length: 17 }, (_, i) => 2005 + i));
    expect(view.gapYears).toEqual([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2020]);
    // Never more than one mission a year: a panel of equal bars would be decoration, so only observers are drawn.
    expect(view.panels.map((p) => p.key)).toEqual(['observers']);
    expect(view.legend.map((l) => l.key)).not.toContain('missions');
    expect(view.panels[0]!.bars.map((b) => [b.year, b.x, b.width])).toEqual([
      [2005, 59.3, 26.7],
      [2019, 527.1, 26.7],
      [2021, 593.9, 26.7],
    ]);
    expect(view.xAxis?.ticks.map((t) => t.label)).toEqual(['2005', '2007', '2009', '2011', '2013', '2015', '2017', '2019', '2021']);
    expect(view.tables[0]!.rows.find((r) => r.cells[0] === '2012')!.cells).toEqual(['2012', '0', '', 'the archive holds none']);
  });

  test('observers per year: the largest figure per mission, a plan marked as such', () => {
    const observers = view.panels[0]!;
    expect(observers.bars.map((b) => [b.year, b.value, b.valueLabel, b.className, b.y, b.height])).toEqual([
      [2005, 460, 'about 460', 'mark bar bar--observers', 63.4, 268.6],
      [2019, 300, '300 (expected)', 'mark bar bar--observers bar--partial', 156.8, 175.2],
      [2021, 30, 'about 30 (planned)', 'mark bar bar--observers bar--partial', 314.5, 17.5],
    ]);
    expect(observers.bars[1]!.sources).toEqual([MFA_2019]);
    expect(observers.bars[1]!.text).toBe('2019: 300 observers (1 figure expected, not reported deployed).');
  });

  test('desc', () => {
    expect(view.desc).toBe(
      'The archive holds 3 missions from 2005 to 2021, never more than one a year. ' +
        'The largest observer figure a source gives is about 460 observers in all in 2005. ' +
        'The archive holds no mission for 2006–2018 and 2020.',
    );
  });

  test('a year with a mission lacking a figure says "at least"', () => {
    const ms = [kz2021, mission({ id: 'x/2021-local', election: { kind: 'local', rounds: ['2021-03-01'] } })];
    const v = archiveOverview(ms, size, 'en');
    expectSound(v, () => archiveOverview(ms, size, 'en'));
    expect(v.years).toEqual([2021]);
    expect(v.panels[0]!.bars[0]!.value).toBe(2);
    expect(v.panels[1]!.bars[0]!.valueLabel).toBe('at least 30 (planned)');
    expect(v.tables[0]!.rows[0]!.cells).toEqual(['2021', '2', 'at least 30 (planned)', '1 mission without a figure; 1 figure planned, not reported deployed']);
    expect(v.desc).toBe(
      'The archive holds 2 missions in 2021. The largest observer figure a source gives is about 30 observers in all (planned) in 2021. ' +
        '1 mission without any observer figure.',
    );
  });

  test('no figures anywhere: the observer panel says so instead of inventing a scale', () => {
    const ms = [mission({ id: 'x/a' }), mission({ id: 'x/b', election: { kind: 'local', rounds: ['2026-05-01'] } })];
    const v = archiveOverview(ms, size, 'en');
    expectSound(v, () => archiveOverview(ms, size, 'en'));
    const observers = v.panels[0]!;
    expect(observers.bars).toEqual([]);
    expect(observers.yAxis.ticks).toEqual([]);
    expect(observers.message?.text).toBe('The archive holds no observer figures for these missions.');
    expect(observers.noFigure.map((n) => [n.year, n.label])).toEqual([
      [2024, 'no figure'],
      [2026, 'no figure'],
    ]);
    expect(v.gapYears).toEqual([2025]);
    expect(v.desc).toBe(
      'The archive holds 2 missions from 2024 to 2026, never more than one a year. The archive holds no observer figures for these missions. The archive holds no mission for 2025.',
    );
  });

  test('no missions: an explicit empty state', () => {
    const v = archiveOverview([], size, 'en');
    expectSound(v, () => archiveOverview([], size, 'en'));
    expect(v.empty).toBe(true);
    expect(v.message).toBe('The archive holds no missions.');
    expect(v.panels).toEqual([]);
  });
});
