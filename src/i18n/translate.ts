/**
 * Interface text: one catalogue per language (`src/i18n/en/`, `src/i18n/ru/`), each message in ICU
 * MessageFormat, formatted with intl-messageformat (the FormatJS implementation), so plurals follow
 * `Intl.PluralRules` ("1 наблюдатель, 2 наблюдателя, 5 наблюдателей") and numbers `Intl.NumberFormat`.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { en, type MessageKey } from './en/index.ts';
import { ru } from './ru/index.ts';
import type { Locale } from './locales.ts';
import { pseudoMessage, pseudoRecord } from './pseudo.ts';

export type { MessageKey };
export type MessageValues = Record<string, string | number>;
/** `t('nav.countries')`, `t('count.statements', { count: 5 })`. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

let pseudo: Record<MessageKey, string> | undefined;
const CATALOGUES: Record<Locale, Record<MessageKey, string>> = {
  en,
  ru,
  // Made from the English on first use (631 messages parsed, about 20 ms): only a build with the
  // pseudo-locale asks for it.
  get 'en-xa'() {
    return (pseudo ??= pseudoRecord(en, pseudoMessage));
  },
};

const compiled = new Map<string, IntlMessageFormat>();

function message(locale: Locale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    // ICU's `'` escapes braces; the catalogues write typographic ’ instead, so apostrophes stay literal.
    format = new IntlMessageFormat(CATALOGUES[locale][key], locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

/** The catalogue of one language as a function. Messages are compiled once per build, on first use. */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const out = message(locale, key).format(values);
    if (typeof out !== 'string') throw new TypeError(`message ${key} did not format to text`);
    return out;
  };
}
