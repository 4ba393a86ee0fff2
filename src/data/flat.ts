/**
 * The lists of facts inside entries as flat tables, one row per fact: every observer figure,
 * milestone, finding and leader of a mission (with its mission, country and election day), every
 * capital and chairpersonship of a country, every role and contact point of a person, and every
 * person a statement names. A fact that cites a statement (`source`) also carries that statement's
 * date. These are the tables researchers load first; the JSON downloads hold the same facts nested.
 */
import { COLLECTION_FACTS, type CollectionName } from '../archive/collections.ts';
import { cell, fieldColumns, valueAt, type Column } from './csv.ts';
import type { Entry } from './records.ts';

export interface FlatTable {
  name: 'observer-figures' | 'milestones' | 'findings' | 'leaders' | 'capitals' | 'chairpersonships' | 'roles' | 'contact-points' | 'statement-people';
  /** The collection whose entries hold the facts. */
  collection: CollectionName;
  /** The entry field, a list of objects, the rows come from. */
  field: string;
  /** What the file holds, in a few words, as the /data/ page lists it. */
  title: string;
}

export const FLAT_TABLES: readonly FlatTable[] = [
  { name: 'observer-figures', collection: 'missions', field: 'observers', title: 'Observer figures, one row per reported number' },
  { name: 'milestones', collection: 'missions', field: 'milestones', title: 'Mission milestones, one row per stage' },
  { name: 'findings', collection: 'missions', field: 'findings', title: 'Findings, one row per assessment' },
  { name: 'leaders', collection: 'missions', field: 'leaders', title: 'Mission leaders, one row per person and role' },
  { name: 'capitals', collection: 'countries', field: 'capital', title: 'Capitals of countries, one row per name and period' },
  { name: 'chairpersonships', collection: 'countries', field: 'chairpersonships', title: 'OSCE Chairpersonships, one row per country and year' },
  { name: 'roles', collection: 'people', field: 'roles', title: 'Roles of people, one row per role' },
  {
    name: 'contact-points',
    collection: 'people',
    field: 'contactPoints',
    title: 'Published contact points, one row per person and mission or organization',
  },
  { name: 'statement-people', collection: 'statements', field: 'people', title: 'People named in statements, one row per statement and person' },
];

type Data = Record<string, unknown>;

/**
 * A column a row starts with, naming the entry the fact belongs to: what it says (in English, like
 * the schemas' descriptions) and how it is read from the entry. Each collection declares its own.
 */
export interface LeadColumn {
  name: string;
  description: string;
  value: (e: Entry<Data>) => string;
}

/** The lead columns of a collection's facts, as its registry entry declares them. */
const lead = (collection: CollectionName): readonly LeadColumn[] => COLLECTION_FACTS[collection].openData.lead;

/** The column closing the rows of a table whose facts cite a statement. */
export const SOURCE_DATE = { name: 'sourceDate', description: 'The date of the statement in `source`, YYYY-MM-DD.' } as const;

/** The lead columns of a table, with their descriptions. */
export function leadColumns(table: FlatTable): { name: string; description: string }[] {
  return lead(table.collection).map(({ name, description }) => ({ name, description }));
}

type JsonSchema = { properties?: Record<string, { items?: object }> };

/**
 * The fact's own columns, in the order of the collection JSON Schema's fields, so a field added to
 * the schema becomes a column of its table. An object inside a fact (who appointed a leader, the
 * Russian of a note) is spelt out in dotted columns (`appointedBy.office`, `ru.note`), as in the
 * collection CSVs: a cell holds text, never a whole object.
 */
export function flatFields(collectionSchema: object, table: FlatTable): Column[] {
  const item = (collectionSchema as JsonSchema).properties?.[table.field]?.items;
  if (!item || !('properties' in item)) throw new Error(`the ${table.collection} schema has no list of objects at "${table.field}"`);
  return fieldColumns(item);
}

/** Whether the table's facts cite a statement, so its rows end with that statement's date. */
function citesSource(fields: readonly Column[]): boolean {
  return fields.some((f) => f.name === 'source');
}

/** The header of a table: its lead columns, the fact's own, and `sourceDate` where facts cite a statement. */
export function flatHeader(table: FlatTable, fields: readonly Column[]): string[] {
  return [...lead(table.collection).map((c) => c.name), ...fields.map((f) => f.name), ...(citesSource(fields) ? [SOURCE_DATE.name] : [])];
}

/**
 * The rows of a flat table, header first: entries by id, facts in the order the entry lists them.
 * `statementDate` looks up the date of a source statement.
 */
export function flatRows(
  table: FlatTable,
  fields: readonly Column[],
  entries: readonly Entry[],
  statementDate: (id: string) => string | undefined,
): string[][] {
  const rows: string[][] = [flatHeader(table, fields)];
  const leading = lead(table.collection);
  const dated = citesSource(fields);
  const sorted = [...(entries as readonly Entry<Data>[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entry of sorted) {
    const facts = (entry.data[table.field] ?? []) as readonly Data[];
    for (const fact of facts) {
      rows.push([
        ...leading.map((c) => c.value(entry)),
        ...fields.map((f) => cell(valueAt(fact, f.path))),
        ...(dated ? [fact.source === undefined ? '' : (statementDate(String(fact.source)) ?? '')] : []),
      ]);
    }
  }
  return rows;
}
