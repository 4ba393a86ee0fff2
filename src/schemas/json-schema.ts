/**
 * JSON Schemas generated from the Zod schemas, so editors validate frontmatter and YAML as it is
 * typed (VS Code's YAML extension, or any editor with a JSON Schema language server). Written by
 * `npm run schemas`; a unit test fails when the committed files are out of date.
 */
import { z } from 'astro/zod';
import { SITE } from '../about/archive.ts';
import { schemas, type CollectionName } from './index.ts';

/**
 * Where the site publishes its JSON Schemas (beside the data downloads, which are versioned), so a
 * schema's `$id` is an address that answers.
 */
export const SCHEMA_BASE = `${SITE}/data/v1/schemas/`;

/** The address of the schema of one content entry as a maintainer writes it: `…/schemas/missions.entry.schema.json`. */
const entrySchemaUrl = (collection: CollectionName) => `${SCHEMA_BASE}${collection}.entry.schema.json`;

/**
 * The JSON Schema of one entry of a collection, as a maintainer writes it in `content/` (before
 * defaults are applied): what editors check frontmatter and YAML against.
 */
/**
 * Zod writes a web address as `format: "uri"` (RFC 3986, ASCII only), but the originals' addresses
 * are often written with their letters (`https://vzglyad.az/news/…/ПА-ОБСЕ-…`), as browsers show them:
 * an IRI (RFC 3987), which every client resolves. Validators refuse such a value as a `uri`.
 */
const OPTIONS = {
  unrepresentable: 'any',
  target: 'draft-2020-12',
  override: (ctx: { jsonSchema: Record<string, unknown> }) => {
    if (ctx.jsonSchema.format === 'uri') ctx.jsonSchema.format = 'iri';
  },
} as const;

export function jsonSchemaFor(collection: CollectionName): Record<string, unknown> {
  return {
    $id: entrySchemaUrl(collection),
    title: `content/${collection}/ entry`,
    // `input`: what a maintainer writes, before defaults are applied.
    ...z.toJSONSchema(schemas[collection], { io: 'input', ...OPTIONS }),
  };
}

/** The file text: stable key order and a trailing newline, so regeneration only changes real changes. */
export function jsonSchemaText(collection: CollectionName): string {
  return `${JSON.stringify(jsonSchemaFor(collection), null, 2)}\n`;
}

/**
 * The JSON Schema of one entry as the archive holds it once read: defaults applied, so every field
 * with a default is present. This is what each record of a JSON download carries, beside its `id`.
 */
export function parsedEntrySchema(collection: CollectionName): Record<string, unknown> {
  const { $schema: _, ...schema } = z.toJSONSchema(schemas[collection], { io: 'output', ...OPTIONS }) as Record<
    string,
    unknown
  >;
  return schema;
}
