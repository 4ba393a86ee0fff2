/**
 * Rules that span entries: every reference names an entry that exists, ids have the shape their
 * URLs promise, and facts agree with the statements they cite. Pure: the check CLI and the build run
 * it over the same parsed entries.
 */
import type { CollectionName, CountryData, MissionData, OrganizationData, PersonData, StatementData } from '../schemas/index.ts';
import { COLLECTION_FACTS } from './collections.ts';
import { isReservedId, outputsOf } from './outputs.ts';
import type { Problem } from './problems.ts';
import { fieldName } from './validate.ts';
import { likelyDuplicates } from '../people/duplicates.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the repository root. */
  file: string;
  data: T;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

export interface Entries {
  countries: Entry<CountryData>[];
  organizations: Entry<OrganizationData>[];
  people: Entry<PersonData>[];
  missions: Entry<MissionData>[];
  statements: Entry<StatementData>[];
}

type Path = (string | number)[];
type Ref = { path: Path; collection: CollectionName; id: string | undefined };

/** Every cross-reference an entry makes, with the field path it sits at. */
function referencesOf(collection: CollectionName, data: unknown): Ref[] {
  const refs: Ref[] = [];
  const add = (collection: CollectionName, path: Path, id: string | undefined) => refs.push({ collection, path, id });
  // Tolerates malformed data: references are also checked in entries that failed their schema.
  const each = <T>(list: readonly T[] | undefined, f: (item: T, i: number) => void) => {
    if (Array.isArray(list)) list.forEach((item, i) => item && f(item, i));
  };
  switch (collection) {
    case 'countries': {
      const d = (data ?? {}) as CountryData;
      add('statements', ['listedIn'], d.listedIn);
      each(d.capital, (c, i) => each(c.attestedIn, (s, j) => add('statements', ['capital', i, 'attestedIn', j], s)));
      each(d.chairpersonships, (c, i) => add('statements', ['chairpersonships', i, 'source'], c.source));
      break;
    }
    case 'organizations': {
      const d = (data ?? {}) as OrganizationData;
      add('organizations', ['parent'], d.parent);
      add('countries', ['country'], d.country);
      add('statements', ['source'], d.source);
      break;
    }
    case 'people': {
      const d = (data ?? {}) as PersonData;
      add('countries', ['nationality'], d.nationality);
      each(d.roles, (r, i) => {
        add('organizations', ['roles', i, 'organization'], r.organization);
        add('missions', ['roles', i, 'mission'], r.mission);
        add('statements', ['roles', i, 'source'], r.source);
      });
      each(d.distinctFrom, (p, i) => add('people', ['distinctFrom', i], p));
      each(d.contactPoints, (c, i) => {
        add('organizations', ['contactPoints', i, 'organization'], c.organization);
        add('missions', ['contactPoints', i, 'mission'], c.mission);
        add('statements', ['contactPoints', i, 'source'], c.source);
      });
      break;
    }
    case 'missions': {
      const d = (data ?? {}) as MissionData;
      add('countries', ['country'], d.country);
      each(d.organizations, (o, i) => add('organizations', ['organizations', i], o));
      each(d.leaders, (l, i) => {
        add('people', ['leaders', i, 'person'], l.person);
        add('organizations', ['leaders', i, 'organization'], l.organization);
        add('organizations', ['leaders', i, 'appointedBy', 'organization'], l.appointedBy?.organization);
        add('people', ['leaders', i, 'appointedBy', 'person'], l.appointedBy?.person);
        add('statements', ['leaders', i, 'source'], l.source);
      });
      each(d.observers, (o, i) => {
        add('organizations', ['observers', i, 'organization'], o.organization);
        add('statements', ['observers', i, 'source'], o.source);
      });
      each(d.milestones, (m, i) => add('statements', ['milestones', i, 'source'], m.source));
      each(d.findings, (f, i) => {
        add('organizations', ['findings', i, 'assessedBy'], f.assessedBy);
        add('statements', ['findings', i, 'source'], f.source);
      });
      break;
    }
    case 'statements': {
      const d = (data ?? {}) as StatementData;
      add('organizations', ['source'], d.source);
      add('organizations', ['reportsOn'], d.reportsOn);
      each(d.people, (p, i) => add('people', ['people', i, 'person'], p.person));
      each(d.countries, (c, i) => add('countries', ['countries', i], c));
      each(d.missions, (m, i) => add('missions', ['missions', i], m));
      each(d.aligningStates, (c, i) => add('countries', ['aligningStates', i], c));
      break;
    }
  }
  return refs.filter((r) => typeof r.id === 'string');
}

/**
 * `existing` lists the ids of every file, valid or not: an entry that fails its schema still exists,
 * and reporting every reference to it as dangling would bury the one real problem.
 */
export function checkIntegrity(
  entries: Entries,
  existing?: Record<CollectionName, ReadonlySet<string>>,
  invalid: readonly { collection: CollectionName; entry: Entry<unknown> }[] = [],
): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: Entry<unknown>, path: Path, message: string) =>
    problems.push({ file: entry.file, ...entry.locate(path), field: fieldName(path) || '(file)', message });

  const ids =
    existing ??
    (Object.fromEntries((Object.keys(entries) as CollectionName[]).map((c) => [c, new Set(entries[c].map((e) => e.id))])) as Record<
      CollectionName,
      Set<string>
    >);

  // Dangling references, in valid entries and in those that failed their schema (raw data).
  const all = [
    ...(Object.keys(entries) as CollectionName[]).flatMap((collection) => (entries[collection] as Entry<unknown>[]).map((entry) => ({ collection, entry }))),
    ...invalid,
  ];
  {
    for (const { collection, entry } of all) {
      for (const ref of referencesOf(collection, entry.data)) {
        if (!ids[ref.collection].has(ref.id!))
          report(
            entry,
            ref.path,
            `names ${COLLECTION_FACTS[ref.collection].noun} "${ref.id}", which does not exist — expected a file content/${ref.collection}/${COLLECTION_FACTS[ref.collection].fileOf(ref.id!)}`,
          );
      }
    }
  }

  // Duplicate ids (two files that would publish at the same URL).
  for (const collection of Object.keys(entries) as CollectionName[]) {
    const seen = new Map<string, string>();
    for (const entry of entries[collection] as Entry<unknown>[]) {
      const first = seen.get(entry.id);
      if (first) report(entry, [], `has the id "${entry.id}" already used by ${first} — expected each ${COLLECTION_FACTS[collection].noun} id once`);
      else seen.set(entry.id, entry.file);
    }
  }

  problems.push(...collisions(entries), ...parentCycles(entries.organizations), ...duplicatePeople(entries.people));

  for (const c of entries.countries) {
    if (c.data.iso2.toLowerCase() !== c.id) report(c, ['iso2'], `is "${c.data.iso2}" but the file is named ${c.id} — expected iso2 "${c.id.toUpperCase()}"`);
  }

  const statementDate = new Map(entries.statements.map((s) => [s.id, s.data.date]));
  const statementMissions = new Map(entries.statements.map((s) => [s.id, s.data.missions]));

  for (const m of entries.missions) {
    const year = m.data.election.rounds[0]?.slice(0, 4);
    const expectedId = `${m.data.country}/${year}-${m.data.election.kind}`;
    if (m.id !== expectedId && !m.id.startsWith(`${expectedId}-`)) {
      // Statements name the mission by its intended id, so checking its citations would only repeat this.
      report(m, [], `is at missions/${m.id} — expected missions/${expectedId}.mdx (country/election year-election kind)`);
      continue;
    }
    // A figure or finding cited to a statement about another mission is almost always a wrong id.
    const cited: Path[] = [
      ...m.data.observers.map((_, i): Path => ['observers', i, 'source']),
      ...m.data.findings.map((_, i): Path => ['findings', i, 'source']),
      ...m.data.milestones.map((_, i): Path => ['milestones', i, 'source']),
      ...m.data.leaders.map((_, i): Path => ['leaders', i, 'source']),
    ];
    for (const path of cited) {
      const source = valueAt(m.data, path) as string;
      const about = statementMissions.get(source);
      if (about && !about.includes(m.id))
        report(m, path, `cites statement "${source}", which is not about this mission — expected a statement whose missions list "${m.id}"`);
    }
    m.data.observers.forEach((o, i) => {
      const published = statementDate.get(o.source);
      if (published && o.status === 'deployed' && o.date > published)
        report(
          m,
          ['observers', i, 'date'],
          `is ${o.date}, after its source was published (${published}) — expected a deployed figure dated on or before its source`,
        );
    });
  }

  const missionById = new Map(entries.missions.map((m) => [m.id, m]));
  for (const s of entries.statements) {
    if (!s.id.startsWith(`${s.data.date}-`))
      report(s, ['date'], `is ${s.data.date} but the file is named ${s.id} — expected the file name to start with the date`);
    const folderYear = /statements\/(\d{4})\//.exec(s.file)?.[1];
    if (folderYear && folderYear !== s.data.date.slice(0, 4))
      report(
        s,
        ['date'],
        `is in ${s.data.date.slice(0, 4)} but the file is in the folder ${folderYear}/ — expected content/statements/${s.data.date.slice(0, 4)}/`,
      );
    s.data.missions.forEach((id, i) => {
      const mission = missionById.get(id);
      if (mission && !s.data.countries.includes(mission.data.country))
        report(
          s,
          ['missions', i],
          `is a mission in "${mission.data.country}", which is not in countries — expected countries to list "${mission.data.country}"`,
        );
    });
  }

  return problems;
}

/** Two entries (or two fields of one) that would publish the same file; the later one is blamed. */
function collisions(entries: Entries): Problem[] {
  const found: Problem[] = [];
  const written = new Map<string, { entry: Entry<unknown>; field: Path }>();
  for (const collection of Object.keys(entries) as CollectionName[]) {
    for (const entry of entries[collection] as Entry<unknown>[]) {
      if (isReservedId(collection, entry.id))
        found.push({
          file: entry.file,
          ...entry.locate([]),
          field: '(file)',
          message: `has the id "${entry.id}", which the site's own pages use in /${collection}/${entry.id}/ — expected another file name`,
        });
      for (const output of outputsOf(collection, entry.id, entry.data)) {
        const first = written.get(output.path);
        if (!first) {
          written.set(output.path, { entry, field: output.field });
          continue;
        }
        // An entry's own page twice is a duplicate id, reported on its own below.
        if (output.field.length === 0 && first.field.length === 0) continue;
        const where =
          first.entry.file === entry.file
            ? `\`${fieldName(first.field)}\``
            : `${first.entry.file}${first.field.length ? ` (\`${fieldName(first.field)}\`)` : ''}`;
        found.push({
          file: entry.file,
          ...entry.locate(output.field),
          field: fieldName(output.field) || '(file)',
          message: `would publish ${output.path}, which ${where} publishes already — expected each published file once (one contact point per person and mission or organization)`,
        });
      }
    }
  }
  return found;
}

/** Two files that are likely one person's, each reported on the later file by id. */
function duplicatePeople(people: readonly Entry<PersonData>[]): Problem[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return likelyDuplicates(people.map((p) => ({ id: p.id, name: p.data.name, ru: p.data.ru?.name, distinctFrom: p.data.distinctFrom }))).map((d) => {
    const entry = byId.get(d.id)!;
    const other = byId.get(d.other)!;
    return {
      file: entry.file,
      ...entry.locate(['name']),
      field: 'name',
      message: `may be the person of ${other.file} ("${other.data.name}": ${d.why}) — expected one file per person: merge them, or if they are two people add distinctFrom: [${d.other}]`,
    };
  });
}

/** An organization that is its own parent, or its own ancestor, has no place in any hierarchy. */
function parentCycles(organizations: readonly Entry<OrganizationData>[]): Problem[] {
  const parent = new Map(organizations.map((o) => [o.id, o.data.parent]));
  const found: Problem[] = [];
  for (const o of organizations) {
    const chain = [o.id];
    for (let next = parent.get(o.id); next !== undefined && chain.length <= organizations.length; next = parent.get(next)) {
      if (next === o.id) {
        found.push({
          file: o.file,
          ...o.locate(['parent']),
          field: 'parent',
          message: `makes ${o.id} its own ${chain.length === 1 ? 'parent' : 'ancestor'} (${[...chain, next].join(' → ')}) — expected a parent higher up`,
        });
        break;
      }
      if (chain.includes(next)) break;
      chain.push(next);
    }
  }
  return found;
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], data);
}
