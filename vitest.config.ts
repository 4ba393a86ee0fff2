import { defineConfig } from 'vitest/config';

// Four projects so each layer can run alone: unit (pure functions, no build), static (type check,
// lint, formatting and knip over the sources: no build either, so they start at once), build (runs
// the Astro build on fixtures and the real content), browser (real Chromium against the built site).
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker, which leaves a core idle whenever a test
    // waits on Chromium, nginx or a child process (astro check, ESLint); two keep both busy.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'static', include: ['tests/static/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
