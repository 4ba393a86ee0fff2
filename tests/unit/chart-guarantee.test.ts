/**
 * Labels that cannot collide, whatever the figures: random missions (seeded, so a failure repeats)
 * with many milestones on close days, figures of every size and elections close in time, laid out at
 * the phone width (320 px) and the wide one, in both languages. The labels and the lines the layout
 * places are written out as SVG and checked with the same collision finder and real font metrics as
 * the built site's charts (tests/support/chart-layout.ts). And the layout's cost stays near-linear
 * in the number of labels: a mission with 1,600 milestones is laid out as fast as a few hundred.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { archiveOverview } from '../../src/charts/archive-overview.ts';
import { countryTimeline } from '../../src/charts/country-timeline.ts';
import { missionTimeline } from '../../src/charts/mission-timeline/index.ts';
import { missionTimelineWords } from '../../src/charts/mission-timeline/text.ts';
import type { ChartFigure, ChartMilestone, ChartMission } from '../../src/charts/types.ts';
import { textWidth } from '../../src/charts/text-fit.ts';
import { timeAxis } from '../../src/charts/time-axis.ts';
import { MILESTONE_KINDS, MISSION_TYPES, OBSERVER_CATEGORIES } from '../../src/schemas/vocabulary.ts';
import { collisions } from '../support/chart-layout.ts';
import { measureText } from '../support/text-metrics.ts';

/** Labels the timeline labels at most, and the pixels its collision check adds to each label's estimated width. */
const [MAX_LABELS, WIDTH_SLACK] = [40, 4];

/** mulberry32: a small seeded generator, so every case can be run again. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function randomMission(seed: number, milestones: number): ChartMission {
  const r = random(seed);
  const start = Date.UTC(2000 + r.int(20), r.int(12), 1 + r.int(28));
  const span = [3, 30, 200, 900][r.int(4)]! * DAY;
  const day = () => iso(start + r.int(span / DAY + 1) * DAY);
  const election = iso(start + span / 2);
  const rounds = r.next() < 0.4 ? [election, iso(start + span / 2 + (1 + r.int(21)) * DAY)] : [election];
  const ms: ChartMilestone[] = Array.from({ length: milestones }, () => {
    const date = day();
    const precision = r.next();
    return {
      kind: r.pick(Object.keys(MILESTONE_KINDS)) as ChartMilestone['kind'],
      ...(precision < 0.1 ? {} : { date: precision < 0.2 ? date.slice(0, 7) : date }),
      status: r.next() < 0.5 ? 'actual' : 'planned',
      ...(r.next() < 0.1 ? { onOrBefore: true } : {}),
      source: 's',
    };
  });
  const observers: ChartFigure[] = Array.from({ length: r.int(8) }, () => ({
    category: r.pick(Object.keys(OBSERVER_CATEGORIES)) as ChartFigure['category'],
    count: 1 + r.int([10, 1_000, 100_000][r.int(3)]!),
    status: r.pick(['deployed', 'planned', 'expected'] as const),
    date: day(),
    ...(r.next() < 0.3 ? { approximate: true } : {}),
    source: 's',
  }));
  return {
    id: `xx/${seed}`,
    election: { kind: 'parliamentary', rounds },
    type: r.pick(Object.keys(MISSION_TYPES)) as ChartMission['type'],
    milestones: ms,
    observers,
  };
}

const svg = (body: string) => parseHTML(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`).document.querySelector('svg')! as unknown as Element;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const text = (cls: string, x: number, y: number, anchor: string, label: string, textLength?: number | null) =>
  `<text class="${cls}" x="${x}" y="${y}" text-anchor="${anchor}"${textLength ? ` textLength="${textLength}"` : ''}>${esc(label)}</text>`;

describe('the mission timeline', () => {
  const cases = Array.from({ length: 60 }, (_, i) => [i + 1, [0, 3, 8, 20, 60][i % 5]!] as const);
  test.each(cases)('seed %i with %i milestones: no label touches another or is crossed by a line, at 320 and 760 px, in both languages', (seed, count) => {
    const mission = randomMission(seed, count);
    for (const locale of ['en', 'ru'] as const)
      for (const width of [320, 760]) {
        const v = missionTimeline({ ...mission, title: 'x' }, { width, height: 260 }, missionTimelineWords(locale));
        const body = [
          ...v.rounds.map((r) => `<path class="rule" d="${r.d}"></path>`),
          ...v.milestones.flatMap((m) => [
            m.leader ? `<path class="leader" d="${m.leader}"></path>` : '',
            m.range ? `<path class="range" d="${m.range.d}"></path>` : '',
          ]),
          ...v.rounds.filter((r) => r.labelled).map((r) => text('chart__label chart__label--strong', r.labelX, r.labelY, r.textAnchor, r.label, r.textLength)),
          ...v.milestones.filter((m) => m.labelled).map((m) => text('chart__label', m.labelX, m.labelY, m.textAnchor, m.label, m.textLength)),
        ].join('');
        expect(collisions(svg(body)), `${locale} ${width}`).toEqual([]);
      }
  });

  test('a thousand and more milestones: every marker drawn, at most MAX_LABELS labelled, and the layout near-linear', () => {
    const time = (n: number) => {
      const mission = randomMission(7, n);
      const started = performance.now();
      const v = missionTimeline(mission, { width: 320, height: 260 });
      return { ms: performance.now() - started, v };
    };
    time(200); // warm up
    const small = time(200);
    const large = time(1_600);
    expect(large.v.milestones.length).toBe(1_600 - (large.v.undated.length ?? 0));
    expect(large.v.milestones.filter((m) => m.labelled).length).toBeLessThanOrEqual(MAX_LABELS);
    // Eight times the milestones: the old layout took about 500 times as long (cubic). Linear work
    // with a bounded lane search stays far under that; the bound is loose for a loaded machine.
    expect(large.ms).toBeLessThan(Math.max(40 * small.ms, 2_000));
  });
});

test('the layout bounds the width of every label the timeline can print, in real font metrics', () => {
  // The labels are words of the vocabulary, states and dates: every one of them, in both languages
  // and both widths, is at most as wide as the box the layout's collision check gives it.
  const labels = new Map<string, boolean>();
  for (const locale of ['en', 'ru'] as const)
    for (const width of [320, 760])
      for (const status of ['actual', 'planned'] as const)
        for (const date of ['2020-01-15', '2020-01', '2020', '2020-09-30', '2020-12'])
          for (const kind of Object.keys(MILESTONE_KINDS) as ChartMilestone['kind'][])
            for (const onOrBefore of [false, true])
              for (const asOf of ['2019-01-01', '2030-01-01']) {
                const words = missionTimelineWords(locale);
                const milestones = [{ kind, date, status, onOrBefore, source: 's' }];
                for (const rounds of [['2021-01-10'], ['2021-01-10', '2021-01-24']]) {
                  const v = missionTimeline({ election: { kind: 'parliamentary', rounds }, milestones, asOf }, { width, height: 260 }, words);
                  for (const m of v.milestones) labels.set(m.label, false);
                  for (const r of v.rounds) labels.set(r.label, true);
                  const voted = missionTimeline(
                    { election: { kind: 'parliamentary', rounds }, milestones: [{ kind: 'election-day', date: rounds[0]!, status, source: 's' }], asOf },
                    { width, height: 260 },
                    words,
                  );
                  for (const r of voted.rounds) labels.set(r.label, true);
                }
              }
  expect(labels.size).toBeGreaterThan(200);
  for (const [label, strong] of labels) expect(measureText(label, 12, strong), label).toBeLessThanOrEqual(textWidth(label, 12) + WIDTH_SLACK);
});

describe('the country timeline', () => {
  test.each(Array.from({ length: 30 }, (_, i) => i + 1))('seed %i: elections close in time leave labels out rather than overlap', (seed) => {
    const r = random(seed);
    const missions = Array.from({ length: 2 + r.int(30) }, (_, i) => ({ ...randomMission(seed * 100 + i, 0), id: `xx/${i}` }));
    for (const width of [320, 760]) {
      const v = countryTimeline(missions, { width, height: 240, locale: r.next() < 0.5 ? 'en' : 'ru' });
      const body = v.marks
        .filter((m) => m.labelled)
        .flatMap((m) => [
          text('chart__label', m.labelX, m.valueLabelY, 'middle', m.valueLabel),
          text('chart__label chart__label--strong', m.labelX, m.typeLabelY, 'middle', m.typeLabel),
        ])
        .join('');
      expect(collisions(svg(body)), String(width)).toEqual([]);
    }
  });
});

describe('the archive overview', () => {
  test.each(Array.from({ length: 20 }, (_, i) => i + 1))('seed %i: a year label that would touch another is left out', (seed) => {
    const r = random(seed);
    const missions = Array.from({ length: 5 + r.int(80) }, (_, i) => ({ ...randomMission(seed * 1000 + i, 0), id: `xx/${i}` }));
    for (const width of [320, 760]) {
      const v = archiveOverview(missions, { width, height: 360 }, r.next() < 0.5 ? 'en' : 'ru');
      const body = v.panels
        .flatMap((p) => [
          ...p.bars.filter((b) => b.labelled).map((b) => text('chart__label', b.labelX, b.labelY, 'middle', b.valueLabel)),
          ...p.noFigure.filter((n) => n.labelled).map((n) => text('chart__tick', n.x, n.y, 'middle', n.label)),
        ])
        .join('');
      expect(collisions(svg(body)), String(width)).toEqual([]);
    }
  });
});

describe('time axis labels', () => {
  // Every span from a few days to fifteen years, starting on any day of the year (d3's day steps
  // restart each month, so 31 December and 1 January can both be ticks), at the phone width and the
  // wide one, in both languages: the tick labels the axis keeps never overlap.
  test('stand clear of each other at 320 and 760 px, in English and Russian', () => {
    const r = random(29);
    const found: string[] = [];
    for (let i = 0; i < 400; i++) {
      const start = Date.UTC(1995 + r.int(25), r.int(12), 1 + r.int(28));
      const span = [2, 9, 40, 75, 130, 400, 800, 2000, 5500][r.int(9)]! * DAY;
      const dates = [new Date(start), new Date(start + span)];
      for (const width of [320, 760])
        for (const locale of ['en', 'ru'] as const) {
          const axis = timeAxis(dates, [44, width - 16], { locale, bounds: [0, width] });
          const svg = parseHTML(
            `<svg xmlns="http://www.w3.org/2000/svg">${axis.ticks.map((t) => `<text class="chart__tick" x="${t.x}" y="200" text-anchor="${t.textAnchor}">${t.label}</text>`).join('')}</svg>`,
          ).document.querySelector('svg')! as unknown as Element;
          found.push(...collisions(svg).map((c) => `${iso(start)} +${span / DAY} d, ${width} px, ${locale}: ${c}`));
        }
    }
    expect(found).toEqual([]);
  });
});
