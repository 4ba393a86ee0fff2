/**
 * `npm run urls` — after `npm run build`, adds every newly built URL to tests/gates/published-urls.txt.
 * It never removes one: a URL that should go away needs a redirect in src/archive/redirects.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseUrlList } from '../tests/gates/urls.ts';
import { publishedFiles } from '../tests/gates/site-files.ts';

const root = resolve(import.meta.dirname, '..');
const listFile = resolve(root, 'tests/gates/published-urls.txt');
const listed = parseUrlList(readFileSync(listFile, 'utf8'));
const built = publishedFiles(resolve(root, 'dist'));
const added = built.filter((u) => !listed.includes(u));
const header = '# Every URL the archive has published. Never remove a line: add a redirect instead (src/archive/redirects.ts).\n';
writeFileSync(listFile, header + [...listed, ...added].sort().join('\n') + '\n');
console.log(`${added.length} new URL${added.length === 1 ? '' : 's'} recorded; ${listed.length + added.length} in all.`);
