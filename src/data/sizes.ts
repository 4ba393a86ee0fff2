/**
 * File sizes for readers: `812 bytes`, `14.2 KB`, `3.1 MB` (1 KB = 1,000 bytes, as file managers now
 * count); in Russian `812 байт`, `14,2 КБ`, `3,1 МБ`.
 */
import type { Locale } from '../i18n/locales.ts';

const UNITS: Record<Locale, { bytes: string; kb: string; mb: string }> = {
  en: { bytes: 'bytes', kb: 'KB', mb: 'MB' },
  ru: { bytes: 'байт', kb: 'КБ', mb: 'МБ' },
  'en-xa': { bytes: 'ƀýţéé', kb: 'ĶƁ', mb: 'ṀƁ' },
};

export function formatBytes(n: number, locale: Locale): string {
  const units = UNITS[locale];
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  if (n < 1000) return `${n} ${units.bytes}`;
  if (n < 1_000_000) return `${one.format(n / 1000)} ${units.kb}`;
  return `${one.format(n / 1_000_000)} ${units.mb}`;
}
