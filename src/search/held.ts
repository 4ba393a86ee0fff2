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

/** Letters and digits of a text, case and diacritics folded. */
function searchWords(text: string): string[] {
  return (
    foldDiacritics(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * A run of text between spaces as the index sees it: its parts ("nur", "sultan") and, when it has
 * several, the parts joined ("nursultan"), since Pagefind indexes "Nur-Sultan" both ways.
 */
function tokenForms(token: string): { joined: string; parts: string[] } {
  const parts = searchWords(token);
  return { joined: parts.join(''), parts };
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
function answers(pageWord: string, queryWord: string): boolean {
  if (pageWord.startsWith(queryWord)) return true;
  return sharedPrefix(pageWord, queryWord) >= Math.max(4, queryWord.length - 3);
}

/** The words of `query` that no word of `text` answers: empty when the page holds them all. */
export function wordsNotHeld(query: string, text: string): string[] {
  const held = new Set<string>();
  for (const token of text.split(/\s+/)) {
    const { joined, parts } = tokenForms(token);
    for (const w of [joined, ...parts]) if (w) held.add(w);
  }
  const heldBy = (q: string) => [...held].some((w) => answers(w, q));
  const missing = query
    .split(/\s+/)
    .map(tokenForms)
    .filter(({ joined, parts }) => joined && !heldBy(joined) && !parts.every(heldBy))
    .map(({ joined }) => joined);
  return [...new Set(missing)];
}
