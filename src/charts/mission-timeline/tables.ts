/** The mission timeline's two tables: every figure and every milestone, with their sources. */
import { stepState } from '../../format/holdings.ts';
import { label } from '../../i18n/vocabulary.ts';
import { CATEGORY_ORDER } from '../figures.ts';
import { formatCount, formatDate, placeDate } from '../svg.ts';
import type { ChartFigure, ChartMilestone, DataTable } from '../types.ts';
import { MILESTONE_ORDER } from './layout.ts';
import type { MissionTimelineWords } from './text.ts';
import { contentText } from '../content-text.ts';

export function figuresTable(figures: readonly ChartFigure[], words: MissionTimelineWords): DataTable {
  const rows = figures
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.date < b.f.date ? -1 : a.f.date > b.f.date ? 1 : 0) || CATEGORY_ORDER.indexOf(a.f.category) - CATEGORY_ORDER.indexOf(b.f.category) || a.i - b.i,
    )
    .map(({ f }) => ({
      cells: [
        formatDate(f.date, words.locale),
        words.categories[f.category],
        formatCount(f.count, f.approximate, words.locale),
        label(words.locale, 'figureStatus', f.status),
        f.fromStates === undefined ? '' : String(f.fromStates),
      ],
      sources: [f.source],
    }));
  const w = words.figuresTable;
  return {
    caption: w.caption,
    columns: [
      { key: 'date', label: w.date },
      { key: 'category', label: w.category },
      { key: 'count', label: w.count, numeric: true },
      { key: 'status', label: w.status },
      { key: 'fromStates', label: w.fromStates, numeric: true },
    ],
    rows,
  };
}

export function milestonesTable(milestones: readonly ChartMilestone[], asOf: string, words: MissionTimelineWords): DataTable {
  const keyed = milestones.map((m, i) => ({ m, i, placed: m.date ? placeDate(m.date) : null }));
  keyed.sort((a, b) => {
    // Dated first, in time order; undated after, in the order of the mission's stages.
    if (a.placed && b.placed) return a.placed.at.getTime() - b.placed.at.getTime() || a.i - b.i;
    if (a.placed) return -1;
    if (b.placed) return 1;
    return MILESTONE_ORDER.indexOf(a.m.kind) - MILESTONE_ORDER.indexOf(b.m.kind) || a.i - b.i;
  });
  const w = words.milestonesTable;
  const notes = keyed.map(({ m }) => contentText(words.locale, m.note ?? '', { ru: m.ru?.note }));
  return {
    caption: w.caption,
    columns: [
      { key: 'milestone', label: w.milestone },
      { key: 'date', label: w.date },
      { key: 'status', label: w.status },
      // Notes are the content's prose: marked English where one is shown untranslated.
      { key: 'note', label: w.note, ...(notes.some((n) => n.text && n.untranslated) ? { lang: 'en' as const } : {}) },
    ],
    rows: keyed.map(({ m }, i) => ({
      cells: [
        words.kinds[m.kind],
        m.date ? (m.onOrBefore ? words.onOrBefore(formatDate(m.date, words.locale)) : formatDate(m.date, words.locale)) : words.notDated,
        words.stepStatus(stepState(m.status, m.date, asOf)),
        notes[i]!.text,
      ],
      sources: [m.source],
    })),
  };
}
