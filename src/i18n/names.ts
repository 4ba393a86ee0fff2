/**
 * Names and texts of entries in a language, with the language they are actually in. A text the
 * content has no translation for is shown in English, and the page marks it `lang="en"` so a screen
 * reader switches voice: `{ text: 'Trend News Agency', lang: 'en' }` on a Russian page.
 */
import countries from 'i18n-iso-countries';
import ruCountries from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import type { Locale } from './locales.ts';

countries.registerLocale(ruCountries);

export interface LocalText {
  text: string;
  /** The language the text is in: the page's, or English when no translation exists. */
  lang: Locale;
}

/**
 * The content's own translation of a text into a language (its `ru:` block for Russian), or undefined:
 * English is what content is written in, and a language content is not translated into (the
 * pseudo-locale) has none. The one place that knows where translations live.
 */
export function translated<K extends string>(locale: Locale, data: { ru?: { [key in K]?: string | undefined } | undefined }, key: K): string | undefined {
  return locale === 'ru' ? data.ru?.[key] : undefined;
}

/** An entry's text as it is in a language: the English for English, the translation for another, or undefined. */
export function ownText<K extends string>(
  locale: Locale,
  data: { [key in K]?: string | undefined } & { ru?: { [key in K]?: string | undefined } | undefined },
  key: K,
): string | undefined {
  return locale === 'en' ? data[key] : translated(locale, data, key);
}

/** The translated text when there is one, otherwise the English, marked as English. */
export function inLanguage(locale: Locale, english: string, translated: string | undefined): LocalText {
  if (locale === 'en' || translated === undefined) return { text: english, lang: 'en' };
  return { text: translated, lang: locale };
}

/**
 * A country's name: the content's own Russian name where it gives one, otherwise the CLDR name kept
 * by i18n-iso-countries (`KZ` → `Казахстан`), otherwise the English.
 */
export function countryName(locale: Locale, country: { name: string; iso2: string; ru?: { name?: string | undefined } | undefined }): LocalText {
  if (locale === 'en') return { text: country.name, lang: 'en' };
  return inLanguage(locale, country.name, country.ru?.name ?? countries.getName(country.iso2, locale));
}

/** An entry's translatable text (`name`, `title`, `summary`) in a language, from its `ru:` block. */
export function entryText<K extends string>(
  locale: Locale,
  data: { [key in K]?: string } & { ru?: { [key in K]?: string | undefined } | undefined },
  key: K,
): LocalText {
  return inLanguage(locale, data[key] ?? '', translated(locale, data, key));
}

/** The same for a text an entry or one of its parts may leave out (a note, a place): undefined when it has none. */
export function optionalText<K extends string>(
  locale: Locale,
  data: { [key in K]?: string | undefined } & { ru?: { [key in K]?: string | undefined } | undefined },
  key: K,
): LocalText | undefined {
  return data[key] === undefined ? undefined : entryText(locale, data, key);
}

/** Texts joined into one, in the page's language only when every one of them is. */
export function joinTexts(texts: readonly LocalText[], separator: string): LocalText {
  const lang = texts.every((t) => t.lang === texts[0]?.lang) ? (texts[0]?.lang ?? 'en') : 'en';
  return { text: texts.map((t) => t.text).join(separator), lang };
}

interface OrganizationNames {
  name: string;
  ru?: { name?: string | undefined } | undefined;
}

/** An organization's full name: `Бюро по демократическим институтам и правам человека ОБСЕ`, or the English. */
export function organizationName(locale: Locale, org: OrganizationNames): LocalText {
  return inLanguage(locale, org.name, translated(locale, org, 'name'));
}

interface OrganizationShortNames extends OrganizationNames {
  shortName?: string | undefined;
  ru?: { name?: string | undefined; shortName?: string | undefined } | undefined;
}

/**
 * An organization as lists, tables, charts and feeds name it: its acronym when it has one (`ODIHR`,
 * `БДИПЧ`), else its name. An English acronym with no translation stays English rather than turning
 * into a long translated name beside other acronyms. The one rule for pages, charts and feeds.
 */
export function organizationShortName(locale: Locale, org: OrganizationShortNames): LocalText {
  const short = translated(locale, org, 'shortName');
  if (short !== undefined) return { text: short, lang: locale };
  if (org.shortName !== undefined) return inLanguage(locale, org.shortName, undefined);
  return organizationName(locale, org);
}
