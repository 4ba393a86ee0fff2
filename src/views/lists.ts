/**
 * What every paged list page hands `PagedList.astro`: the view models of the country, organization
 * and person lists return it, so the page components only lay the list out.
 */
import type { ListPage } from '../lists/paging.ts';
import type { Phrase } from './phrases.ts';

export interface Crumb {
  href: string;
  /** A phrase when it is a name that may be in another language than the page. */
  label: string | Phrase;
}

export interface PagedListView {
  /** The `<title>`; the heading too, unless `heading` gives it with a name marked in its own language. */
  title: string;
  heading?: Phrase;
  /** The list's own crumb, after `trail`. */
  crumb: string;
  /** Crumbs between Home and the list, each address in the page's language. */
  trail: Crumb[];
  description: string;
  lede: string | Phrase;
  /** Address of page 1 without the language prefix (`PagedList` adds the page's). */
  base: string;
  /** What the list holds, for the name of its page navigation. */
  label: string;
  page: number;
  pages: number;
}

/** The page numbers of a list page, as `PagedListView` carries them. */
export function pageOf(list: Pick<ListPage<unknown>, 'page' | 'pages'>): Pick<PagedListView, 'page' | 'pages'> {
  return { page: list.page, pages: list.pages };
}

/**
 * The newest entries an entity page shows, what it says when there are none, and the link to them all;
 * `Text` is `Phrase` where those sentences hold a name that may be in another language than the page.
 */
export interface LatestView<T, Text extends string | Phrase = string | Phrase> {
  shown: T[];
  none: Text;
  more: { href: string; text: Text } | undefined;
}
