/**
 * How firmly an observer figure is known: deployed (reported in place) over expected (an announced
 * arrival) over planned. The one ranking of statuses, for "the latest figure" and "the largest".
 */
import type { FIGURE_STATUSES, Keys } from '../schemas/vocabulary.ts';

type FigureStatus = Keys<typeof FIGURE_STATUSES>;

const FIRMNESS: Record<FigureStatus, number> = { planned: 0, expected: 1, deployed: 2 };

/** True when a figure of status `a` is known more firmly than one of status `b`. */
export function firmerThan(a: FigureStatus, b: FigureStatus): boolean {
  return FIRMNESS[a] > FIRMNESS[b];
}
