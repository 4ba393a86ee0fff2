/**
 * Observer figures in words, and the one figure that stands for a mission when a chart has room for
 * one number per mission.
 */
import { OBSERVER_CATEGORIES } from '../schemas/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { label } from '../i18n/vocabulary.ts';
import { formatCount, formatDate } from './svg.ts';
import type { ChartFigure, ChartMission, ObserverCategory } from './types.ts';
import { missionTypeName } from '../missions/type.ts';
import { firmerThan } from '../missions/figure-status.ts';

export const CATEGORY_ORDER = Object.keys(OBSERVER_CATEGORIES) as ObserverCategory[];

const PHRASE_KEYS = {
  'core-team': 'chart.figure.coreTeam',
  'long-term': 'chart.figure.longTerm',
  'short-term': 'chart.figure.shortTerm',
  parliamentarians: 'chart.figure.parliamentarians',
  total: 'chart.figure.total',
} as const satisfies Record<ObserverCategory, string>;

/** "a core team of 11", "about 460 observers in all", "300 short-term observers (expected)". */
export function figurePhrase(figure: ChartFigure, locale: Locale): string {
  const n = formatCount(figure.count, figure.approximate, locale);
  const phrase = translator(locale)(PHRASE_KEYS[figure.category], { n, count: figure.count, approx: figure.approximate ? 'yes' : 'no' });
  return figure.status === 'deployed' ? phrase : `${phrase} (${label(locale, 'figureStatus', figure.status)})`;
}

/** "from 43 States" or "". */
export function statesPhrase(figure: ChartFigure, locale: Locale): string {
  if (figure.fromStates === undefined) return '';
  return translator(locale)('chart.figure.fromStates', { count: figure.fromStates });
}

/** "Long-term observers: 24 planned, 15 December 2020" — the text of one plotted point. */
export function figureLabel(figure: ChartFigure, locale: Locale): string {
  const states = statesPhrase(figure, locale);
  const text = translator(locale)('chart.figure.label', {
    category: label(locale, 'observerCategory', figure.category),
    n: formatCount(figure.count, figure.approximate, locale),
    status: label(locale, 'figureStatus', figure.status),
    date: formatDate(figure.date, locale),
  });
  return `${text}${states ? `, ${states}` : ''}`;
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
      (f.count === best.count && firmerThan(f.status, best.status)) ||
      (f.count === best.count && f.status === best.status && f.date > best.date)
    )
      best = f;
  }
  return best;
}

/** "IEOM", with its long name for legends and tables; a type no source states says so. */
export function missionTypeLabel(type: ChartMission['type'], locale: Locale): string {
  return type === undefined ? missionTypeName(locale, type) : `${type} — ${label(locale, 'missionType', type)}`;
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

/** "parliamentary election of 10 January 2021" ("парламентские выборы 10 января 2021 г."), for descriptions in words. */
export function electionName(m: ChartMission, locale: Locale): string {
  const t = translator(locale);
  const round = firstRound(m);
  return t('chart.election', {
    kindId: m.election.kind,
    kind: label(locale, 'electionKind', m.election.kind).toLocaleLowerCase(locale),
    date: round ? formatDate(round, locale) : t('chart.unknownDate'),
  });
}

/** "Parliamentary election, 10 January 2021": a mission's heading where its own title is not in the language. */
export function electionHeading(m: ChartMission, locale: Locale): string {
  const round = firstRound(m);
  return translator(locale)('chart.electionHeading', {
    kindId: m.election.kind,
    kind: label(locale, 'electionKind', m.election.kind),
    date: round ? formatDate(round, locale) : translator(locale)('chart.unknownDate'),
  });
}

/** Text in sentence case: "parliamentary …" → "Parliamentary …". */
export function upperFirst(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
