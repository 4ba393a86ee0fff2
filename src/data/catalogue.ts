/**
 * Every file under `/data/v1/`: the collections as JSON and CSV, the facts of missions as flat CSVs,
 * and the JSON Schemas. One list drives the download route and the /data/ page, so the page shows
 * exactly the files that exist, with their sizes.
 */
import { COLLECTION_FACTS, type CollectionName } from '../archive/collections.ts';
import { jsonSchemaFor, jsonSchemaText } from '../schemas/json-schema.ts';
import { downloadSchemaText, downloadSchemaUrl } from './download-schema.ts';
import { joinKeyColumns, withJoinKeys } from './join-keys.ts';
import { ARCHIVE_NAME, LICENCE } from '../about/archive.ts';
import { columnsFromSchema, csvFile, tableOf } from './csv.ts';
import { FLAT_TABLES, flatFields, flatRows } from './flat.ts';
import { COLLECTIONS, DATA_VERSION, jsonText, recordsOf, type Entry, type JsonDownload } from './records.ts';

export type ArchiveEntries = Record<CollectionName, readonly Entry[]>;

export interface Download {
  /** Path under `/data/v1/`, e.g. `missions.csv` or `schemas/missions.schema.json`. */
  file: string;
  format: 'JSON' | 'CSV' | 'JSON Schema';
  /** A whole collection, the facts of missions as a flat table, or a schema. */
  group: 'collection' | 'facts' | 'schema';
  /** What the file holds, in a few words. */
  title: string;
  mediaType: string;
  text: string;
}

const DATA_BASE = `/data/${DATA_VERSION}/`;

/** The address of a download on the site. */
export function downloadUrl(file: string): string {
  return `${DATA_BASE}${file}`;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';

/** Every download with its text. `built` is the build day (see `src/format/build-date.ts`). */
export function downloads(entries: ArchiveEntries, built: string): Download[] {
  const out: Download[] = [];
  const statementDate = new Map(entries.statements.map((s) => [s.id, (s.data as { date: string }).date]));
  const countryIso2 = new Map(entries.countries.map((c) => [c.id, (c.data as { iso2: string }).iso2]));
  for (const collection of COLLECTIONS) {
    const schema = jsonSchemaFor(collection);
    const records = withJoinKeys(collection, recordsOf(entries[collection]), (id) => countryIso2.get(id));
    const wrapper: JsonDownload = {
      dataset: collection,
      version: DATA_VERSION,
      built,
      publisher: ARCHIVE_NAME,
      license: LICENCE.url,
      schema: downloadSchemaUrl(collection),
      count: records.length,
      records,
    };
    const { title } = COLLECTION_FACTS[collection];
    out.push({ file: `${collection}.json`, format: 'JSON', group: 'collection', title, mediaType: JSON_TYPE, text: jsonText(wrapper) });
    out.push({
      file: `${collection}.csv`,
      format: 'CSV',
      group: 'collection',
      title,
      mediaType: CSV_TYPE,
      text: csvFile(tableOf([...columnsFromSchema(schema), ...joinKeyColumns(collection)], records)),
    });
  }
  for (const table of FLAT_TABLES) {
    const rows = flatRows(table, flatFields(jsonSchemaFor(table.collection), table), entries[table.collection], (id) => statementDate.get(id));
    out.push({ file: `${table.name}.csv`, format: 'CSV', group: 'facts', title: table.title, mediaType: CSV_TYPE, text: csvFile(rows) });
  }
  for (const collection of COLLECTIONS) {
    out.push({
      file: `schemas/${collection}.schema.json`,
      format: 'JSON Schema',
      group: 'schema',
      title: `${COLLECTION_FACTS[collection].title}: the JSON download, record by record`,
      mediaType: SCHEMA_TYPE,
      text: downloadSchemaText(collection),
    });
    out.push({
      file: `schemas/${collection}.entry.schema.json`,
      format: 'JSON Schema',
      group: 'schema',
      title: `${COLLECTION_FACTS[collection].title}: the fields of one entry as written in content/`,
      mediaType: SCHEMA_TYPE,
      text: jsonSchemaText(collection),
    });
  }
  return out;
}

/** Size of a file in bytes, as served (UTF-8). */
export function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
