/**
 * Pure indexing of the archive's cross-references. Kept free of `astro:content` so it is unit-tested
 * on plain objects and reused by the benchmark.
 */
import { electionDay } from '../missions/election-day.ts';
import type { CountryData, MissionData, OrganizationData, PersonData, StatementData } from '../schemas/index.ts';

interface E<T> {
  id: string;
  data: T;
}

export interface ArchiveIndex<
  C extends E<CountryData>,
  O extends E<OrganizationData>,
  P extends E<PersonData>,
  M extends E<MissionData>,
  S extends E<StatementData>,
> {
  countries: C[];
  organizations: O[];
  people: P[];
  /** Newest election first. */
  missions: M[];
  /** Newest first. */
  statements: S[];
  country: Map<string, C>;
  organization: Map<string, O>;
  person: Map<string, P>;
  mission: Map<string, M>;
  statement: Map<string, S>;
  missionsByCountry: Map<string, M[]>;
  statementsByCountry: Map<string, S[]>;
  /**
   * Statements whose speakers or authors come from a country (their `nationality`): kept apart from
   * `statementsByCountry`, the countries a statement is about.
   */
  statementsBySpeakerCountry: Map<string, S[]>;
  statementsByMission: Map<string, S[]>;
  statementsByPerson: Map<string, S[]>;
  statementsByOrganization: Map<string, S[]>;
  /** News reports relaying an organization's announcements (`reportsOn`), kept apart from what it issued. */
  statementsReportingOn: Map<string, S[]>;
  missionsByPerson: Map<string, M[]>;
  missionsByOrganization: Map<string, M[]>;
  peopleByOrganization: Map<string, P[]>;
}

function byDateDesc<T extends E<{ date: string }>>(a: T, b: T): number {
  return b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);
}

/** Seen values per list, so adding stays O(1) however long a list grows (ODIHR issues thousands). */
const members = new WeakMap<unknown[], Set<unknown>>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  let seen = members.get(list);
  if (!seen) members.set(list, (seen = new Set()));
  if (seen.has(value)) return;
  seen.add(value);
  list.push(value);
}

export function indexArchive<
  C extends E<CountryData>,
  O extends E<OrganizationData>,
  P extends E<PersonData>,
  M extends E<MissionData>,
  S extends E<StatementData>,
>(input: { countries: C[]; organizations: O[]; people: P[]; missions: M[]; statements: S[] }): ArchiveIndex<C, O, P, M, S> {
  const countries = [...input.countries].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const organizations = [...input.organizations].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const people = [...input.people].sort((a, b) => (a.data.sortName ?? a.data.name).localeCompare(b.data.sortName ?? b.data.name, 'en'));
  const missions = [...input.missions].sort((a, b) => electionDay(b.data).localeCompare(electionDay(a.data)) || a.id.localeCompare(b.id));
  const statements = [...input.statements].sort(byDateDesc);

  const idx: ArchiveIndex<C, O, P, M, S> = {
    countries,
    organizations,
    people,
    missions,
    statements,
    country: new Map(countries.map((e) => [e.id, e])),
    organization: new Map(organizations.map((e) => [e.id, e])),
    person: new Map(people.map((e) => [e.id, e])),
    mission: new Map(missions.map((e) => [e.id, e])),
    statement: new Map(statements.map((e) => [e.id, e])),
    missionsByCountry: new Map(),
    statementsByCountry: new Map(),
    statementsBySpeakerCountry: new Map(),
    statementsByMission: new Map(),
    statementsByPerson: new Map(),
    statementsByOrganization: new Map(),
    statementsReportingOn: new Map(),
    missionsByPerson: new Map(),
    missionsByOrganization: new Map(),
    peopleByOrganization: new Map(),
  };
  // Lists below inherit the sort order of the arrays they are built from (newest first).
  for (const m of missions) {
    push(idx.missionsByCountry, m.data.country, m);
    for (const o of m.data.organizations) push(idx.missionsByOrganization, o, m);
    for (const l of m.data.leaders) push(idx.missionsByPerson, l.person, m);
  }
  for (const s of statements) {
    for (const c of s.data.countries) push(idx.statementsByCountry, c, s);
    for (const m of s.data.missions) push(idx.statementsByMission, m, s);
    for (const p of s.data.people) push(idx.statementsByPerson, p.person, s);
    const speakersFrom = s.data.people
      .filter((p) => p.as === 'speaker' || p.as === 'author')
      .map((p) => idx.person.get(p.person)?.data.nationality)
      .filter((c): c is string => Boolean(c));
    for (const c of new Set(speakersFrom)) push(idx.statementsBySpeakerCountry, c, s);
    push(idx.statementsByOrganization, s.data.source, s);
    if (s.data.reportsOn) push(idx.statementsReportingOn, s.data.reportsOn, s);
  }
  for (const p of people) {
    for (const r of p.data.roles) {
      if (r.organization) push(idx.peopleByOrganization, r.organization, p);
      if (r.mission) {
        const m = idx.mission.get(r.mission);
        if (m) push(idx.missionsByPerson, p.id, m);
      }
    }
  }
  for (const list of idx.missionsByPerson.values()) list.sort((a, b) => electionDay(b.data).localeCompare(electionDay(a.data)));
  return idx;
}
