/**
 * `npm run urls` — after `npm run build`, adds every newly built URL to tests/gates/published-urls.txt.
 * It never removes one: a URL that should go away needs a redirect in src/archive/redirects.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseUrlList } from '../tests/gates/urls.ts';
import { publishedFiles } from '../tests/gates/site-files.ts';
import { parseNoArgs } from './cli-args.ts';

const USAGE = 'usage: npm run urls   (after npm run build; takes no arguments)';
const args = parseNoArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`${args.error}\n${USAGE}`);
  process.exit(2);
}
if ('help' in args) {
  console.log(USAGE);
  process.exit(0);
}
const root = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(root, 'dist/index.html'))) {
  console.error('dist/ holds no built site — run npm run build first');
  process.exit(1);
}
const listFile = resolve(root, 'tests/gates/published-urls.txt');
const listed = parseUrlList(readFileSync(listFile, 'utf8'));
const built = publishedFiles(resolve(root, 'dist'));
const added = built.filter((u) => !listed.includes(u));
const header = '# Every URL the archive has published. Never remove a line: add a redirect instead (src/archive/redirects.ts).\n';
writeFileSync(listFile, header + [...listed, ...added].sort().join('\n') + '\n');
console.log(`${added.length} new URL${added.length === 1 ? '' : 's'} recorded; ${listed.length + added.length} in all.`);
