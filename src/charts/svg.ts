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
