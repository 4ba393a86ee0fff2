/**
 * The route behind each citation file (`/citations/<section>/<id>.<ext>`). One route file per
 * format, each named with its extension ([...path].bib.ts and the rest): Astro then serves the
 * file as it is under `trailingSlash: 'always'`, in `astro dev` too, where a route whose extension
 * sat inside its parameter only answered at an address ending in a slash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../archive/query.ts';
import { CITATION_FORMATS, citationPath, citationText, type CitationFormat } from './formats.ts';
import { listCitablePages } from './pages.ts';
import { cslItem, type CitableKind, type CitedPage } from './reference.ts';

interface Props {
  page: CitedPage & { kind: CitableKind };
}

export function citationRoute(ext: CitationFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  const { mediaType } = CITATION_FORMATS.find((f) => f.ext === ext)!;
  return {
    getStaticPaths: async () => {
      // Listing the pages starts their printed references on a worker, ready by the time the pages are built.
      return listCitablePages(await getArchive(), import.meta.env.SITE).map((page) => ({
        // Without the `/citations/` the route sits in and the extension its file name carries.
        params: { path: citationPath(page.kind, page.id, ext).slice('/citations/'.length, -`.${ext}`.length) },
        props: { page },
      }));
    },
    GET: ({ props }) => new Response(citationText(cslItem(props.page), ext), { headers: { 'Content-Type': mediaType } }),
  };
}
