/**
 * The lists of facts inside entries as flat tables, one row per fact: every observer figure,
 * milestone, finding and leader of a mission (with its mission, country and election day), every
 * capital and chairpersonship of a country, every role and contact point of a person, and every
 * person a statement names. A fact that cites a statement (`source`) also carries that statement's
 * date. These are the tables researchers load first; the JSON downloads hold the same facts nested.
 */
import type { CollectionName } from '../schemas/index.ts';
import { cell, fieldColumns, valueAt, type Column } from './csv.ts';
import type { Entry } from './records.ts';

export interface FlatTable {
  name: 'observer-figures' | 'milestones' | 'findings' | 'leaders' | 'capitals' | 'chairpersonships' | 'roles' | 'contact-points' | 'statement-people';
  /** The collection whose entries hold the facts. */
  collection: CollectionName;
  /** The entry field, a list of objects, the rows come from. */
  field: string;
}

export const FLAT_TABLES: readonly FlatTable[] = [
  { name: 'observer-figures', collection: 'missions', field: 'observers' },
  { name: 'milestones', collection: 'missions', field: 'milestones' },
  { name: 'findings', collection: 'missions', field: 'findings' },
  { name: 'leaders', collection: 'missions', field: 'leaders' },
  { name: 'capitals', collection: 'countries', field: 'capital' },
  { name: 'chairpersonships', collection: 'countries', field: 'chairpersonships' },
  { name: 'roles', collection: 'people', field: 'roles' },
  { name: 'contact-points', collection: 'people', field: 'contactPoints' },
  { name: 'statement-people', collection: 'statements', field: 'people' },
];

type Data = Record<string, unknown>;

/**
 * The columns a row starts with, naming the entry the fact belongs to, with what each says (in
 * English, like the schemas' descriptions) and how it is read from the entry.
 */
const LEAD: Record<CollectionName, readonly { name: string; description: string; value: (e: Entry<Data>) => string }[]> = {
  missions: [
    { name: 'mission', description: 'The mission’s id, e.g. `kz/2021-parliamentary`: a record of missions.json.', value: (e) => e.id },
    { name: 'country', description: 'The mission’s country: ISO 3166-1 alpha-2 code in lower case, e.g. `kz`.', value: (e) => cell(e.data.country) },
    {
      name: 'electionDay',
      description: 'The mission’s election day (the first round), YYYY-MM-DD.',
      value: (e) => cell((e.data.election as { rounds: string[] }).rounds[0]),
    },
  ],
  countries: [{ name: 'country', description: 'The country’s id, its ISO 3166-1 alpha-2 code in lower case: a record of countries.json.', value: (e) => e.id }],
  people: [{ name: 'person', description: 'The person’s id: a record of people.json.', value: (e) => e.id }],
  statements: [
    { name: 'statement', description: 'The statement’s id: a record of statements.json.', value: (e) => e.id },
    { name: 'date', description: 'The statement’s date of publication, YYYY-MM-DD.', value: (e) => cell(e.data.date) },
  ],
  organizations: [{ name: 'organization', description: 'The organization’s id: a record of organizations.json.', value: (e) => e.id }],
};

/** The column closing the rows of a table whose facts cite a statement. */
export const SOURCE_DATE = { name: 'sourceDate', description: 'The date of the statement in `source`, YYYY-MM-DD.' } as const;

/** The lead columns of a table, with their descriptions. */
export function leadColumns(table: FlatTable): { name: string; description: string }[] {
  return LEAD[table.collection].map(({ name, description }) => ({ name, description }));
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
  return [...LEAD[table.collection].map((c) => c.name), ...fields.map((f) => f.name), ...(citesSource(fields) ? [SOURCE_DATE.name] : [])];
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
  const lead = LEAD[table.collection];
  const dated = citesSource(fields);
  const sorted = [...(entries as readonly Entry<Data>[])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entry of sorted) {
    const facts = (entry.data[table.field] ?? []) as readonly Data[];
    for (const fact of facts) {
      rows.push([
        ...lead.map((c) => c.value(entry)),
        ...fields.map((f) => cell(valueAt(fact, f.path))),
        ...(dated ? [fact.source === undefined ? '' : (statementDate(String(fact.source)) ?? '')] : []),
      ]);
    }
  }
  return rows;
}
