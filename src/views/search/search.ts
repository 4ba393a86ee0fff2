/**
 * The search page's view model: every word the page prints, in its language, and the words its
 * script shows (as plural forms it can fill in the browser).
 */
import { localizedPath, type Locale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translate.ts';
import type { SearchText } from '../../search/text.ts';
import { clientText } from './client-text.ts';

export interface SearchView {
  title: string;
  description: string;
  heading: string;
  /** Where the form sends a search without JavaScript: this language's search page. */
  action: string;
  formLabel: string;
  inputLabel: string;
  button: string;
  hint: string;
  noscript: { text: string; lists: { href: string; text: string }[]; and: string };
  refine: string;
  order: { label: string; relevance: string; date: string };
  clearFilters: string;
  results: string;
  /** The link from the search box past the sort and filters to the first result. */
  skipToResults: string;
  empty: string;
  emptyClear: string;
  more: string;
  /** The script's words, printed as JSON in a data attribute (nothing inline executes under the CSP). */
  client: SearchText;
}

const LISTS = ['countries', 'missions', 'statements', 'people', 'organizations'] as const;

export function searchView(locale: Locale): SearchView {
  const t = translator(locale);
  return {
    title: t('search.title'),
    description: t('search.description'),
    heading: t('search.heading'),
    action: localizedPath(locale, '/search/'),
    formLabel: t('search.formLabel'),
    inputLabel: t('search.inputLabel'),
    button: t('search.button'),
    hint: t('search.hint'),
    noscript: {
      text: t('search.noscript'),
      lists: LISTS.map((list) => ({ href: localizedPath(locale, `/${list}/`), text: t(`search.noscript.${list}`) })),
      and: t('search.noscript.and'),
    },
    refine: t('search.refine'),
    order: { label: t('search.order'), relevance: t('search.order.relevance'), date: t('search.order.date') },
    clearFilters: t('search.clearFilters'),
    results: t('search.results'),
    skipToResults: t('search.skipToResults'),
    empty: t('search.empty'),
    emptyClear: t('search.emptyClear'),
    more: t('search.more'),
    client: clientText(locale),
  };
}
