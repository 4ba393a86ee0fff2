/**
 * `npm run check [paths…]` — validates content without building: schemas, MDX safety and
 * references, every problem on one line as `file:line:col  field  what is wrong — what was expected`.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/archive/check.ts';
import { formatProblem, sortProblems } from '../src/archive/problems.ts';

const root = resolve(import.meta.dirname, '..');
const paths = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const started = performance.now();
const { problems, files } = checkContent(root, resolve(root, 'content'), paths.length ? paths.map((p) => resolve(p).slice(root.length + 1)) : undefined);
const ms = Math.round(performance.now() - started);

for (const p of sortProblems(problems)) console.log(formatProblem(p));
const summary = `${files} content file${files === 1 ? '' : 's'} checked in ${ms} ms: ${problems.length === 0 ? 'no problems' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}`;
if (problems.length) {
  console.error(summary);
  process.exitCode = 1;
} else console.log(summary);
