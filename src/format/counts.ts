/** Counts in prose, grouped as each language groups digits: `10,000`, `10 000`. */
import type { Locale } from '../i18n/locales.ts';

const NUMBER: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { useGrouping: true }),
  ru: new Intl.NumberFormat('ru', { useGrouping: true }),
  'en-xa': new Intl.NumberFormat('en', { useGrouping: true }),
};

/** `10000` → `10,000` (en), `10 000` (ru, with a no-break space). */
export function formatCount(n: number, locale: Locale = 'en'): string {
  return NUMBER[locale].format(n);
}

/** `1` → `1 statement`, `5783` → `5,783 statements`; pass `plural` for irregular nouns. English only: other languages use their catalogue's plural messages. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
