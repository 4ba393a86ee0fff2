/**
 * The facts inside missions as flat tables, one row per fact: every observer figure, milestone,
 * finding and leader, each with its mission, country, election day and the statement that reports
 * it (with that statement's date). These are the tables researchers load first; the missions JSON
 * holds the same facts nested.
 */
import type { MissionData } from '../schemas/index.ts';
import { cell } from './csv.ts';
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

type JsonSchema = { properties?: Record<string, { items?: { properties?: Record<string, unknown> } }> };

/**
 * The fact's own columns, in the order of the mission JSON Schema's fields, so a field added to the
 * schema becomes a column of its table.
 */
export function flatFields(missionSchema: object, table: FlatTable): string[] {
  const item = (missionSchema as JsonSchema).properties?.[table.field]?.items?.properties;
  if (!item) throw new Error(`the mission schema has no list of objects at "${table.field}"`);
  return Object.keys(item);
}

function flatHeader(fields: readonly string[]): string[] {
  return [...MISSION_COLUMNS, ...fields, 'sourceDate'];
}

/**
 * The rows of a flat table, header first: missions by id, facts in the order the mission lists
 * them. `statementDate` looks up the date of a source statement.
 */
export function flatRows(
  table: FlatTable,
  fields: readonly string[],
  missions: readonly Entry<MissionData>[],
  statementDate: (id: string) => string | undefined,
): string[][] {
  const rows: string[][] = [flatHeader(fields)];
  const sorted = [...missions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const m of sorted) {
    const facts = m.data[table.field] as readonly Record<string, unknown>[];
    for (const fact of facts) {
      rows.push([m.id, m.data.country, m.data.election.rounds[0]!, ...fields.map((f) => cell(fact[f])), statementDate(String(fact.source)) ?? '']);
    }
  }
  return rows;
}
