/**
 * The home page's view model: the archive in one sentence, its map, the newest statements and the newest
 * missions by year, in the page's language. The home page stays the same size however large the
 * archive grows: the newest few, then links.
 */
import type { Archive } from '../../archive/query.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translate.ts';
import { recentYears } from '../../missions/years.ts';
import { statementItems, type StatementItem } from '../statements/list.ts';
import { missionCards, type MissionCard } from '../missions/list.ts';
import { archiveMap } from '../countries/index.ts';
import type { OsceMapView } from '../../charts/osce-map.ts';

export interface HomeView {
  title: string;
  description: string;
  heading: string;
  lede: string;
  links: { href: string; text: string }[];
  where: string;
  map: OsceMapView;
  statements: { heading: string; shown: StatementItem[]; all: { href: string; text: string } };
  missions: {
    heading: string;
    years: { year: number; missions: MissionCard[]; cut: string | undefined }[];
    all: { href: string; text: string };
  };
}

export function homeView(archive: Archive, locale: Locale): HomeView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const observed = new Set(archive.missions.map((m) => m.data.country));
  const years = recentYears(archive.missions, { years: 3, missions: 12 });
  return {
    title: t('home.title'),
    description: t('home.description'),
    heading: t('home.heading'),
    lede: t('home.lede', {
      missions: archive.missions.length,
      countries: observed.size,
      statements: archive.statements.length,
      people: archive.people.length,
      organizations: archive.organizations.length,
      states: archive.countries.length,
    }),
    links: [
      { href: to('/contacts/'), text: t('home.contacts') },
      { href: to('/search/'), text: t('home.search') },
      { href: to('/countries/'), text: t('home.countries') },
    ],
    where: t('home.where'),
    map: archiveMap(archive, locale),
    statements: {
      heading: t('home.latestStatements'),
      shown: statementItems(archive.statements.slice(0, 5), archive, locale),
      all: { href: to('/statements/'), text: t('home.allStatements', { count: archive.statements.length }) },
    },
    missions: {
      heading: t('home.latestMissions'),
      years: years.map(({ year, missions, total }) => ({
        year,
        missions: missionCards(missions, archive, locale),
        cut: missions.length < total ? t('home.latestOfYear', { shown: missions.length, total, year: String(year) }) : undefined,
      })),
      all: { href: to('/missions/'), text: t('home.allMissions', { count: archive.missions.length }) },
    },
  };
}
