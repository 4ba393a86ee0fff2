/** Values of one `data-pagefind-filter` for a page: each once, blanks dropped, in first-seen order. */
export function filterValues(values: Iterable<string | false | null | undefined>): string[] {
  const out: string[] = [];
  for (const v of values) {
    const value = v ? v.trim() : '';
    if (value && !out.includes(value)) out.push(value);
  }
  return out;
}
