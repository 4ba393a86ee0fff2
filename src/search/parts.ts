/**
 * The search index in parts (src/search/indexer.ts): the first part of each language is Pagefind's
 * bundle at `/pagefind/`, and each further part a bundle of its own under `/pagefind/parts/`, listed
 * by language in the bundle's entry file under `parts`. The search page merges a language's further
 * parts into its search (Pagefind's `mergeIndex`). Shared by the indexer and the browser: no Node.
 */

/** The key of the entry file that lists each language's further parts. */
export const PARTS_KEY = 'parts';

/** Where part `index` (1 and on) of `language` is written, below the bundle's folder. */
export function partFolder(language: string, index: number): string {
  if (!/^[a-z0-9-]+$/.test(language) || !Number.isInteger(index) || index < 1) throw new Error(`no search index part ${index} for language "${language}"`);
  return `parts/${language}-${index}`;
}

/** The URL path of part `index` of `language`, as the entry file lists it and the search page loads it. */
export function partPath(language: string, index: number): string {
  return `/pagefind/${partFolder(language, index)}/`;
}

/** The further parts of the index a page in `language` searches, as URL paths, from the entry file. */
export function searchParts(entry: unknown, language: string): string[] {
  const parts = (entry as Record<string, unknown> | null)?.[PARTS_KEY];
  const listed = (parts as Record<string, unknown> | undefined)?.[language.toLowerCase()];
  // Only paths inside the bundle's own folder: the entry is ours, but the page must not be told to load anything else.
  return Array.isArray(listed) ? listed.filter((p): p is string => typeof p === 'string' && /^\/pagefind\/parts\/[a-z0-9-]+\/$/.test(p)) : [];
}
