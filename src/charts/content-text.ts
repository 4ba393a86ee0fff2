/**
 * Content prose a chart prints (a milestone's note, a finding's summary) in the chart's language: the
 * content's translation where it gives one, else the English, flagged so the table marks it `lang="en"`.
 */
import type { Locale } from '../i18n/locales.ts';

export interface ChartText {
  text: string;
  /** True when the text is the English shown on a page in another language. */
  untranslated: boolean;
}

export function contentText(locale: Locale, english: string, translated: Partial<Record<Locale, string | undefined>>): ChartText {
  if (locale === 'en') return { text: english, untranslated: false };
  const text = translated[locale];
  return text === undefined ? { text: english, untranslated: true } : { text, untranslated: false };
}
