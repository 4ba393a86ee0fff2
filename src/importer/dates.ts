import * as chrono from 'chrono-node';
import { isCalendarDay } from '../schemas/common.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Month number from an English month name or its abbreviation ("Dec.", "Sept").
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m === w || (m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return index === -1 ? undefined : index + 1;
}

/** `YYYY-MM-DD` when the three parts name a real day, otherwise undefined. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDay(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "4 January 2021" → `2021-01-04`; anything else, including a date without a year, → undefined. */
export function parseDayMonthYear(text: string): string | undefined {
  const m = /^\s*(\d{1,2})\s+(\p{L}+\.?)\s+(\d{4})\s*$/u.exec(text);
  if (!m) return undefined;
  const month = monthNumber(m[2]!);
  return month ? isoDay(Number(m[3]), month, Number(m[1])) : undefined;
}

/**
 * Dates written in words, in English and Russian, read by chrono-node ("27 September 2013",
 * "MARCH 9", "Jan. 5, 2021", "25.10.2014", "21 сентября 2020 года"). chrono says which parts the
 * text gives and which it would fill in from the reference day; only printed parts are kept, so a
 * date without a year stays without one.
 */

export type PrintedDate = {
  text: string;
  index: number;
  end: number;
  /** `YYYY-MM-DD`, only when day, month and year are all printed. */
  date?: string;
  year?: number;
  month?: number;
  day?: number;
  /** "on Wednesday": a weekday and nothing else. */
  weekdayOnly?: boolean;
  /** "at 11:00": a time of day and nothing else. */
  timeOnly?: boolean;
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** A weekday's name, in English or Russian. */
const WEEKDAY_NAME = /(?<!\p{L})(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day|понедельник|вторник|сред[аеуы]|четверг|пятниц|суббот|воскресень/iu;
/** A month's name or its abbreviation, in English or Russian (any case ending). */
const MONTH_NAME = /(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек)/iu;
/** A month's name in Ukrainian, in the case a date puts it ("26 червня"): none is spelt so in Russian. */
const UKRAINIAN_MONTH = /(?<!\p{L})(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)(?!\p{L})/iu;
/** A fixed reference day, so that nothing chrono fills in can depend on when the importer runs. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * "26.03.2015", "09.11.2011", "18/03/2021": figures only. Sources of this region put the day first;
 * chrono's English parser reads the month first, which would make 9 November 11 September. The
 * month comes first only where the day cannot ("11/25/2024").
 */
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d]|[./-]\d)/g;

/** "Бишкек, 05.01.31.": day, month and a year in two figures, with full stops only (a year of this century up to '50). */
const SHORT_NUMERIC_DATE = /(?<![\d./-])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d]|[./-]\d)/g;

function numericDates(text: string): PrintedDate[] {
  const found: PrintedDate[] = [];
  for (const m of text.matchAll(SHORT_NUMERIC_DATE)) {
    const [day, month, yy] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const year = yy + (yy <= 50 ? 2000 : 1900);
    const date = isoDay(year, month, day);
    if (date) found.push({ text: m[0], index: m.index, end: m.index + m[0].length, date, year, month, day });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    const date = isoDay(year, month, day);
    if (date) found.push({ text: m[0], index: m.index, end: m.index + m[0].length, date, year, month, day });
  }
  return found;
}

/** Dates of a text, in order. Relative words ("today", "yesterday") are not dates of the calendar and are skipped. */
export function findDates(printed: string): PrintedDate[] {
  // "Thursday, 13. October 2031": a day written with a stop before its month, as Central European sites print it. The
  // stop becomes a space, so every offset stays where the text has it.
  const text = printed.replace(/(?<!\d)(\d{1,2})\.(\s+)(?=(\p{L}{3,}))/gu, (m, day: string, space: string, word: string) =>
    monthNumber(word) ? `${day} ${space}` : m,
  );
  const parser = CYRILLIC.test(text) ? chrono.ru : chrono.en;
  const numeric = numericDates(text);
  const found: PrintedDate[] = [...numeric];
  const results = parser.parse(text, REFERENCE);
  // A Russian text on a Ukrainian site may carry the site's own date in Ukrainian ("26 червня, 2031, 08:02"), which
  // chrono's Russian parser does not know (it reads the time alone); the Ukrainian reading wins where it reads more.
  if (UKRAINIAN_MONTH.test(text))
    for (const r of chrono.uk.parse(text, REFERENCE)) {
      const overlaps = results.filter((o) => r.index < o.index + o.text.length && r.index + r.text.length > o.index);
      if (overlaps.some((o) => o.text.length >= r.text.length)) continue;
      for (const o of overlaps) results.splice(results.indexOf(o), 1);
      results.push(r);
    }
  results.sort((a, b) => a.index - b.index);
  for (const r of results) {
    const s = r.start;
    if (numeric.some((n) => r.index < n.end && r.index + r.text.length > n.index)) continue;
    if (/(?:today|tonight|yesterday|tomorrow|now|сегодня|вчера|завтра)/i.test(r.text)) {
      if (s.isCertain('hour')) found.push({ text: r.text, index: r.index, end: r.index + r.text.length, timeOnly: true });
      continue;
    }
    // "next week", "last month", "on Friday", "in two months", "через 8 недель": counted from the day the text was written,
    // which the words do not give. A date printed in figures ("25.10.2014") or with its month's name is none of them.
    const relative =
      (!/\d/.test(r.text) && !MONTH_NAME.test(r.text)) ||
      /(?<!\d)\d{1,3}\s*(?:days?|weeks?|months?|years?)\b|(?<!\p{L})(?:через|спустя)(?!\p{L})|(?<!\d)\d{1,3}\s*(?:дн|день|недел|месяц|год|лет)/iu.test(r.text);
    if (relative && !(WEEKDAY_NAME.test(r.text) && !/\b(?:next|last|this|coming|past)\b|следующ|прошл|эт/iu.test(r.text))) continue;
    const printed: PrintedDate = { text: r.text, index: r.index, end: r.index + r.text.length };
    if (s.isCertain('year')) printed.year = s.get('year')!;
    if (s.isCertain('month')) printed.month = s.get('month')!;
    if (s.isCertain('day')) printed.day = s.get('day')!;
    if (printed.year && printed.month && printed.day) {
      const iso = isoDay(printed.year, printed.month, printed.day);
      if (iso) printed.date = iso;
    }
    if (!printed.month && !printed.day && !printed.year) {
      if (s.isCertain('weekday')) printed.weekdayOnly = true;
      else if (s.isCertain('hour')) printed.timeOnly = true;
      else continue;
    }
    found.push(printed);
    // "21 April and 5 May 2019": the year printed once belongs to both days.
    if (r.end && r.end.isCertain('month') && r.end.isCertain('day') && r.end.isCertain('year')) {
      const iso = isoDay(r.end.get('year')!, r.end.get('month')!, r.end.get('day')!);
      if (iso)
        found.push({
          text: r.text,
          index: r.index,
          end: r.index + r.text.length,
          date: iso,
          year: r.end.get('year')!,
          month: r.end.get('month')!,
          day: r.end.get('day')!,
        });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // "28 February, 2013": chrono stops at the comma; the year after it is the date's. "10 Apr.'12": so does a year
  // written with two figures after an apostrophe, a year of this century up to '50.
  for (const d of found) {
    const year = d.month && d.day && !d.year ? /^(?:,\s*((?:19|20)\d\d)|\.?\s?['’](\d\d))(?!\d)/.exec(text.slice(d.end)) : null;
    if (year) {
      d.year = year[1] ? Number(year[1]) : Number(year[2]) + (Number(year[2]) <= 50 ? 2000 : 1900);
      d.date = isoDay(d.year, d.month!, d.day!);
      d.end += year[0].length;
      d.text = text.slice(d.index, d.end);
    }
  }
  // "21 April and 5 May 2019": the year printed once belongs to both days.
  found.forEach((d, i) => {
    const next = found[i + 1];
    if (d.month && d.day && !d.year && next?.date && /^\s+and\s+$/.test(text.slice(d.end, next.index))) {
      d.year = next.year!;
      d.date = isoDay(d.year, d.month, d.day);
    }
  });
  return found;
}

/** The first date of a text that prints day, month and year. */
export function firstFullDate(text: string): string | undefined {
  return findDates(text).find((d) => d.date)?.date;
}

/**
 * A day and month without a year, placed in the year that brings it nearest to `reference` (the
 * statement's own date): "the 10 January elections" in a release of 8 December 2020 are in 2021.
 */
export function nearestDay(month: number, day: number, reference: string): string | undefined {
  const year = Number(reference.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => isoDay(y, month, day)).filter((d): d is string => d !== undefined);
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(reference));
  return candidates.sort((a, b) => distance(a) - distance(b))[0];
}
