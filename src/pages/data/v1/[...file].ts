import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../archive/query.ts';
import { downloads } from '../../../data/catalogue.ts';
import { buildDate } from '../../../format/build-date.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return downloads(archive, buildDate()).map((d) => ({ params: { file: d.file }, props: { download: d } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Every open-data file: collections as JSON and CSV, flat tables, JSON Schemas (see src/data/catalogue.ts). */
export const GET: APIRoute<Props> = ({ props }) => new Response(props.download.text, { headers: { 'Content-Type': props.download.mediaType } });
