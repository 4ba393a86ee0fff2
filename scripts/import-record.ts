/**
 * `npm run import:record -- <name.txt>… [--expected <dir>]`: records what the importer drafts from
 * real texts against the values written by hand from each text (`<dir>/<name>.expected.json`, by
 * default `../expected/` beside the text's folder), in `tests/fixtures/importer/real/records/<name>.json`.
 *
 * Run it when a text is imported, before its content is written: the record keeps what the importer
 * found on its own. A record is never overwritten. The texts themselves are third parties' and stay
 * out of the repository; a record keeps their address and fingerprint.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArchive } from '../src/importer/archive.ts';
import { importRecord } from '../src/importer/record.ts';
import { importText } from '../src/importer/result.ts';
import { scoreImport, type Expected } from '../src/importer/score.ts';

const USAGE = 'usage: npm run import:record -- <name.txt>… [--expected <dir>]';
const RECORDS = 'tests/fixtures/importer/real/records';

let args;
try {
  args = parseArgs({ allowPositionals: true, strict: true, options: { expected: { type: 'string' } } });
} catch (error) {
  process.stderr.write(`import:record: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (args.positionals.length === 0) {
  process.stderr.write(`import:record: no text given\n${USAGE}\n`);
  process.exit(2);
}
const archive = readArchive('content');
const today = new Date().toISOString().slice(0, 10);
let code = 0;
for (const file of args.positionals) {
  const name = basename(file).replace(/\.txt$/, '');
  const expectedFile = join(args.values.expected ?? join(dirname(dirname(file)), 'expected'), `${name}.expected.json`);
  const recordFile = join(RECORDS, `${name}.json`);
  if (!existsSync(expectedFile)) {
    process.stderr.write(`import:record: ${name}: no expected values at ${JSON.stringify(expectedFile)}: write them from the text first\n`);
    code = 1;
    continue;
  }
  if (existsSync(recordFile)) {
    process.stderr.write(`import:record: ${name}: ${recordFile} exists; a record is kept as it was first written\n`);
    code = 1;
    continue;
  }
  const source = readFileSync(file, 'utf8');
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
  const record = importRecord(name, source, expected, scoreImport(expected, importText(source, `${name}.txt`, archive)), today);
  mkdirSync(RECORDS, { recursive: true });
  writeFileSync(recordFile, `${JSON.stringify(record, null, 2)}\n`);
  process.stdout.write(`${name}: ${record.score} right; corrected: ${[...new Set(record.corrected.map((c) => c.field))].join(', ') || 'nothing'}\n`);
}
process.exitCode = code;
