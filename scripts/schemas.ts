/** `npm run schemas` — writes schemas/<collection>.schema.json from the Zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemas, type CollectionName } from '../src/schemas/index.ts';
import { jsonSchemaText } from '../src/schemas/json-schema.ts';
import { parseNoArgs } from './cli-args.ts';

const USAGE = 'usage: npm run schemas   (takes no arguments)';
const args = parseNoArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`${args.error}\n${USAGE}`);
  process.exit(2);
}
if ('help' in args) {
  console.log(USAGE);
  process.exit(0);
}
const dir = resolve(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const collection of Object.keys(schemas) as CollectionName[]) {
  writeFileSync(resolve(dir, `${collection}.schema.json`), jsonSchemaText(collection));
  console.log(`schemas/${collection}.schema.json`);
}
