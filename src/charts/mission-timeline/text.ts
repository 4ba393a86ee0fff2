/**
 * Every word of the mission timeline: title, labels, marker titles, the description, notes, legend
 * and table headings. The sentences are built from a words object, one per language
 * (`missionTimelineWords(locale)`, from the charts catalogue; `MISSION_TIMELINE_WORDS` is the
 * English one), and geometry never holds text.
 */
import { MILESTONE_KINDS, OBSERVER_CATEGORIES } from '../../schemas/vocabulary.ts';
import { stepDateInList, stepDateText, stepStatusShort, type StepState } from '../../format/holdings.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import { CATEGORY_ORDER, figurePhrase, statesPhrase } from '../figures.ts';
import { formatDate, listInWords } from '../svg.ts';
import type { PlacedDate } from '../svg.ts';
import type { ChartFigure, ChartMilestone, MilestoneKind, ObserverCategory } from '../types.ts';
import type { RoundMark, UndatedMilestone } from './view.ts';
import { contentText } from '../content-text.ts';

export interface MissionTimelineWords {
  /** The language of the words, for the dates, counts and lists the sentences hold. */
  locale: Locale;
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
  /**
   * Where a reported step stands, in the wording of `src/format/holdings.ts`: "took place",
   * "announced, no later record"; its date with that ("11 January 2021 (planned)"), alone or in a
   * list parted by semicolons.
   */
  stepStatus: (state: StepState) => string;
  stepDate: (state: StepState, date: string, onOrBefore?: boolean) => string;
  stepDateInList: (state: StepState, date: string, onOrBefore?: boolean) => string;
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

const KINDS = Object.keys(MILESTONE_KINDS) as MilestoneKind[];
const CATEGORIES = Object.keys(OBSERVER_CATEGORIES) as ObserverCategory[];

/** The timeline's words in a language, from the charts catalogue and the vocabulary labels. */
export function missionTimelineWords(locale: Locale): MissionTimelineWords {
  const translate = translator(locale);
  // A Russian date ends in the abbreviation "г.", whose stop also ends the sentence it closes.
  const t: typeof translate = (key, values) => translate(key, values).replace(/(\p{L})\.\./gu, '$1.');
  return {
    locale,
    title: (subject) => (subject ? t('chart.timeline.titleOf', { title: subject }) : t('chart.timeline.title')),
    nothingDated: t('chart.timeline.empty'),
    noFigures: t('chart.timeline.noFigures'),
    noMilestones: t('chart.timeline.noMilestones'),
    observersAxis: t('chart.col.observers'),
    kinds: Object.fromEntries(KINDS.map((k) => [k, label(locale, 'milestoneKind', k)])) as Record<MilestoneKind, string>,
    shortKinds: Object.fromEntries(KINDS.map((k) => [k, t(`chart.timeline.short.${k}`)])) as Record<MilestoneKind, string>,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, label(locale, 'observerCategory', c)])) as Record<ObserverCategory, string>,
    stateWord: { 'took-place': null, planned: t('chart.timeline.state.planned'), 'no-later-record': t('chart.timeline.state.announced') },
    stepStatus: (state) => stepStatusShort(state, locale),
    stepDate: (state, date, onOrBefore = false) => stepDateText(state, date, onOrBefore, locale),
    stepDateInList: (state, date, onOrBefore = false) => stepDateInList(state, date, onOrBefore, locale),
    round: (round, of) => t(of === 1 ? 'chart.timeline.electionDay' : round === 1 ? 'chart.timeline.firstRound' : 'chart.timeline.secondRound'),
    by: (dateText) => t('chart.timeline.by', { date: dateText }),
    onOrBefore: (dateText) => t('chart.timeline.onOrBefore', { date: dateText }),
    dayNotKnown: t('chart.timeline.dayNotKnown'),
    notDated: t('chart.timeline.notDated'),
    approximateNote: (kind, dateText) => t('chart.timeline.approximate', { kind, date: dateText }),
    undatedNote: (list) => t('chart.timeline.undated', { list }),
    observersOn: (dateText, list) => t('chart.timeline.observersOn', { date: dateText, list }),
    observersFromTo: (trend, first, firstDate, last, lastDate) => t('chart.timeline.observersTrend', { trend, first, firstDate, last, lastDate }),
    electionDay: (on) => t('chart.timeline.roundOne', { date: on }),
    twoRounds: (first, second) => t('chart.timeline.roundTwo', { first, second }),
    milestones: (list) => t('chart.timeline.milestones', { list }),
    notYetDated: (list) => t('chart.timeline.notYetDated', { list }),
    legend: {
      done: t('chart.timeline.legendDone'),
      planned: t('chart.timeline.legendPlanned'),
      approximate: t('chart.timeline.legendApproximate'),
      election: t('chart.timeline.legendElection'),
    },
    figuresTable: {
      caption: t('chart.timeline.figuresCaption'),
      date: t('chart.timeline.col.date'),
      category: t('chart.timeline.col.category'),
      count: t('chart.timeline.col.number'),
      status: t('chart.timeline.col.status'),
      fromStates: t('chart.timeline.col.fromStates'),
    },
    milestonesTable: {
      caption: t('chart.timeline.milestonesCaption'),
      milestone: t('chart.timeline.col.milestone'),
      date: t('chart.timeline.col.date'),
      status: t('chart.timeline.col.status'),
      note: t('chart.timeline.col.note'),
    },
  };
}

export const MISSION_TIMELINE_WORDS: MissionTimelineWords = missionTimelineWords('en');

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The label beside a milestone's marker: its kind, with "planned" and the month or year when the day is unknown. */
export function milestoneLabel(m: ChartMilestone, placed: PlacedDate | null, state: StepState, words: MissionTimelineWords, short = false): string {
  if (short && placed) return words.shortKinds[m.kind];
  const parts: string[] = [];
  const word = words.stateWord[state];
  if (word) parts.push(word);
  if (placed && m.onOrBefore) parts.push(words.by(formatDate(m.date!, words.locale)));
  else if (placed?.approximate) parts.push(formatDate(m.date!, words.locale));
  const base = words.kinds[m.kind];
  return parts.length > 0 ? `${base} (${parts.join(', ')})` : base;
}

/** A dated milestone in one sentence, for its marker's <title>. */
export function milestoneText(m: ChartMilestone, approximate: boolean, state: StepState, words: MissionTimelineWords): string {
  const dateText = formatDate(m.date!, words.locale);
  const when = `${m.onOrBefore ? words.onOrBefore(dateText) : dateText}${approximate ? words.dayNotKnown : ''}`;
  // A note shown untranslated is English prose: a tooltip in another language cannot mark it, so it
  // stays in the milestones table, whose note column carries lang="en".
  const text = m.note ? contentText(words.locale, m.note, { ru: m.ru?.note }) : undefined;
  const note = text && !text.untranslated ? `. ${text.text}` : '';
  return `${words.kinds[m.kind]}: ${when}, ${words.stepStatus(state)}${note}`;
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
  const { locale } = words;
  const withStates = (f: ChartFigure) => {
    const states = statesPhrase(f, locale);
    return states ? `${figurePhrase(f, locale)}, ${states}` : figurePhrase(f, locale);
  };
  if (dates.length === 1) {
    const sameDay = [...figures].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
    return words.observersOn(formatDate(dates[0]!, locale), listInWords(sameDay.map(withStates), locale));
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
  return words.observersFromTo(trend, figurePhrase(first, locale), formatDate(first.date, locale), withStates(last), formatDate(last.date, locale));
}

export function roundsSentence(rounds: readonly RoundMark[], words: MissionTimelineWords): string {
  const on = (r: RoundMark) => (r.state ? words.stepDate(r.state, r.date) : r.dateText);
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
    parts.push(words.milestones(marks.map((m) => `${lowerFirst(words.kinds[m.kind])} ${words.stepDateInList(m.state, m.date, m.onOrBefore)}`).join('; ')));
  if (undated.length > 0)
    parts.push(
      words.notYetDated(
        listInWords(
          undated.map((u) => lowerFirst(u.label)),
          words.locale,
        ),
      ),
    );
  return parts.join(' ');
}

export function undatedNote(undated: readonly UndatedMilestone[], words: MissionTimelineWords): string[] {
  if (undated.length === 0) return [];
  return [
    words.undatedNote(
      listInWords(
        undated.map((u) => u.label),
        words.locale,
      ),
    ),
  ];
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
