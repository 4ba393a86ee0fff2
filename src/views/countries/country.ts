/**
 * The country page's view model: everything `CountryPage.astro` prints, computed from the archive in
 * one place and in the page's language, so the component only lays it out and the wording is tested
 * without a build.
 */
import { electionYear } from '../../missions/election-day.ts';
import type { Archive, Country, Mission } from '../../archive/query.ts';
import { COUNTRY_TIMELINE, FINDINGS_MATRIX, drawChart, nameAssessors } from '../../charts/index.ts';
import { countryPage } from '../../citations/pages.ts';
import { countryCalendarPath } from '../../calendar/ics.ts';
import { countryFeedPath } from '../../feeds/statements.ts';
import { latest } from '../../lists/paging.ts';
import { countrySortDate } from '../../search/dates.ts';
import { capitalNames, countryAliases } from '../../search/aliases.ts';
import { searchNames } from '../../search/names.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { countryName, type LocalText, organizationShortName } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import type { LatestView } from '../lists.ts';
import { bodyView, type BodyView } from '../body.ts';
import { chartView, type ChartView } from '../charts.ts';
import { statementItems, type StatementItem } from '../statements/list.ts';
import { missionCards, type MissionCard } from '../missions/list.ts';

export interface CountryView {
  name: LocalText;
  /** The `<title>` and the search filter value: the name as plain text. */
  title: string;
  description: string;
  lede: string;
  /** ISO date the search sorts the country by (its newest mission or statement). */
  sortDate: string;
  /** Names in the OSCE's other languages, indexed but not shown. */
  aliases: string;
  /** The name in the forms a reader of the page's language searches for it, for the `names` search field. */
  searchNames: string;
  /**
   * The archive holds no mission or statement for it. Its page is then found by its names: the words
   * of its empty sections ("Observed elections", "no statements") weigh next to nothing and it has no
   * newest-record date, which would otherwise answer "observers 2021" and push pages that hold
   * something out of the first results.
   */
  holdsNothing: boolean;
  status: string;
  calendar: { href: string; label: string } | undefined;
  feed: { href: string; label: string; title: string };
  missions: { all: Mission[]; shown: MissionCard[]; more: { href: string; text: string } | undefined; none: string };
  statements: LatestView<StatementItem, string>;
  bySpeakers: { href: string; text: string } | undefined;
  /** The country's elections across the years, and their findings; none for a country with no mission. */
  charts: { timeline: ChartView; findings: ChartView } | undefined;
  body: BodyView;
  cite: ReturnType<typeof countryPage>;
}

/** Everything the country page shows, in `locale`. */
export function countryView(country: Country, archive: Archive, locale: Locale, site: string): CountryView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const d = country.data;
  const name = countryName(locale, d);
  const missions = archive.missionsByCountry.get(country.id) ?? [];
  const statements = archive.statementsByCountry.get(country.id) ?? [];
  // Newest first, as the lists read.
  const years = missions.map((m) => electionYear(m.data)).reverse();
  const latestMissions = latest(missions);
  const latestStatements = latest(statements);
  const bySpeakers = (archive.statementsBySpeakerCountry.get(country.id) ?? []).filter((s) => !s.data.countries.includes(country.id)).length;
  const values = { country: name.text };
  return {
    name,
    title: name.text,
    description: t('country.description', { ...values, missions: missions.length, statements: statements.length }),
    lede: t('country.holds', { ...values, count: years.length, years: years.join(', ') }),
    sortDate: countrySortDate(d, missions, statements, (id) => archive.statement.get(id)?.data.date),
    // With its capitals, today's and those its sources use: "Astana" finds Kazakhstan. Kept out of the
    // names field, whose few words make a name's match outweigh a title's (a longer field weighs less).
    aliases: [...countryAliases(d.iso2, name.text), ...capitalNames(d.iso2, d.capital)].join(' · '),
    searchNames: searchNames(locale, name.text).join(' '),
    holdsNothing: missions.length === 0 && statements.length === 0,
    status: label(locale, 'osceStatus', d.osceStatus),
    calendar: missions.length ? { href: to(countryCalendarPath(country.id)), label: t('country.calendar', values) } : undefined,
    feed: { href: to(countryFeedPath(country.id)), label: t('country.feed'), title: t('country.feedTitle', values) },
    missions: {
      all: missions,
      shown: missionCards(latestMissions.shown, archive, locale, false),
      more: latestMissions.more
        ? { href: to(`/countries/${country.id}/missions/`), text: t('country.allMissions', { ...values, count: missions.length }) }
        : undefined,
      none: t('country.noMissions', values),
    },
    statements: {
      shown: statementItems(latestStatements.shown, archive, locale),
      more: latestStatements.more
        ? { href: to(`/countries/${country.id}/statements/`), text: t('country.allStatements', { ...values, count: statements.length }) }
        : undefined,
      none: t('country.noStatements', values),
    },
    bySpeakers:
      bySpeakers > 0
        ? { href: `${to(`/countries/${country.id}/statements/`)}#by-speakers`, text: t('country.bySpeakers', { ...values, count: bySpeakers }) }
        : undefined,
    charts: missions.length > 0 ? countryCharts(country.id, name.text, missions, archive, locale) : undefined,
    body: bodyView(country, archive, locale),
    cite: countryPage(country, archive, site),
  };
}

/** The country's two charts, each finding's assessor named by its short name in the page's language. */
function countryCharts(id: string, country: string, missions: readonly Mission[], archive: Archive, locale: Locale) {
  const data = missions.map((m) => ({ id: m.id, ...m.data }));
  // One the archive does not hold keeps its id.
  const assessor = (org: string) => {
    const organization = archive.organization.get(org)?.data;
    return organization ? organizationShortName(locale, organization).text : org;
  };
  return {
    timeline: chartView(drawChart(COUNTRY_TIMELINE, { missions: data, country }, locale, { subject: id }), data, archive, locale),
    findings: chartView(drawChart(FINDINGS_MATRIX, nameAssessors(data, assessor), locale, { subject: id }), data, archive, locale),
  };
}
