import { defineConfig } from 'vitest/config';
import { APA_WORKER_DEFINE } from './src/citations/worker-file.ts';

// Four projects so each layer can run alone: unit (pure functions, no build), static (type check,
// lint, formatting and knip over the sources: no build either, so they start at once), build (runs
// the Astro build on fixtures and the real content), browser (real Chromium against the built site).
export default defineConfig({
  // Unit tests import src/citations/apa-thread.ts as the site's bundle does.
  define: APA_WORKER_DEFINE,
  test: {
    // Two workers on two cores: the browser and build files wait on Chromium, nginx and Astro much of
    // the time, and with one worker the machine stood half idle (CPU time 52% of wall time).
    maxWorkers: 2,
    projects: [
      // A time limit here finds a test that hangs; it is no measure of speed (npm run bench is). Unit
      // tests share two cores with a build and Chromium beside them, and the heaviest (the worker
      // thread, the importer's CLI, the real archive's check) took ten times their quiet time on a
      // loaded machine: five minutes, as the other projects give, before one counts as failed.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 300_000, hookTimeout: 300_000 } },
      // ESLint's type-aware pass and astro check, run side by side, take one to two minutes on two
      // cores; the margin is for a machine shared with other work, where a slow check is not a failed one.
      { test: { name: 'static', include: ['tests/static/**/*.test.ts'], environment: 'node', testTimeout: 600_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      // Browser files run in the same pool as the rest, two at a time: with fileParallelism off, Vitest
      // holds a project's files back until every other file has finished, and one core sat idle for
      // the last three minutes of the run. Each file starts its own Chromium; nginx is shared.
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
