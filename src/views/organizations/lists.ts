/** View models of an organization's full lists: the missions it took part in and the statements it issued. */
import type { Archive, Mission, Statement } from '../../archive/query.ts';
import type { ListPage } from '../../lists/paging.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { organizationName, organizationShortName } from '../../i18n/names.ts';
import { phrase, phraseText } from '../phrases.ts';
import { translator } from '../../i18n/translate.ts';
import { pageOf, type PagedListView } from '../lists.ts';

type Organization = Archive['organizations'][number];

/** The two full lists of an organization: each names its messages and the crumb back to its own kind of page. */
const LISTS = {
  missions: { messages: 'organizationMissions', crumb: 'nav.missions' },
  statements: { messages: 'organizationStatements', crumb: 'nav.statements' },
} as const;

/**
 * What both lists share: the short label in the title, crumbs and navigation, the full name in the
 * description and lede, each name marked in its language.
 */
function organizationList(organization: Organization, list: ListPage<unknown>, kind: keyof typeof LISTS, locale: Locale): PagedListView {
  const t = translator(locale);
  const { messages, crumb } = LISTS[kind];
  const shortName = organizationShortName(locale, organization.data);
  const fullName = organizationName(locale, organization.data);
  const title = phrase(locale, t, `${messages}.title`, shortName);
  return {
    title: phraseText(title),
    heading: title,
    crumb: t(crumb),
    trail: [
      { href: localizedPath(locale, '/organizations/'), label: t('nav.organizations') },
      { href: localizedPath(locale, `/organizations/${organization.id}/`), label: [shortName] },
    ],
    description: t(`${messages}.description`, { name: fullName.text }),
    lede: phrase(locale, t, `${messages}.lede`, fullName, { count: list.total }),
    base: `/organizations/${organization.id}/${kind}/`,
    label: t(`${messages}.label`, { name: shortName.text }),
    ...pageOf(list),
  };
}

export interface OrganizationMissionsView extends PagedListView {
  caption: string;
  missions: Mission[];
}

/** `/organizations/<id>/missions/`: every mission an organization took part in, newest election first. */
export function organizationMissionsView(organization: Organization, list: ListPage<Mission>, locale: Locale): OrganizationMissionsView {
  const caption = translator(locale)('organizationMissions.caption', { name: organizationShortName(locale, organization.data).text });
  return { ...organizationList(organization, list, 'missions', locale), caption, missions: list.items };
}

export interface OrganizationStatementsView extends PagedListView {
  statements: Statement[];
}

/** `/organizations/<id>/statements/`: every statement an organization issued, newest first. */
export function organizationStatementsView(organization: Organization, list: ListPage<Statement>, locale: Locale): OrganizationStatementsView {
  return { ...organizationList(organization, list, 'statements', locale), statements: list.items };
}
