/**
 * `npm run bench -- [--statements N] [--missions M] [--runs R] [--format md|mdx] …` — how long the
 * site takes to build at a given size, against a bare Astro build of the same statements.
 * Everything but argument handling lives in `scripts/bench/`.
 */
import { resolve } from 'node:path';
import { parseBenchArgs, USAGE, type BenchOptions } from './bench/args.ts';
import { copyProject, runBench } from './bench/run.ts';
import { runLimits } from './bench/limits.ts';

const repo = resolve(import.meta.dirname, '..');
let options: BenchOptions | 'help';
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  // A bad argument is named, with the usage.
  console.error(`${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n\n${USAGE}`);
  process.exit(2);
}
try {
  if (options === 'help') console.log(USAGE);
  else if (options.limits) await runLimits(repo, resolve(repo, options.dir ?? '.bench', 'limits'), copyProject, (line) => console.log(line));
  else await runBench(repo, options, (line) => console.log(line));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
