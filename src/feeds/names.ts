/** How feed items name organizations and countries: short names where readers know them by one. */
import type { CountryData, OrganizationData } from '../schemas/index.ts';

interface Named {
  organization: Map<string, { data: OrganizationData }>;
  country: Map<string, { data: CountryData }>;
}

export function feedNames(archive: Named) {
  return {
    organization: (id: string) => archive.organization.get(id)?.data.shortName ?? archive.organization.get(id)?.data.name ?? id,
    country: (id: string) => archive.country.get(id)?.data.name ?? id,
  };
}
