/**
 * "At a glance" facts of a mission, derived from its dated figures: for each category of observers
 * the latest figure reported, so a reader sees the current state and, one click on, its source.
 */
import type { MissionData } from '../schemas/index.ts';
import { OBSERVER_CATEGORIES, type Keys } from '../schemas/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { label } from '../i18n/vocabulary.ts';
import { firmerThan } from './figure-status.ts';

type Figure = MissionData['observers'][number];
type Milestone = MissionData['milestones'][number];

type ObserverCategory = Keys<typeof OBSERVER_CATEGORIES>;

/** The latest figure per category, in the vocabulary's order; later dates win, deployed beats planned on a tie. */
export function latestFigures(observers: readonly Figure[]): Figure[] {
  const best = new Map<string, Figure>();
  for (const f of observers) {
    const current = best.get(f.category);
    if (!current || f.date > current.date || (f.date === current.date && firmerThan(f.status, current.status))) best.set(f.category, f);
  }
  return (Object.keys(OBSERVER_CATEGORIES) as ObserverCategory[]).flatMap((c) => (best.has(c) ? [best.get(c)!] : []));
}

/** The words of a figure's count: "about 460", "24 (planned)", "300 (expected)"; Russian "около 460". */
function countMessage(f: Pick<Figure, 'count' | 'approximate' | 'status'>, locale: Locale) {
  return { count: f.count, approximate: f.approximate ? 'yes' : 'no', status: f.status, statusLabel: label(locale, 'figureStatus', f.status) };
}

/** "about 460", "24 (planned)", "300 (expected)" */
export function describeCount(f: Pick<Figure, 'count' | 'approximate' | 'status'>, locale: Locale): string {
  return translator(locale)('mission.count', countMessage(f, locale));
}

/** Milestones in the order a mission lives them; undated ones keep their stage order. */
export function orderedMilestones(milestones: readonly Milestone[]): Milestone[] {
  const order = ['needs-assessment', 'opening', 'lto-deployment', 'interim-report', 'election-day', 'preliminary-statement', 'final-report'];
  return [...milestones].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.date ?? '').localeCompare(b.date ?? ''));
}

/** Largest number of observers States were said to send, if any figure says. */
export function secondingStates(observers: readonly Figure[]): Figure | undefined {
  return observers.filter((f) => f.fromStates).sort((a, b) => b.fromStates! - a.fromStates!)[0];
}

/**
 * Whether the mission is over on `today`: its final report is out, or its last election day is more
 * than a year past. Used to mark contacts that may no longer answer.
 */
export function isMissionOver(m: Pick<MissionData, 'election' | 'milestones'>, today: string): boolean {
  if (m.milestones.some((ms) => ms.kind === 'final-report' && ms.status === 'actual')) return true;
  const last = m.election.rounds[m.election.rounds.length - 1]!;
  const yearLater = `${Number(last.slice(0, 4)) + 1}${last.slice(4)}`;
  return yearLater < today;
}

/**
 * One line for lists: the total when a source gives one, else each category's latest figure
 * ("22 long-term, 300 short-term (expected)"); `undefined` when nothing is reported.
 */
export function observerSummary(observers: readonly Figure[], locale: Locale): string | undefined {
  const t = translator(locale);
  const latest = latestFigures(observers);
  const total = latest.find((f) => f.category === 'total');
  if (total) return t('mission.count.inAll', { count: describeCount(total, locale) });
  if (latest.length === 0) return undefined;
  return latest
    .map((f) => {
      const { count, approximate, status, statusLabel } = countMessage(f, locale);
      const n = t('mission.count', { count, approximate, status: 'deployed', statusLabel });
      return t('mission.count.category', { count: n, category: t(`mission.count.short.${f.category}`), status, statusLabel });
    })
    .join(', ');
}
