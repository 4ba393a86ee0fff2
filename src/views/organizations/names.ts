/** An organization's short name as its own page and the index print it beside the full name. */
import type { Locale } from '../../i18n/locales.ts';
import { organizationShortName, translated, type LocalText } from '../../i18n/names.ts';
import type { OrganizationData } from '../../schemas/index.ts';

/** `ODIHR`, `БДИПЧ` on a Russian page when the content gives it; none when the organization has no short name. */
export function shortNameOf(locale: Locale, org: Pick<OrganizationData, 'name' | 'shortName' | 'ru'>): LocalText | undefined {
  if (org.shortName === undefined && translated(locale, org, 'shortName') === undefined) return undefined;
  return organizationShortName(locale, org);
}
