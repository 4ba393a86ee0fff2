/**
 * Dates as readers of each language expect them: "4 January 2021", "4 января 2021 г.". Formatted with
 * `Intl.DateTimeFormat` in UTC, so a build in any time zone prints the same day; the ICU data is the
 * pinned Node's, so two builds print the same words. Partial dates print only what they know
 * ("October 2005", "октябрь 2005 г.", "2005").
 */
import type { Locale } from '../i18n/locales.ts';
import { intlWords } from '../i18n/pseudo.ts';

// en-GB gives the day-month-year order the archive has always used; en-US's short months ("Sep")
// are the abbreviations English lists use (en-GB has "Sept").
const DAY: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  'en-xa': new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const MONTH: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  'en-xa': new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const SHORT_MONTH: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ru: new Intl.DateTimeFormat('ru', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  'en-xa': new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

function utc(iso: string): Date {
  const [y, m = '01', d = '01'] = iso.split('-');
  const month = Number(m);
  if (!(month >= 1 && month <= 12)) throw new RangeError(`not a month: ${iso}`);
  return new Date(Date.UTC(Number(y), month - 1, Number(d)));
}

/** The case a date is printed in: after «с» («с октября 2005 г.») Russian takes the genitive. */
type DateCase = 'nominative' | 'genitive';

/**
 * `2021-01-04` → `4 January 2021`; `2005-10` → `October 2005`; `2005` → `2005`. In Russian a month
 * without its day is named in the nominative («октябрь 2005 г.»), and in the genitive when asked
 * («с октября 2005 г.»): the month name comes from ICU's own full date, where it is genitive
 * («1 октября 2005 г.»), with the day left out.
 */
export function formatDate(iso: string, locale: Locale, grammaticalCase: DateCase = 'nominative'): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  if (!d && grammaticalCase === 'genitive' && locale === 'ru') {
    const parts = DAY.ru.formatToParts(utc(iso));
    const month = parts.findIndex((p) => p.type === 'month');
    return parts
      .slice(month)
      .map((p) => p.value)
      .join('');
  }
  return intlWords(locale, (d ? DAY : MONTH)[locale].format(utc(iso)));
}

/** `2021-01-04` → `Jan 2021` (`янв. 2021 г.`), for compact lists. */
export function formatMonth(iso: string, locale: Locale): string {
  const [y, m] = iso.split('-');
  return m ? intlWords(locale, SHORT_MONTH[locale].format(utc(iso))) : y!;
}
