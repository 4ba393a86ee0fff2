/**
 * Calendar events of the archive: every round of every observed election, and every mission
 * milestone whose day the sources give, planned or done. Pure: the `.ics` text is written by
 * `./ics.ts`. A milestone known only to the month ("since October 2005") is left out: a calendar
 * event is a day, and the archive does not pretend to know which.
 */
import type { MissionData } from '../schemas/index.ts';
import { SITE_HOST } from '../about/archive.ts';
import { formatDate } from '../format/dates.ts';
import { entryPath } from '../archive/collections.ts';
import { ISO_DAY } from '../format/patterns.ts';
import { localizedPath, type Locale } from '../i18n/locales.ts';
import { entryText } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { label } from '../i18n/vocabulary.ts';

export interface CalendarMission {
  id: string;
  data: Pick<MissionData, 'title' | 'country' | 'election' | 'type' | 'milestones' | 'ru'>;
}

export interface CalendarEvent {
  /** Stable across builds and edits of the date: mission, what happens, and its ordinal. */
  uid: string;
  /** YYYY-MM-DD: an all-day event. */
  day: string;
  summary: string;
  description: string;
  /** The mission page in the calendar's language, absolute. */
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE';
  categories: string[];
  /** The day the archive's source for this event is dated: used as DTSTAMP, so it never moves by itself. */
  stamp: string;
  /** For sorting the file: the mission, then the day. */
  mission: string;
}

const UID_DOMAIN = SITE_HOST;

/** `kz/2021-parliamentary` + `election-day-1` → `kz-2021-parliamentary.election-day-1@election-observation-archive.org`. */
function eventUid(missionId: string, what: string): string {
  return `${missionId.replace(/\//g, '-')}.${what}@${UID_DOMAIN}`;
}

/**
 * The events of one mission, in `locale`. `countryName` names the country in summaries (in that
 * language); `statementDate` dates a milestone's source statement (the DTSTAMP); `site` makes the
 * page URL absolute. UIDs are the same in every language: it is the same event.
 */
export function missionEvents(
  mission: CalendarMission,
  countryName: string,
  statementDate: (id: string) => string | undefined,
  site: string,
  locale: Locale,
): CalendarEvent[] {
  const t = translator(locale);
  const d = mission.data;
  const url = new URL(localizedPath(locale, entryPath('missions', mission.id)), site).href;
  const election = t('calendar.election', { kind: d.election.kind, label: label(locale, 'electionKind', d.election.kind) });
  const title = entryText(locale, d, 'title').text;
  const events: CalendarEvent[] = [];
  const twoRounds = d.election.rounds.length > 1;
  // The day the archive first heard of the election: the earliest dated source among its milestones,
  // else the election day itself.
  const sourceDays = d.milestones
    .map((m) => statementDate(m.source))
    .filter((x): x is string => !!x)
    .sort();
  // An election day is confirmed only where a source reports the vote held (an `actual` election-day
  // milestone on that day); one a source only announced (`planned`), or that no milestone speaks
  // of, may still move or be called off.
  const held = new Set(d.milestones.filter((m) => m.kind === 'election-day' && m.status === 'actual' && m.date).map((m) => m.date));
  d.election.rounds.forEach((day, i) => {
    events.push({
      uid: eventUid(mission.id, `election-day-${i + 1}`),
      day,
      summary: t('calendar.electionDay.summary', { country: countryName, election, round: twoRounds ? String(i + 1) : 'none' }),
      description: t('calendar.electionDay.description', { title, type: d.type ?? 'unstated', url }),
      url,
      status: held.has(day) ? 'CONFIRMED' : 'TENTATIVE',
      categories: [t('calendar.electionDay.category'), countryName],
      stamp: sourceDays[0] && sourceDays[0] < day ? sourceDays[0] : day,
      mission: mission.id,
    });
  });
  const seen = new Map<string, number>();
  for (const m of d.milestones) {
    // Election days are already events of their own, from `election.rounds`.
    if (m.kind === 'election-day') continue;
    const n = (seen.get(m.kind) ?? 0) + 1;
    seen.set(m.kind, n);
    if (!m.date || !ISO_DAY.test(m.date)) continue;
    const planned = m.status === 'planned' ? 'yes' : 'no';
    const byDay = m.onOrBefore ? 'yes' : 'no';
    const milestone = label(locale, 'milestoneKind', m.kind);
    // A note the content has not translated is left out of another language's calendar: an event's
    // text is in one language, and English inside a Russian description is read as Russian.
    const note = m.note === undefined ? undefined : entryText(locale, m, 'note');
    events.push({
      uid: eventUid(mission.id, `${m.kind}-${n}`),
      day: m.date,
      summary: t('calendar.milestone.summary', { country: countryName, milestone, planned, byDay }),
      description: [
        t('calendar.milestone.mission', { title, type: d.type ?? 'unstated' }),
        t('calendar.milestone.when', { milestone, planned, byDay, date: formatDate(m.date, locale) }),
        note && note.lang === locale ? note.text : '',
        t('calendar.milestone.source', { url }),
      ]
        .filter(Boolean)
        .join(' '),
      url,
      status: planned === 'yes' ? 'TENTATIVE' : 'CONFIRMED',
      categories: [milestone, countryName],
      stamp: statementDate(m.source) ?? m.date,
      mission: mission.id,
    });
  }
  return events;
}

/** Events in a stable order: by day, then by UID. */
export function sortEvents(events: readonly CalendarEvent[]): CalendarEvent[] {
  return [...events].sort((a, b) => a.day.localeCompare(b.day) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}
