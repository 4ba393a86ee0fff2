/**
 * The fair floor's search index: Pagefind fed the way the site feeds it (the site's own
 * `SearchIndexer`, given each HTML page by a prerenderer wrapped around Astro's), so that the
 * floor pays for Pagefind exactly what the site pays, and the site's excess is its own pages.
 *
 * Imported by the bare project's `astro.config.mjs`, which the benchmark writes under `.bench/`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { isIndexable, SearchIndexer } from '../../src/search/indexer.ts';

export function floorSearch(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  return {
    name: 'bench-floor-search',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        const started = await SearchIndexer.start();
        indexer = started;
        setPrerenderer((base) => indexing(base, started));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) return;
        const pages = await indexer.write(resolve(fileURLToPath(dir), 'pagefind'));
        indexer = undefined;
        logger.info(`Pagefind indexed ${pages} pages`);
      },
    },
  };
}

/** Astro's prerenderer, handing every indexable HTML page to the indexer on its way to disk. */
function indexing(base: AstroPrerenderer, indexer: SearchIndexer): AstroPrerenderer {
  return {
    ...base,
    name: 'bench-floor-search:indexing',
    async render(request, options) {
      const rendered = await base.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      const type = response.headers.get('content-type');
      if (response.status !== 200 || !type?.startsWith('text/html') || !response.body) return rendered;
      const html = await response.text();
      if (isIndexable(type, html)) await indexer.add(new URL(request.url).pathname, html);
      const page = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return rendered instanceof Response ? page : { ...rendered, response: page };
    },
  };
}
