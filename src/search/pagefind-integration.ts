/**
 * The Astro integration that builds the Pagefind index from the pages as they are rendered (one
 * language during the render, the others read back from the built pages after it: see
 * src/search/indexer.ts), so `dist/` is searchable as it stands. It comes after `archive()` in the config: Astro runs each
 * hook integration by integration, so content with problems has stopped the build before an
 * indexer starts.
 */
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { separateBlocks } from './word-breaks.ts';
import { InOrder, isIndexable, SearchIndexer } from './indexer.ts';

export function pagefindSearch(): AstroIntegration {
  let indexer: SearchIndexer | undefined;
  let outDir: string | undefined;
  return {
    name: 'election-archive:search',
    hooks: {
      // The folder pages are written to, once every integration has set it (publishAtomically()
      // points it at its staging folder): a full part of the index is written there during the render.
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        indexer = await SearchIndexer.start({ outputPath: resolve(outDir!, 'pagefind') });
        const searchIndex = indexer;
        setPrerenderer((base) => indexingPrerenderer(base, searchIndex));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) return;
        const out = fileURLToPath(dir);
        if (resolve(out) !== resolve(outDir!)) throw new Error(`Pagefind: pages were written to ${out}, not ${outDir}`);
        const pages = await indexer.write((url) => readFile(builtPage(out, url), 'utf8'));
        indexer = undefined;
        logger.info(`Pagefind indexed ${pages} pages`);
      },
    },
  };
}

/**
 * Where Astro wrote the page at `url` (`build.format: 'directory'`: `/ru/missions/kz/` is
 * `ru/missions/kz/index.html`). Only a page address the indexer was given comes here; anything
 * else is a fault of ours, not a file to read.
 *
 * @internal Exported for its unit tests, which give it cases a real build does not produce.
 */
export function builtPage(outDir: string, url: string): string {
  const segments = url.split('/').slice(1, -1).map(decodeURIComponent);
  if (!url.startsWith('/') || !url.endsWith('/') || segments.some((s) => s === '' || s === '.' || s === '..' || /[\\/]/.test(s))) {
    throw new Error(`${url}: not the address of a built page`);
  }
  return join(outDir, ...segments, 'index.html');
}

/**
 * Astro's own prerenderer, with two steps added to every HTML page on its way to disk: line breaks
 * after block-level closing tags (`separateBlocks`: harmless to browsers and validators, they keep
 * Pagefind and copy-paste from gluing words across cells), and handing the page to the indexer.
 *
 * Astro renders a few pages at once (build.concurrency) and they finish in any order, but Pagefind's
 * index depends on the order pages reach it. So each page takes a place in line when Astro starts
 * it, always the same order, and reaches the indexer in that order (`InOrder`): the index is the
 * same from build to build, and a slow page holds back only the indexing of those after it, not
 * their rendering. Only page addresses (ending in `/`) take a place: files (.ics, .bib, feeds) are
 * never indexed, and a slow calendar must not hold the line.
 *
 * @internal Exported for its unit tests, which give it cases a real build does not produce.
 */
export function indexingPrerenderer(base: AstroPrerenderer, indexer: Pick<SearchIndexer, 'add'>): AstroPrerenderer {
  const line = new InOrder<{ url: string; html: string }>(({ url, html }) => indexer.add(url, html));
  return {
    ...base,
    name: 'election-archive:indexing',
    async render(request, options) {
      const url = new URL(request.url).pathname;
      const place = url.endsWith('/') ? line.place() : undefined;
      let page: { url: string; html: string } | undefined;
      try {
        const rendered = await base.render(request, options);
        const response = rendered instanceof Response ? rendered : rendered.response;
        const type = response.headers.get('content-type');
        // Redirects are written by Astro from the Location header, not from this body.
        const redirect = response.status >= 300 && response.status < 400;
        if (!type?.startsWith('text/html') || !response.body || redirect) return rendered;
        const html = separateBlocks(await response.text());
        // The 404 page is written like any other, but it is not a result to search for.
        if (response.status === 200 && isIndexable(type, html)) {
          if (place === undefined) throw new Error(`${url}: an indexable page whose address does not end in /`);
          page = { url, html };
        }
        const written = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
        return rendered instanceof Response ? written : { ...rendered, response: written };
      } finally {
        // Every place is given up, with or without a page, or the line would stop there.
        if (place !== undefined) await line.arrive(place, page);
      }
    },
  };
}
