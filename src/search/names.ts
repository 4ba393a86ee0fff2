/**
 * The forms of a name that readers type into the search box, for a page's `names` search field
 * (`ranking.ts`).
 *
 * Russian declines place names, and Pagefind's Russian (Snowball) stemmer does not bring all of a
 * name's cases back to one stem: it reads "Казахстан" and "Казахстана" as "казахста" but
 * "Казахстане", "Казахстану" and "Казахстаном" as "казахстан". A page that holds only the
 * nominative is then missed by a reader who types "в Казахстане"; with the genitive, accusative and
 * prepositional forms beside it, every case finds the page. The forms come from lvovich, a
 * maintained library that declines Russian place names, compound ones included ("Северная
 * Македония", "Босния и Герцеговина").
 */
import { cityFrom, cityIn, cityTo } from 'lvovich';
import type { Locale } from '../i18n/locales.ts';

// A noun ending in a consonant is masculine; lvovich declines such a name only when told so
// ("Кипр" → "Кипра"), and leaves it as it is otherwise.
const MASCULINE_ENDING = /[бвгджзйклмнпрстфхцчшщ]$/i;
// Names lvovich is asked to decline: those ending in -а, -я or a consonant. The others need no forms
// of their own: loans in -о, -и, -у are not declined ("Монако", "Сан-Марино"), and the stemmer brings
// the cases of a name in -ь ("Беларусь", "Беларуси") or of a plural in -ы ("Нидерланды",
// "Нидерландах") back to the nominative's stem, where declining them would need the gender or number
// the spelling does not tell.
const DECLINED_ENDING = /[аябвгджзйклмнпрстфхцчшщ]$/i;
// An abbreviation read letter by letter ("США") is not declined.
const ABBREVIATION = /^[А-ЯЁ]{2,}$/;

/** A Russian place name in its nominative, genitive, accusative and prepositional forms, each once. */
function russianCaseForms(name: string): string[] {
  if (ABBREVIATION.test(name) || !DECLINED_ENDING.test(name)) return [name];
  const gender = MASCULINE_ENDING.test(name) ? 'male' : undefined;
  return [...new Set([name, cityFrom(name, gender), cityTo(name), cityIn(name, gender)])];
}

/** The forms of a name a search in `locale` should find it by: English names are not declined. */
export function searchNames(locale: Locale, name: string): string[] {
  return locale === 'ru' ? russianCaseForms(name) : [name];
}
