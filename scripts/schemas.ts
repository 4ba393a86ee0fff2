/** `npm run schemas` — writes schemas/<collection>.schema.json from the Zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemas, type CollectionName } from '../src/schemas/index.ts';
import { jsonSchemaText } from '../src/schemas/json-schema.ts';

const dir = resolve(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const collection of Object.keys(schemas) as CollectionName[]) {
  writeFileSync(resolve(dir, `${collection}.schema.json`), jsonSchemaText(collection));
  console.log(`schemas/${collection}.schema.json`);
}
