/**
 * The wording of what the archive holds, kept apart from facts about the world.
 *
 * An archive's gaps are not events: that it holds no mission for 2010 does not mean none took place,
 * and a step announced for a day now past, of which it holds no later record, is neither "planned"
 * (it is no longer ahead) nor done (nothing says so). Every list, chart description and summary takes
 * its wording from here, so a page never turns what the archive lacks into a claim.
 */
import { formatDate } from './dates.ts';

/** Where a reported step stands on the day the archive speaks (`asOf`, the build date). */
export type StepState = 'took-place' | 'planned' | 'no-later-record';

/** A step a source reports done, one announced for later, or one announced for a day that has passed. */
export function stepState(status: 'actual' | 'planned', date: string | undefined, asOf: string): StepState {
  if (status === 'actual') return 'took-place';
  if (!date) return 'planned';
  // A partial date ("2021-01") has passed only when its whole month or year has: "~" sorts after "-31".
  const passed = date.length === 10 ? date < asOf : `${date}~` < asOf;
  return passed ? 'no-later-record' : 'planned';
}

/** A short status for tables and chart labels: "took place", "planned", "announced, no later record". */
export function stepStatusShort(state: StepState): string {
  return { 'took-place': 'took place', planned: 'planned', 'no-later-record': 'announced, no later record' }[state];
}

/**
 * The date of a step with what the archive knows of it: "11 January 2021" when it took place,
 * "11 January 2021 (planned)" while ahead, and "announced for 11 January 2021; the archive holds no
 * later record" once that day has passed without a record of it.
 */
export function stepDateText(state: StepState, date: string, onOrBefore = false): string {
  const day = `${onOrBefore ? 'by ' : ''}${formatDate(date)}`;
  if (state === 'took-place') return day;
  if (state === 'planned') return `${day} (planned)`;
  return `announced for ${day}; ${NO_LATER_RECORD}`;
}

/** The same inside a list whose items are parted by semicolons: "announced for 11 January 2021 (the archive holds no later record)". */
export function stepDateInList(state: StepState, date: string, onOrBefore = false): string {
  return state === 'no-later-record'
    ? `announced for ${onOrBefore ? 'by ' : ''}${formatDate(date)} (${NO_LATER_RECORD})`
    : stepDateText(state, date, onOrBefore);
}

/** The archive's words for a step it has no record of after its announcement. */
const NO_LATER_RECORD = 'the archive holds no later record';

/** "The archive holds no mission for 2006–2018 and 2020." — never "no missions in …". */
export function holdsNoMissionFor(yearsInWords: string): string {
  return `The archive holds no mission for ${yearsInWords}.`;
}

/** "The archive holds no statements about this mission." and the like, for empty lists. */
export function holdsNo(what: string, about?: string): string {
  return `The archive holds no ${what}${about ? ` ${about}` : ''}.`;
}

/**
 * "The archive holds 3 missions for Kazakhstan: 2005, 2019, 2021." — what it holds, not how often a
 * country was observed; "The archive holds no mission for Mongolia." when it holds none.
 */
export function holdsMissionsFor(place: string, years: readonly string[]): string {
  if (years.length === 0) return `The archive holds no mission for ${place}.`;
  return `The archive holds ${years.length} ${years.length === 1 ? 'mission' : 'missions'} for ${place}: ${years.join(', ')}.`;
}
