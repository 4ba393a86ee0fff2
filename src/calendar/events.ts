/**
 * Calendar events of the archive: every round of every observed election, and every mission
 * milestone whose day the sources give, planned or done. Pure: the `.ics` text is written by
 * `./ics.ts`. A milestone known only to the month ("since October 2005") is left out: a calendar
 * event is a day, and the archive does not pretend to know which.
 */
import type { MissionData } from '../schemas/index.ts';
import { ELECTION_KINDS, MILESTONE_KINDS } from '../schemas/vocabulary.ts';
import { formatDate } from '../format/dates.ts';
import { entryPath } from '../archive/collections.ts';
import { ISO_DAY } from '../format/patterns.ts';

export interface CalendarMission {
  id: string;
  data: Pick<MissionData, 'title' | 'country' | 'election' | 'type' | 'milestones'>;
}

export interface CalendarEvent {
  /** Stable across builds and edits of the date: mission, what happens, and its ordinal. */
  uid: string;
  /** YYYY-MM-DD: an all-day event. */
  day: string;
  summary: string;
  description: string;
  /** The mission page, absolute. */
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE';
  categories: string[];
  /** The day the archive's source for this event is dated: used as DTSTAMP, so it never moves by itself. */
  stamp: string;
  /** For sorting the file: the mission, then the day. */
  mission: string;
}

const UID_DOMAIN = 'election-observation-archive.org';

/** `kz/2021-parliamentary` + `election-day-1` → `kz-2021-parliamentary.election-day-1@election-observation-archive.org`. */
export function eventUid(missionId: string, what: string): string {
  return `${missionId.replace(/\//g, '-')}.${what}@${UID_DOMAIN}`;
}

/**
 * The events of one mission. `countryName` names the country in summaries; `statementDate` dates a
 * milestone's source statement (the DTSTAMP); `site` makes the page URL absolute.
 */
export function missionEvents(mission: CalendarMission, countryName: string, statementDate: (id: string) => string | undefined, site: string): CalendarEvent[] {
  const d = mission.data;
  const url = new URL(entryPath('missions', mission.id), site).href;
  const kind = ELECTION_KINDS[d.election.kind];
  const election = `${kind} election${d.election.kind === 'referendum' ? '' : 's'}`.replace('Referendum elections', 'Referendum');
  const events: CalendarEvent[] = [];
  const twoRounds = d.election.rounds.length > 1;
  // The day the archive first heard of the election: the earliest dated source among its milestones,
  // else the election day itself.
  const sourceDays = d.milestones
    .map((m) => statementDate(m.source))
    .filter((x): x is string => !!x)
    .sort();
  d.election.rounds.forEach((day, i) => {
    events.push({
      uid: eventUid(mission.id, `election-day-${i + 1}`),
      day,
      summary: `${countryName}: ${election}${twoRounds ? `, round ${i + 1}` : ''} (election day)`,
      description: `${d.title}. Mission type: ${d.type}. The mission, its figures and their sources: ${url}`,
      url,
      status: 'CONFIRMED',
      categories: ['Election day', countryName],
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
    const planned = m.status === 'planned';
    events.push({
      uid: eventUid(mission.id, `${m.kind}-${n}`),
      day: m.date,
      summary: `${countryName}: ${MILESTONE_KINDS[m.kind]}${planned ? ' (planned)' : ''}${m.onOrBefore ? ' (by this day)' : ''}`,
      description: [
        `${d.title}, ${d.type} mission.`,
        `${MILESTONE_KINDS[m.kind]}: ${planned ? 'planned for' : 'took place'}${m.onOrBefore ? ' by' : ''} ${formatDate(m.date)}.`,
        m.note ?? '',
        `Source and details: ${url}`,
      ]
        .filter(Boolean)
        .join(' '),
      url,
      status: planned ? 'TENTATIVE' : 'CONFIRMED',
      categories: [MILESTONE_KINDS[m.kind], countryName],
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
