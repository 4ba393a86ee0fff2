/** The archive's calendars: all election days and milestones, and the same per country and per mission. */
import type { CountryData, MissionData, StatementData } from '../schemas/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { countryName } from '../i18n/names.ts';
import { missionEvents, type CalendarEvent } from './events.ts';

interface E<T> {
  id: string;
  data: T;
}

export interface CalendarArchive {
  missions: E<MissionData>[];
  country: Map<string, E<CountryData>>;
  statement: Map<string, E<StatementData>>;
}

export function eventsOf(mission: E<MissionData>, archive: CalendarArchive, site: string, locale: Locale): CalendarEvent[] {
  const data = archive.country.get(mission.data.country)?.data;
  const country = data ? countryName(locale, data).text : mission.data.country;
  return missionEvents(mission, country, (id) => archive.statement.get(id)?.data.date, site, locale);
}

/** Events by country id; a country appears only once it has an event (an empty calendar is not valid iCalendar). */
export function eventsByCountry(archive: CalendarArchive, site: string, locale: Locale): Map<string, CalendarEvent[]> {
  const out = new Map<string, CalendarEvent[]>();
  for (const m of archive.missions) {
    const events = eventsOf(m, archive, site, locale);
    if (!events.length) continue;
    out.set(m.data.country, [...(out.get(m.data.country) ?? []), ...events]);
  }
  return out;
}
