/** Statements per list page: enough to scan, few enough to stay well under the page-weight budget. */
export const PAGE_SIZE = 50;

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function pages<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
