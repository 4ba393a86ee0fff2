/** Counts in prose, grouped as each language groups digits: `10,000`, `10 000`. */
import type { Locale } from '../i18n/locales.ts';

const NUMBER: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { useGrouping: true }),
  ru: new Intl.NumberFormat('ru', { useGrouping: true }),
  'en-xa': new Intl.NumberFormat('en', { useGrouping: true }),
};

/** `10000` → `10,000` (en), `10 000` (ru, with a no-break space). */
export function formatCount(n: number, locale: Locale): string {
  return NUMBER[locale].format(n);
}
