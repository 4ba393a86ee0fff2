/**
 * Observer figures in words, and the one figure that stands for a mission when a chart has room for
 * one number per mission.
 */
import { ELECTION_KINDS, MISSION_TYPES, OBSERVER_CATEGORIES } from '../schemas/vocabulary.ts';
import { formatCount, formatDate } from './svg.ts';
import type { ChartFigure, ChartMission, ObserverCategory } from './types.ts';

export const CATEGORY_ORDER = Object.keys(OBSERVER_CATEGORIES) as ObserverCategory[];

const STATUS_RANK = { deployed: 0, expected: 1, planned: 2 } as const;

/** "a core team of 11", "about 460 observers in all", "300 short-term observers (expected)". */
export function figurePhrase(figure: ChartFigure): string {
  const n = formatCount(figure.count, figure.approximate);
  const one = figure.count === 1;
  let phrase: string;
  switch (figure.category) {
    case 'core-team':
      phrase = `a core team of ${n}`;
      break;
    case 'long-term':
      phrase = `${n} long-term ${one ? 'observer' : 'observers'}`;
      break;
    case 'short-term':
      phrase = `${n} short-term ${one ? 'observer' : 'observers'}`;
      break;
    case 'parliamentarians':
      phrase = `${n} ${one ? 'parliamentarian' : 'parliamentarians'}`;
      break;
    case 'total':
      phrase = `${n} ${one ? 'observer' : 'observers'} in all`;
      break;
  }
  return figure.status === 'deployed' ? phrase : `${phrase} (${figure.status})`;
}

/** "from 43 States" or "". */
export function statesPhrase(figure: ChartFigure): string {
  if (figure.fromStates === undefined) return '';
  return `from ${figure.fromStates} ${figure.fromStates === 1 ? 'State' : 'States'}`;
}

/** "Long-term observers: 24 planned, 15 December 2020" — the text of one plotted point. */
export function figureLabel(figure: ChartFigure): string {
  const states = statesPhrase(figure);
  return `${OBSERVER_CATEGORIES[figure.category]}: ${formatCount(figure.count, figure.approximate)} ${figure.status}, ${formatDate(figure.date)}${states ? `, ${states}` : ''}`;
}

/**
 * The figure that stands for a mission's size. Figures are not additive (a "total" already contains
 * the core team, and categories are often reported on different days), so nothing is summed: the
 * largest `total` figure wins, or, when no source gives a total, the largest figure of any one
 * category. Status does not disqualify a figure — an expected 300 is the best size known — but ties
 * go to deployed figures, then to the latest. The caller labels the status, so a plan never passes
 * for a deployment.
 */
export function largestFigure(mission: Pick<ChartMission, 'observers'>): ChartFigure | null {
  const figures = mission.observers ?? [];
  const totals = figures.filter((f) => f.category === 'total');
  const pool = totals.length > 0 ? totals : figures;
  let best: ChartFigure | null = null;
  for (const f of pool) {
    if (
      !best ||
      f.count > best.count ||
      (f.count === best.count && STATUS_RANK[f.status] < STATUS_RANK[best.status]) ||
      (f.count === best.count && f.status === best.status && f.date > best.date)
    )
      best = f;
  }
  return best;
}

/** "IEOM", with its long name for legends and tables. */
export function missionTypeLabel(type: ChartMission['type']): string {
  return `${type} — ${MISSION_TYPES[type]}`;
}

/** The first round orders and places a mission; the schema guarantees at least one. */
export function firstRound(mission: Pick<ChartMission, 'election'>): string | null {
  return mission.election.rounds[0] ?? null;
}

/** Chronological order of missions by first round; the id breaks ties, so the order is stable. */
export function byElection(a: ChartMission, b: ChartMission): number {
  const da = firstRound(a) ?? '';
  const db = firstRound(b) ?? '';
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** "parliamentary election of 10 January 2021", for descriptions in words. */
export function electionName(m: ChartMission): string {
  const round = firstRound(m);
  return `${ELECTION_KINDS[m.election.kind].toLowerCase()} election of ${round ? formatDate(round) : 'unknown date'}`;
}
