import { isCalendarDay } from '../schemas/common.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month number from an English month name or its abbreviation ("Dec.", "Sept"). */
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
