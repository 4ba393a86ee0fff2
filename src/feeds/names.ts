/** How feed items name organizations and countries, in the feed's language: short names where readers know them by one. */
import type { CountryData, OrganizationData } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { countryName, organizationShortName } from '../i18n/names.ts';

interface Named {
  organization: Map<string, { data: OrganizationData }>;
  country: Map<string, { data: CountryData }>;
}

export function feedNames(archive: Named, locale: Locale) {
  return {
    organization: (id: string) => {
      const d = archive.organization.get(id)?.data;
      if (!d) return id;
      // As the pages name it (an English acronym with no translated one stays, as on the pages).
      return organizationShortName(locale, d).text;
    },
    country: (id: string) => {
      const d = archive.country.get(id)?.data;
      return d ? countryName(locale, d).text : id;
    },
  };
}
