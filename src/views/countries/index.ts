/** The countries index's view model: the map, the table of States and the partner groups, in the page's language. */
import type { Archive } from '../../archive/query.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { countryName, organizationName, type LocalText } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import type { ColumnHead } from '../tables.ts';
import { mapStates, osceMapView, type OsceMapView } from '../../charts/osce-map.ts';

interface CountryRow {
  id: string;
  href: string;
  name: LocalText;
  status: string;
  missions: number;
  statements: number;
}

export interface CountryIndexView {
  title: string;
  description: string;
  lede: string;
  /** The map of the OSCE area; the table below gives every State's figure, so the map prints none of its own. */
  map: OsceMapView;
  caption: string;
  columns: ColumnHead[];
  rows: CountryRow[];
  /** The OSCE's partner groups, listed as organizations; none when the archive holds no group. */
  partners: { heading: string; intro: string; groups: { href: string; name: LocalText }[] } | undefined;
}

export function countryIndexView(archive: Archive, locale: Locale): CountryIndexView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const groups = archive.organizations.filter((o) => o.data.kind === 'osce-partnership');
  return {
    title: t('nav.countries'),
    description: t('countryIndex.description'),
    lede: t('countryIndex.lede', { count: archive.countries.length }),
    map: archiveMap(archive, locale),
    caption: t('countryIndex.caption'),
    columns: [
      { text: t('countryIndex.country') },
      { text: t('countryIndex.status') },
      { text: t('countryIndex.missions'), class: 'num' },
      { text: t('countryIndex.statements'), class: 'num' },
    ],
    rows: archive.countries.map((c) => ({
      id: c.id,
      href: to(`/countries/${c.id}/`),
      name: countryName(locale, c.data),
      status: label(locale, 'osceStatus', c.data.osceStatus),
      missions: archive.missionsByCountry.get(c.id)?.length ?? 0,
      statements: archive.statementsByCountry.get(c.id)?.length ?? 0,
    })),
    partners: groups.length
      ? {
          heading: t('countryIndex.partners'),
          intro: t('countryIndex.partnersIntro'),
          groups: groups.map((o) => ({ href: to(`/organizations/${o.id}/`), name: organizationName(locale, o.data) })),
        }
      : undefined,
  };
}

/** The map of observed elections of every participating State, for the home and countries pages. */
export function archiveMap(archive: Archive, locale: Locale): OsceMapView {
  return osceMapView(
    mapStates(archive.countries, (id) => archive.missionsByCountry.get(id)?.length ?? 0, locale),
    locale,
  );
}
