/**
 * The person page's view model: everything `PersonPage.astro` prints, in the page's language. Role
 * titles and contact roles are the sources' English words and stay English, marked so. The JSON-LD
 * describes the person under the English address, the permanent one.
 */
import { electionDay } from '../../missions/election-day.ts';
import type { Archive, Person } from '../../archive/query.ts';
import { directoryEntries } from '../../contacts/directory.ts';
import { contactCardView, type ContactCardView } from '../contacts/contacts.ts';
import { personJsonLd, type JsonLd } from '../../contacts/jsonld.ts';
import { formatDate } from '../../format/dates.ts';
import { latest } from '../../lists/paging.ts';
import { isMissionOver } from '../../missions/glance.ts';
import { rolesOverTime } from '../../people/roles.ts';
import { personSortDate } from '../../search/dates.ts';
import { filterValues } from '../../search/filters.ts';
import { searchVariant } from '../../search/fold.ts';
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { countryName, entryText, optionalText, organizationName, type LocalText, organizationShortName } from '../../i18n/names.ts';
import { missionName } from '../names.ts';
import { phrase, type Phrase } from '../phrases.ts';
import type { LatestView } from '../lists.ts';
import { translator } from '../../i18n/translate.ts';
import { statementItems, type StatementItem } from '../statements/list.ts';
import { sourceView, type SourceView } from '../sources.ts';

interface Link {
  href: string;
  name: LocalText;
}

interface RoleView {
  title: LocalText;
  former: string | undefined;
  organization: Link | undefined;
  /** A mission as "<country>: <title>", in one language. */
  mission: { href: string; name: LocalText } | undefined;
  /** "From 4 January 2021 to 11 January 2021.", "As of 4 January 2021.", "Date not given." */
  when: string;
  source: SourceView;
}

export interface PersonView {
  name: LocalText;
  title: string;
  honorific: LocalText | undefined;
  description: string;
  jsonLd: JsonLd;
  sortDate: string;
  kindMeta: string;
  /** Search filters and metadata, in the page's language. */
  filters: { nationality: string | undefined; countries: string[]; organizations: string[] };
  /** The name without diacritics, indexed so a search for "Domanski" finds "Domański". */
  nameVariant: string | undefined;
  nationality: Link | undefined;
  nationalityUnknown: string;
  roles: RoleView[];
  contacts: ContactCardView[];
  statements: LatestView<StatementItem, Phrase> & { heading: Phrase };
}

/** Ends a clause with a full stop, unless it already ends with one (a Russian date does: `4 января 2021 г.`). */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** Everything the person page shows, in `locale`; `today` decides which contacts belong to missions now over. */
export function personView(person: Person, archive: Archive, locale: Locale, site: string, today: string): PersonView {
  const t = translator(locale);
  const to = (path: string) => localizedPath(locale, path);
  const d = person.data;
  const name = entryText(locale, d, 'name');
  const statements = archive.statementsByPerson.get(person.id) ?? [];
  const nationality = d.nationality ? archive.country.get(d.nationality) : undefined;
  const roles = rolesOverTime(d.roles);
  const organization = (id: string | undefined) => (id ? archive.organization.get(id) : undefined);
  const current = roles.find((r) => !r.former && r.organization);
  const contacts = directoryEntries([person], archive.statement);
  const latestStatements = latest(statements);
  return {
    name,
    title: name.text,
    // As in `personDisplayName`: an honorific only in the name's own language, never "Ambassador Одри Гловер".
    honorific: ((h) => (h && h.lang === name.lang ? h : undefined))(optionalText(locale, d, 'honorific')),
    // A description cannot mark a language: where the role is English and the page is not, it is left out.
    description:
      locale === 'en' ? t('person.description', { name: name.text, role: roles[0]!.title }) : t('person.descriptionWithoutRole', { name: name.text }),
    jsonLd: personJsonLd(
      {
        name: d.name,
        honorific: d.honorific,
        jobTitle: roles.find((r) => !r.former)?.title,
        affiliation: organization(current?.organization) ? { name: organization(current?.organization)!.data.name } : undefined,
        nationality: nationality ? { name: nationality.data.name, code: nationality.data.iso2 } : undefined,
        contactPoints: contacts.map((c) => ({ contactType: c.point.role, phone: c.point.phone, email: c.point.email })),
      },
      { url: new URL(`/people/${person.id}/`, site).href },
    ),
    sortDate: personSortDate(
      d,
      statements,
      (id) => {
        const m = archive.mission.get(id);
        return m && electionDay(m.data);
      },
      (id) => archive.statement.get(id)?.data.date,
    ),
    kindMeta: t('person.kind'),
    filters: {
      nationality: nationality && countryName(locale, nationality.data).text,
      countries: filterValues(
        [nationality, ...(archive.missionsByPerson.get(person.id) ?? []).map((m) => archive.country.get(m.data.country))].map(
          (c) => c && countryName(locale, c.data).text,
        ),
      ),
      organizations: filterValues(d.roles.map((r) => organization(r.organization)).map((o) => o && organizationShortName(locale, o.data).text)),
    },
    nameVariant: searchVariant(d.name),
    nationality: nationality && { href: to(`/countries/${nationality.id}/`), name: countryName(locale, nationality.data) },
    nationalityUnknown: t('person.nationalityUnknown'),
    roles: roles.map((r) => {
      const org = organization(r.organization);
      const mission = r.mission ? archive.mission.get(r.mission) : undefined;
      return {
        title: entryText(locale, r, 'title'),
        former: r.former ? t('person.former') : undefined,
        organization: org && { href: to(`/organizations/${org.id}/`), name: organizationName(locale, org.data) },
        mission: mission && { href: to(`/missions/${mission.id}/`), name: missionName(locale, mission.data, (id) => archive.country.get(id)!.data) },
        when: sentence(
          (r.from
            ? t('person.from', { date: formatDate(r.from, locale, 'genitive') })
            : r.asOf
              ? t('person.asOf', { date: formatDate(r.asOf, locale) })
              : t('person.undated')) + (r.to ? t('person.to', { date: formatDate(r.to, locale) }) : ''),
        ),
        source: sourceView(r.source, archive, locale),
      };
    }),
    contacts: contacts.map((entry) => {
      const mission = entry.point.mission ? archive.mission.get(entry.point.mission) : undefined;
      return contactCardView(entry, archive, locale, mission ? isMissionOver(mission.data, today) : false);
    }),
    statements: {
      heading: phrase(locale, t, 'person.statements', name),
      shown: statementItems(latestStatements.shown, archive, locale),
      none: phrase(locale, t, 'person.noStatements', name),
      more: latestStatements.more
        ? {
            href: to(`/people/${person.id}/statements/`),
            text: phrase(locale, t, 'person.allStatements', name, { count: statements.length }),
          }
        : undefined,
    },
  };
}
