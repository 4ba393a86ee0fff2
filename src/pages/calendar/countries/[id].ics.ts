import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../archive/query.ts';
import { eventsByCountry } from '../../../calendar/archive.ts';
import { icsText } from '../../../calendar/ics.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return [...eventsByCountry(archive, import.meta.env.SITE)].map(([id, events]) => ({
    params: { id },
    props: { name: archive.country.get(id)!.data.name, events },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One country's election days and mission milestones as iCalendar. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(icsText(props.name, `Election days and observation mission milestones in ${props.name}.`, props.events), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
