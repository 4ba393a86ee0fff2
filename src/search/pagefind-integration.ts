/**
 * The Astro integration that builds the Pagefind index from the pages as they are rendered, so
 * `dist/` is searchable as it stands. It comes after `archive()` in the config: Astro runs each
 * hook integration by integration, so content with problems has stopped the build before an
 * indexer starts.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { separateBlocks } from './word-breaks.ts';
import { isIndexable, SearchIndexer } from './indexer.ts';

export function pagefindSearch(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  return {
    name: 'election-archive:search',
    hooks: {
      'astro:build:start': async ({ setPrerenderer }) => {
        indexer = await SearchIndexer.start();
        const searchIndex = indexer;
        setPrerenderer((base) => indexingPrerenderer(base, searchIndex));
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

/**
 * Astro's own prerenderer, with two steps added to every HTML page on its way to disk: line breaks
 * after block-level closing tags (`separateBlocks`: harmless to browsers and validators, they keep
 * Pagefind and copy-paste from gluing words across cells), and handing the page to the indexer.
 */
function indexingPrerenderer(base: AstroPrerenderer, indexer: SearchIndexer): AstroPrerenderer {
  return {
    ...base,
    name: 'election-archive:indexing',
    async render(request, options) {
      const rendered = await base.render(request, options);
      const response = rendered instanceof Response ? rendered : rendered.response;
      const type = response.headers.get('content-type');
      // Redirects are written by Astro from the Location header, not from this body.
      const redirect = response.status >= 300 && response.status < 400;
      if (!type?.startsWith('text/html') || !response.body || redirect) return rendered;
      const html = separateBlocks(await response.text());
      // The 404 page is written like any other, but it is not a result to search for.
      if (response.status === 200 && isIndexable(type, html)) await indexer.add(new URL(request.url).pathname, html);
      const page = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return rendered instanceof Response ? page : { ...rendered, response: page };
    },
  };
}
