/**
 * `npm run check [paths…] [--format text|github]` — validates content without building: schemas,
 * MDX safety and references, every problem on one line as
 * `file:line:col  field  what is wrong — what was expected`. `--format github` prints workflow
 * commands instead, so a pull request shows each problem on the line it concerns. Warnings (a figure
 * to look at again) are printed the same way and never fail the check.
 */
import { resolve } from 'node:path';
import { checkContentParallel } from '../src/archive/check-parallel.ts';
import { formatProblem, formatProblemGithub, formatWarning, sortProblems } from '../src/archive/problems.ts';
import { parseCheckArgs, CHECK_USAGE } from './cli-args.ts';

const root = resolve(import.meta.dirname, '..');
// npm runs scripts from the repository root; paths are read from where the command was typed.
const args = parseCheckArgs(process.argv.slice(2), root, process.env.INIT_CWD ?? process.cwd());
if ('error' in args) {
  console.error(`${args.error}\n${CHECK_USAGE}`);
  process.exit(2);
}
if ('help' in args) {
  console.log(CHECK_USAGE);
  process.exit(0);
}

const started = performance.now();
const { problems, warnings, files } = await checkContentParallel(root, resolve(root, 'content'), args.files.length ? args.files : undefined);
const ms = Math.round(performance.now() - started);

const github = args.format === 'github';
for (const p of sortProblems(problems)) console.log(github ? formatProblemGithub(p) : formatProblem(p));
for (const p of sortProblems(warnings)) console.log(github ? formatProblemGithub(p, 'warning') : formatWarning(p));
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const summary =
  `${count(files, 'content file')} checked in ${ms} ms: ${problems.length === 0 ? 'no problems' : count(problems.length, 'problem')}` +
  (warnings.length ? `, ${count(warnings.length, 'warning')}` : '');
if (problems.length) {
  console.error(summary);
  process.exitCode = 1;
} else console.log(summary);
