/** View models of an organization's full lists: the missions it took part in and the statements it issued. */
import type { Archive, Mission, Statement } from '../../archive/query.ts';
import type { ListPage } from '../../lists/paging.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { organizationName } from '../../i18n/names.ts';
import { organizationShortName } from '../names.ts';
import { phrase, phraseText } from '../phrases.ts';
import { translator } from '../../i18n/translate.ts';
import { pageOf, type PagedListView } from '../lists.ts';

type Organization = Archive['organizations'][number];

/** The parts both lists share: the short label in titles and crumbs, the full name in prose. */
function frame(organization: Organization, locale: Locale) {
  const t = translator(locale);
  const shortName = organizationShortName(locale, organization.data);
  const fullName = organizationName(locale, organization.data);
  const short = shortName.text;
  return {
    t,
    short,
    full: fullName.text,
    /** The heading, with the short name marked in its language. */
    heading: (key: 'organizationMissions.title' | 'organizationStatements.title') => phrase(locale, t, key, shortName),
    /** The lede, with the full name marked in its language. */
    lede: (key: 'organizationMissions.lede' | 'organizationStatements.lede', count: number) => phrase(locale, t, key, fullName, { count }),
    trail: [
      { href: localizedPath(locale, '/organizations/'), label: t('nav.organizations') },
      { href: localizedPath(locale, `/organizations/${organization.id}/`), label: [shortName] },
    ],
  };
}

export interface OrganizationMissionsView extends PagedListView {
  caption: string;
  missions: Mission[];
}

/** `/organizations/<id>/missions/`: every mission an organization took part in, newest election first. */
export function organizationMissionsView(organization: Organization, list: ListPage<Mission>, locale: Locale): OrganizationMissionsView {
  const { t, short, full, trail, heading, lede } = frame(organization, locale);
  const title = heading('organizationMissions.title');
  return {
    title: phraseText(title),
    heading: title,
    crumb: t('nav.missions'),
    trail,
    description: t('organizationMissions.description', { name: full }),
    lede: lede('organizationMissions.lede', list.total),
    base: `/organizations/${organization.id}/missions/`,
    label: t('organizationMissions.label', { name: short }),
    ...pageOf(list),
    caption: t('organizationMissions.caption', { name: short }),
    missions: list.items,
  };
}

export interface OrganizationStatementsView extends PagedListView {
  statements: Statement[];
}

/** `/organizations/<id>/statements/`: every statement an organization issued, newest first. */
export function organizationStatementsView(organization: Organization, list: ListPage<Statement>, locale: Locale): OrganizationStatementsView {
  const { t, short, full, trail, heading, lede } = frame(organization, locale);
  const title = heading('organizationStatements.title');
  return {
    title: phraseText(title),
    heading: title,
    crumb: t('nav.statements'),
    trail,
    description: t('organizationStatements.description', { name: full }),
    lede: lede('organizationStatements.lede', list.total),
    base: `/organizations/${organization.id}/statements/`,
    label: t('organizationStatements.label', { name: short }),
    ...pageOf(list),
    statements: list.items,
  };
}
