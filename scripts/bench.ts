/**
 * `npm run bench -- [--statements N] [--missions M] [--runs R] [--format md|mdx] …` — how long the
 * site takes to build at a given size, against a bare Astro build of the same statements.
 * Everything but argument handling lives in `scripts/bench/`.
 */
import { resolve } from 'node:path';
import { parseBenchArgs, USAGE } from './bench/args.ts';
import { runBench } from './bench/run.ts';

const repo = resolve(import.meta.dirname, '..');
try {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options === 'help') console.log(USAGE);
  else await runBench(repo, options, (line) => console.log(line));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
