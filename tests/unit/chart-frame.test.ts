import { describe, expect, test } from 'vitest';
import { chartId, legendText, slug, splitNotes, swatchShape } from '../../src/charts/contract.ts';
import { nameAssessors } from '../../src/charts/findings-matrix.ts';
import { fitHeading, keepInside, wrapWords } from '../../src/charts/text-fit.ts';
import type { ChartMission } from '../../src/charts/index.ts';

describe('ids', () => {
  test('a mission id becomes an id-safe slug', () => {
    expect(slug('kz/2021-parliamentary')).toBe('kz-2021-parliamentary');
    expect(slug('/A b//c/')).toBe('a-b-c');
    expect(chartId('mission-timeline', 'kz/2005-presidential')).toBe('mission-timeline-kz-2005-presidential');
    expect(chartId('archive-overview')).toBe('archive-overview');
  });
});

describe('notes', () => {
  test('notes both drawings carry are shared; the rest stay with their drawing', () => {
    expect(splitNotes(['a', 'b'], ['a', 'c'])).toEqual({ common: ['a'], wide: ['b'], narrow: ['c'] });
  });
});

describe('labels', () => {
  test('wrapWords breaks at spaces and keeps a long word whole', () => {
    expect(wrapWords('Follow-up of recommendations', 15)).toEqual(['Follow-up of', 'recommendations']);
    expect(wrapWords('Media', 15)).toEqual(['Media']);
    expect(wrapWords('Co-operation with observers', 27)).toEqual(['Co-operation with observers']);
    expect(wrapWords('Supercalifragilistic word', 5)).toEqual(['Supercalifragilistic', 'word']);
  });
  test('keepInside moves a centred label in from either edge', () => {
    expect(keepInside(160, 'abc', 320)).toBe(160);
    expect(keepInside(310, 'about 30 (planned)', 320)).toBeLessThan(310);
    expect(keepInside(0, 'about 460', 320)).toBeGreaterThan(0);
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
