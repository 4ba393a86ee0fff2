/**
 * The Astro integration that makes `astro build` as strict as `npm run check`: it runs the same
 * check before anything is rendered and refuses to build on any problem, then indexes the built
 * site with Pagefind so `dist/` is complete and servable as it stands.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
// Imported statically: Astro loads this file through Vite's module runner, which is closed by
// `astro:build:done`, so a dynamic import there fails with "Vite module runner has been closed".
import * as pagefind from 'pagefind';
import { checkContent } from './check.ts';
import { ContentError } from './problems.ts';

export function archive(): AstroIntegration {
  return {
    name: 'election-archive',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = resolve(root, process.env.ARCHIVE_CONTENT_DIR ?? 'content');
        const { problems, files } = checkContent(root, contentDir);
        if (problems.length === 0) {
          logger.info(`${files} content files checked: no problems`);
          return;
        }
        // In dev a maintainer is fixing things; the build is what publishes, so only it must stop.
        if (command === 'build') throw new ContentError(problems);
        logger.warn(new ContentError(problems).message);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: resolve(fileURLToPath(dir), 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}
