/**
 * The /search/ page in the browser: Pagefind's JS API behind our own form, filters and result list.
 *
 * Why not Pagefind's Component UI: it injects its own markup and styles, which we would have to
 * restyle and re-audit for our contrast, focus and live-region rules, and it is ten times the size
 * of this file. Here every node is created with the DOM API (no innerHTML, no inline styles or
 * handlers), so the page runs under a Content-Security-Policy without 'unsafe-inline'; Pagefind
 * itself needs only 'wasm-unsafe-eval' for its WebAssembly and 'self' for its worker.
 *
 * The address bar holds the whole search (see state.ts). Typing replaces the current history
 * entry; a search the reader has settled on (pressed Enter, paused, left the box, or changed a
 * filter or the order) gets its own entry, so Back returns to it.
 */
import { excerptParts } from './excerpt.ts';
import { describeResult } from './result.ts';
import { wordsNotHeld } from './held.ts';
import { suggestQuery, wordsAbsent } from './suggest.ts';
import { searchParts } from './parts.ts';
import { NAMES_FIELD, SEARCH_RANKING } from './ranking.ts';
import { readSearchText, say, type ClientMessage } from './text.ts';
import {
  FILTERS,
  type FilterParam,
  type SearchState,
  isEmptySearch,
  orderValues,
  pagefindOptions,
  parseState,
  hasFilters,
  normalizeQuery,
  notHeldMessage,
  stateToQuery,
  statusMessage,
  valueLabel,
  withFilterValue,
} from './state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text. */
  content: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, opts: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, opts: object): Promise<PagefindResponse>;
}

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;
/** A typed search left alone this long counts as read: the next change gets its own history entry. */
const SETTLE_MS = 1500;
/** Groups with more values than this start folded, so the country list does not push results away. */
const OPEN_GROUP_MAX = 10;

type HistoryMode = 'typing' | 'commit' | 'push' | 'none';

interface ValueControl {
  item: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLSpanElement;
}
interface GroupControl {
  details: HTMLDetailsElement;
  summaryCount: HTMLSpanElement;
  values: Map<string, ValueControl>;
  touched: boolean;
}

/** An element with DOM properties (className, htmlFor, dateTime…) and children: no markup strings. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const form = need<HTMLFormElement>(root, '[data-search-form]');
  const input = need<HTMLInputElement>(form, 'input[name="q"]');
  const status = need<HTMLElement>(root, '[data-search-status]');
  const ui = need<HTMLElement>(root, '[data-search-ui]');
  const refine = need<HTMLElement>(root, '[data-search-refine]');
  const sortSelect = need<HTMLSelectElement>(root, '[data-search-sort]');
  const groupsBox = need<HTMLElement>(root, '[data-search-filters]');
  const clearButton = need<HTMLButtonElement>(root, '[data-search-clear]');
  const list = need<HTMLOListElement>(root, '[data-search-results]');
  const empty = need<HTMLElement>(root, '[data-search-empty]');
  const emptyClear = need<HTMLButtonElement>(root, '[data-search-empty-clear]');
  const suggestBox = need<HTMLElement>(root, '[data-search-suggest]');
  const more = need<HTMLButtonElement>(root, '[data-search-more]');
  const text = readSearchText(root.dataset.searchText);

  const narrow = window.matchMedia('(max-width: 48rem)');
  let state = parseState(location.search);
  input.value = state.q;
  sortSelect.value = state.sort;

  let pagefind: Pagefind;
  try {
    // Resolved at run time so the bundler leaves Pagefind's own files alone: they are written after
    // the site is built.
    const url = new URL('/pagefind/pagefind.js', location.origin).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    const options = { excerptLength: 24, ranking: SEARCH_RANKING };
    await pagefind.options(options);
    await pagefind.init();
    // A large archive's index comes in parts (src/search/parts.ts): this language's further parts
    // are searched with the first, as one index.
    const entry: unknown = await (await fetch(new URL('/pagefind/pagefind-entry.json', location.origin))).json();
    for (const path of searchParts(entry, document.documentElement.lang)) await pagefind.mergeIndex(path, options);
  } catch {
    status.textContent = say(text, 'loadFailed');
    return;
  }

  const groups = buildGroups(await pagefind.filters());
  let results: PagefindResult[] = [];
  let shown = 0;
  let seq = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  // Whether the current history entry holds a search the reader has seen: then the next change
  // must not overwrite it. A search arrived at by link (?q=…) has been asked for, so it counts.
  let settled = !isEmptySearch(state);
  const pageTitle = document.title;

  function buildGroups(all: Record<string, Record<string, number>>): Map<FilterParam, GroupControl> {
    const built = new Map<FilterParam, GroupControl>();
    for (const { param, name } of FILTERS) {
      const label = say(text, `filter.${param}` satisfies ClientMessage);
      const values = orderValues(Object.keys(all[name] ?? {}), text.locale);
      if (!values.length) continue;
      const summaryCount = el('span', { className: 'search-filter__count' });
      const summary = el('summary', {}, label, ' ', summaryCount);
      const details = el('details', { className: 'search-filter' }, summary);
      const fieldset = el('fieldset', {}, el('legend', { className: 'visually-hidden' }, label));
      const ul = el('ul', { className: 'search-filter__values' });
      const group: GroupControl = { details, summaryCount, values: new Map(), touched: false };
      values.forEach((value, i) => {
        const id = `filter-${param}-${i}`;
        const checkbox = el('input', { type: 'checkbox', id, value });
        const count = el('span', { className: 'search-filter__n' });
        const item = el('li', {}, checkbox, el('label', { htmlFor: id }, valueLabel(param, value, text), ' ', count));
        checkbox.addEventListener('change', () => {
          commitTyping();
          void run(withFilterValue(state, param, value, checkbox.checked), 'push');
        });
        group.values.set(value, { item, input: checkbox, count });
        ul.append(item);
      });
      // A click (or Enter/Space) on the summary is the reader's choice; from then on it is kept.
      summary.addEventListener('click', () => {
        group.touched = true;
      });
      fieldset.append(ul);
      details.append(fieldset);
      groupsBox.append(details);
      built.set(param, group);
    }
    return built;
  }

  /** Counts next to each value; values no result has are hidden unless selected. */
  function updateGroups(counts: Record<string, Record<string, number>>) {
    for (const { param, name } of FILTERS) {
      const group = groups.get(param);
      if (!group) continue;
      const selected = new Set(state.filters[param] ?? []);
      let visible = 0;
      for (const [value, control] of group.values) {
        const n = counts[name]?.[value] ?? 0;
        control.input.checked = selected.has(value);
        control.count.textContent = `(${n})`;
        control.item.hidden = n === 0 && !selected.has(value);
        if (!control.item.hidden) visible++;
      }
      group.details.hidden = visible === 0;
      group.summaryCount.textContent = selected.size ? say(text, 'chosen', { count: selected.size }) : '';
      // On a phone the filters sit above the results: folded, so the first result is in view.
      if (!group.touched) group.details.open = selected.size > 0 || (!narrow.matches && visible <= OPEN_GROUP_MAX);
    }
    clearButton.hidden = !hasFilters(state);
  }

  function writeHistory(next: SearchState, mode: HistoryMode) {
    if (mode === 'none') return;
    const query = stateToQuery(next);
    if (query === location.search.replace(/^\?/, '')) {
      if (mode !== 'typing') settled = true;
      return;
    }
    const url = query ? `${location.pathname}?${query}` : location.pathname;
    if (mode === 'push' || settled) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    settled = mode !== 'typing';
  }

  /** Typing has stopped for good (Enter, a filter, leaving the box): what was typed is a search. */
  function commitTyping() {
    clearTimeout(typingTimer);
    clearTimeout(settleTimer);
    if (normalizeQuery(input.value) !== state.q) void run({ ...state, q: input.value }, 'commit');
    else if (!isEmptySearch(state)) settled = true;
  }

  async function run(next: SearchState, mode: HistoryMode): Promise<void> {
    next = parseState(stateToQuery(next));
    state = next;
    writeHistory(next, mode);
    // The tab title names the search, so the history menu and bookmarks tell searches apart.
    document.title = next.q ? `${say(text, 'quoted', { word: next.q })} · ${pageTitle}` : pageTitle;
    const mine = ++seq;
    try {
      await search(next, mode, mine);
    } catch (error) {
      if (mine !== seq) return;
      list.removeAttribute('aria-busy');
      status.textContent = say(text, 'failed');
      throw error;
    }
  }

  async function search(next: SearchState, mode: HistoryMode, mine: number): Promise<void> {
    if (isEmptySearch(next)) {
      results = [];
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      empty.hidden = true;
      more.hidden = true;
      refine.hidden = false;
      showSuggestion(undefined);
      status.textContent = '';
      const all = await pagefind.filters();
      if (mine === seq) updateGroups(all);
      return;
    }
    list.setAttribute('aria-busy', 'true');
    const term = next.q || null;
    const main = await pagefind.search(term, pagefindOptions(next));
    // Pagefind answers a word it does not hold with a shorter one it does ("Tokyo" → "to"): the best
    // result shows whether every word was found, and if not, the archive holds nothing for it.
    const best = term && main.results[0] ? await main.results[0].data() : undefined;
    // The page's names field counts as its text: a country is found by the case forms it holds there.
    const bestText = best ? pageText(best) : '';
    const notHeld = best ? wordsNotHeld(term!, bestText) : [];
    // What Pagefind found near a word the archive does not hold names the word the reader meant.
    const suggestion = !term
      ? undefined
      : notHeld.length
        ? suggestQuery(term, notHeld, bestText)
        : main.results.length === 0
          ? await nearSuggestion(term)
          : undefined;
    // A filter's own counts come from the search without it, so its other values show what they add.
    const counts: Record<string, Record<string, number>> = notHeld.length ? {} : { ...main.filters };
    for (const { param, name } of FILTERS) {
      if (notHeld.length === 0 && next.filters[param]?.length) counts[name] = (await pagefind.search(term, pagefindOptions(next, param))).filters[name] ?? {};
    }
    if (mine !== seq) return;
    updateGroups(counts);
    results = notHeld.length ? [] : main.results;
    shown = 0;
    await showMore(mine, true);
    if (mine !== seq) return;
    list.removeAttribute('aria-busy');
    empty.hidden = results.length > 0;
    emptyClear.hidden = !hasFilters(next);
    // Nothing to sort or narrow: the panel would only offer choices that change nothing.
    refine.hidden = results.length === 0;
    const said = notHeld.length ? notHeldMessage(notHeld, text) : statusMessage(next, results.length, text);
    showSuggestion(suggestion);
    status.textContent = suggestion ? `${said} ${say(text, 'suggest', { word: say(text, 'quoted', { word: suggestion }) })}` : said;
    if (mode === 'typing') {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        settled = true;
      }, SETTLE_MS);
    }
  }

  /** A page's indexed words: its title, the names it is searched by, and its text. */
  function pageText(d: PagefindResultData): string {
    return `${d.meta.title ?? ''} ${d.meta[NAMES_FIELD] ?? ''} ${d.content}`;
  }

  /**
   * For a search Pagefind found nothing for at all: the first result of each word's first half
   * ("Казак" for «Казакстан») holds the words near it.
   */
  async function nearSuggestion(term: string): Promise<string | undefined> {
    const texts = await Promise.all(
      term
        .split(/\s+/)
        .filter(Boolean)
        .map(async (word) => {
          const first = (await pagefind.search(word.slice(0, Math.max(3, Math.ceil(word.length / 2))), {})).results[0];
          return first ? pageText(await first.data()) : '';
        }),
    );
    const near = texts.join(' ');
    return suggestQuery(term, wordsAbsent(term, near), near);
  }

  /** "Did you mean “kazakhstan”?", the word a link that searches for it. */
  function showSuggestion(suggestion: string | undefined) {
    suggestBox.hidden = !suggestion;
    if (!suggestion) return suggestBox.replaceChildren();
    const [before = '', after = ''] = say(text, 'suggest', { word: '\u0000' }).split('\u0000');
    const link = el('a', { href: `${location.pathname}?${stateToQuery({ ...state, q: suggestion, filters: {} })}` }, say(text, 'quoted', { word: suggestion }));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = suggestion;
      void run({ ...state, q: suggestion, filters: {} }, 'push');
      input.focus();
    });
    suggestBox.replaceChildren(before, link, after);
  }

  /**
   * Renders the next page of results (replacing the list for a new search, once the page's data
   * is in, so the old results stay until then); returns the first new link.
   */
  async function showMore(mine: number, replace = false): Promise<HTMLAnchorElement | undefined> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== seq) return undefined;
    let first: HTMLAnchorElement | undefined;
    if (replace) list.replaceChildren();
    for (const d of data) {
      const { title, facts, datetime } = describeResult(d.meta, d.url, text);
      const link = el('a', { href: d.url }, title);
      first ??= link;
      const meta = el('p', { className: 'meta search-result__facts' });
      facts.forEach((fact, i) => {
        if (i > 0) meta.append(' · ');
        const isDate = datetime && i === facts.length - 1;
        meta.append(isDate ? el('time', { dateTime: datetime }, fact) : fact);
      });
      const excerpt = el('p', { className: 'search-result__excerpt' });
      for (const part of excerptParts(d.excerpt)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
      list.append(el('li', { className: 'search-result' }, el('h3', {}, link), meta, excerpt));
    }
    shown += batch.length;
    more.hidden = shown >= results.length;
    more.textContent = say(text, 'more', { count: results.length - shown });
    return first;
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    clearTimeout(settleTimer);
    typingTimer = setTimeout(() => {
      if (normalizeQuery(input.value) !== state.q) void run({ ...state, q: input.value }, 'typing');
    }, TYPING_DELAY_MS);
  });
  input.addEventListener('change', commitTyping);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commitTyping();
  });
  sortSelect.addEventListener('change', () => {
    commitTyping();
    void run({ ...state, sort: sortSelect.value === 'date' ? 'date' : 'relevance' }, 'push');
  });
  const clearFilters = () => {
    commitTyping();
    void run({ ...state, filters: {} }, 'push');
    // The button that was pressed disappears with the filters: keep the reader in the search box.
    input.focus();
  };
  clearButton.addEventListener('click', clearFilters);
  emptyClear.addEventListener('click', clearFilters);
  let loadingMore = false;
  // A listener's returned promise is ignored; loadMore() tells the reader itself when a page of
  // results fails, as run() does, and rethrows so the console keeps the cause.
  more.addEventListener('click', () => void loadMore());
  async function loadMore() {
    if (loadingMore) return;
    loadingMore = true;
    const mine = seq;
    list.setAttribute('aria-busy', 'true');
    let first: HTMLAnchorElement | undefined;
    try {
      first = await showMore(mine);
    } catch (error) {
      if (mine === seq) {
        list.removeAttribute('aria-busy');
        status.textContent = say(text, 'failed');
      }
      throw error;
    } finally {
      loadingMore = false;
    }
    if (mine !== seq) return;
    list.removeAttribute('aria-busy');
    // Focus moves to the first new result, so keyboard and screen reader users continue from there.
    first?.focus();
  }
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    clearTimeout(settleTimer);
    const next = parseState(location.search);
    // Following an in-page link (the skip link to the results) is a history step too: the search
    // is the same, and running it again would replace the results under the reader's focus.
    if (stateToQuery(next) === stateToQuery(state)) return;
    input.value = next.q;
    sortSelect.value = next.sort;
    settled = true;
    void run(next, 'none');
  });

  ui.hidden = false;
  // Words typed while Pagefind was loading win over the address the page was opened with.
  if (normalizeQuery(input.value) !== state.q) await run({ ...state, q: input.value }, 'typing');
  else await run(state, 'none');
}
