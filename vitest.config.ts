import { defineConfig } from 'vitest/config';

// Four projects so each layer can run alone: unit (pure functions, no build), static (type check,
// lint, formatting and knip over the sources: no build either, so they start at once), build (runs
// the Astro build on fixtures and the real content), browser (real Chromium against the built site).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
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
