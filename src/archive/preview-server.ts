/**
 * `astro preview` for the built archive: Astro's static preview, plus the content types production sends.
 *
 * Astro's own static preview leaves out the project's Vite plugins, and the MIME table Vite bundles
 * knows `.vcard` but not `.vcf`, so a vCard was served with no content type at all and some phones
 * offered to save it as text. This preview serves `dist/` the way Astro's does (trailing slashes
 * required, the 404 page for what is missing, in the language of the address as production answers)
 * and sends the files the archive publishes (vCards, calendars, BibTeX, RIS, CSV, Pagefind's) with
 * the types production sends (`FILE_TYPES`). It is registered as the preview entry point by `src/archive/integration.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { PreviewServerParams } from 'astro';
import { preview, type Plugin } from 'vite';
import { FILE_TYPES } from '../security/headers.ts';
import { notFoundPageFor } from './not-found-pages.ts';

/** Content types by file extension: the ones the nginx config and `_headers` give. */
const CONTENT_TYPES: Record<string, string> = Object.fromEntries(FILE_TYPES.map((f) => [`.${f.extension}`, f.type]));

/** The content type production sends for a request path, when the archive sets one. */
export function contentTypeFor(pathname: string): string | undefined {
  const dot = pathname.lastIndexOf('.');
  return dot > pathname.lastIndexOf('/') ? CONTENT_TYPES[pathname.slice(dot).toLowerCase()] : undefined;
}

function archivePreview(outDir: string): Plugin {
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    const page = `${outDir}${notFoundPageFor(new URL(req.url ?? '/', 'http://preview').pathname)}`;
    res.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };
  return {
    name: 'election-archive:preview',
    configurePreviewServer(server) {
      let notFoundInstalled = false;
      server.middlewares.use((req, res, next) => {
        // Vite adds its own 404 handler after the plugins run: swapped, on the first request, for the
        // site's page, so what no file answers gets the archive's 404 (as Astro's own preview does).
        if (!notFoundInstalled) {
          for (const layer of server.middlewares.stack) {
            if ((layer.handle as { name?: string }).name === 'vite404Middleware') layer.handle = (q: IncomingMessage, r: ServerResponse) => notFound(q, r);
          }
          notFoundInstalled = true;
        }
        const pathname = decodeURI(new URL(req.url ?? '/', 'http://preview').pathname);
        const type = contentTypeFor(pathname);
        // Set before the static files are served: Vite's server keeps a content type already set.
        if (type) res.setHeader('Content-Type', type);
        // As the site is built (`trailingSlash: 'always'`): a page address without its slash is not a page.
        else if (!pathname.endsWith('/') && !/\.[^/]+$/.test(pathname)) {
          notFound(req, res);
          return;
        }
        next();
      });
    },
  };
}

export default async function startPreview(params: PreviewServerParams) {
  // The built site itself: with an adapter set, Astro names a `client/` folder the static build never writes.
  const outDir = fileURLToPath(params.outDir).replace(/\/$/, '');
  const server = await preview({
    configFile: false,
    root: fileURLToPath(params.root),
    appType: 'mpa',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: params.host ?? '127.0.0.1', port: params.port, strictPort: params.port !== 0, headers: params.headers, open: false },
    plugins: [archivePreview(outDir)],
  });
  const address = server.httpServer.address() as AddressInfo;
  params.logger.info(`serving ${outDir} at http://${params.host ?? '127.0.0.1'}:${address.port}/`);
  let resolveClosed: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  server.httpServer.on('close', () => resolveClosed());
  return {
    host: params.host,
    port: address.port,
    closed: () => closed,
    stop: () => server.close(),
  };
}
