/**
 * Pure indexing of the archive's cross-references. Kept free of `astro:content` so it is unit-tested
 * on plain objects and reused by the benchmark.
 */
import { electionDay } from '../missions/election-day.ts';
import { COLLECTION_FACTS, COLLECTION_NAMES, type CollectionName, type DataOf } from './collections.ts';

interface E<T> {
  id: string;
  data: T;
}

/**
 * The type of one entry of each collection: `CollectionEntry<K>` for pages, plain `{ id, data }` in
 * tests and the benchmark.
 */
type EntryTypes = { [K in CollectionName]: E<DataOf<K>> };

/** An entry by its id, under its collection's noun: `country`, `mission` … */
type Lookups<T extends EntryTypes> = { [K in CollectionName as (typeof COLLECTION_FACTS)[K]['noun']]: Map<string, T[K]> };

export type ArchiveIndex<T extends EntryTypes> = {
  /** Every entry of each collection, in the order its collection lists them (`order`: missions and statements newest first). */
  [K in CollectionName]: T[K][];
} & Lookups<T> & {
    missionsByCountry: Map<string, T['missions'][]>;
    statementsByCountry: Map<string, T['statements'][]>;
    /**
     * Statements whose speakers or authors come from a country (their `nationality`): kept apart from
     * `statementsByCountry`, the countries a statement is about.
     */
    statementsBySpeakerCountry: Map<string, T['statements'][]>;
    statementsByMission: Map<string, T['statements'][]>;
    statementsByPerson: Map<string, T['statements'][]>;
    statementsByOrganization: Map<string, T['statements'][]>;
    /** News reports relaying an organization's announcements (`reportsOn`), kept apart from what it issued. */
    statementsReportingOn: Map<string, T['statements'][]>;
    missionsByPerson: Map<string, T['missions'][]>;
    missionsByOrganization: Map<string, T['missions'][]>;
    peopleByOrganization: Map<string, T['people'][]>;
  };

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

export function indexArchive<T extends EntryTypes>(input: { [K in keyof T]: readonly T[K][] }): ArchiveIndex<T> {
  const sorted = <K extends CollectionName>(collection: K): T[K][] => {
    const order = COLLECTION_FACTS[collection].order as ((a: T[K], b: T[K]) => number) | undefined;
    return [...(input[collection] as readonly T[K][])].sort(order);
  };
  const lists = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, sorted(c)])) as unknown as { [K in CollectionName]: T[K][] };
  const lookups = Object.fromEntries(
    COLLECTION_NAMES.map((c) => [COLLECTION_FACTS[c].noun, new Map((lists[c] as E<unknown>[]).map((e) => [e.id, e]))]),
  ) as Lookups<T>;
  const { missions, statements, people } = lists;

  const idx: ArchiveIndex<T> = {
    ...lists,
    ...lookups,
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
