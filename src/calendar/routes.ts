/**
 * The calendar routes of every language, in `src/pages/[...locale]/calendar/`: each request's
 * language comes from the route (`Astro.locals.locale`), so the editions can only differ in it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type Country, type Mission } from '../archive/query.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { countryName, entryText } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { eventsByCountry, eventsOf } from './archive.ts';
import { icsText } from './ics.ts';

const calendarResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

/** Every election day and dated milestone in the archive, past and announced, as iCalendar. */
export const electionsCalendarRoute: APIRoute = async ({ site, locals: { locale } }) => {
  const t = translator(locale);
  const archive = await getArchive();
  const events = archive.missions.flatMap((m) => eventsOf(m, archive, site!.href, locale));
  return calendarResponse(icsText(t('calendar.all.name'), t('calendar.all.description'), events, locale));
};

/** Countries with at least one event (an empty calendar is not valid iCalendar). */
export const countryCalendarPaths = (async () => {
  const archive = await getArchive();
  // Which countries have events is the same in every language.
  return [...eventsByCountry(archive, import.meta.env.SITE, DEFAULT_LOCALE).keys()].map((id) => ({
    params: { id },
    props: { country: archive.country.get(id)! },
  }));
}) satisfies GetStaticPaths;

/** One country's election days and mission milestones as iCalendar. */
export const countryCalendarRoute: APIRoute<{ country: Country }> = async ({ props, site, locals: { locale } }) => {
  const t = translator(locale);
  const archive = await getArchive();
  const name = countryName(locale, props.country.data).text;
  const events = (archive.missionsByCountry.get(props.country.id) ?? []).flatMap((m) => eventsOf(m, archive, site!.href, locale));
  return calendarResponse(icsText(name, t('calendar.country.description', { country: name }), events, locale));
};

export const missionCalendarPaths = (async () => {
  const archive = await getArchive();
  return archive.missions.map((mission) => {
    const [country, election] = mission.id.split('/');
    return { params: { country, election }, props: { mission } };
  });
}) satisfies GetStaticPaths;

/** One mission's election days and milestones as iCalendar (every mission has at least its election day). */
export const missionCalendarRoute: APIRoute<{ mission: Mission }> = async ({ props, site, locals: { locale } }) => {
  const t = translator(locale);
  const archive = await getArchive();
  const { mission } = props;
  const name = t('calendar.mission.name', {
    country: countryName(locale, archive.country.get(mission.data.country)!.data).text,
    title: entryText(locale, mission.data, 'title').text,
  });
  return calendarResponse(icsText(name, t('calendar.mission.description', { name }), eventsOf(mission, archive, site!.href, locale), locale));
};
