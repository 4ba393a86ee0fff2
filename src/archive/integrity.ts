/**
 * Rules that span entries: every reference names an entry that exists, ids have the shape their
 * URLs promise, and facts agree with the statements they cite. Pure: the check CLI and the build run
 * it over the same parsed entries.
 */
import type { OrganizationData, PersonData } from '../schemas/index.ts';
import type { ZodType } from 'astro/zod';
import { COLLECTION_FACTS, COLLECTION_NAMES, type Collection, type CollectionName, type DataOf, type FieldPath, type References } from './collections.ts';
import { isReservedId, outputsOf } from './outputs.ts';
import type { Problem } from './problems.ts';
import { fieldName } from './validate.ts';
import { likelyDuplicates } from '../people/duplicates.ts';
import { collectionReferences } from './references.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the repository root. */
  file: string;
  data: T;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/** The valid entries of every collection, by collection. */
export type Entries = { [K in CollectionName]: Entry<DataOf<K>>[] };

type Path = FieldPath;
type Ref = { path: Path; collection: CollectionName; id: string };

/**
 * Every cross-reference an entry makes, with the field path it sits at, as its collection declares
 * them. Tolerates malformed data: references are also checked in entries that failed their schema.
 */
function referencesOf(collection: CollectionName, data: unknown): Ref[] {
  const refs: Ref[] = [];
  const visit = (shape: References, value: unknown, path: Path) => {
    if (typeof shape === 'string') {
      if (typeof value === 'string') refs.push({ collection: shape, path, id: value });
    } else if (Array.isArray(shape)) {
      if (Array.isArray(value)) value.forEach((item, i) => item && visit(shape[0], item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [field, inner] of Object.entries(shape)) visit(inner, (value as Record<string, unknown>)[field], [...path, field]);
    }
  };
  visit(collectionReferences(collection), data ?? {}, []);
  return refs;
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
        if (!ids[ref.collection].has(ref.id))
          report(
            entry,
            ref.path,
            `names ${COLLECTION_FACTS[ref.collection].noun} "${ref.id}", which does not exist — expected a file content/${ref.collection}/${COLLECTION_FACTS[ref.collection].fileOf(ref.id)}`,
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

  // What each id promises of its entry's data (a country's file is its code, a statement's starts with its date).
  const wrongIds = new Set<Entry<unknown>>();
  for (const collection of COLLECTION_NAMES) {
    const facts = COLLECTION_FACTS[collection] as Collection<ZodType>;
    for (const entry of entries[collection] as Entry<unknown>[])
      for (const p of facts.idProblems?.(entry) ?? []) {
        wrongIds.add(entry);
        report(entry, p.path, p.message);
      }
  }

  const statementDate = new Map(entries.statements.map((s) => [s.id, s.data.date]));
  const statementMissions = new Map(entries.statements.map((s) => [s.id, s.data.missions]));

  for (const m of entries.missions) {
    // Statements name the mission by its intended id, so checking its citations would only repeat that problem.
    if (wrongIds.has(m)) continue;
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
