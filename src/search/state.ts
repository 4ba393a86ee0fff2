/**
 * What a search is, as it lives in the address bar: `?q=vigenin&country=Kazakhstan&year=2021&sort=date`.
 * One shape for the page script, for shared links and for the Back button; parsing forgives
 * anything a person may have edited by hand, serialising is canonical so two states compare as strings.
 */
import { MISSION_TYPES } from '../schemas/vocabulary.ts';

/** The filters of the index (`data-pagefind-filter` names) and the URL parameter for each. */
export const FILTERS = [
  { param: 'country', name: 'country', label: 'Country' },
  { param: 'year', name: 'year', label: 'Year' },
  { param: 'type', name: 'mission type', label: 'Mission type' },
  { param: 'kind', name: 'statement kind', label: 'Statement kind' },
  { param: 'organization', name: 'organization', label: 'Organization' },
] as const;

export type FilterParam = (typeof FILTERS)[number]['param'];
type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  /** Selected values per filter; a result must match one value of every filter that has any. */
  filters: Partial<Record<FilterParam, string[]>>;
  sort: SortOrder;
}

const PARAMS = new Set<string>(FILTERS.map((f) => f.param));

export function emptyState(): SearchState {
  return { q: '', filters: {}, sort: 'relevance' };
}

/** The words as searched: runs of white space as one space, none at the ends. */
export function normalizeQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim();
}

/** Reads a query string (with or without `?`) or URLSearchParams; unknown parameters are ignored. */
export function parseState(input: string | URLSearchParams): SearchState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const state = emptyState();
  state.q = normalizeQuery(params.get('q') ?? '');
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (!PARAMS.has(key) || !value) continue;
    const list = (state.filters[key as FilterParam] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  for (const list of Object.values(state.filters)) list.sort(compareValues);
  if (params.get('sort') === 'date') state.sort = 'date';
  return state;
}

/** The query string for a state, without `?`; empty for the empty search. */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set('q', q);
  for (const { param } of FILTERS) {
    for (const value of [...new Set(state.filters[param] ?? [])].sort(compareValues)) params.append(param, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params.toString();
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToQuery(a) === stateToQuery(b);
}

export function hasFilters(state: SearchState): boolean {
  return FILTERS.some(({ param }) => (state.filters[param]?.length ?? 0) > 0);
}

/** Nothing to search for: no words and no filter. */
export function isEmptySearch(state: SearchState): boolean {
  return !state.q && !hasFilters(state);
}

/** A copy of `state` with `value` of filter `param` selected or not. */
export function withFilterValue(state: SearchState, param: FilterParam, value: string, selected: boolean): SearchState {
  const current = new Set(state.filters[param] ?? []);
  if (selected) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters, [param]: [...current].sort(compareValues) };
  if (!filters[param]!.length) delete filters[param];
  return { ...state, filters };
}

export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/**
 * The options for Pagefind's `search()`. `except` leaves one filter out: the counts shown next to
 * a filter's values come from the search without that filter, so choosing a second country shows
 * how many results it adds, not zero.
 */
export function pagefindOptions(state: SearchState, except?: FilterParam): PagefindSearchOptions {
  const filters: Record<string, { any: string[] }> = {};
  for (const { param, name } of FILTERS) {
    const values = state.filters[param];
    if (param !== except && values?.length) filters[name] = { any: [...values] };
  }
  return sortsByDate(state) ? { filters, sort: { date: 'desc' } } : { filters };
}

/** Date order when asked for, and always when there are no words to rank by (filters only). */
export function sortsByDate(state: SearchState): boolean {
  return state.sort === 'date' || !state.q;
}

/** Newest year first; everything else in alphabetical order. */
function compareValues(a: string, b: string): number {
  if (/^\d{4}$/.test(a) && /^\d{4}$/.test(b)) return Number(b) - Number(a);
  return a.localeCompare(b, 'en');
}

/** The values of one filter in the order a reader scans them. */
export function orderValues(values: Iterable<string>): string[] {
  return [...values].sort(compareValues);
}

/** A filter value as a reader understands it: mission types are spelled out. */
export function valueLabel(param: FilterParam, value: string): string {
  if (param === 'type' && value in MISSION_TYPES) return `${MISSION_TYPES[value as keyof typeof MISSION_TYPES]} (${value})`;
  return value;
}

/** The sentence announced after each search. */
export function statusMessage(state: SearchState, count: number): string {
  const what = state.q ? ` for “${state.q}”` : '';
  const filters = Object.values(state.filters).reduce((n, list) => n + (list?.length ?? 0), 0);
  const narrowed = filters ? ` with ${filters === 1 ? '1 filter' : `${filters} filters`}` : '';
  const order = count > 1 && sortsByDate(state) ? ', newest first' : '';
  if (count === 0) return `No results${what}${narrowed}.`;
  return `${count === 1 ? '1 result' : `${count} results`}${what}${narrowed}${order}.`;
}

/** "The archive holds no page with the word “tokyo”." — said plainly, not as zero of some results. */
export function notHeldMessage(words: readonly string[]): string {
  const quoted = words.map((w) => `“${w}”`);
  return words.length === 1
    ? `The archive holds no page with the word ${quoted[0]}.`
    : `The archive holds no page with the words ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}.`;
}
