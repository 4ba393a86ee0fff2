import type { KnipConfig } from 'knip';

// The Astro and Vitest plugins find the pages, content config and tests; the npm scripts name the
// tools in scripts/. content/ and tests/fixtures/ are archive data (and broken data on purpose),
// not code.
//
// `knip --production` (run with the tests too) leaves the tests out, so an export only a test uses
// is reported. What ships is the site and its commands: the pages, the Astro config with the
// integrations it loads, and the commands in scripts/ (patterns marked `!`).
const config: KnipConfig = {
  ignore: ['content/**', 'tests/fixtures/**'],
  entry: [
    // The build's own config: its integrations (content check, search index, atomic publish) run in
    // every build. Named here, not left to the Astro plugin, which counts a config file as development
    // setup and so would drop it, and what it loads, from production mode.
    'astro.config.mjs!',
    // The commands the npm scripts run.
    'scripts/*.ts!',
    // Run by path as child processes, never imported: by the limits benchmark (scripts/bench/limits.ts),
    // and by the tests for a build with settings of its own (tests/support/astro.ts).
    'scripts/bench/check-tree.ts!',
    'tests/support/build-process.ts',
  ],
  // Knip's default project, with the tests left out in production mode.
  project: ['**/*.{js,mjs,ts,astro,mdx}!', '!tests/**!'],
  // See astro.config.mjs above. The plugin's own entries, named here so that the content config
  // counts as production too (its loaders run the content check in every build): the pages, the
  // middleware and the content config.
  astro: {
    config: [],
    entry: ['src/pages/**/*.{astro,mdx,js,ts}', '!src/pages/**/_*', '!src/pages/**/_*/**', 'src/middleware.ts', 'src/content.config.ts'],
  },
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
