/**
 * JSON Schemas generated from the Zod schemas, so editors validate frontmatter and YAML as it is
 * typed (VS Code's YAML extension, or any editor with a JSON Schema language server). Written by
 * `npm run schemas`; a unit test fails when the committed files are out of date.
 */
import { z } from 'astro/zod';
import { schemas, type CollectionName } from './index.ts';

export function jsonSchemaFor(collection: CollectionName): Record<string, unknown> {
  return {
    $id: `https://election-observation-archive.org/schemas/${collection}.schema.json`,
    title: `content/${collection}/ entry`,
    // `input`: what a maintainer writes, before defaults are applied.
    ...z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
  };
}

/** The file text: stable key order and a trailing newline, so regeneration only changes real changes. */
export function jsonSchemaText(collection: CollectionName): string {
  return `${JSON.stringify(jsonSchemaFor(collection), null, 2)}\n`;
}
