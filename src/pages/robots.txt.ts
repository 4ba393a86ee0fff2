import type { APIRoute } from 'astro';

/** Every page may be crawled; the sitemap lists them. The search index is data for the search page, not pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: /pagefind/\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
