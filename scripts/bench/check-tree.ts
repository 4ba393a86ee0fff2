/**
 * `node scripts/bench/check-tree.ts ROOT CONTENT_DIR` — the content check of one tree, as the build
 * runs it (threads and all), for the limits benchmark to time: prints each problem, then the count
 * of problems and warnings and the check's own time; exits 1 if there is a problem.
 */
import { checkContentParallel } from '../../src/archive/check-parallel.ts';
import { formatProblem, sortProblems } from '../../src/archive/problems.ts';

const [root, contentDir] = process.argv.slice(2);
if (!root || !contentDir) {
  console.error('usage: node scripts/bench/check-tree.ts ROOT CONTENT_DIR');
  process.exit(2);
}
const started = performance.now();
const { problems, warnings, files } = await checkContentParallel(root, contentDir);
const ms = performance.now() - started;
for (const p of sortProblems(problems)) console.log(formatProblem(p));
// The check's own time, apart from starting Node and loading the modules, which dominate a small tree.
console.log(`${files} files: ${problems.length} problems, ${warnings.length} warnings, checked in ${ms.toFixed(0)} ms`);
process.exitCode = problems.length ? 1 : 0;
