/**
 * The mission timeline's key: one entry per observer category drawn, then the cues for status,
 * rough dates and election day, each only when the drawing uses it.
 */
import type { ChartFigure, LegendEntry } from '../types.ts';
import { MARK_SYMBOL } from './layout.ts';
import type { MissionTimelineWords } from './text.ts';
import type { FigureSeries, MilestoneMark, RoundMark, UndatedMilestone } from './view.ts';

export function timelineLegend(
  series: readonly FigureSeries[],
  milestones: readonly MilestoneMark[],
  undated: readonly UndatedMilestone[],
  figures: readonly ChartFigure[],
  rounds: readonly RoundMark[],
  words: MissionTimelineWords,
): LegendEntry[] {
  const entries: LegendEntry[] = series.map((s) => ({
    key: `category:${s.category}`,
    label: s.label,
    className: `point point--${s.category}`,
    symbol: s.symbol,
  }));
  const anyDone = figures.some((f) => f.status === 'deployed') || milestones.some((m) => m.status === 'actual');
  const anyPlanned =
    figures.some((f) => f.status !== 'deployed') ||
    milestones.some((m) => m.status === 'planned') ||
    rounds.some((r) => r.status === 'planned') ||
    undated.length > 0;
  if (anyDone) entries.push({ key: 'status:done', label: words.legend.done, className: 'legend-status legend-status--done', symbol: MARK_SYMBOL });
  if (anyPlanned) entries.push({ key: 'status:planned', label: words.legend.planned, className: 'legend-status legend-status--planned', symbol: MARK_SYMBOL });
  if (milestones.some((m) => m.approximate))
    entries.push({ key: 'approximate', label: words.legend.approximate, className: 'legend-approximate', swatch: 'bracket' });
  entries.push({ key: 'election', label: words.legend.election, className: 'rule rule--election', swatch: 'rule' });
  return entries;
}
