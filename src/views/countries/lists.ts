/** View models of a country's full lists: its observed elections and the statements on it. */
import type { Archive, Country, Mission, Statement } from '../../archive/query.ts';
import type { ListPage } from '../../lists/paging.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { countryName } from '../../i18n/names.ts';
import { translator, type Translate } from '../../i18n/translate.ts';
import { pageOf, type Crumb, type PagedListView } from '../lists.ts';
import { statementItems, type StatementItem } from '../statements/list.ts';

function trail(country: Country, name: string, locale: Locale, t: Translate): Crumb[] {
  return [
    { href: localizedPath(locale, '/countries/'), label: t('nav.countries') },
    { href: localizedPath(locale, `/countries/${country.id}/`), label: name },
  ];
}

export interface CountryMissionsView extends PagedListView {
  /** Every OSCE State has a Russian name in CLDR (i18n-iso-countries), so a country’s ledes are plain text. */
  lede: string;
  caption: string;
  missions: Mission[];
}

/** `/countries/<id>/missions/`: every observed election in a country, newest first. */
export function countryMissionsView(country: Country, list: ListPage<Mission>, locale: Locale): CountryMissionsView {
  const t = translator(locale);
  const values = { country: countryName(locale, country.data).text };
  return {
    title: t('countryMissions.title', values),
    crumb: t('countryMissions.crumb'),
    trail: trail(country, values.country, locale, t),
    description: t('countryMissions.description', values),
    lede: t('countryMissions.lede', { ...values, count: list.total }),
    base: `/countries/${country.id}/missions/`,
    label: t('countryMissions.label', values),
    ...pageOf(list),
    caption: t('countryMissions.caption', values),
    missions: list.items,
  };
}

export interface CountryStatementsView extends PagedListView {
  lede: string;
  statements: StatementItem[];
  /** On the first page: statements about other countries whose speakers or authors come from this one. */
  bySpeakers: { heading: string; statements: StatementItem[] } | undefined;
}

/** `/countries/<id>/statements/`: every statement on a country, newest first. */
export function countryStatementsView(country: Country, list: ListPage<Statement>, archive: Archive, locale: Locale): CountryStatementsView {
  const t = translator(locale);
  const values = { country: countryName(locale, country.data).text };
  const bySpeakers = list.page === 1 ? (archive.statementsBySpeakerCountry.get(country.id) ?? []).filter((s) => !s.data.countries.includes(country.id)) : [];
  return {
    title: t('countryStatements.title', values),
    crumb: t('nav.statements'),
    trail: trail(country, values.country, locale, t),
    description: t('countryStatements.description', values),
    lede: list.total === 0 ? t('countryStatements.none', values) : t('countryStatements.lede', { ...values, count: list.total }),
    base: `/countries/${country.id}/statements/`,
    label: t('countryStatements.label', values),
    ...pageOf(list),
    statements: statementItems(list.items, archive, locale),
    bySpeakers: bySpeakers.length ? { heading: t('countryStatements.bySpeakers', values), statements: statementItems(bySpeakers, archive, locale) } : undefined,
  };
}
