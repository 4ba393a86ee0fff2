/**
 * `npm run check [paths…] [--format text|github]` — validates content without building: schemas,
 * MDX safety and references, every problem on one line as
 * `file:line:col  field  what is wrong — what was expected`. `--format github` prints workflow
 * commands instead, so a pull request shows each problem on the line it concerns.
 */
import { resolve } from 'node:path';
import { checkContentParallel } from '../src/archive/check-parallel.ts';
import { formatProblem, formatProblemGithub, sortProblems } from '../src/archive/problems.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const formatIndex = args.indexOf('--format');
const format = formatIndex >= 0 ? args[formatIndex + 1] : 'text';
if (format !== 'text' && format !== 'github') {
  console.error('usage: npm run check -- [files…] [--format text|github]');
  process.exit(2);
}
const paths = args.filter((a, i) => !a.startsWith('--') && i !== formatIndex + 1);

const started = performance.now();
const { problems, files } = await checkContentParallel(
  root,
  resolve(root, 'content'),
  paths.length ? paths.map((p) => resolve(p).slice(root.length + 1)) : undefined,
);
const ms = Math.round(performance.now() - started);

for (const p of sortProblems(problems)) console.log(format === 'github' ? formatProblemGithub(p) : formatProblem(p));
const summary = `${files} content file${files === 1 ? '' : 's'} checked in ${ms} ms: ${problems.length === 0 ? 'no problems' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}`;
if (problems.length) {
  console.error(summary);
  process.exitCode = 1;
} else console.log(summary);
