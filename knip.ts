import type { KnipConfig } from 'knip';

// The Astro and Vitest plugins find the pages, content config and tests; the npm scripts name the
// tools in scripts/. content/ and tests/fixtures/ are archive data (and broken data on purpose),
// not code.
const config: KnipConfig = {
  ignore: ['content/**', 'tests/fixtures/**'],
  // Run by path as child processes, never imported: by the limits benchmark (scripts/bench/limits.ts),
  // and by the tests for a build with settings of its own (tests/support/astro.ts).
  entry: ['scripts/bench/check-tree.ts', 'tests/support/build-process.ts'],
  ignoreDependencies: [
    // Injected into the browser page from its file (tests/support/axe.ts resolves axe-core/axe.min.js),
    // never imported.
    'axe-core',
    // Font files read by path (tests/support/text-metrics.ts resolves Arimo's Cyrillic subset), never imported.
    '@fontsource/arimo',
  ],
  // System tools the tests call: mkfifo makes a FIFO to prove the content check refuses one;
  // apt-get is only named in the hint for installing Chromium and nginx.
  ignoreBinaries: ['mkfifo', 'apt-get'],
};

export default config;
