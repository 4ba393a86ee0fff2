/**
 * A build publishes all or nothing. Astro empties its output folder before bundling and writes pages
 * one by one, so a build that fails half-way (a page that throws, the content guard refusing a body)
 * would leave a half-built site where the last good one was. This integration points Astro at a
 * staging folder beside the real one and, once every other integration has finished with it, swaps
 * it in: a failed build leaves the previous `dist/` as it was (or none), never a partial one.
 *
 * It must be the last integration in `astro.config.mjs`, so that its `astro:build:done` runs after
 * every other integration has written into the staging folder.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** `…/dist/` → `…/.dist.building/`: a sibling, so the final rename stays on one file system. */
function stagingFor(outDir: string): string {
  const dir = outDir.replace(/[\\/]+$/, '');
  return join(dirname(dir), `.${basename(dir)}.building`);
}

/**
 * Staging folders of builds that have not finished. A build that fails (a page that throws) never
 * reaches `astro:build:done`, and Astro has no hook for failure: what it left is removed when the
 * process ends, so a failed build leaves nothing behind, not even a half-built staging folder.
 */
const unfinished = new Set<string>();
let cleanupRegistered = false;

function removeWhenTheProcessEnds(staging: string): void {
  unfinished.add(staging);
  if (cleanupRegistered) return;
  cleanupRegistered = true;
  process.once('exit', () => {
    for (const dir of unfinished) rmSync(dir, { recursive: true, force: true });
  });
}

export function publishAtomically(): AstroIntegration {
  let finalDir: string | undefined;
  let staging: string | undefined;
  return {
    name: 'election-archive:publish',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        finalDir = fileURLToPath(config.outDir);
        staging = stagingFor(finalDir);
        // A folder left by a build that failed is half-built by definition.
        rmSync(staging, { recursive: true, force: true });
        removeWhenTheProcessEnds(staging);
        // A URL, as Astro holds the resolved config; a string here would not be resolved again.
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': () => {
        if (!finalDir || !staging || !existsSync(staging)) return;
        rmSync(finalDir, { recursive: true, force: true });
        renameSync(staging, finalDir);
        unfinished.delete(staging);
      },
    },
  };
}
