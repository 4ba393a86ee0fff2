/**
 * Names of countries in other languages, indexed so that a reader who types "Казахстан" or
 * "Kasachstan" finds Kazakhstan. Taken from i18n-iso-countries (the CLDR-based table kept up to
 * date by its maintainers), in the OSCE's other official languages: French, German, Italian,
 * Russian and Spanish.
 */
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
  const names = LOCALES.flatMap((l) => countries.getName(iso2, l.locale, { select: 'all' }) ?? []);
  return [...new Set(names)].filter((n) => n !== shownName);
}
