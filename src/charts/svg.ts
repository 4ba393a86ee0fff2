/**
 * Small helpers shared by the chart modules: rounding, text escaping, dates and counts in words.
 *
 * Every coordinate goes through `px`, so the printed SVG is byte-stable across runs and machines, and
 * a NaN or Infinity fails the build where it starts instead of producing an invisible mark.
 */
import { pathRound, utcFormat } from 'd3';
import type { SymbolType } from 'd3';
import type { ChartBase, DataTable } from './types.ts';
import { formatCount as groupThousands } from '../format/counts.ts';
import { ISO_PARTIAL_DATE } from '../format/patterns.ts';
import { formatMonth } from '../format/dates.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';

/** Rounds to 0.1 px. Throws on NaN/Infinity: a chart with a broken number must not ship silently. */
export function px(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`chart geometry produced a non-finite number (${value})`);
  const rounded = Math.round(value * 10) / 10;
  // -0 prints as "0" in templates but compares unequal in snapshots; keep one zero.
  return rounded === 0 ? 0 : rounded;
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Average advance of a character, in em: Latin text, and Cyrillic, whose letters run wider. */
const LATIN_EM = 0.58;
/**
 * Chart labels in Russian measure 0.527 em a character in Liberation Sans (Arial's metrics) against
 * 0.463 for the same labels in English, 14 % wider, and Cyrillic capitals average 0.72 em against
 * 0.58 for small letters. Capsize's metrics have no Cyrillic subset to scale from, so a small
 * Cyrillic letter counts as the Latin estimate widened by that ratio, and a capital more, enough
 * for a short all-capital word ("СМИ"); tests/unit/charts-ru.test.ts checks the estimate against
 * real Cyrillic glyph widths for every Russian chart label.
 */
const CYRILLIC_EM = 0.66;
const CYRILLIC_CAPITAL_EM = 0.82;
const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_CAPITAL = /[\u0400-\u042f]/;

/**
 * The length of a label in average Latin characters: its character count for English, more for
 * Cyrillic. Every width estimate of the charts goes through it, so Russian labels get their room.
 */
export function charUnits(text: string): number {
  let latin = 0;
  let ems = 0;
  for (const char of text) {
    if (!CYRILLIC.test(char)) latin += 1;
    else ems += CYRILLIC_CAPITAL.test(char) ? CYRILLIC_CAPITAL_EM : CYRILLIC_EM;
  }
  return ems === 0 ? latin : latin + ems / LATIN_EM;
}

/** A rough width for a label, used only to keep labels from overlapping (no font metrics at build). */
export function textWidth(text: string, fontSize = 12): number {
  return px(charUnits(text) * fontSize * LATIN_EM);
}

/**
 * Breaks a label into lines of at most `maxChars` characters at spaces (a word longer than that keeps
 * its own line), for SVG <tspan>s. Character counts stand in for widths, as in the chart modules
 * (`charUnits`: a Cyrillic letter counts for a little more than one).
 */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && charUnits(last) + 1 + charUnits(word) <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A label's centre, moved in so a label of `fontSize` stays inside a drawing `width` wide. */
export function keepInside(x: number, text: string, width: number, fontSize = 12): number {
  const half = textWidth(text, fontSize) / 2;
  return px(Math.min(Math.max(x, half + 2), width - half - 2));
}

/** A label's box in the drawing, as the layout estimates it. */
export interface LabelBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Room kept between two labels' boxes, for the error of the width estimate. */
const LABEL_MARGIN = 2;

/**
 * Which labels a drawing can show without two overlapping, whatever the figures and however
 * narrow the drawing: in the order given (left to right), a label is shown unless its box touches
 * one already shown; the others are left out, and the chart's table gives them. Near-linear: a box
 * is compared only with the shown boxes it could reach, which the drawing's height keeps few.
 */
export function labelsThatFit(boxes: readonly LabelBox[]): boolean[] {
  const order = boxes.map((b, i) => ({ b, i })).sort((p, q) => p.b.x1 - q.b.x1 || p.i - q.i);
  const shown = new Array<boolean>(boxes.length).fill(false);
  let active: LabelBox[] = [];
  for (const { b, i } of order) {
    // Shown boxes ending left of this one can touch no later box either: boxes come by their left edge.
    active = active.filter((a) => a.x2 + LABEL_MARGIN > b.x1);
    if (active.some((a) => a.x1 < b.x2 + LABEL_MARGIN && b.x1 < a.x2 + LABEL_MARGIN && a.y1 < b.y2 + LABEL_MARGIN && b.y1 < a.y2 + LABEL_MARGIN)) continue;
    shown[i] = true;
    active.push(b);
  }
  return shown;
}

/** The box of a one-line label of `fontSize` centred on `x` with its baseline at `y`. */
export function centredBox(text: string, x: number, y: number, fontSize = 12): LabelBox {
  const half = textWidth(text, fontSize) / 2;
  return { x1: x - half, x2: x + half, y1: y - 0.8 * fontSize, y2: y + 0.2 * fontSize };
}

/** Centres a label on `x` unless that would cut it at the edge of the picture [left, right]. */
export function anchorWithin(x: number, label: string, left: number, right: number, fontSize = 12): 'start' | 'middle' | 'end' {
  const half = textWidth(label, fontSize) / 2;
  if (x - half < left) return 'start';
  if (x + half > right) return 'end';
  return 'middle';
}

/** `mark--${key}` etc. need CSS-safe suffixes; vocabulary keys are already slugs, mission types are not. */
export function classSuffix(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

// ---------------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

type DatePrecision = 'day' | 'month' | 'year';

export interface PlacedDate {
  /** The date as written in the archive. */
  iso: string;
  precision: DatePrecision;
  /** Where the date is placed on a time axis: the day itself, mid-month or mid-year. */
  at: Date;
  /** The period the date may stand for: [start, end) — a single day for a full date. */
  start: Date;
  end: Date;
  /** True for month or year only: the position is an estimate. */
  approximate: boolean;
}

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as UTC; returns null for anything else. */
export function placeDate(iso: string): PlacedDate | null {
  const m = ISO_PARTIAL_DATE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const start = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3])));
    if (Number.isNaN(start.getTime()) || start.getUTCDate() !== Number(m[3])) return null;
    return { iso, precision: 'day', at: start, start, end: new Date(start.getTime() + DAY_MS), approximate: false };
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const start = new Date(Date.UTC(y, month - 1, 1));
    const end = new Date(Date.UTC(y, month, 1));
    return { iso, precision: 'month', at: midpoint(start, end), start, end, approximate: true };
  }
  const start = new Date(Date.UTC(y, 0, 1));
  const end = new Date(Date.UTC(y + 1, 0, 1));
  return { iso, precision: 'year', at: midpoint(start, end), start, end, approximate: true };
}

function midpoint(a: Date, b: Date): Date {
  return new Date((a.getTime() + b.getTime()) / 2);
}

/** Parses a full day; throws otherwise, because the schema guarantees full days where this is used. */
export function day(iso: string): Date {
  const placed = placeDate(iso);
  if (!placed || placed.precision !== 'day') throw new RangeError(`expected a date written YYYY-MM-DD, got "${iso}"`);
  return placed.at;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const formatShortMonth = utcFormat('%b %Y');

/** `2021-01-04` → "4 January 2021", `2005-10` → "October 2005": the site's own formatter, so charts and pages agree. */
export { formatDate } from '../format/dates.ts';

/** `2021-01-04` → "Jan 2021" ("янв. 2021 г."). */
export function formatMonthShort(iso: string, locale: Locale): string {
  const placed = placeDate(iso);
  if (!placed) return iso;
  return locale === 'en' ? formatShortMonth(placed.start) : formatMonth(isoDay(placed.start), locale);
}

// ---------------------------------------------------------------------------------------------------
// Numbers and lists in words

/** 460 → "460", 1234 → "1,234"; "about 460" ("около 460") when the source says "some" or "about". */
export function formatCount(count: number, approximate = false, locale: Locale): string {
  const digits = groupThousands(Math.round(count), locale);
  return approximate ? translator(locale)('chart.about', { count: digits }) : digits;
}

// English lists keep the archive's house style (no serial comma), which Intl.ListFormat's English lacks.
const LISTS: Partial<Record<Locale, Intl.ListFormat>> = { ru: new Intl.ListFormat('ru', { type: 'conjunction' }) };

/** ["a"] → "a", ["a","b"] → "a and b", ["a","b","c"] → "a, b and c" ("a, b и c"). */
export function listInWords(items: readonly string[], locale: Locale): string {
  const list = LISTS[locale];
  if (list) return list.format(items);
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** [2006, 2007, 2008, 2011] → "2006–2008 and 2011". */
export function yearRangesInWords(years: readonly number[], locale: Locale): string {
  const sorted = [...years].sort((a, b) => a - b);
  const ranges: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    ranges.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return listInWords(ranges, locale);
}

// ---------------------------------------------------------------------------------------------------
// Paths

/** A d3 symbol drawn at (x, y) as an absolute path, so the page needs no transform to place it. */
export function symbolPath(type: SymbolType, size: number, x = 0, y = 0): string {
  const path = pathRound(1);
  const X = px(x);
  const Y = px(y);
  type.draw(
    {
      moveTo: (a, b) => path.moveTo(a + X, b + Y),
      lineTo: (a, b) => path.lineTo(a + X, b + Y),
      closePath: () => path.closePath(),
      arc: (a, b, r, s, e, ccw) => path.arc(a + X, b + Y, r, s, e, ccw),
      arcTo: (a, b, c, d, r) => path.arcTo(a + X, b + Y, c + X, d + Y, r),
      bezierCurveTo: (a, b, c, d, e, f) => path.bezierCurveTo(a + X, b + Y, c + X, d + Y, e + X, f + Y),
      quadraticCurveTo: (a, b, c, d) => path.quadraticCurveTo(a + X, b + Y, c + X, d + Y),
      rect: (a, b, w, h) => path.rect(a + X, b + Y, w, h),
      ellipse: () => {
        // No d3 symbol draws ellipses, and d3-path cannot write one.
        throw new Error('symbolPath does not support ellipses');
      },
    },
    size,
  );
  return checkedPath(path.toString());
}

/** A path string must draw something: an empty or NaN `d` is an invisible mark nobody notices. */
export function checkedPath(d: string): string {
  if (!d || /NaN|Infinity|undefined/.test(d)) throw new RangeError(`chart geometry produced an invalid path "${d}"`);
  return d;
}

/**
 * The shared part of a chart with nothing to draw: the sentence that says so serves as its
 * description and its message, and its table still lists what there is.
 */
export function emptyChartBase(width: number, height: number, title: string, message: string, tables: DataTable[], notes: string[] = []): ChartBase {
  return { width, height, viewBox: `0 0 ${width} ${height}`, title, desc: message, empty: true, message, notes, legend: [], tables };
}
