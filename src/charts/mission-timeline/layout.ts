/**
 * Where everything of the mission timeline stands: milestone labels in lanes above the marker row,
 * election-day rules, the time axis, and one step line per observer category. Pure geometry: the
 * labels arrive worded (from text.ts) because their widths decide the lanes.
 */
import { format, scaleLinear, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3';
import type { SymbolType } from 'd3';
import { MILESTONE_KINDS } from '../../schemas/vocabulary.ts';
import { CATEGORY_ORDER } from '../figures.ts';
import { checkedPath, day, px, symbolPath } from '../svg.ts';
import { squeezeTo, textWidth } from '../text-fit.ts';
import type { ChartFigure, MilestoneKind, ObserverCategory, XTick, YTick } from '../types.ts';
import type { FigurePoint, FigureSegment, FigureSeries } from './view.ts';
import { formatCount } from '../../format/counts.ts';
import type { Locale } from '../../i18n/locales.ts';

export const MARGIN = { left: 48, right: 16, bottom: 32 };
const LANE = 16;
const FONT = 12;
const MIN_PLOT = 60;
const POINT_SIZE = 64;
export const PLANNED_DASH = '4 3';

/** Below this width a drawing uses the short milestone names. */
const SHORT_LABELS_BELOW = 480;

export function usesShortLabels(width: number): boolean {
  return width < SHORT_LABELS_BELOW;
}

const CATEGORY_SYMBOL: Record<ObserverCategory, SymbolType> = {
  'core-team': symbolSquare,
  'long-term': symbolTriangle,
  'short-term': symbolDiamond,
  parliamentarians: symbolWye,
  total: symbolCircle,
};

const count = format(',d');

/** A milestone's marker, and the status swatches of the legend, around (0, 0). */
export const MARK_SYMBOL = symbolPath(symbolCircle, POINT_SIZE);

/** Milestones on the same day stand in the order of a mission's stages. */
export const MILESTONE_ORDER = Object.keys(MILESTONE_KINDS) as MilestoneKind[];

export interface Labelled {
  x: number;
  label: string;
  lane: number;
  labelX: number;
  textAnchor: 'start' | 'end';
  /**
   * False when the label is left out of the drawing (`placeLabels`): its marker, or its rule, is
   * drawn without it, and the description and the table still give it.
   */
  shown: boolean;
}

/** A label for `assignLanes`, at its date's `x`, not yet placed. */
export function unplaced(x: number, label: string): Labelled {
  return { x, label, lane: 0, labelX: 0, textAnchor: 'start', shown: true };
}

/**
 * Pixels the collision check adds to the estimate, so its boxes bound every label the timeline
 * prints in the widest font a reader may have (tests/unit/chart-guarantee.test.ts measures each one
 * against real metrics). The estimate is an average, generous for long labels; a short one of wide
 * letters ("Opened") runs 3.6 px over it, a bold one ("Second round") 2.3 px.
 */
const WIDTH_SLACK = 4;

/**
 * Labels the lane search is given at most. The search compares every label with every other, so its
 * cost grows with the cube of their number; more labels than this would not be read on one drawing
 * anyway (at 760 px, forty labels of a milestone's length fill a dozen lanes). A mission with more
 * milestones keeps every marker and labels an even spread of them.
 */
const MAX_LABELS = 40;

/** The box a placed label covers, as the layout estimates its width. */
function labelBox(item: Labelled): { x1: number; x2: number } {
  const w = textWidth(item.label, FONT) + WIDTH_SLACK;
  return item.textAnchor === 'start' ? { x1: item.labelX, x2: item.labelX + w } : { x1: item.labelX - w, x2: item.labelX };
}

/**
 * Every collision in the drawing, as the layout estimates label widths: two labels of one lane
 * that touch, or a label crossed by the line of a label above it (a leader or an election-day rule
 * rises from its marker to its label, through every lane below). Empty when there is none.
 */
function collisions(items: readonly Labelled[]): { kind: 'overlap' | 'crossed'; a: Labelled; b: Labelled }[] {
  const shown = items.filter((i) => i.shown);
  const boxes = new Map(shown.map((i) => [i, labelBox(i)]));
  const found: { kind: 'overlap' | 'crossed'; a: Labelled; b: Labelled }[] = [];
  for (const a of shown) {
    const box = boxes.get(a)!;
    for (const b of shown) {
      if (a === b) continue;
      const other = boxes.get(b)!;
      // As the site's collision test reads a drawing: half a pixel of touching is no collision.
      if (a.lane === b.lane && box.x1 + 0.5 < other.x2 && other.x1 + 0.5 < box.x2) found.push({ kind: 'overlap', a, b });
      else if (b.lane > a.lane && box.x1 + 0.5 <= b.x && b.x <= box.x2 - 0.5) found.push({ kind: 'crossed', a, b });
    }
  }
  return found;
}

/**
 * Places the labels in lanes (`assignLanes`) and guarantees the drawing has no collision, whatever
 * the dates and however narrow it is: a label the lanes cannot clear of every other label and line
 * is left out, its marker kept. `keep` marks labels to leave out last (the election days); every
 * label passed to the lane search is one of at most MAX_LABELS, so the whole costs O(n log n) in
 * the number of labels. Returns the number of lanes the shown labels use.
 */
export function placeLabels(items: Labelled[], left: number, right: number, keep: (item: Labelled) => boolean = () => false): number {
  for (const item of items) item.shown = true;
  if (items.length > MAX_LABELS) {
    // The ones to keep, then an even spread of the rest in date order.
    const kept = items.filter(keep).slice(0, MAX_LABELS);
    const rest = items.filter((i) => !keep(i)).sort((a, b) => a.x - b.x);
    const room = MAX_LABELS - kept.length;
    const chosen = new Set(kept);
    for (let k = 0; k < room; k++) chosen.add(rest[Math.floor((k * rest.length) / room)]!);
    for (const item of items) item.shown = chosen.has(item);
  }
  // Lanes cannot part two labels that cover each other's dates: of each two that collide, the one
  // not kept is left out (its line then stops below every lane), and the rest are placed again,
  // lower where they can be. Each round leaves a label out, so it ends.
  for (;;) {
    const shown = items.filter((i) => i.shown);
    assignLanes(shown, left, right);
    const found = collisions(shown);
    if (found.length === 0) return shown.length ? Math.max(...shown.map((i) => i.lane)) + 1 : 0;
    for (const { a, b } of found) if (a.shown && b.shown) (keep(a) && !keep(b) ? b : a).shown = false;
  }
}

/**
 * Puts labels in lanes above the marker row so no two labels overlap however close their dates are,
 * and no leader or election-day rule runs through a label: a label whose box covers another item's
 * date sits above that item, whichever way it is anchored, since that item's line rises through
 * every lane below its own label. Items are placed once all the items they cover are; only two
 * labels covering each other's dates leave a conflict, and then overlap-free wins over crossing-free.
 * Widths are estimates; the gap absorbs the error. Returns the number of lanes used.
 */
function assignLanes(items: Labelled[], left: number, right: number): number {
  const GAP = 8;
  const boxes = new Map<Labelled, { x1: number; x2: number }>();
  /** Sets the label to run right of its date (`start`) or left of it (`end`), kept within [left, right]. */
  const anchor = (item: Labelled, side: 'start' | 'end') => {
    const w = textWidth(item.label, FONT);
    let start = side === 'start' ? item.x - 3 : item.x + 3 - w;
    item.textAnchor = side;
    if (start + w > right) {
      item.textAnchor = 'end';
      start = right - w;
    }
    if (start < left) {
      item.textAnchor = 'start';
      start = left;
    }
    item.labelX = px(item.textAnchor === 'start' ? start : start + w);
    boxes.set(item, { x1: start, x2: start + w });
  };
  for (const item of items) anchor(item, 'start');
  const covers = (a: Labelled, b: Labelled) => {
    const box = boxes.get(a)!;
    // Half a pixel: two dates a few pixels apart can still stand on either side of each other's lines.
    return a !== b && box.x1 - 0.5 <= b.x && b.x <= box.x2 + 0.5;
  };
  const coversNone = (item: Labelled, others: readonly Labelled[]) => others.every((other) => !covers(item, other));
  const placed: Labelled[] = [];
  // Rightmost first among those ready, so start-anchored labels still form a staircase.
  const waiting = [...items].sort((a, b) => b.x - a.x);
  while (waiting.length > 0) {
    let ready = waiting.find((item) => coversNone(item, waiting));
    // Two labels covering each other's dates: turning one to the other side of its date may part them.
    for (const item of ready ? [] : waiting) {
      const side = item.textAnchor;
      anchor(item, side === 'start' ? 'end' : 'start');
      if (coversNone(item, waiting)) {
        ready = item;
        break;
      }
      anchor(item, side);
    }
    // Still none: the one covering fewest dates goes lower, the narrower on a tie, so the fewest lines
    // cross it and a wide label is the one lifted clear.
    const cost = (i: Labelled) => [waiting.filter((o) => covers(i, o)).length, boxes.get(i)!.x2 - boxes.get(i)!.x1] as const;
    const item =
      ready ??
      [...waiting].sort((a, b) => {
        const [ca, wa] = cost(a);
        const [cb, wb] = cost(b);
        return ca - cb || wa - wb;
      })[0]!;
    waiting.splice(waiting.indexOf(item), 1);
    const box = boxes.get(item)!;
    const overlapsIn = (lane: number) =>
      placed.some((p) => {
        const b = boxes.get(p)!;
        return p.lane === lane && b.x1 < box.x2 + GAP && box.x1 < b.x2 + GAP;
      });
    let lane = Math.max(-1, ...placed.filter((p) => covers(item, p)).map((p) => p.lane)) + 1;
    while (overlapsIn(lane)) lane += 1;
    item.lane = lane;
    placed.push(item);
  }
  return Math.max(0, ...items.map((i) => i.lane)) + (items.length > 0 ? 1 : 0);
}

/** The rows of the drawing once the lanes are known: marker row, plot, and the drawing's height. */
export function rows(lanes: number, minHeight: number) {
  const markerRowY = px(32 + (lanes - 1) * LANE);
  const plotTop = px(markerRowY + 14);
  const height = px(Math.max(minHeight, plotTop + MIN_PLOT + MARGIN.bottom));
  const plotBottom = px(height - MARGIN.bottom);
  const labelY = (lane: number) => px(markerRowY - 12 - lane * LANE);
  return { markerRowY, plotTop, height, plotBottom, labelY };
}

/** A label placed in its lane, squeezed where it would run off a drawing `width` wide. */
export function laneLabel(item: Labelled, labelY: (lane: number) => number, width: number) {
  return {
    label: item.label,
    labelled: item.shown,
    lane: item.lane,
    labelX: item.labelX,
    labelY: labelY(item.lane),
    textAnchor: item.textAnchor,
    textLength: squeezeTo(item.label, item.labelX, item.textAnchor, width),
  };
}

/** An election day's rule, from just under its label down to the plot's bottom. */
export function rulePath(x: number, labelY: number, plotBottom: number): string {
  return checkedPath(`M${x},${px(labelY + 3)}V${plotBottom}`);
}

/** The line from a milestone's label down to its marker. */
export function leaderPath(x: number, labelY: number, markerRowY: number): string {
  return checkedPath(`M${x},${px(labelY + 3)}V${px(markerRowY - 5)}`);
}

/** A milestone's marker at (x, y). */
export function markerPath(x: number, y: number): string {
  return symbolPath(symbolCircle, POINT_SIZE, x, y);
}

/** A bracket over the whole period a month- or year-only date may stand for. */
export function rangeBracket(x1: number, x2: number, y: number): { x1: number; x2: number; d: string } {
  return { x1, x2, d: checkedPath(`M${x1},${px(y - 4)}V${px(y + 4)}M${x1},${y}H${x2}M${x2},${px(y - 4)}V${px(y + 4)}`) };
}

/** The time axis along the plot's bottom, each tick with its mark and the baseline of its label. */
export function xAxisAt(axis: { domain: [string, string]; ticks: XTick[] }, left: number, right: number, plotBottom: number) {
  return {
    y: plotBottom,
    domain: axis.domain,
    ticks: axis.ticks.map((t) => ({ ...t, d: `M${t.x},${plotBottom}v4`, labelY: px(plotBottom + 17) })),
    d: checkedPath(`M${left},${plotBottom}H${px(right)}`),
  };
}

/** The count axis and its scale over the plot, with whole-number ticks about 40 px apart. */
export function countAxis(max: number, left: number, right: number, plotTop: number, plotBottom: number, label: string, locale: Locale) {
  const tickCount = Math.max(2, Math.floor((plotBottom - plotTop) / 40));
  const y = scaleLinear().domain([0, max]).nice(tickCount).range([plotBottom, plotTop]);
  const ticks: YTick[] = y
    .ticks(tickCount)
    .filter((v) => Number.isInteger(v))
    .map((v) => ({ value: v, y: px(y(v)), label: locale === 'en' ? count(v) : formatCount(v, locale) }));
  return {
    scale: y,
    axis: {
      x: left,
      label,
      labelX: 12,
      labelY: px(plotTop + px(plotBottom - plotTop) / 2),
      ticks,
      gridRight: px(left + px(right - left)),
      d: checkedPath(`M${left},${plotTop}V${plotBottom}`),
    },
  };
}

/**
 * One step line per observer category, in the vocabulary's order. A figure holds until the
 * category's next figure, and the last one until the vote (or until the last figure, when a source
 * reports after the vote): observers leave after election day.
 */
export function figureSeries(
  figures: readonly ChartFigure[],
  rounds: readonly Date[],
  x: (d: Date) => number,
  y: (count: number) => number,
  text: { category: (c: ObserverCategory) => string; point: (f: ChartFigure) => string },
): FigureSeries[] {
  const horizon = new Date(Math.max(...rounds.map((r) => r.getTime()), ...figures.map((f) => day(f.date).getTime())));
  return CATEGORY_ORDER.filter((c) => figures.some((f) => f.category === c)).map((category) => {
    const own = figures
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.category === category)
      .sort((a, b) => (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : a.i - b.i))
      .map(({ f }) => f);
    const points: FigurePoint[] = own.map((f) => {
      const cx = x(day(f.date));
      const cy = px(y(f.count));
      return {
        category,
        count: f.count,
        approximate: f.approximate ?? false,
        status: f.status,
        date: f.date,
        fromStates: f.fromStates ?? null,
        hollow: f.status !== 'deployed',
        className: `mark point point--${category} point--${f.status}`,
        x: cx,
        y: cy,
        d: symbolPath(CATEGORY_SYMBOL[category], POINT_SIZE, cx, cy),
        label: text.point(f),
        source: f.source,
      };
    });
    const segments: FigureSegment[] = [];
    points.forEach((p, i) => {
      const next = points[i + 1];
      const toX = next ? next.x : x(horizon);
      const toDate = next ? next.date : horizon.toISOString().slice(0, 10);
      const rises = next !== undefined && next.y !== p.y;
      if (toX <= p.x && !rises) return;
      segments.push({
        category,
        status: p.status,
        className: `line line--${category} line--${p.status}`,
        dash: p.status === 'deployed' ? null : PLANNED_DASH,
        from: p.date,
        to: toDate,
        d: checkedPath(`M${p.x},${p.y}H${toX}${rises ? `V${next!.y}` : ''}`),
      });
    });
    return {
      category,
      label: text.category(category),
      className: `series series--${category}`,
      symbol: symbolPath(CATEGORY_SYMBOL[category], POINT_SIZE),
      points,
      segments,
    };
  });
}
