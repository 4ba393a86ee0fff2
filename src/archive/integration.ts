/**
 * The Astro integration that makes `astro build` as strict as `npm run check`: it runs the same
 * check beside Astro's content sync and refuses to render anything on any problem, writes the
 * headers file static hosts read, and puts each language's 404 page where hosts look for it. The
 * search index is `src/search/pagefind-integration.ts`, next in the config.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
// Imported statically: Astro loads this file through Vite's module runner, which is closed by
// `astro:build:done`, so a dynamic import there fails with "Vite module runner has been closed".
import { checkContentParallel } from './check-parallel.ts';
import { specialFiles } from './check.ts';
import { ContentError, formatWarning, sortProblems } from './problems.ts';
import { startContentCheck, throwContentProblems } from './check-gate.ts';
import { staticHostHeaders } from '../security/headers.ts';
import { placeNotFoundPages } from './not-found-pages.ts';

export function archive(): AstroIntegration {
  let previewing = false;
  return {
    name: 'election-archive',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        // Preview serves a `dist/` whose content was checked when it was built; checking again only
        // delayed the server (18.5 s at 11,899 files).
        if (command === 'preview') {
          previewing = true;
          return;
        }
        const root = fileURLToPath(config.root);
        const contentDir = resolve(root, process.env.ARCHIVE_CONTENT_DIR ?? 'content');
        // Before Astro's loaders read the tree: they would follow a link out of it or block on a pipe.
        const special = specialFiles(root, contentDir);
        if (special.length) throw new ContentError(special);
        const running = startContentCheck(() => checkContentParallel(root, contentDir));
        // The build awaits the verdict in `astro:build:start`, after Astro's content sync has run
        // beside it. In dev a maintainer is fixing things: problems are shown, nothing is stopped.
        if (command === 'build') return;
        const { problems, warnings, files } = await running;
        if (problems.length) logger.warn(new ContentError(problems).message);
        else logger.info(`${files} content files checked: no problems`);
        for (const line of sortProblems(warnings).map(formatWarning)) logger.warn(line);
      },
      // Preview only: Astro's static preview serves vCards with no content type (see preview-server.ts).
      // The build never sees this adapter, so `dist/` stays a plain static site.
      'astro:config:done': ({ setAdapter }) => {
        if (!previewing) return;
        setAdapter({
          name: 'election-archive-preview',
          previewEntrypoint: fileURLToPath(new URL('./preview-server.ts', import.meta.url)),
          entrypointResolution: 'auto',
          // It serves a static `dist/` and nothing else; the other features are not its business.
          supportedAstroFeatures: {
            staticOutput: 'stable',
            hybridOutput: { support: 'unsupported', message: 'preview of a static site only', suppress: 'all' },
            serverOutput: { support: 'unsupported', message: 'preview of a static site only', suppress: 'all' },
            sharpImageService: { support: 'unsupported', message: 'preview of a static site only', suppress: 'all' },
          },
        });
      },
      'astro:build:start': async ({ logger }) => {
        // Before any page is rendered: content with problems publishes nothing.
        const result = await throwContentProblems();
        logger.info(`${result?.files} content files checked: no problems`);
        // Printed, never refused: a warning is a figure to look at again, not a fault.
        for (const line of sortProblems(result?.warnings ?? []).map(formatWarning)) logger.warn(line);
      },
      'astro:build:done': ({ dir }) => {
        // `/ru/404.html` beside `/404.html`, where the host configuration looks for it.
        placeNotFoundPages(fileURLToPath(dir));
        // Static hosts (Netlify, Cloudflare Pages) read their response headers from this file.
        writeFileSync(new URL('_headers', dir), staticHostHeaders());
      },
    },
  };
}
