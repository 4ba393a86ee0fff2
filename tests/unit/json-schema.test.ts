import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemas, type CollectionName } from '../../src/schemas/index.ts';
import { jsonSchemaFor, jsonSchemaText } from '../../src/schemas/json-schema.ts';
import { REPO } from '../support/content-tree.ts';

test.each(Object.keys(schemas) as CollectionName[])('schemas/%s.schema.json is up to date (run `npm run schemas`)', (collection) => {
  expect(readFileSync(join(REPO, 'schemas', `${collection}.schema.json`), 'utf8')).toBe(jsonSchemaText(collection));
});

test('the JSON Schema is strict and describes what editors need', () => {
  const s = jsonSchemaFor('statements') as {
    additionalProperties: boolean;
    required: string[];
    properties: Record<string, { pattern?: string; description?: string }>;
  };
  expect(s.additionalProperties).toBe(false);
  expect(s.required).toEqual(['title', 'kind', 'date', 'source', 'countries', 'summary']);
  expect(s.properties.date).toEqual({ type: 'string', pattern: '^(\\d{4})-(\\d{2})-(\\d{2})$', description: 'Date of publication, YYYY-MM-DD.' });
  expect(s.properties.documentNumber!.description).toBe('OSCE document number, e.g. `PC.DEL/80/21/Rev.1`.');
});
