import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { citablePages, writeApaReferences } from '../../citations/pages.ts';
import { cslItem } from '../../citations/reference.ts';
import { CITATION_FORMATS, citationPath, citationText } from '../../citations/formats.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  // The pages that print these references are built after this route: a worker writes them meanwhile.
  writeApaReferences(archive, import.meta.env.SITE);
  return citablePages(archive, import.meta.env.SITE).flatMap((page) =>
    CITATION_FORMATS.map((f) => ({
      // Without the leading slash and the `citations/` segment this route sits in.
      params: { file: citationPath(page.kind, page.id, f.ext).slice('/citations/'.length) },
      props: { page, format: f },
    })),
  );
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A page's citation as BibTeX, RIS or CSL-JSON. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(citationText(cslItem(props.page), props.format.ext), { headers: { 'Content-Type': props.format.mediaType } });
