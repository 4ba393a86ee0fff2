/**
 * Every chart the site ships, checked for collisions: no two labels overlap, and no tick, rule,
 * leader or data line runs through a label, with label widths from font metrics. Over the real
 * archive this asserts an invariant, so any chart page a new entry adds is checked too.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, test } from 'vitest';
import { collisions } from '../support/chart-layout.ts';
import { pageHtml } from '../support/site.ts';

const dist = inject('archiveDistDir');

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : [],
  );

describe('the checker', () => {
  const svg = (body: string) => parseHTML(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`).document.querySelector('svg')! as unknown as Element;
  test('finds two labels drawn over each other', () => {
    expect(collisions(svg('<text x="10" y="20">Interim report</text><text x="40" y="22">Election day</text>'))).toEqual([
      '"Interim report" overlaps "Election day"',
    ]);
  });
  test('finds a rule through a label, and a tick through an axis label', () => {
    expect(
      collisions(svg('<text x="100" y="20" text-anchor="middle">Statement of preliminary findings</text><path class="rule" d="M100,0V200"></path>')),
    ).toEqual(['"Statement of preliminary findings" is crossed by rule (100,0)–(100,200)']);
  });
  test('labels side by side and a leader ending below its label pass', () => {
    expect(collisions(svg('<text x="10" y="20">Opening</text><text x="120" y="20">Election day</text><path class="leader" d="M10,23V80"></path>'))).toEqual([]);
  });
  test('wrapped lines are boxes of their own', () => {
    expect(collisions(svg('<text x="10" y="20"><tspan x="10" dy="0">by</tspan><tspan x="10" dy="14">osce-chairpersonship</tspan></text>'))).toEqual([]);
  });
});

describe('every chart on the built site', () => {
  const pages = htmlFiles(dist)
    .map((f) => `/${relative(dist, f).replace(/index\.html$/, '')}`)
    .filter((p) => pageHtml(dist, p).includes('chart__svg'));

  test('there are chart pages to check', () => expect(pages.length).toBeGreaterThan(0));

  test.each(pages)('%s: labels stand clear of each other and of every line', (path) => {
    const doc = parseHTML(pageHtml(dist, path)).document as unknown as Document;
    const found = [...doc.querySelectorAll('svg.chart__svg')].flatMap((svg) => collisions(svg).map((c) => `${svg.getAttribute('class')}: ${c}`));
    expect(found).toEqual([]);
  });
});
