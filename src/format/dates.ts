/**
 * Dates as readers expect them ("4 January 2021"), formatted without `Intl` time zones so a build
 * in any zone prints the same day. Partial dates print only what they know ("October 2005").
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** `2021-01-04` → `4 January 2021`; `2005-10` → `October 2005`; `2005` → `2005`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  if (!month) throw new RangeError(`not a month: ${iso}`);
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** `2021-01-04` → `Jan 2021`, for compact lists. */
export function formatMonth(iso: string): string {
  const [y, m] = iso.split('-');
  return m ? `${MONTHS[Number(m) - 1]!.slice(0, 3)} ${y}` : y!;
}

/** The year of an ISO date, as a number. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
