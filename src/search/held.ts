/**
 * Whether the archive holds the words of a search.
 *
 * When a word is not in its index, Pagefind does not answer "nothing": it backtracks to the longest
 * prefix of the word that is indexed (Pagefind PR #315; no option turns it off, issue #780), so
 * "Tokyo" returns every page with "to". An archive must not present those as matches. The page
 * checks the words of the best result against the query: a word none of them continues or shares
 * its stem with is a word the archive does not hold, and the search then returns nothing.
 */
import { foldDiacritics } from './fold.ts';

/** Words as Pagefind splits them: letters and digits, case and diacritics folded. */
export function searchWords(text: string): string[] {
  return foldDiacritics(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * A page word answers a query word when it continues it (typing "Toka" finds "Tokayev"), or when
 * both share a stem: all but the last three letters of the query word and never fewer than four
 * ("observing" finds "observers", "elections" finds "election"; "Tokyo" does not find "to").
 */
export function answers(pageWord: string, queryWord: string): boolean {
  if (pageWord.startsWith(queryWord)) return true;
  return sharedPrefix(pageWord, queryWord) >= Math.max(4, queryWord.length - 3);
}

/** The words of `query` that no word of `text` answers: empty when the page holds them all. */
export function wordsNotHeld(query: string, text: string): string[] {
  const held = new Set(searchWords(text));
  return [...new Set(searchWords(query))].filter((q) => ![...held].some((w) => answers(w, q)));
}
