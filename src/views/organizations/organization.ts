/**
 * The organization page's view model: everything `OrganizationPage.astro` prints, in the page's
 * language. Its JSON-LD describes the organization under its English address, the permanent one.
 */
import type { Archive, Person } from '../../archive/query.ts';
import { organizationJsonLd, type JsonLd } from '../../contacts/jsonld.ts';
import { organizationFeedPath } from '../../feeds/statements.ts';
import { latest } from '../../lists/paging.ts';
import { organizationSortDate } from '../../search/dates.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { countryName, entryText, optionalText, organizationName, type LocalText, organizationShortName } from '../../i18n/names.ts';
import { type Link } from '../names.ts';
import { phrase, type Phrase } from '../phrases.ts';
import type { LatestView } from '../lists.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import { shortNameOf } from './names.ts';
import { statementItems, type StatementItem } from '../statements/list.ts';
import { missionCards, type MissionCard } from '../missions/list.ts';
import { sourceView, type SourceView } from '../sources.ts';

type Organization = Archive['organizations'][number];

export interface OrganizationView {
  name: LocalText;
  /** `<title>`, as plain text. */
  title: string;
  description: string;
  /** Its short label in the breadcrumb, marked in its language; `label` is the same as text. */
  crumb: LocalText;
  label: string;
  jsonLd: JsonLd;
  feed: { href: string; title: string; label: Phrase };
  /** ISO date the search sorts it by. */
  sortDate: string;
  kindMeta: string;
  /** Search filter values, in the page's language. */
  filters: { organization: string; country: string | undefined };
  about: LocalText | undefined;
  facts: {
    shortName: LocalText | undefined;
    kind: string;
    parent: Link | undefined;
    children: Link[];
    country: Link | undefined;
    seat: LocalText | undefined;
    website: string | undefined;
    source: SourceView | undefined;
  };
  missions: { shown: MissionCard[]; more: { href: string; text: Phrase } | undefined };
  /** Each person's roles here, a past one marked as past: the source's "former" is part of the fact. */
  people: { href: string; name: LocalText; roles: { title: LocalText; former: string | undefined }[] }[];
  statements: LatestView<StatementItem, Phrase>;
}

export function organizationView(organization: Organization, archive: Archive, locale: Locale, site: string): OrganizationView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const d = organization.data;
  const name = organizationName(locale, d);
  const shortName = shortNameOf(locale, d);
  const shortLabel = organizationShortName(locale, d);
  const short = shortLabel.text;
  const parent = d.parent ? archive.organization.get(d.parent) : undefined;
  const country = d.country ? archive.country.get(d.country) : undefined;
  const missions = archive.missionsByOrganization.get(organization.id) ?? [];
  const statements = archive.statementsByOrganization.get(organization.id) ?? [];
  const people: Person[] = archive.peopleByOrganization.get(organization.id) ?? [];
  const latestMissions = latest(missions);
  const latestStatements = latest(statements);
  const link = (o: Organization, text: LocalText): Link => ({ href: to(`/organizations/${o.id}/`), text });
  return {
    name,
    title: name.text,
    description: t('organization.description', {
      // A short name that is the name itself (Синьхуа for Синьхуа) is not said twice.
      name: shortName && shortName.text !== name.text ? `${name.text} (${shortName.text})` : name.text,
      kind: label(locale, 'organizationKind', d.kind),
    }),
    crumb: shortLabel,
    label: short,
    jsonLd: organizationJsonLd({
      name: d.name,
      shortName: d.shortName,
      url: d.website,
      id: new URL(`/organizations/${organization.id}/`, site).href,
      parent: parent ? { name: parent.data.name, shortName: parent.data.shortName } : undefined,
    }),
    feed: {
      href: to(organizationFeedPath(organization.id)),
      title: t('organization.feedTitle', { name: name.text }),
      label: phrase(locale, t, 'organization.feed', shortLabel),
    },
    sortDate: organizationSortDate(organization, missions, statements, people, (id) => archive.statement.get(id)?.data.date),
    kindMeta: t('organization.kind'),
    filters: { organization: short, country: country && countryName(locale, country.data).text },
    about: optionalText(locale, d, 'about'),
    facts: {
      shortName,
      kind: label(locale, 'organizationKind', d.kind),
      parent: parent && link(parent, organizationName(locale, parent.data)),
      children: archive.organizations.filter((o) => o.data.parent === organization.id).map((o) => link(o, organizationShortName(locale, o.data))),
      country: country && { href: to(`/countries/${country.id}/`), text: countryName(locale, country.data) },
      seat: optionalText(locale, d, 'seat'),
      website: d.website,
      source: d.source === undefined ? undefined : sourceView(d.source, archive, locale),
    },
    missions: {
      shown: missionCards(latestMissions.shown, archive, locale),
      more: latestMissions.more
        ? {
            href: to(`/organizations/${organization.id}/missions/`),
            text: phrase(locale, t, 'organization.allMissions', shortLabel, { count: missions.length }),
          }
        : undefined,
    },
    people: people.map((p) => ({
      href: to(`/people/${p.id}/`),
      name: entryText(locale, p.data, 'name'),
      roles: p.data.roles
        .filter((r) => r.organization === organization.id)
        .map((r) => ({ title: entryText(locale, r, 'title'), former: r.former ? t('organization.formerRole') : undefined })),
    })),
    statements: {
      shown: statementItems(latestStatements.shown, archive, locale),
      none: phrase(locale, t, 'organization.noStatements', name),
      more: latestStatements.more
        ? {
            href: to(`/organizations/${organization.id}/statements/`),
            text: phrase(locale, t, 'organization.allStatements', shortLabel, { count: statements.length }),
          }
        : undefined,
    },
  };
}
