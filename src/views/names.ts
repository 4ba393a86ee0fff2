/**
 * Names of archive entries as the missions, statements and contacts pages print them, in the page's
 * language, with the language each is actually in (a name with no translation stays English).
 */
import type { Locale } from '../i18n/locales.ts';
import { countryName, entryText, type LocalText } from '../i18n/names.ts';

/** A link to another page of the archive, with its text in the language it is in. */
export interface Link {
  href: string;
  text: LocalText;
}

interface MissionLike {
  title: string;
  country: string;
  ru?: { title?: string | undefined } | undefined;
}

/**
 * "Kazakhstan: Parliamentary elections, 10 January 2021" — a mission named by its country and title
 * in one language: a title with no translation keeps its English country name, so the whole name is
 * one English text, marked as such, rather than half of each.
 */
export function missionName(
  locale: Locale,
  mission: MissionLike,
  countryOf: (id: string) => { name: string; iso2: string; ru?: { name?: string | undefined } | undefined },
): LocalText {
  const title = entryText(locale, mission, 'title');
  const country = countryOf(mission.country);
  const place = title.lang === locale ? countryName(locale, country).text : country.name;
  return { text: `${place}: ${title.text}`, lang: title.lang };
}

/**
 * "Ambassador Jarosław Domański", «посол Ярослав Марцин Доманьский»: the honorific goes with the name
 * only in the name's own language, so a Russian page never reads "Ambassador Одри Гловер".
 */
export function personDisplayName(
  locale: Locale,
  person: { name: string; honorific?: string | undefined; ru?: { name?: string | undefined; honorific?: string | undefined } | undefined },
): LocalText {
  const name = entryText(locale, person, 'name');
  const honorific = person.honorific === undefined ? undefined : entryText(locale, person, 'honorific');
  return { text: honorific && honorific.lang === name.lang ? `${honorific.text} ${name.text}` : name.text, lang: name.lang };
}
