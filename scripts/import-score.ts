/**
 * `npm run importer:score -- <dir> [--misses] [--content <dir>]`: how well the importer reads a corpus
 * of texts with values written by hand (`<dir>/texts/<name>.txt`, `<dir>/expected/<name>.expected.json`),
 * field by field and as a whole, with the people and dates it made up. `--misses` lists every value it
 * got wrong. The texts are read against the archive in `--content` (default `content/`), as a real import
 * would be. Exit codes: 0 scored, 2 the command line or the folder is wrong.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readArchive } from '../src/importer/archive.ts';
import { inventions, readCorpus, scoreCorpus } from '../src/importer/corpus.ts';
import { tallyTable } from '../src/importer/score.ts';

const USAGE = 'usage: npm run importer:score -- <dir with texts/ and expected/> [--misses] [--content <dir>]';

function fail(message: string): never {
  process.stderr.write(`importer:score: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    strict: true,
    options: { misses: { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } },
  });
} catch (error) {
  fail((error as Error).message);
}
if (args.positionals.length !== 1) fail('give one folder');
const dir = args.positionals[0]!;
if (!existsSync(dir)) fail(`${JSON.stringify(dir)} does not exist`);
const { texts, unmatched } = readCorpus(dir);
if (texts.length === 0) fail(`${JSON.stringify(dir)} holds no texts/<name>.txt with its expected/<name>.expected.json`);
for (const line of unmatched) process.stderr.write(`importer:score: skipped ${line}\n`);

const { scored, tally } = scoreCorpus(texts, readArchive(args.values.content!));
const invented = inventions(texts, scored);
const out: string[] = [];
if (args.values.misses) out.push(...Object.values(tally).flatMap((row) => row.misses), '');
out.push(`${texts.length} texts`, tallyTable(tally), '');
out.push(`invented people: ${invented.people.length}${invented.people.map((p) => `\n  ${p}`).join('')}`);
out.push(`invented dates: ${invented.dates.length}${invented.dates.map((d) => `\n  ${d}`).join('')}`);
process.stdout.write(`${out.join('\n')}\n`);
