import { describe, expect, test } from 'vitest';
import { drawChart, type Chart, type Variant } from '../../src/charts/contract.ts';
import { nameAssessors } from '../../src/charts/findings-matrix.ts';
import { fitHeading, wrapWords } from '../../src/charts/text-fit.ts';
import type { ChartBase, ChartMission, LegendEntry } from '../../src/charts/index.ts';

/** A chart drawn by drawChart whose layouts carry only what the frame reads: the notes of each drawing and a legend. */
function drawn(kind: string, options: { subject?: string; notes?: Record<Variant, string[]>; legend?: LegendEntry[] } = {}) {
  const { notes = { wide: [], narrow: [] }, legend = [] } = options;
  const chart: Chart<null, ChartBase> = {
    kind,
    layout: (_, variant) => ({
      width: 1,
      height: 1,
      viewBox: '0 0 1 1',
      title: 't',
      desc: 'd',
      empty: false,
      message: null,
      notes: notes[variant],
      legend,
      tables: [],
    }),
    view: () => ({ marks: [] }),
  };
  return drawChart(chart, null, 'en', options.subject === undefined ? {} : { subject: options.subject });
}
const chartId = (kind: string, subject?: string) => drawn(kind, subject === undefined ? {} : { subject }).drawings[0]!.id.replace(/-wide$/, '');
const swatchShape = (entry: LegendEntry) => drawn('k', { legend: [entry] }).legend[0]!.shape;
const legendText = (entry: LegendEntry) => drawn('k', { legend: [entry] }).legend[0]!.text;

describe('ids', () => {
  test('a mission id becomes an id-safe slug', () => {
    expect(chartId('k', 'kz/2021-parliamentary')).toBe('k-kz-2021-parliamentary');
    expect(chartId('k', '/A b//c/')).toBe('k-a-b-c');
    expect(chartId('mission-timeline', 'kz/2005-presidential')).toBe('mission-timeline-kz-2005-presidential');
    expect(chartId('archive-overview')).toBe('archive-overview');
  });
});

describe('notes', () => {
  test('notes both drawings carry are shared; the rest stay with their drawing', () => {
    expect(drawn('k', { notes: { wide: ['a', 'b'], narrow: ['a', 'c'] } }).notes).toEqual([
      { text: 'a', className: 'chart__note' },
      { text: 'b', className: 'chart__note chart__only--wide' },
      { text: 'c', className: 'chart__note chart__only--narrow' },
    ]);
  });
});

describe('labels', () => {
  test('wrapWords breaks at spaces and keeps a long word whole', () => {
    expect(wrapWords('Follow-up of recommendations', 15)).toEqual(['Follow-up of', 'recommendations']);
    expect(wrapWords('Media', 15)).toEqual(['Media']);
    expect(wrapWords('Co-operation with observers', 27)).toEqual(['Co-operation with observers']);
    expect(wrapWords('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
  });
  test('fitHeading drops a trailing parenthetical only when the heading does not fit', () => {
    const title = 'Observers (largest figure known per mission, added up)';
    expect(fitHeading(title, 600)).toBe(title);
    expect(fitHeading(title, 200)).toBe('Observers');
  });
});

describe('legend', () => {
  test('a swatch follows the entry: symbol, glyph, rule, bracket or box', () => {
    expect(swatchShape({ key: 'a', label: 'A', className: 'point', symbol: 'M0,0Z' })).toBe('symbol');
    expect(swatchShape({ key: 'a', label: 'A', className: 'finding', glyph: '✓' })).toBe('glyph');
    expect(swatchShape({ key: 'a', label: 'A', className: 'rule rule--election', swatch: 'rule' })).toBe('rule');
    expect(swatchShape({ key: 'a', label: 'A', className: 'legend-approximate', swatch: 'bracket' })).toBe('bracket');
    expect(swatchShape({ key: 'a', label: 'A', className: 'bar bar--missions' })).toBe('box');
  });
  test('a glyph printed before its label is not repeated', () => {
    expect(legendText({ key: 't', label: 'LEOM — Limited Election Observation Mission', className: 'bar', glyph: 'LEOM' })).toBe(
      'Limited Election Observation Mission',
    );
    expect(legendText({ key: 'p', label: 'positive', className: 'finding', glyph: '✓' })).toBe('positive');
  });
});

test('nameAssessors names the organization behind each finding and leaves the rest alone', () => {
  const mission: ChartMission = {
    id: 'kz/2021-parliamentary',
    election: { kind: 'parliamentary', rounds: ['2021-01-10'] },
    type: 'LEOM',
    findings: [
      { topic: 'media', assessment: 'negative', summary: 'x', assessedBy: 'eu', source: 's' },
      { topic: 'media', assessment: 'mixed', summary: 'y', source: 's' },
    ],
  };
  const [named] = nameAssessors([mission], (id) => id.toUpperCase());
  expect(named!.findings!.map((f) => f.assessedBy)).toEqual(['EU', undefined]);
  expect(mission.findings![0]!.assessedBy).toBe('eu');
});
