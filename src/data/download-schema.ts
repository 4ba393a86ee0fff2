/**
 * The JSON Schema of each JSON download as a file: the wrapper (`dataset`, `version`, `built`,
 * `publisher`, `license`, `schema`, `count`) and its `records`, each an entry of the collection as
 * the archive holds it (defaults applied) with its `id`. The file's `schema` field and this schema's
 * `$id` are the same published address, so a validator that follows the link checks the file as
 * downloaded.
 */
import type { CollectionName } from '../schemas/index.ts';
import { parsedEntrySchema, SCHEMA_BASE } from '../schemas/json-schema.ts';
import { ISO_DAY } from '../format/patterns.ts';
import { ARCHIVE_NAME, LICENCE } from '../about/archive.ts';
import { DATA_VERSION } from './records.ts';
import { joinKeyProperties } from './join-keys.ts';

/** The address of a download's schema: `…/data/v1/schemas/missions.schema.json`. */
export const downloadSchemaUrl = (collection: CollectionName) => `${SCHEMA_BASE}${collection}.schema.json`;

/** Ids are file paths without extension: lower-case ASCII, digits and hyphens, a slash in mission ids. */
const ID_PATTERN = '^[a-z0-9]+(?:[-/][a-z0-9]+)*$';

type Schema = { properties?: Record<string, unknown>; required?: string[] } & Record<string, unknown>;

/** An entry's schema with the record's `id` first, required. */
function recordSchema(collection: CollectionName): Schema {
  const entry = parsedEntrySchema(collection) as Schema;
  return {
    ...entry,
    properties: {
      id: { type: 'string', pattern: ID_PATTERN, description: 'The entry’s id: its file path in content/ without extension, also its page address.' },
      ...entry.properties,
      // Keys for joining other datasets, which the downloads add after the entry's fields.
      ...joinKeyProperties(collection),
    },
    required: ['id', ...(entry.required ?? [])],
  };
}

function downloadSchemaFor(collection: CollectionName): Record<string, unknown> {
  const $id = downloadSchemaUrl(collection);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id,
    title: `${collection}.json: the ${collection} of the ${ARCHIVE_NAME}, version ${DATA_VERSION}`,
    type: 'object',
    properties: {
      dataset: { const: collection, description: 'Which collection the file holds.' },
      version: { const: DATA_VERSION, description: 'The version of the data downloads; addresses under it keep their meaning.' },
      built: { type: 'string', pattern: ISO_DAY.source, description: 'The day the file was built, YYYY-MM-DD.' },
      publisher: { const: ARCHIVE_NAME },
      license: { const: LICENCE.url, description: 'Address of the licence.' },
      schema: { const: $id, description: 'Address of this schema.' },
      count: { type: 'integer', minimum: 0, description: 'How many records the file holds.' },
      records: { type: 'array', items: recordSchema(collection), description: 'One record per entry, sorted by id.' },
    },
    required: ['dataset', 'version', 'built', 'publisher', 'license', 'schema', 'count', 'records'],
    additionalProperties: false,
  };
}

/** The schema's text as published: two-space indentation and a trailing newline. */
export function downloadSchemaText(collection: CollectionName): string {
  return `${JSON.stringify(downloadSchemaFor(collection), null, 2)}\n`;
}
