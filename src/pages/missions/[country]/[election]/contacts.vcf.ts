import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../../archive/query.ts';
import { buildDate } from '../../../../format/build-date.ts';
import { cardFor } from '../../../../contacts/directory.ts';
import { vcards } from '../../../../contacts/vcard.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...archive.contactsByMission].map(([missionId, entries]) => {
    const [country, election] = missionId.split('/');
    return { params: { country, election }, props: { entries } };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** All contacts of one mission in a single vCard file. */
export const GET: APIRoute<Props> = async ({ props, site }) => {
  const archive = await getArchive();
  return new Response(vcards(props.entries.map((e) => cardFor(e, archive, site!.href, buildDate()))), {
    headers: { 'Content-Type': 'text/vcard; charset=utf-8' },
  });
};
