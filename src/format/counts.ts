/** Counts in prose. Grouped by hand rather than with `toLocaleString`, so no build machine's ICU data can change a page. */

/** `10000` → `10,000`. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1` → `1 statement`, `5783` → `5,783 statements`; pass `plural` for irregular nouns. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
