import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../../archive/query.ts';
import { eventsOf } from '../../../../calendar/archive.ts';
import { icsText } from '../../../../calendar/ics.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return archive.missions.map((mission) => {
    const [country, election] = mission.id.split('/');
    const name = `${archive.country.get(mission.data.country)!.data.name}: ${mission.data.title}`;
    return { params: { country, election }, props: { name, events: eventsOf(mission, archive, import.meta.env.SITE) } };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** One mission's election days and milestones as iCalendar (every mission has at least its election day). */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(icsText(props.name, `Election days and milestones of the observation of ${props.name}.`, props.events), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
