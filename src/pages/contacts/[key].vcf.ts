import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { buildDate } from '../../format/build-date.ts';
import { cardFor } from '../../contacts/directory.ts';
import { vcard } from '../../contacts/vcard.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.contacts.map((entry) => ({ params: { key: entry.key }, props: { entry } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One contact as a vCard 3.0 file. */
export const GET: APIRoute<Props> = async ({ props, site }) => {
  const archive = await getArchive();
  return new Response(vcard(cardFor(props.entry, archive, site!.href, buildDate())), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
};
