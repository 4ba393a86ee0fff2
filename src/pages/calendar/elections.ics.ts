import type { APIRoute } from 'astro';
import { getArchive } from '../../archive/query.ts';
import { eventsOf } from '../../calendar/archive.ts';
import { icsText } from '../../calendar/ics.ts';

/** Every election day and dated milestone in the archive, past and announced, as iCalendar. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  const events = archive.missions.flatMap((m) => eventsOf(m, archive, site!.href));
  return new Response(icsText('elections and missions', 'Election days and observation mission milestones in the OSCE area.', events), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
