/**
 * The archive as open data: one record per entry, the entry's id first and then its fields exactly
 * as the schema parsed them (defaults applied), so the JSON downloads and the JSON Schemas published
 * beside them describe the same thing. MDX bodies are not part of the data: they are prose, read on
 * the pages.
 */
import { COLLECTION_NAMES } from '../archive/collections.ts';

export interface Entry<T = unknown> {
  id: string;
  data: T;
}

export type DataRecord = { id: string } & Record<string, unknown>;

/** `{ id, ...data }`, keeping the schema's field order. */
function recordOf(entry: Entry): DataRecord {
  return { id: entry.id, ...(entry.data as Record<string, unknown>) };
}

/** Records sorted by id, so a download does not reorder when a page's sort order changes. */
export function recordsOf(entries: readonly Entry[]): DataRecord[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(recordOf);
}

/** What wraps every JSON download: where it comes from, when it was built, under what terms. */
export interface JsonDownload {
  dataset: string;
  version: string;
  built: string;
  publisher: string;
  /** Address of the licence (the key is spelt as in schema.org and DCAT). */
  license: string;
  schema?: string;
  count: number;
  records: unknown[];
}

export const DATA_VERSION = 'v1';

/** The JSON text of a download: two-space indentation, a trailing newline, nothing that varies by machine. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every collection, in the order the downloads list them. */
export const COLLECTIONS = COLLECTION_NAMES;
