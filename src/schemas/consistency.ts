/**
 * Facts within one entry that cannot all be true. Each rule returns the field to blame and a message
 * for the editor; the schemas add them as issues, so they are reported like any other field error.
 *
 * Dates may be partial (`2021`, `2021-01`, `2021-01-10`): two dates are compared on the precision
 * both have, so `2021-01` is neither before nor after `2021-01-10`.
 */
import type { z } from 'astro/zod';

export interface Contradiction {
  path: (string | number)[];
  message: string;
}

/** `a` is surely earlier than `b` at the precision both dates share. */
function surelyBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

interface Figure {
  category: string;
  count: number;
  status: string;
  date: string;
  organization?: string | undefined;
}

interface Milestone {
  kind: string;
  date?: string | undefined;
  status: string;
}

/**
 * A mission's figures and milestones against each other:
 * - a category cannot count more observers than the total of the same organization, day and status;
 * - long-term observers are not deployed before the mission has opened.
 */
export function missionContradictions(m: { observers: readonly Figure[]; milestones: readonly Milestone[] }): Contradiction[] {
  const found: Contradiction[] = [];
  const sameReport = (f: Figure) => `${f.organization ?? ''}|${f.date}|${f.status}`;
  const totals = new Map(m.observers.filter((f) => f.category === 'total').map((f) => [sameReport(f), f.count]));
  m.observers.forEach((f, i) => {
    const total = totals.get(sameReport(f));
    if (f.category !== 'total' && total !== undefined && f.count > total)
      found.push({
        path: ['observers', i, 'count'],
        message: `is ${f.count} ${f.category} observers, more than the total of ${total} given for the same organization, date and status — expected at most ${total}`,
      });
  });

  const opened = m.milestones.find((ms) => ms.kind === 'opening' && ms.status === 'actual' && ms.date);
  if (opened?.date) {
    m.milestones.forEach((ms, i) => {
      if (ms.kind === 'lto-deployment' && ms.date && surelyBefore(ms.date, opened.date!))
        found.push({ path: ['milestones', i, 'date'], message: `is ${ms.date}, before the mission opened (${opened.date}) — expected long-term observers deployed on or after the opening` });
    });
    m.observers.forEach((f, i) => {
      if (f.category === 'long-term' && f.status === 'deployed' && surelyBefore(f.date, opened.date!))
        found.push({ path: ['observers', i, 'date'], message: `is ${f.date}, before the mission opened (${opened.date}) — expected long-term observers deployed on or after the opening` });
    });
  }
  return found;
}

/**
 * A category figure this many times the mission's largest total is almost surely a slip (a digit too
 * many, the wrong mission's figure). Not refused: figures are kept as printed, and a source may
 * report more short-term observers than the only total it gives, from another day.
 */
const FAR_ABOVE_TOTAL = 2;

/**
 * What a mission's figures say that may be a slip, for the check to warn about: a category more
 * than FAR_ABOVE_TOTAL times the largest total the mission reports, on any day. Each names both.
 */
export function missionDoubts(m: { observers: readonly Figure[] }): Contradiction[] {
  let largest: { count: number; index: number } | undefined;
  m.observers.forEach((f, index) => {
    if (f.category === 'total' && f.count > (largest?.count ?? 0)) largest = { count: f.count, index };
  });
  if (!largest) return [];
  const total = largest;
  const totalFigure = m.observers[total.index]!;
  return m.observers.flatMap((f, i) =>
    f.category !== 'total' && f.count > FAR_ABOVE_TOTAL * total.count
      ? [
          {
            path: ['observers', i, 'count'],
            message: `is ${f.count.toLocaleString('en')} ${f.category} observers, more than ${FAR_ABOVE_TOTAL} times the mission's largest total, ${total.count.toLocaleString('en')} (observers.${total.index}, ${totalFigure.status} on ${totalFigure.date}) — check both figures against their sources`,
          },
        ]
      : [],
  );
}

/** A role cannot end before it starts. */
export function roleContradictions(roles: readonly { from?: string | undefined; to?: string | undefined }[]): Contradiction[] {
  return roles.flatMap((r, i) =>
    r.from && r.to && surelyBefore(r.to, r.from)
      ? [{ path: ['roles', i, 'to'], message: `is ${r.to}, before the role began (${r.from}) — expected an end on or after the start` }]
      : [],
  );
}

/** Adds contradictions to a Zod refinement context. */
export function reportContradictions(found: readonly Contradiction[], ctx: z.RefinementCtx): void {
  for (const c of found) ctx.addIssue({ code: 'custom', path: c.path, message: c.message });
}
