/**
 * A UTC time axis whose ticks fall on calendar boundaries a reader recognises (Mondays, first of the
 * month, New Year) and whose labels never crowd, for spans from one day to decades.
 */
import { scaleUtc, utcDay, utcFormat, utcMonday, utcMonth, utcYear } from 'd3';
import type { CountableTimeInterval, ScaleTime, TimeInterval } from 'd3';
import { isoDay, px } from './svg.ts';
import { anchorWithin, textWidth } from './text-fit.ts';
import type { XTick } from './types.ts';
import type { Locale } from '../i18n/locales.ts';
import { pseudoText } from '../i18n/pseudo.ts';

const DAY_MS = 86_400_000;

type TickUnit = 'day' | 'month' | 'year';

export interface TimeAxis {
  scale: ScaleTime<number, number>;
  /** The padded domain, as ISO days. */
  domain: [string, string];
  unit: TickUnit;
  ticks: XTick[];
}

export interface TimeAxisOptions {
  /** Share of the data span added on each side, so marks never sit on the frame. */
  padFraction?: number;
  /** Least padding on each side: a single date still gets a readable stretch of calendar around it. */
  minPadDays?: number;
  /** Horizontal extent of the picture, so labels at the ends are anchored inwards; the range by default. */
  bounds?: [number, number];
  /** Language of the tick labels: "4 Jan 2021", "4 янв. 2021 г.". */
  locale: Locale;
}

interface Candidate {
  interval: TimeInterval;
  unit: TickUnit;
  /** Room a label of this unit needs, in px. */
  spacing: number;
  /** The longest period of the unit in days, so span / approxDays never overcounts the ticks by more than one. */
  approxDays: number;
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  const stepped = interval.every(step);
  if (!stepped) throw new RangeError(`no interval every ${step}`);
  return stepped;
}

// Finest first: the first candidate whose labels fit wins, so short missions get weekly ticks and an
// archive of decades gets years.
const CANDIDATES: Candidate[] = [
  { interval: utcDay, unit: 'day', spacing: 76, approxDays: 1 },
  { interval: every(utcDay, 2), unit: 'day', spacing: 76, approxDays: 2 },
  { interval: utcMonday, unit: 'day', spacing: 76, approxDays: 7 },
  { interval: every(utcMonday, 2), unit: 'day', spacing: 76, approxDays: 14 },
  { interval: utcMonth, unit: 'month', spacing: 64, approxDays: 31 },
  { interval: every(utcMonth, 2), unit: 'month', spacing: 64, approxDays: 62 },
  { interval: every(utcMonth, 3), unit: 'month', spacing: 64, approxDays: 92 },
  { interval: every(utcMonth, 6), unit: 'month', spacing: 64, approxDays: 184 },
  { interval: utcYear, unit: 'year', spacing: 44, approxDays: 366 },
  { interval: every(utcYear, 2), unit: 'year', spacing: 44, approxDays: 731 },
  { interval: every(utcYear, 5), unit: 'year', spacing: 44, approxDays: 1827 },
  { interval: every(utcYear, 10), unit: 'year', spacing: 44, approxDays: 3653 },
  { interval: every(utcYear, 20), unit: 'year', spacing: 44, approxDays: 7306 },
  { interval: every(utcYear, 50), unit: 'year', spacing: 44, approxDays: 18263 },
];

type Format = (date: Date) => string;
interface TickFormats {
  dayMonth: Format;
  dayMonthYear: Format;
  monthYear: Format;
  year: Format;
}

const intl = (locale: Locale, options: Intl.DateTimeFormatOptions): Format => {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  return (date) => format.format(date);
};

// English keeps d3's day-month order ("4 Jan"), which Intl's English puts the other way round;
// other languages take their calendar words and order from Intl ("4 янв.", "янв. 2021 г.").
const FORMATS: Record<Locale, TickFormats> = {
  en: { dayMonth: utcFormat('%-d %b'), dayMonthYear: utcFormat('%-d %b %Y'), monthYear: utcFormat('%b %Y'), year: utcFormat('%Y') },
  ru: {
    dayMonth: intl('ru', { day: 'numeric', month: 'short' }),
    dayMonthYear: intl('ru', { day: 'numeric', month: 'short', year: 'numeric' }),
    monthYear: intl('ru', { month: 'short', year: 'numeric' }),
    year: intl('ru', { year: 'numeric' }),
  },
  // The pseudo-locale's month names are English ones made longer, so the axis is laid out for longer words.
  'en-xa': {
    dayMonth: (d) => pseudoText(utcFormat('%-d %b')(d)),
    dayMonthYear: (d) => pseudoText(utcFormat('%-d %b %Y')(d)),
    monthYear: (d) => pseudoText(utcFormat('%b %Y')(d)),
    year: utcFormat('%Y'),
  },
};

/** A date whose labels are among the longest in any language: a two-digit day in September. */
const LONG_LABEL_DATE = new Date(Date.UTC(2000, 8, 28));
const LABEL_GAP = 8;
/** Tick labels are set at 11 px (global.css). */
const TICK_FONT = 11;

/**
 * Room a tick label of `unit` needs in a language: the candidate's own spacing, or more where the
 * language's labels are wider ("сент. 2021 г." against "Sep 2021"). A weekly axis names the year
 * where it changes, so its widest label sits beside a short one.
 */
function spacingFor(candidate: Candidate, f: TickFormats): number {
  const w = (format: Format) => textWidth(format(LONG_LABEL_DATE), 11);
  const needed = candidate.unit === 'day' ? (w(f.dayMonthYear) + w(f.dayMonth)) / 2 : candidate.unit === 'month' ? w(f.monthYear) : w(f.year);
  return Math.max(candidate.spacing, Math.ceil(needed + LABEL_GAP));
}

/**
 * Builds the axis for `dates` over the pixel `range`. `dates` must hold at least one date; callers
 * with none show their no-data state instead of an axis.
 */
export function timeAxis(dates: readonly Date[], range: [number, number], options: TimeAxisOptions): TimeAxis {
  const { padFraction = 0.05, minPadDays = 7, bounds = range, locale } = options;
  const f = FORMATS[locale];
  if (dates.length === 0) throw new RangeError('a time axis needs at least one date');
  const times = dates.map((d) => d.getTime());
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  // A zero-width domain would put every mark at NaN; the minimum padding makes it a real stretch.
  const pad = Math.max((hi - lo) * padFraction, minPadDays * DAY_MS);
  let start = new Date(lo - pad);
  const end = new Date(hi + pad);
  const scale = scaleUtc().domain([start, end]).range(range);

  const room = Math.abs(range[1] - range[0]);
  let chosen: { candidate: Candidate; dates: Date[] } | null = null;
  const spanDays = (end.getTime() - start.getTime()) / DAY_MS;
  for (const base of CANDIDATES) {
    const candidate = { ...base, spacing: spacingFor(base, f) };
    // Counting ticks means listing them: skip units that cannot fit before listing 11,000 days of a
    // 30-year axis. With the longest period, the estimate undercounts by at most one tick, so a unit
    // is only skipped when it surely has more ticks than fit.
    if (spanDays / candidate.approxDays > Math.floor(room / candidate.spacing) + 2) continue;
    const tickDates = candidate.interval.range(candidate.interval.ceil(start), new Date(end.getTime() + 1));
    if (tickDates.length >= 2 && tickDates.length <= Math.floor(room / candidate.spacing)) {
      chosen = { candidate, dates: tickDates };
      break;
    }
  }
  if (!chosen) {
    // Too narrow for two labels of any unit: fall back to the coarsest unit that still has a tick.
    for (const candidate of [...CANDIDATES].reverse()) {
      const tickDates = candidate.interval.range(candidate.interval.ceil(start), new Date(end.getTime() + 1));
      if (tickDates.length >= 1) {
        chosen = { candidate, dates: tickDates.slice(0, 1) };
        break;
      }
    }
  }
  // A domain shorter than a day has no calendar boundary inside it; its middle still gets a label.
  let tickDates = chosen?.dates ?? [new Date((start.getTime() + end.getTime()) / 2)];
  const unit = chosen?.candidate.unit ?? 'day';
  if (unit === 'year' && chosen) {
    // A tick at or before the first date, so its year is named: otherwise an election in December
    // 2005 sits beside a "2006" tick and 2005 is never labelled. Steps of one or two years count from
    // the first date's own year; longer steps keep round years (2000, 2005…) and start at the one before it.
    const step = Math.max(1, Math.round(chosen.candidate.approxDays / 365.25));
    const first = step <= 2 ? utcYear.floor(new Date(lo)) : chosen.candidate.interval.floor(new Date(lo));
    if (first < start) {
      start = first;
      scale.domain([start, end]);
    }
    tickDates = utcYear.range(first, new Date(end.getTime() + 1)).filter((_, i) => i % step === 0);
  }

  // Labels are laid left to right, and a tick whose label would not stand clear of the last one kept
  // is left out: d3's day steps restart each month (…26, 31 Dec, 1 Jan), and a label pulled inside
  // the edge (text-anchor end) moves towards its neighbour. The estimate is wider than the real glyphs,
  // so labels that clear by it clear on screen too.
  const ticks: XTick[] = [];
  let previous: Date | undefined;
  let clearFrom = -Infinity;
  for (const date of tickDates) {
    let label: string;
    if (unit === 'year') label = f.year(date);
    else if (unit === 'month') label = f.monthYear(date);
    // The year only where it changes, so weekly labels stay short but never ambiguous.
    else label = !previous || previous.getUTCFullYear() !== date.getUTCFullYear() ? f.dayMonthYear(date) : f.dayMonth(date);
    const x = px(scale(date));
    const textAnchor = anchorWithin(x, label, bounds[0], bounds[1], TICK_FONT);
    const width = textWidth(label, TICK_FONT);
    const from = textAnchor === 'start' ? x : textAnchor === 'end' ? x - width : x - width / 2;
    if (from < clearFrom) continue;
    ticks.push({ value: unit === 'year' ? String(date.getUTCFullYear()) : isoDay(date), x, label, textAnchor });
    previous = date;
    clearFrom = from + width + LABEL_GAP / 2;
  }

  return { scale, domain: [isoDay(start), isoDay(end)], unit, ticks };
}
