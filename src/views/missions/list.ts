/**
 * The missions list (`/missions/`, `/missions/page/N/`), the rows of the missions table that it
 * and the per-country and per-organization lists print, and the mission cards of the home, country
 * and organization pages, in the page's language.
 */
import { electionDay } from '../../missions/election-day.ts';
import type { Archive, Mission } from '../../archive/query.ts';
import { formatDate } from '../../format/dates.ts';
import { observerSummary } from '../../missions/glance.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { countryName, entryText, type LocalText, organizationShortName } from '../../i18n/names.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import { missionTypeCode, missionTypeName } from '../../missions/type.ts';
import { missionName } from '../names.ts';
import { ARCHIVE_OVERVIEW, drawChart } from '../../charts/index.ts';
import { chartView, type ChartView } from '../charts.ts';

export interface MissionsListView {
  title: string;
  description: string;
  lede: string;
  caption: string;
  /** Address of the list's first page, in the page's language. */
  base: string;
  /** What the list holds, for the page navigation's name. */
  label: string;
}

/** The headings and sentences of one page of the missions list; `total` counts the whole archive. */
export function missionsListView(total: number, locale: Locale): MissionsListView {
  const t = translator(locale);
  return {
    title: t('nav.missions'),
    description: t('missions.description'),
    lede: t('missions.lede', { count: total }),
    caption: t('missions.caption'),
    base: localizedPath(locale, '/missions/'),
    label: t('missions.listLabel'),
  };
}

interface MissionRow {
  href: string;
  date: { iso: string; text: string };
  country: { href: string; name: LocalText };
  kind: string;
  type: { code: string; name: string };
  observers: string;
}

export interface MissionTableView {
  columns: { election: string; country: string; kind: string; type: string; observers: string };
  rows: MissionRow[];
}

/** One row per mission: first round, country, kind of election, mission type, latest observer figures. */
export function missionTableView(missions: readonly Mission[], archive: Archive, locale: Locale): MissionTableView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  return {
    columns: {
      election: t('missions.table.election'),
      country: t('missions.table.country'),
      kind: t('missions.table.kind'),
      type: t('missions.table.type'),
      observers: t('missions.table.observers'),
    },
    rows: missions.map((m) => {
      const first = electionDay(m.data);
      return {
        href: to(`/missions/${m.id}/`),
        date: { iso: first, text: formatDate(first, locale) },
        country: { href: to(`/countries/${m.data.country}/`), name: countryName(locale, archive.country.get(m.data.country)!.data) },
        kind: label(locale, 'electionKind', m.data.election.kind),
        type: { code: missionTypeCode(m.data.type), name: missionTypeName(locale, m.data.type) },
        observers: observerSummary(m.data.observers, locale) ?? t('missions.table.notReported'),
      };
    }),
  };
}

export interface MissionCard {
  href: string;
  /** "Country: title", or the title alone on a country's own page. */
  name: LocalText;
  type: { code: string; name: string };
  /** Short names of the organizations behind the mission. */
  organizations: LocalText[];
  /** The first round. */
  election: { iso: string; text: string };
  /** Heads of mission, by name. */
  heads: LocalText[];
  summary: LocalText;
}

/**
 * One card per mission: name, type, organizations, first round, heads and summary, each in the page's
 * language where content gives it, else English, marked so. `withCountry` is off on a country's own
 * page, where every card would name the same country.
 */
export function missionCards(missions: readonly Mission[], archive: Archive, locale: Locale, withCountry = true): MissionCard[] {
  const countryOf = (id: string) => archive.country.get(id)!.data;
  return missions.map((m) => {
    const first = electionDay(m.data);
    return {
      href: localizedPath(locale, `/missions/${m.id}/`),
      name: withCountry ? missionName(locale, m.data, countryOf) : entryText(locale, m.data, 'title'),
      type: { code: missionTypeCode(m.data.type), name: missionTypeName(locale, m.data.type) },
      // An organization or leader missing from the archive is left out rather than named by its id.
      organizations: m.data.organizations.flatMap((id) => {
        const org = archive.organization.get(id);
        return org ? [organizationShortName(locale, org.data)] : [];
      }),
      election: { iso: first, text: formatDate(first, locale) },
      heads: m.data.leaders.flatMap((l) => {
        const person = archive.person.get(l.person);
        return person ? [entryText(locale, person.data, 'name')] : [];
      }),
      summary: entryText(locale, m.data, 'summary'),
    };
  });
}

/** The overview chart of the whole archive, per year. */
export function archiveOverviewView(archive: Archive, locale: Locale): ChartView {
  const missions = archive.missions.map((m) => ({ id: m.id, ...m.data }));
  return chartView(drawChart(ARCHIVE_OVERVIEW, missions, locale), missions, archive, locale);
}
