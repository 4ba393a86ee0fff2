/**
 * Every word of the mission timeline: title, labels, marker titles, the description, notes, legend
 * and table headings. The sentences are built from a words object (`MISSION_TIMELINE_WORDS` is the
 * English one), so another language is another object, and geometry never holds text.
 */
import { MILESTONE_KINDS, OBSERVER_CATEGORIES } from '../../schemas/vocabulary.ts';
import { stepDateInList, stepDateText, stepStatusShort, type StepState } from '../../format/holdings.ts';
import { CATEGORY_ORDER, figurePhrase, statesPhrase } from '../figures.ts';
import { formatDate, listInWords } from '../svg.ts';
import type { PlacedDate } from '../svg.ts';
import type { ChartFigure, ChartMilestone, MilestoneKind, ObserverCategory } from '../types.ts';
import type { RoundMark, UndatedMilestone } from './view.ts';

export interface MissionTimelineWords {
  title: (subject: string | undefined) => string;
  nothingDated: string;
  noFigures: string;
  noMilestones: string;
  observersAxis: string;
  kinds: Record<MilestoneKind, string>;
  /**
   * Milestone names for a drawing as narrow as a phone, where the full names with their dates cannot
   * stand side by side without a leader running through one of them. The marker's fill and the
   * legend give the status; the description and the table give every word.
   */
  shortKinds: Record<MilestoneKind, string>;
  categories: Record<ObserverCategory, string>;
  /** "(planned)" while a step is ahead, "(announced)" once its day has passed with no later record. */
  stateWord: Record<StepState, string | null>;
  round: (round: number, of: number) => string;
  by: (dateText: string) => string;
  onOrBefore: (dateText: string) => string;
  dayNotKnown: string;
  notDated: string;
  approximateNote: (kind: string, dateText: string) => string;
  undatedNote: (list: string) => string;
  observersOn: (dateText: string, list: string) => string;
  observersFromTo: (trend: 'grew' | 'fell' | 'went', first: string, firstDate: string, last: string, lastDate: string) => string;
  electionDay: (on: string) => string;
  twoRounds: (first: string, second: string) => string;
  milestones: (list: string) => string;
  notYetDated: (list: string) => string;
  legend: { done: string; planned: string; approximate: string; election: string };
  figuresTable: { caption: string; date: string; category: string; count: string; status: string; fromStates: string };
  milestonesTable: { caption: string; milestone: string; date: string; status: string; note: string };
}

export const MISSION_TIMELINE_WORDS: MissionTimelineWords = {
  title: (subject) => (subject ? `Observers and milestones: ${subject}` : 'Observers and milestones of the mission'),
  nothingDated: 'Nothing about this mission is dated yet, so there is no timeline to draw.',
  noFigures: 'No observer figures are recorded for this mission.',
  noMilestones: 'No milestones are recorded for this mission.',
  observersAxis: 'Observers',
  kinds: MILESTONE_KINDS,
  shortKinds: {
    'needs-assessment': 'Needs assessment',
    opening: 'Opened',
    'lto-deployment': 'Long-term observers',
    'interim-report': 'Interim report',
    'election-day': 'Election day',
    'preliminary-statement': 'Preliminary statement',
    'final-report': 'Final report',
  },
  categories: OBSERVER_CATEGORIES,
  stateWord: { 'took-place': null, planned: 'planned', 'no-later-record': 'announced' },
  round: (round, of) => (of === 1 ? 'Election day' : round === 1 ? 'First round' : 'Second round'),
  by: (dateText) => `by ${dateText}`,
  onOrBefore: (dateText) => `on or before ${dateText}`,
  dayNotKnown: ' (day not known)',
  notDated: 'not dated',
  approximateNote: (kind, dateText) => `${kind} is dated only to ${dateText}; its marker sits in the middle of that period and the bracket spans all of it.`,
  undatedNote: (list) => `Not dated by any source, so not placed on the timeline: ${list}.`,
  observersOn: (dateText, list) => `Observers on ${dateText}: ${list}.`,
  observersFromTo: (trend, first, firstDate, last, lastDate) => `Observers ${trend} from ${first} on ${firstDate} to ${last} on ${lastDate}.`,
  electionDay: (on) => `Election day: ${on}.`,
  twoRounds: (first, second) => `First round: ${first}; second round: ${second}.`,
  milestones: (list) => `Milestones: ${list}.`,
  notYetDated: (list) => `Not yet dated: ${list}.`,
  legend: {
    done: 'Filled, solid line: deployed or took place',
    planned: 'Hollow, dashed line: planned or expected',
    approximate: 'Bracket: date known only to the month or year',
    election: 'Vertical rule: election day',
  },
  figuresTable: {
    caption: 'Observer figures as the sources report them',
    date: 'Date',
    category: 'Observers counted',
    count: 'Number',
    status: 'Status',
    fromStates: 'From States',
  },
  milestonesTable: { caption: 'Milestones of the mission', milestone: 'Milestone', date: 'Date', status: 'Status', note: 'Note' },
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The label beside a milestone's marker: its kind, with "planned" and the month or year when the day is unknown. */
export function milestoneLabel(m: ChartMilestone, placed: PlacedDate | null, state: StepState, words: MissionTimelineWords, short = false): string {
  if (short && placed) return words.shortKinds[m.kind];
  const parts: string[] = [];
  const word = words.stateWord[state];
  if (word) parts.push(word);
  if (placed && m.onOrBefore) parts.push(words.by(formatDate(m.date!)));
  else if (placed?.approximate) parts.push(formatDate(m.date!));
  const base = words.kinds[m.kind];
  return parts.length > 0 ? `${base} (${parts.join(', ')})` : base;
}

/** A dated milestone in one sentence, for its marker's <title>. */
export function milestoneText(m: ChartMilestone, approximate: boolean, state: StepState, words: MissionTimelineWords): string {
  const dateText = formatDate(m.date!);
  const when = `${m.onOrBefore ? words.onOrBefore(dateText) : dateText}${approximate ? words.dayNotKnown : ''}`;
  return `${words.kinds[m.kind]}: ${when}, ${stepStatusShort(state)}${m.note ? `. ${m.note}` : ''}`;
}

/** "Election day", or which round, with "(planned)" or "(announced)" where the drawing has room. */
export function roundLabel(round: number, of: number, state: StepState | null, words: MissionTimelineWords, short: boolean): string {
  const word = state ? words.stateWord[state] : null;
  return `${words.round(round, of)}${word && !short ? ` (${word})` : ''}`;
}

/** The observers in one or two sentences: where they started, where they ended. */
export function observersSentence(figures: readonly ChartFigure[], words: MissionTimelineWords): string {
  if (figures.length === 0) return words.noFigures;
  const dates = [...new Set(figures.map((f) => f.date))].sort();
  const withStates = (f: ChartFigure) => {
    const states = statesPhrase(f);
    return states ? `${figurePhrase(f)}, ${states}` : figurePhrase(f);
  };
  if (dates.length === 1) {
    const sameDay = [...figures].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
    return words.observersOn(formatDate(dates[0]!), listInWords(sameDay.map(withStates)));
  }
  // On a day with several figures one speaks for the day: a total before a category, what was
  // deployed before what was only planned, then the largest.
  const representative = (date: string): ChartFigure => {
    const rank = (f: ChartFigure) => [f.category === 'total' ? 0 : 1, f.status === 'deployed' ? 0 : 1, -f.count];
    return figures
      .filter((f) => f.date === date)
      .reduce((best, f) => {
        const [a, b] = [rank(f), rank(best)];
        const i = a.findIndex((v, k) => v !== b[k]);
        return i !== -1 && a[i]! < b[i]! ? f : best;
      });
  };
  const first = representative(dates[0]!);
  const last = representative(dates[dates.length - 1]!);
  const trend = last.count > first.count ? 'grew' : last.count < first.count ? 'fell' : 'went';
  return words.observersFromTo(trend, figurePhrase(first), formatDate(first.date), withStates(last), formatDate(last.date));
}

export function roundsSentence(rounds: readonly RoundMark[], words: MissionTimelineWords): string {
  const on = (r: RoundMark) => (r.state ? stepDateText(r.state, r.date) : r.dateText);
  if (rounds.length === 0) return '';
  if (rounds.length === 1) return words.electionDay(on(rounds[0]!));
  return words.twoRounds(on(rounds[0]!), on(rounds[1]!));
}

export function milestonesSentence(
  marks: readonly { kind: MilestoneKind; state: StepState; date: string; onOrBefore: boolean }[],
  undated: readonly UndatedMilestone[],
  words: MissionTimelineWords,
): string {
  const parts: string[] = [];
  if (marks.length > 0)
    parts.push(words.milestones(marks.map((m) => `${lowerFirst(words.kinds[m.kind])} ${stepDateInList(m.state, m.date, m.onOrBefore)}`).join('; ')));
  if (undated.length > 0) parts.push(words.notYetDated(listInWords(undated.map((u) => lowerFirst(u.label)))));
  return parts.join(' ');
}

export function undatedNote(undated: readonly UndatedMilestone[], words: MissionTimelineWords): string[] {
  if (undated.length === 0) return [];
  return [words.undatedNote(listInWords(undated.map((u) => u.label)))];
}

/** The notes under the drawing: what is missing, what is dated only roughly, what is not placed. */
export function timelineNotes(
  figures: number,
  milestones: number,
  approximate: readonly { kind: MilestoneKind; dateText: string }[],
  undated: readonly UndatedMilestone[],
  words: MissionTimelineWords,
): string[] {
  const notes: string[] = [];
  if (figures === 0) notes.push(words.noFigures);
  if (milestones === 0) notes.push(words.noMilestones);
  for (const mark of approximate) notes.push(words.approximateNote(words.kinds[mark.kind], mark.dateText));
  notes.push(...undatedNote(undated, words));
  return notes;
}
