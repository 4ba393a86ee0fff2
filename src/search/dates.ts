/**
 * Sort keys for the search index. Pagefind leaves a page out of a sorted search when it has no
 * value for the sort, so every indexed page needs one, also pages that are not dated themselves.
 */
import { electionDay } from '../missions/election-day.ts';
import { ISO_PARTIAL_DATE } from '../format/patterns.ts';

/**
 * A partial ISO date as a full day, so all keys compare as strings of one shape: `2005-10` →
 * `2005-10-01`, `2005` → `2005-01-01` (the start of the period: an undated day sorts before
 * the dated days of its month or year rather than after them).
 */
function fullIsoDay(iso: string): string {
  const m = ISO_PARTIAL_DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * The newest of the dates a page shows (election days, statement dates, role dates), as a full
 * ISO day; undefined when there is none. Gaps (`undefined`, `null`, empty strings) are skipped.
 */
function newestDate(dates: Iterable<string | null | undefined>): string | undefined {
  let newest: string | undefined;
  for (const d of dates) {
    if (!d) continue;
    const day = fullIsoDay(d);
    if (!newest || day > newest) newest = day;
  }
  return newest;
}

/** The key of a page that shows no date at all: it sorts after every dated page. */
export const UNDATED = '0000-01-01';

/** Looks a statement's date up by its id (the pages pass the archive's map). */
export type StatementDate = (id: string) => string | undefined;

interface Dated {
  data: { date: string };
}
interface Election {
  data: { election: { rounds: readonly string[] } };
}
interface Role {
  from?: string;
  asOf?: string;
  to?: string;
  source: string;
  organization?: string;
  mission?: string;
}

/**
 * Why these dates: a page is sorted by the newest record it shows, so a date-sorted search lists a
 * country, person or organization where its latest election, statement or cited source falls,
 * next to the missions and statements of that time.
 */

/** A country: its missions' election days, its statements, and the sources its facts cite. */
export function countrySortDate(
  country: { listedIn: string; capital?: readonly { attestedIn: readonly string[] }[]; chairpersonships?: readonly { source: string }[] },
  missions: readonly Election[],
  statements: readonly Dated[],
  statementDate: StatementDate,
): string {
  const cited = [country.listedIn, ...(country.capital ?? []).flatMap((c) => c.attestedIn), ...(country.chairpersonships ?? []).map((c) => c.source)];
  return newestDate([...missions.map((m) => electionDay(m.data)), ...statements.map((s) => s.data.date), ...cited.map(statementDate)]) ?? UNDATED;
}

/**
 * A person: the dates of their roles and of the roles' sources, the missions they served, the
 * sources of their published contacts, the statements naming them.
 */
export function personSortDate(
  person: { roles: readonly Role[]; contactPoints?: readonly { source: string }[] },
  statements: readonly Dated[],
  missionDay: (id: string) => string | undefined,
  statementDate: StatementDate,
): string {
  const roleDates = person.roles.flatMap((r) => [r.from, r.asOf, r.to, statementDate(r.source), r.mission ? missionDay(r.mission) : undefined]);
  const contacts = (person.contactPoints ?? []).map((c) => statementDate(c.source));
  return newestDate([...roleDates, ...contacts, ...statements.map((s) => s.data.date)]) ?? UNDATED;
}

/** An organization: its missions, the statements it issued, its people's roles in it, and the source about it. */
export function organizationSortDate(
  organization: { id: string; data: { source?: string } },
  missions: readonly Election[],
  statements: readonly Dated[],
  people: readonly { data: { roles: readonly Role[] } }[],
  statementDate: StatementDate,
): string {
  const roles = people.flatMap((p) => p.data.roles.filter((r) => r.organization === organization.id));
  return (
    newestDate([
      ...missions.map((m) => electionDay(m.data)),
      ...statements.map((s) => s.data.date),
      ...roles.flatMap((r) => [r.from, r.asOf, r.to, statementDate(r.source)]),
      organization.data.source ? statementDate(organization.data.source) : undefined,
    ]) ?? UNDATED
  );
}
