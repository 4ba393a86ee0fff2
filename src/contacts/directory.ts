/**
 * The media desk's directory: every published contact point, flattened from the people who hold
 * them, grouped by mission (or by organization when no mission is named), newest source first.
 */
import type { MissionData, PersonData, StatementData } from '../schemas/index.ts';
import { isMissionOver } from '../missions/glance.ts';
import { translator } from '../i18n/translate.ts';
import type { ContactCard } from './vcard.ts';

interface E<T> {
  id: string;
  data: T;
}

type ContactPoint = NonNullable<PersonData['contactPoints']>[number];

export interface DirectoryEntry {
  /** Stable anchor and file name: `<person>--<mission or organization>`. */
  key: string;
  personId: string;
  person: PersonData;
  point: ContactPoint;
  /** Date of the statement that published the contact. */
  published: string;
}

export interface DirectoryGroup {
  /** `mission:kz/2021-parliamentary` or `organization:osce-pa`. */
  key: string;
  missionId?: string;
  organizationId: string;
  entries: DirectoryEntry[];
  /** Newest publication date in the group, for ordering groups. */
  latest: string;
}

export function contactKey(personId: string, point: Pick<ContactPoint, 'mission' | 'organization'>): string {
  return `${personId}--${(point.mission ?? point.organization).replace(/\//g, '-')}`;
}

export function directoryEntries(people: readonly E<PersonData>[], statements: ReadonlyMap<string, E<StatementData>>): DirectoryEntry[] {
  return people.flatMap((p) =>
    (p.data.contactPoints ?? []).map((point) => ({
      key: contactKey(p.id, point),
      personId: p.id,
      person: p.data,
      point,
      published: statements.get(point.source)?.data.date ?? '',
    })),
  );
}

/** Groups by mission (else organization); groups and entries newest first. */
export function groupDirectory(entries: readonly DirectoryEntry[]): DirectoryGroup[] {
  const groups = new Map<string, DirectoryGroup>();
  for (const e of entries) {
    const key = e.point.mission ? `mission:${e.point.mission}` : `organization:${e.point.organization}`;
    const group = groups.get(key) ?? { key, missionId: e.point.mission, organizationId: e.point.organization, entries: [], latest: '' };
    group.entries.push(e);
    if (e.published > group.latest) group.latest = e.published;
    groups.set(key, group);
  }
  for (const g of groups.values()) g.entries.sort((a, b) => b.published.localeCompare(a.published) || a.person.name.localeCompare(b.person.name, 'en'));
  return [...groups.values()].sort((a, b) => b.latest.localeCompare(a.latest) || a.key.localeCompare(b.key));
}

/** The vCard input for one directory entry. */
function toContactCard(
  e: DirectoryEntry,
  ctx: { organizationName: string; statementTitle: string; siteUrl: string; mission?: E<MissionData> | undefined; today?: string | undefined },
): ContactCard {
  // The card is English, like its other fields; it carries the contacts page's warning word for word.
  const t = translator('en');
  const past = ctx.mission !== undefined && ctx.today !== undefined && isMissionOver(ctx.mission.data, ctx.today);
  return {
    personId: e.personId,
    missionId: e.point.mission,
    fullName: e.person.name,
    sortName: e.person.sortName,
    title: e.point.title,
    role: e.point.role,
    organization: ctx.organizationName,
    phone: e.point.phone,
    email: e.point.email,
    warning: past ? `${t('contact.past')}${t('contact.pastText')}` : undefined,
    published: { title: ctx.statementTitle, date: e.published },
    source: new URL(`/contacts/${e.key}.vcf`, ctx.siteUrl).href,
  };
}

/**
 * Everything `toContactCard` needs, looked up in the archive indexes. `today` (the build date) marks
 * the card of a mission that is over with the page's warning; without it no card is marked.
 */
export function cardFor(
  e: DirectoryEntry,
  archive: {
    organization: ReadonlyMap<string, E<{ name: string }>>;
    statement: ReadonlyMap<string, E<StatementData>>;
    mission: ReadonlyMap<string, E<MissionData>>;
  },
  siteUrl: string,
  today?: string,
): ContactCard {
  return toContactCard(e, {
    organizationName: archive.organization.get(e.point.organization)?.data.name ?? e.point.organization,
    statementTitle: archive.statement.get(e.point.source)?.data.title ?? e.point.source,
    siteUrl,
    mission: e.point.mission ? archive.mission.get(e.point.mission) : undefined,
    today,
  });
}
