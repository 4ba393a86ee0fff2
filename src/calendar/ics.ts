/**
 * iCalendar (RFC 5545) text of a list of events, written by ical-generator. Everything that would
 * vary between two builds is fixed: the product id, each UID (from the archive's ids) and each
 * DTSTAMP (the date of the event's source, see `./events.ts`).
 */
import ical, { ICalEventStatus } from 'ical-generator';
import { SITE_HOST } from '../about/archive.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import type { CalendarEvent } from './events.ts';
import { sortEvents } from './events.ts';
import { calendarText, escapedText } from './text.ts';

export const CALENDAR_PATH = '/calendar/elections.ics';
export const countryCalendarPath = (id: string) => `/calendar/countries/${id}.ics`;
export const missionCalendarPath = (id: string) => `/calendar/missions/${id}.ics`;

/** An ISO day as a Date at midnight UTC; ical-generator prints all-day events from it as DATE values. */
function utcDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

function nextDay(day: string): Date {
  const date = utcDay(day);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/**
 * The calendar file, its name and description in `locale` (the events come in it already). RFC 5545
 * needs at least one event: callers publish a calendar only when it has one.
 */
export function icsText(name: string, description: string, events: readonly CalendarEvent[], locale: Locale): string {
  if (events.length === 0) throw new Error(`calendar "${name}" has no event — RFC 5545 requires at least one`);
  const t = translator(locale);
  // ical-generator writes the calendar's name and description as given, and escapes event text
  // itself: each gets the text rules once (./text.ts).
  const calendar = ical({
    name: escapedText(t('calendar.name', { archive: t('site.name'), name })),
    description: escapedText(description),
    prodId: { company: SITE_HOST, product: 'archive', language: locale.toUpperCase() },
    // Election days are days everywhere: no time zone, DATE values only.
    timezone: null,
  });
  for (const e of sortEvents(events)) {
    calendar.createEvent({
      id: e.uid,
      start: utcDay(e.day),
      // DTEND of an all-day event is exclusive: the next day.
      end: nextDay(e.day),
      allDay: true,
      stamp: utcDay(e.stamp),
      summary: calendarText(e.summary),
      description: calendarText(e.description),
      url: e.url,
      status: e.status === 'TENTATIVE' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      categories: e.categories.map((name) => ({ name: calendarText(name) })),
      transparency: null,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
