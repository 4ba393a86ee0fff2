/**
 * Names of countries in other languages, indexed so that a reader who types "Казахстан" or
 * "Kasachstan" finds Kazakhstan. Taken from i18n-iso-countries (the CLDR-based table kept up to
 * date by its maintainers), in the OSCE's other official languages: French, German, Italian,
 * Russian and Spanish.
 */
import { countries as countryFacts, type TCountryCode } from 'countries-list';
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };

const LOCALES = [ru, fr, de, it, es];
for (const locale of LOCALES) countries.registerLocale(locale);

/**
 * Every name of the country in those languages (official and short forms), without repeats and
 * without the name the page already shows: `KZ` → `Казахстан`, `Kazakhstan` (fr) is the English
 * name again and left out, `Kasachstan`, `Kazajistán`.
 */
export function countryAliases(iso2: string, shownName: string): string[] {
  const native = nativeName(iso2);
  const names = [...LOCALES.flatMap((l) => countries.getName(iso2, l.locale, { select: 'all' }) ?? []), ...(native ? [native] : [])];
  return [...new Set(names)].filter((n) => n !== shownName);
}

/**
 * The names a country is searched by besides its own: its capital as the world names it today
 * (countries-list: `KZ` → `Astana`) and every name of it the archive's sources use (`Nur-Sultan`,
 * `Нур-Султан`), so a reader who knows only the city, old name or new, finds the country.
 */
export function capitalNames(iso2: string, attested: readonly { name: string; ru?: { name?: string | undefined } | undefined }[] = []): string[] {
  const today = (countryFacts as Partial<Record<TCountryCode, { capital: string }>>)[iso2 as TCountryCode]?.capital;
  const names = [...(today ? [today] : []), ...attested.flatMap((c) => [c.name, ...(c.ru?.name ? [c.ru.name] : [])])];
  return [...new Set(names.filter(Boolean))];
}

/** The country's name in its own language, from countries-list (`KZ` → `Қазақстан`); absent when it is the English one. */
function nativeName(iso2: string): string | undefined {
  const facts = (countryFacts as Partial<Record<TCountryCode, { name: string; native: string }>>)[iso2 as TCountryCode];
  return facts && facts.native !== facts.name ? facts.native : undefined;
}
