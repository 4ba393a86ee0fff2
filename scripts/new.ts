/**
 * `npm run new -- mission <country> <year> <kind>` | `statement <date> <slug>` | `person <id>`
 * Writes a content file with every required field stubbed and explained, refuses to overwrite, and
 * prints what to fill in. The templates live in scripts/scaffold.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NEW_USAGE, parseNewArgs } from './cli-args.ts';
import { scaffold, ScaffoldError } from './scaffold.ts';

const root = resolve(import.meta.dirname, '..');
const args = parseNewArgs(process.argv.slice(2), resolve(root, 'content'));
if ('error' in args) {
  console.error(`${args.error}\n${NEW_USAGE}`);
  process.exit(2);
}
if ('help' in args) {
  console.log(NEW_USAGE);
  process.exit(0);
}

try {
  const { path, text, translation, todo } = scaffold(args.entry);
  const files = [{ path, text }, ...(translation ? [translation] : [])].map((f) => ({ ...f, file: resolve(args.contentDir, f.path) }));
  const shown = (file: string) => (file.startsWith(root) ? file.slice(root.length + 1) : file);
  const taken = files.find((f) => existsSync(f.file));
  if (taken) {
    console.error(`${shown(taken.file)} exists already — nothing written. Edit it, or choose another id.`);
    process.exit(1);
  }
  for (const f of files) {
    mkdirSync(dirname(f.file), { recursive: true });
    writeFileSync(f.file, f.text, { flag: 'wx' });
    console.log(`Wrote ${shown(f.file)}`);
  }
  console.log('Fill in, then run `npm run check` on it:');
  for (const line of todo) console.log(`  - ${line}`);
} catch (error) {
  if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
