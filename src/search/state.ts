/**
 * What a search is, as it lives in the address bar: `?q=vigenin&country=Kazakhstan&year=2021&sort=date`.
 * One shape for the page script, for shared links and for the Back button; parsing forgives
 * anything a person may have edited by hand, serialising is canonical so two states compare as strings.
 */
import { say, type SearchText } from './text.ts';

/**
 * The filters of the index (`data-pagefind-filter` names) and the URL parameter for each. The names
 * are the same in every language's index; their labels come with the page's words (text.ts).
 */
export const FILTERS = [
  { param: 'country', name: 'country' },
  { param: 'year', name: 'year' },
  { param: 'type', name: 'mission type' },
  { param: 'kind', name: 'statement kind' },
  { param: 'organization', name: 'organization' },
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

function emptyState(): SearchState {
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
  for (const list of Object.values(state.filters)) list.sort(compareCanonical);
  if (params.get('sort') === 'date') state.sort = 'date';
  return state;
}

/** The query string for a state, without `?`; empty for the empty search. */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set('q', q);
  for (const { param } of FILTERS) {
    for (const value of [...new Set(state.filters[param] ?? [])].sort(compareCanonical)) params.append(param, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params.toString();
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
  const filters = { ...state.filters, [param]: [...current].sort(compareCanonical) };
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
function sortsByDate(state: SearchState): boolean {
  return state.sort === 'date' || !state.q;
}

/** Newest year first; everything else in alphabetical order of the language. */
function compareValues(locale: string): (a: string, b: string) => number {
  return (a, b) => {
    if (/^\d{4}$/.test(a) && /^\d{4}$/.test(b)) return Number(b) - Number(a);
    return a.localeCompare(b, locale);
  };
}

/** The order values take in an address, the same whatever the page's language, so addresses compare as strings. */
const compareCanonical = compareValues('en');

/** The values of one filter in the order a reader of `locale` scans them. */
export function orderValues(values: Iterable<string>, locale: string): string[] {
  return [...values].sort(compareValues(locale));
}

/** A filter value as a reader understands it: mission types are spelled out. */
export function valueLabel(param: FilterParam, value: string, text: SearchText): string {
  const spelled = text.missionTypes[value];
  if (param === 'type' && spelled !== undefined) return say(text, 'typeLabel', { label: spelled, code: value });
  return value;
}

/** The sentence announced after each search. */
export function statusMessage(state: SearchState, count: number, text: SearchText): string {
  const filters = Object.values(state.filters).reduce((n, list) => n + (list?.length ?? 0), 0);
  return say(text, 'status', {
    results: count === 0 ? say(text, 'status.none') : say(text, 'status.results', { count }),
    what: state.q ? say(text, 'status.for', { q: state.q }) : '',
    narrowed: filters ? say(text, 'status.filters', { count: filters }) : '',
    order: count > 1 && sortsByDate(state) ? say(text, 'status.newest') : '',
  });
}

/** "The archive holds no page with the word “tokyo”." — said plainly, not as zero of some results. */
export function notHeldMessage(words: readonly string[], text: SearchText): string {
  const quoted = words.map((word) => say(text, 'quoted', { word }));
  return words.length === 1
    ? say(text, 'notHeld.one', { word: quoted[0]! })
    : say(text, 'notHeld.many', { words: quoted.slice(0, -1).join(', '), last: quoted.at(-1)! });
}
