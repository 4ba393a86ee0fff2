/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import type { BodyFormat } from './synthetic.ts';

export interface BenchOptions {
  statements: number;
  missions: number;
  runs: number;
  format: BodyFormat;
  seed: number;
  /** Working folder for the archive, the builds and the bare project; must be inside the repository. */
  dir?: string;
  /** Skip the fair-floor build. */
  floor: boolean;
  /** Also print phases and per-route render times. */
  detail: boolean;
  /** Pass `--cpu-prof` to the archive's build and keep the profile in the working folder. */
  cpuProf: boolean;
  /**
   * Take a V8 heap snapshot of the site's build halfway through rendering its statement pages and
   * print what retains the memory. Writing the snapshot pauses the build: its times are not figures.
   */
  heap: boolean;
  /** After the runs, build with `experimental.incrementalBuild`, change one statement, and rebuild. */
  incremental: boolean;
  /** Instead of the synthetic archive: check and build the worst case of each kind at its limit (scripts/bench/limits.ts). */
  limits: boolean;
}

export const USAGE = `Usage: npm run bench -- [--statements N] [--missions M] [--runs R] [--format md|mdx]
                        [--seed S] [--dir PATH] [--no-floor] [--detail] [--cpu-prof] [--heap]
                        [--incremental] [--limits]

Generates a synthetic archive of N statements and M missions (defaults 10000 and 1000, the real
entries included), builds the site from it with its search index, builds the fair floor from the
same statements (a bare Astro page per statement and language, indexed by Pagefind as the site's
pages are), and prints one table. --runs repeats both builds and reports medians. The last line is
\`fair floor: wall R×, CPU R×, peak memory R×\`: the site's build over the floor's.

Generated bodies are Markdown (.md) unless --format mdx: they use no components, and MDX costs
more to build (every entry becomes a module to bundle); --format mdx measures that cost.
--detail adds wall and CPU seconds per build phase and render time per route. The working folder
(default .bench/, git-ignored) keeps the archive, both builds, their logs and --cpu-prof profiles.
--heap takes a heap snapshot of the site's build halfway through its statement pages and prints the
largest retainers by constructor and retained size (the snapshot pauses that build, so its times
are not comparable). --incremental then builds the site with Astro's experimental.incrementalBuild,
changes one statement, rebuilds, and reports the rebuild's time and the pages it reused.
--limits instead checks and builds the worst content of each kind the check lets through, at the
limit it sets (a body of quotation marks, a frontmatter of milestones, names at their longest, a
person file near 1 MiB), each beside the small fixture archive, and prints the time and peak
memory of the check and the build for each.`;

function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} expects a whole number of at least ${min}, got "${value}"`);
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      statements: { type: 'string' },
      missions: { type: 'string' },
      runs: { type: 'string' },
      format: { type: 'string' },
      seed: { type: 'string' },
      dir: { type: 'string' },
      'no-floor': { type: 'boolean' },
      detail: { type: 'boolean' },
      'cpu-prof': { type: 'boolean' },
      heap: { type: 'boolean' },
      incremental: { type: 'boolean' },
      limits: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  // Markdown by default: measured on 2,000 statements, MDX bodies cost the site about 30% more CPU
  // and a bare site 2.9× (see the benchmark's report); the synthetic bodies need no components.
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'mdx') throw new Error(`--format expects md or mdx, got "${format}"`);
  return {
    statements: count('statements', values.statements, 10_000, 0),
    missions: count('missions', values.missions, 1_000, 0),
    runs: count('runs', values.runs, 1, 1),
    format,
    seed: count('seed', values.seed, 1, 0),
    ...(values.dir ? { dir: values.dir } : {}),
    floor: !values['no-floor'],
    detail: Boolean(values.detail),
    cpuProf: Boolean(values['cpu-prof']),
    heap: Boolean(values.heap),
    incremental: Boolean(values.incremental),
    limits: Boolean(values.limits),
  };
}
