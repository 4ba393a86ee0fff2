/**
 * The chart contract: a view model hands a chart its input, `drawChart` lays it out for both
 * drawings and the chart's view gives the marks to draw as plain data, so the component that writes
 * them out holds no logic. These tests read the marks as the page would print them.
 */
import { describe, expect, test } from 'vitest';
import { ARCHIVE_OVERVIEW, COUNTRY_TIMELINE, FINDINGS_MATRIX, MISSION_TIMELINE, drawChart } from '../../src/charts/index.ts';
import type { ChartMission, DrawnChart } from '../../src/charts/index.ts';
import { WIDTH, type Chart } from '../../src/charts/contract.ts';
import { axes, axisLine, lines, message, xTicks, yGrid, type Mark } from '../../src/charts/marks.ts';
import { emptyChartBase } from '../../src/charts/svg.ts';
import type { ChartBase } from '../../src/charts/types.ts';
import type { Archive } from '../../src/archive/query.ts';
import { chartView } from '../../src/views/charts.ts';

const mission: ChartMission = {
  id: 'xa/2021-parliamentary',
  title: 'Parliamentary elections, 10 January 2021',
  election: { kind: 'parliamentary', rounds: ['2021-01-10'] },
  type: 'LEOM',
  observers: [
    { category: 'core-team', count: 11, status: 'deployed', date: '2020-12-08', source: 's1' },
    { category: 'long-term', count: 24, status: 'planned', date: '2020-12-08', source: 's1' },
  ],
  milestones: [
    { kind: 'opening', date: '2020-12-08', status: 'actual', source: 's1' },
    { kind: 'election-day', date: '2021-01-10', status: 'actual', source: 's2' },
    { kind: 'final-report', status: 'planned', source: 's2' },
  ],
  findings: [
    { topic: 'pluralism-and-competition', assessment: 'negative', summary: 'No real choice.', assessedBy: 'OIO', source: 's2' },
    { topic: 'media', assessment: 'mixed', summary: 'Uneven coverage.', source: 's2' },
  ],
};

/** Every mark of a drawing, groups opened, in the order the page prints them. */
const flat = (marks: readonly Mark[]): Mark[] => marks.flatMap((m) => (m.mark === 'g' ? [m, ...flat(m.children)] : [m]));
const texts = (marks: readonly Mark[]): string[] =>
  flat(marks).flatMap((m) => (m.mark === 'text' ? [typeof m.text === 'string' ? m.text : m.text.map((l) => l.text).join(' ')] : []));
const numbers = (marks: readonly Mark[]): number[] => flat(marks).flatMap((m) => Object.values(m).filter((v): v is number => typeof v === 'number'));

describe('shared marks', () => {
  const ticks = [
    { value: 0, y: 100, label: '0' },
    { value: 50, y: 50.5, label: '50' },
  ];
  test('a grid draws a line across the plot and a label left of the axis for each tick', () => {
    expect(yGrid(ticks, { x: 40, start: 48, right: 300 })).toEqual([
      { mark: 'path', className: 'chart__grid', d: 'M48,100H300' },
      { mark: 'text', className: 'chart__tick', x: 34, y: 104, anchor: 'end', text: '0' },
      { mark: 'path', className: 'chart__grid', d: 'M48,50.5H300' },
      { mark: 'text', className: 'chart__tick', x: 34, y: 54.5, anchor: 'end', text: '50' },
    ]);
  });
  test('without lines, a short tick at the axis', () => {
    expect(yGrid(ticks.slice(0, 1), { x: 40, right: 300, lines: false })[0]).toEqual({ mark: 'path', className: 'chart__axis', d: 'M36,100H40' });
  });
  test('x ticks set their labels below the axis, with or without tick marks', () => {
    const tick = { value: '2021', x: 120.5, label: '2021', textAnchor: 'middle' as const };
    expect(xTicks([tick], { y: 200, labelDy: 17 })).toEqual([
      { mark: 'path', className: 'chart__axis', d: 'M120.5,200v4' },
      { mark: 'text', className: 'chart__tick', x: 120.5, y: 217, anchor: 'middle', text: '2021' },
    ]);
    expect(xTicks([tick], { y: 200, labelDy: 20, marks: false })).toEqual([
      { mark: 'text', className: 'chart__tick', x: 120.5, y: 220, anchor: 'middle', text: '2021' },
    ]);
  });
  test('axes are hidden from assistive technology; a message is centred; wrapped lines step down', () => {
    expect(axes([axisLine('M0,0H10')])).toEqual({
      mark: 'g',
      className: 'chart__axes',
      hidden: true,
      children: [{ mark: 'path', className: 'chart__axis', d: 'M0,0H10' }],
    });
    expect(message(10, 20, 'Nothing to show')).toEqual({ mark: 'text', className: 'chart__message', x: 10, y: 20, anchor: 'middle', text: 'Nothing to show' });
    expect(lines(['by OSCE', 'Chairpersonship'], 5, 14)).toEqual([
      { x: 5, dy: 0, text: 'by OSCE' },
      { x: 5, dy: 14, text: 'Chairpersonship' },
    ]);
  });
});

describe('drawChart', () => {
  // The smallest chart: its layout is the frame of an empty chart, its view one message.
  const STUB: Chart<{ notes: Record<'wide' | 'narrow', string[]> }, ChartBase> = {
    kind: 'stub',
    layout: (input, variant) => ({
      ...emptyChartBase(WIDTH[variant], 100, 'Stub', `Nothing at ${variant}`, [], input.notes[variant]),
      legend: [
        { key: 'a', label: 'LEOM — Limited Election Observation Mission', className: 'bar', glyph: 'LEOM' },
        { key: 'b', label: 'Observers', className: 'point', symbol: 'M0,0Z' },
        { key: 'c', label: 'Election day', className: 'rule', swatch: 'rule' },
        { key: 'd', label: 'Missions', className: 'bar bar--missions' },
      ],
    }),
    view: (layout, variant) => ({ marks: [message(10, 10, layout.desc)], ...(variant === 'narrow' ? { viewBox: '0 0 400 100' } : {}) }),
  };
  const chart = drawChart(STUB, { notes: { wide: ['both', 'wide only'], narrow: ['both', 'narrow only'] } }, 'en', { subject: 'kz/2021-parliamentary' });

  test('lays the chart out wide and narrow, each drawing with its own id, name and marks', () => {
    expect(chart.drawings.map((d) => [d.id, d.variant, d.title, d.desc, d.viewBox])).toEqual([
      ['stub-kz-2021-parliamentary-wide', 'wide', 'Stub', 'Nothing at wide', '0 0 760 100'],
      ['stub-kz-2021-parliamentary-narrow', 'narrow', 'Stub', 'Nothing at narrow', '0 0 400 100'],
    ]);
    expect(chart.drawings[1]!.marks).toEqual([message(10, 10, 'Nothing at narrow')]);
    expect(chart.desc).toBe('Nothing at wide');
  });
  test('a note both drawings give shows once; the others only with their drawing', () => {
    expect(chart.notes).toEqual([
      { text: 'both', className: 'chart__note' },
      { text: 'wide only', className: 'chart__note chart__only--wide' },
      { text: 'narrow only', className: 'chart__note chart__only--narrow' },
    ]);
  });
  test('the key names each swatch and leaves out a glyph its swatch shows', () => {
    expect(chart.legend.map((l) => [l.shape, l.text])).toEqual([
      ['glyph', 'Limited Election Observation Mission'],
      ['symbol', 'Observers'],
      ['rule', 'Election day'],
      ['box', 'Missions'],
    ]);
  });
  test('tables print unless the page has its own; a chart with no subject keeps its kind as id', () => {
    expect(chart.printTables).toBe(true);
    const once = drawChart(STUB, { notes: { wide: [], narrow: [] } }, 'en', { printTables: false });
    expect(once.printTables).toBe(false);
    expect(once.drawings[0]!.id).toBe('stub-wide');
  });
});

/** What every chart's drawings must be: two, named, framed by their viewBox, every number finite. */
function expectDrawn(chart: DrawnChart, kind: string) {
  expect(chart.kind).toBe(kind);
  expect(chart.drawings.map((d) => d.variant)).toEqual(['wide', 'narrow']);
  for (const d of chart.drawings) {
    expect(d.viewBox).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
    expect(d.title.length).toBeGreaterThan(0);
    expect(d.marks.length).toBeGreaterThan(0);
    expect(numbers(d.marks).every(Number.isFinite)).toBe(true);
    expect(texts(d.marks).every((t) => t.trim().length > 0)).toBe(true);
  }
}

describe('the charts as drawn', () => {
  test('country timeline: axes first, then one bar per mission with its type and figure', () => {
    const chart = drawChart(COUNTRY_TIMELINE, { missions: [mission], country: 'Xanadu' }, 'en', { subject: 'xa' });
    expectDrawn(chart, 'country-timeline');
    const [wide] = chart.drawings;
    expect(wide!.id).toBe('country-timeline-xa-wide');
    expect(wide!.marks[0]).toMatchObject({ mark: 'g', className: 'chart__axes', hidden: true });
    expect(texts(wide!.marks)).toEqual(expect.arrayContaining(['LEOM', '24 (planned)', 'Observers (largest figure known)']));
    expect(flat(wide!.marks).filter((m) => m.mark === 'rect')).toHaveLength(1);
  });

  test('findings matrix: a topic label too long for the narrow column is wrapped by the layout', () => {
    const chart = drawChart(FINDINGS_MATRIX, [mission], 'en', { subject: 'xa' });
    expectDrawn(chart, 'findings-matrix');
    const label = (variant: 0 | 1) =>
      flat(chart.drawings[variant]!.marks).find((m) => m.mark === 'text' && m.className === 'chart__label' && typeof m.text !== 'string');
    const wide = label(0) as Extract<Mark, { mark: 'text' }>;
    const narrow = label(1) as Extract<Mark, { mark: 'text' }>;
    expect(wide.text).toEqual([{ x: 8, dy: 0, text: 'Pluralism and competition' }]);
    expect((narrow.text as { text: string }[]).map((l) => l.text)).toEqual(['Pluralism and', 'competition']);
    // Two lines centre on the row: the first stands half a line above the one-line label.
    expect(narrow.y).toBeLessThan(wide.y!);
    // Drawn no narrower than the other charts, so its text is the same size on the page.
    expect(Number(chart.drawings[1]!.viewBox.split(' ')[2])).toBeGreaterThanOrEqual(WIDTH.narrow);
    // Every finding its own mark, its assessment as a glyph.
    expect(flat(chart.drawings[0]!.marks).filter((m) => m.mark === 'g' && m.className?.startsWith('mark finding'))).toHaveLength(2);
  });

  test('archive overview: a panel heading that does not fit drops its parenthetical, only where it must', () => {
    const busy: ChartMission[] = [mission, { ...mission, id: 'xb/2021-parliamentary' }];
    const chart = drawChart(ARCHIVE_OVERVIEW, busy, 'en');
    expectDrawn(chart, 'archive-overview');
    const headings = (variant: 0 | 1) =>
      flat(chart.drawings[variant]!.marks)
        .filter((m) => m.mark === 'text' && m.className === 'chart__label chart__label--strong')
        .map((m) => (m as { text: string }).text);
    expect(headings(0)).toEqual(['Missions', 'Observers (largest figure known per mission, added up)']);
    expect(headings(1)).toEqual(['Missions', 'Observers']);
  });

  test('mission timeline: election day as a rule with its tooltip, figures as step lines, tables left to the page', () => {
    const chart = drawChart(MISSION_TIMELINE, { ...mission, asOf: '2021-06-01' }, 'en', { subject: mission.id, printTables: false });
    expectDrawn(chart, 'mission-timeline');
    expect(chart.printTables).toBe(false);
    const marks = flat(chart.drawings[0]!.marks);
    expect(marks).toContainEqual(expect.objectContaining({ mark: 'g', title: 'Election day: 10 January 2021' }));
    expect(marks.filter((m) => m.mark === 'g' && m.className?.startsWith('series'))).toHaveLength(2);
    // A planned figure's line is dashed.
    expect(marks).toContainEqual(expect.objectContaining({ mark: 'path', className: 'line line--long-term line--planned', dash: '4 3' }));
    expect(texts(chart.drawings[0]!.marks)).toContain('Observers');
  });
});

describe('chartView: the tables as a page prints them', () => {
  const drawn = (rows: { cells: string[]; sources: string[]; mission?: string }[]): DrawnChart => ({
    ...drawChart(ARCHIVE_OVERVIEW, [], 'en'),
    tables: [
      {
        caption: 'Figures',
        columns: [
          { key: 'year', label: 'Year' },
          { key: 'count', label: 'Count', numeric: true },
          { key: 'note', label: 'Note', lang: 'en' },
        ],
        rows,
      },
    ],
  });
  // No statement to resolve: a row citing none, or more than a handful, is not looked up.
  const noArchive = {} as Archive;

  test('a row heads with its first cell, linked to its mission; numbers and untranslated prose are marked', () => {
    const [table] = chartView(drawn([{ cells: ['2021', '3', 'Note'], sources: [], mission: 'kz/2021-parliamentary' }]), [], noArchive, 'ru').tables;
    expect(table!.columns).toEqual([
      { text: 'Year', class: undefined },
      { text: 'Count', class: 'num' },
      { text: 'Note', class: undefined },
      { text: 'Источник' },
    ]);
    expect(table!.rows[0]).toEqual({
      head: { text: '2021', href: '/ru/missions/kz/2021-parliamentary/' },
      cells: [
        { text: '3', className: 'num', lang: undefined },
        { text: 'Note', className: undefined, lang: 'en' },
      ],
      sources: 'нет',
    });
    expect(table!.none).toBeUndefined();
  });
  test('a row citing more than five statements leaves them to the missions; an empty table says so', () => {
    const many = chartView(drawn([{ cells: ['2021', '9', ''], sources: ['a', 'b', 'c', 'd', 'e', 'f'] }]), [], noArchive, 'en');
    expect(many.tables[0]!.rows[0]!.sources).toBe("6 statements, cited on each mission's page");
    expect(chartView(drawn([]), [], noArchive, 'en').tables[0]!.none).toBe('Figures: none recorded.');
  });
  test('a statement the missions do not cite fails the page', () => {
    expect(() => chartView(drawn([{ cells: ['2021', '1', ''], sources: ['unknown'] }]), [], noArchive, 'en')).toThrow(/statement "unknown" is cited/);
  });
});
