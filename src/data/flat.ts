/**
 * The facts inside missions as flat tables, one row per fact: every observer figure, milestone,
 * finding and leader, each with its mission, country, election day and the statement that reports
 * it (with that statement's date). These are the tables researchers load first; the missions JSON
 * holds the same facts nested.
 */
import type { MissionData } from '../schemas/index.ts';
import { cell, fieldColumns, valueAt, type Column } from './csv.ts';
import type { Entry } from './records.ts';

type FlatTableName = 'observer-figures' | 'milestones' | 'findings' | 'leaders';

export interface FlatTable {
  name: FlatTableName;
  /** The mission field the rows come from. */
  field: 'observers' | 'milestones' | 'findings' | 'leaders';
}

/** Columns every flat table starts with. `sourceDate` closes each row. */
export const MISSION_COLUMNS = ['mission', 'country', 'electionDay'] as const;

export const FLAT_TABLES: readonly FlatTable[] = [
  { name: 'observer-figures', field: 'observers' },
  { name: 'milestones', field: 'milestones' },
  { name: 'findings', field: 'findings' },
  { name: 'leaders', field: 'leaders' },
];

type JsonSchema = { properties?: Record<string, { items?: object }> };

/**
 * The fact's own columns, in the order of the mission JSON Schema's fields, so a field added to the
 * schema becomes a column of its table. An object inside a fact (who appointed a leader, the Russian
 * of a note) is spelt out in dotted columns (`appointedBy.office`, `ru.note`), as in the collection
 * CSVs: a cell holds text, never a whole object.
 */
export function flatFields(missionSchema: object, table: FlatTable): Column[] {
  const item = (missionSchema as JsonSchema).properties?.[table.field]?.items;
  if (!item || !('properties' in item)) throw new Error(`the mission schema has no list of objects at "${table.field}"`);
  return fieldColumns(item);
}

function flatHeader(fields: readonly Column[]): string[] {
  return [...MISSION_COLUMNS, ...fields.map((f) => f.name), 'sourceDate'];
}

/**
 * The rows of a flat table, header first: missions by id, facts in the order the mission lists
 * them. `statementDate` looks up the date of a source statement.
 */
export function flatRows(
  table: FlatTable,
  fields: readonly Column[],
  missions: readonly Entry<MissionData>[],
  statementDate: (id: string) => string | undefined,
): string[][] {
  const rows: string[][] = [flatHeader(fields)];
  const sorted = [...missions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const m of sorted) {
    const facts = m.data[table.field] as readonly Record<string, unknown>[];
    for (const fact of facts) {
      rows.push([
        m.id,
        m.data.country,
        m.data.election.rounds[0]!,
        ...fields.map((f) => cell(valueAt(fact, f.path))),
        statementDate(String(fact.source)) ?? '',
      ]);
    }
  }
  return rows;
}
