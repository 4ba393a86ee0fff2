/**
 * The charts as the built pages print them: inline SVG with a name and a description, the same
 * figures in tables that cite their statements, nothing a screen reader could get stuck in, and no
 * script.
 */
import { describe, expect, inject, test } from 'vitest';
import { cells, dom, text } from '../support/html.ts';

const dist = inject('distDir');

const CIO_2005 = '/statements/2005-12-05-chairman-in-office-kazakhstan-election-open-political-life/';
const MFA_2019 = '/statements/2019-05-15-foreign-minister-meets-head-of-odihr-mission/';
const OPENING_2020 = '/statements/2020-12-08-odihr-opens-limited-election-observation-mission-kazakhstan/';
const PA_2021 = '/statements/2021-01-04-osce-pa-deploys-observers-kazakhstan/';
const EU_2021 = '/statements/2021-02-22-eu-statement-parliamentary-elections-kazakhstan/';

const MISSIONS = ['/missions/kz/2005-presidential/', '/missions/kz/2019-presidential/', '/missions/kz/2021-parliamentary/'];
const CHART_PAGES = [...MISSIONS, '/countries/kz/', '/missions/'];

/** Rows of the chart table with this caption, as [cells, statement links]. */
function tableRows(doc: Document, caption: string): { cells: string[]; sources: string[] }[] {
  const table = [...doc.querySelectorAll('table.chart-table')].find((t) => text(t.querySelector('caption')) === caption);
  expect(table, `a chart table captioned "${caption}"`).toBeDefined();
  return [...table!.querySelectorAll('tbody tr')].map((tr) => ({
    // The last cell holds the source links; its text is the link text, compared through the hrefs.
    cells: cells(tr).slice(0, -1),
    sources: [...tr.lastElementChild!.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
  }));
}

/** Every chart drawing on the page, checked for its name and description. */
function drawings(doc: Document, kind: string): SVGElement[] {
  const svgs = [...doc.querySelectorAll(`figure.chart--${kind} svg.chart__svg`)] as unknown as SVGElement[];
  for (const svg of svgs) {
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('width')).toBe('100%');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    const title = svg.querySelector(':scope > title');
    const desc = svg.querySelector(':scope > desc');
    expect(title!.getAttribute('id')).toBe(titleId);
    expect(desc!.getAttribute('id')).toBe(descId);
    expect(text(title).length).toBeGreaterThan(10);
    expect(text(desc).length).toBeGreaterThan(20);
  }
  return svgs;
}

describe.each(MISSIONS)('%s', (path) => {
  const doc = dom(dist, path);
  test('has a Timeline section after "At a glance" and before "Milestones", drawn wide and narrow', () => {
    const headings = [...doc.querySelectorAll('main h2')].map((h) => h.getAttribute('id'));
    expect(headings.indexOf('timeline')).toBe(headings.indexOf('at-a-glance') + 1);
    expect(headings.indexOf('milestones')).toBe(headings.indexOf('timeline') + 1);
    const svgs = drawings(doc, 'mission-timeline');
    expect(svgs.map((s) => s.getAttribute('class'))).toEqual(['chart__svg chart__svg--wide', 'chart__svg chart__svg--narrow']);
    expect(doc.querySelector('#timeline')!.closest('section')!.querySelectorAll('svg[role="img"]')).toHaveLength(2);
    expect(text(doc.querySelector('figure.chart--mission-timeline figcaption'))).toContain(text(svgs[0]!.querySelector('desc')));
  });
});

describe('mission timeline tables carry the seed figures, each citing its statement', () => {
  const FIGURES = 'Observer figures as the sources report them';
  test('2005: about 460 observers from 43 States', () => {
    expect(tableRows(dom(dist, MISSIONS[0]!), FIGURES)).toEqual([
      { cells: ['4 December 2005', 'All observers', 'about 460', 'deployed', '43'], sources: [CIO_2005] },
    ]);
  });
  test('2019: 22 long-term deployed, 300 short-term expected', () => {
    expect(tableRows(dom(dist, MISSIONS[1]!), FIGURES)).toEqual([
      { cells: ['15 May 2019', 'Long-term observers', '22', 'deployed', ''], sources: [MFA_2019] },
      { cells: ['15 May 2019', 'Short-term observers', '300', 'expected', ''], sources: [MFA_2019] },
    ]);
  });
  test('2021: core team 11, 24 long-term, 7 parliamentarians, about 30 in all', () => {
    const doc = dom(dist, MISSIONS[2]!);
    expect(tableRows(doc, FIGURES)).toEqual([
      { cells: ['8 December 2020', 'Core team', '11', 'deployed', ''], sources: [OPENING_2020] },
      { cells: ['8 December 2020', 'Long-term observers', '24', 'planned', ''], sources: [OPENING_2020] },
      { cells: ['4 January 2021', 'Parliamentarians', '7', 'planned', '5'], sources: [PA_2021] },
      { cells: ['4 January 2021', 'All observers', 'about 30', 'planned', ''], sources: [PA_2021] },
    ]);
    const milestones = tableRows(doc, 'Milestones of the mission');
    expect(milestones.map((r) => r.cells.slice(0, 3))).toEqual([
      ['Mission opened', '8 December 2020', 'took place'],
      ['Long-term observers deployed', '15 December 2020', 'announced, no later record'],
      ['Election day', '10 January 2021', 'took place'],
      ['Statement of preliminary findings', '11 January 2021', 'announced, no later record'],
      ['Interim report', 'not dated', 'planned'],
      ['Final report', 'not dated', 'planned'],
    ]);
    for (const row of milestones) expect(row.sources).toHaveLength(1);
  });
  test('the drawing shows each figure as a point with its words', () => {
    const svg = dom(dist, MISSIONS[2]!).querySelector('figure.chart--mission-timeline svg.chart__svg--wide')!;
    expect([...svg.querySelectorAll('path.point > title')].map(text)).toEqual([
      'Core team: 11 deployed, 8 December 2020',
      'Long-term observers: 24 planned, 8 December 2020',
      'Parliamentarians: 7 planned, 4 January 2021, from 5 States',
      'All observers: about 30 planned, 4 January 2021',
    ]);
  });
});

describe('Kazakhstan country page', () => {
  const doc = dom(dist, '/countries/kz/');
  test('carries the country timeline and the findings matrix, wide and narrow', () => {
    expect(drawings(doc, 'country-timeline')).toHaveLength(2);
    expect(drawings(doc, 'findings-matrix')).toHaveLength(2);
    expect(text(doc.querySelector('figure.chart--country-timeline svg > title'))).toBe('Observed elections in Kazakhstan');
  });
  test('the timeline table gives each election its largest figure and source, and links the mission', () => {
    const rows = tableRows(doc, 'Observed elections in Kazakhstan and the largest observer figure known for each');
    expect(rows.map((r) => [r.cells[0], r.cells[3], r.sources])).toEqual([
      ['4 December 2005', 'about 460', [CIO_2005]],
      ['9 June 2019', '300', [MFA_2019]],
      ['10 January 2021', 'about 30', [PA_2021]],
    ]);
    const missionLinks = [...doc.querySelectorAll('table.chart-table tbody th a')].map((a) => a.getAttribute('href'));
    expect(missionLinks.slice(0, 3)).toEqual(MISSIONS);
  });
  test('the findings table lists every finding with its assessor by name and its statement', () => {
    const rows = tableRows(doc, 'Findings by election and topic');
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => r.cells[2])).toEqual(['~ mixed', '✗ negative', '✓ positive', '✗ negative', '✗ negative', '~ mixed', '✓ positive']);
    expect(new Set(rows.map((r) => r.cells[4]))).toEqual(new Set(['OSCE Chairpersonship', 'EU']));
    expect(rows.map((r) => r.sources)).toEqual([[CIO_2005], [CIO_2005], [EU_2021], [EU_2021], [EU_2021], [EU_2021], [EU_2021]]);
  });
  test('every finding is drawn with its glyph', () => {
    const glyphs = [...doc.querySelectorAll('figure.chart--findings-matrix svg.chart__svg--wide g.finding > text')].map(text);
    expect(glyphs.sort()).toEqual(['~', '~', '✓', '✓', '✗', '✗', '✗'].sort());
    // Each election's column names whose assessments it holds.
    const heads = [...doc.querySelectorAll('figure.chart--findings-matrix svg.chart__svg--wide text.chart__tick')].map(text);
    expect(heads).toContain('by EU');
  });
});

test('the missions index shows the archive overview above the table', () => {
  const doc = dom(dist, '/missions/');
  expect(drawings(doc, 'archive-overview')).toHaveLength(2);
  const rows = tableRows(doc, 'Missions and observers per year, all countries');
  expect(rows.filter((r) => r.cells[1] !== '0').map((r) => [r.cells[0], r.cells[2], r.sources])).toEqual([
    ['2005', 'about 460', [CIO_2005]],
    ['2019', '300 (expected)', [MFA_2019]],
    ['2021', 'about 30 (planned)', [PA_2021]],
  ]);
  const block = doc.querySelector('.chart-block--archive-overview')!;
  const missionsTable = doc.querySelector('main table:not(.chart-table)')!;
  expect(block.compareDocumentPosition(missionsTable) & 4).toBe(4);
});

test('a country without missions has no chart', () => {
  const doc = dom(dist, '/countries/mn/');
  expect(doc.querySelector('.chart-block')).toBeNull();
  expect(doc.querySelector('svg[role="img"]')).toBeNull();
});

describe.each(CHART_PAGES)('%s', (path) => {
  const doc = dom(dist, path);
  test('ships no script but JSON-LD', () => {
    const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.outerHTML)).toEqual([]);
  });
  test('has unique ids and nothing focusable inside a drawing', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id'));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(doc.querySelectorAll('svg[role="img"] a, svg[role="img"] [tabindex]')).toHaveLength(0);
  });
  test('colours come from the stylesheet, not from the drawing', () => {
    const svgs = [...doc.querySelectorAll('.chart-block svg')].map((s) => s.outerHTML).join('');
    expect(svgs).not.toMatch(/\s(fill|stroke|color|style)="/);
    expect(svgs).not.toMatch(/(?<!&)#[0-9a-f]{3,8}\b|rgba?\(/i);
  });
  test('keeps the charts out of the search index', () => {
    for (const block of doc.querySelectorAll('.chart-block')) expect(block.getAttribute('data-pagefind-ignore')).toBe('all');
  });
});
