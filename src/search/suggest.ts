/**
 * "Did you mean": the word closest to one the archive does not hold, among the words of the pages
 * Pagefind found near it. Pagefind answers a misspelt word ("Kazakstan", "Vigenen", «Казакстан»)
 * with the pages of the longest indexed prefix ("kazak…"), whose text then holds the word the
 * reader meant; `held.ts` keeps those pages from passing for matches, and this names the word.
 *
 * Closeness is the Levenshtein distance (fastest-levenshtein) between folded spellings: case and
 * diacritics apart, a letter left out, added or changed counts one. A word is offered only within a
 * quarter of its length (one edit up to seven letters, two up to eleven), so a short query is not
 * "corrected" into another word altogether.
 */
import { distance } from 'fastest-levenshtein';
import { foldDiacritics } from './fold.ts';

/** Letters and digits only, case and diacritics folded: how two spellings are compared. */
function folded(word: string): string {
  return (
    foldDiacritics(word)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join('');
}

/** The words of a page's text as a reader would type them: lower case, hyphenated names whole. */
function pageWords(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
}

/** The word of `text` closest to `word`, within a quarter of its length; undefined when none is. */
function closestWord(word: string, text: string): string | undefined {
  const target = folded(word);
  const limit = Math.max(1, Math.floor(target.length / 4));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of pageWords(text)) {
    const form = folded(candidate);
    if (form === target || Math.abs(form.length - target.length) >= bestDistance) continue;
    const d = distance(form, target);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * The words of `query` no word of `text` spells exactly (case and diacritics apart). For a search
 * Pagefind found nothing for, `wordsNotHeld` is too kind: it takes "vigenin" to answer "Vigenen"
 * (a shared stem), yet the index holds no "vigenen".
 */
export function wordsAbsent(query: string, text: string): string[] {
  const held = new Set([...pageWords(text)].flatMap((w) => [folded(w), ...w.split('-').map(folded)]));
  return query
    .split(/\s+/)
    .map(folded)
    .filter((f) => f !== '' && !held.has(f));
}

/**
 * The query with each word the archive does not hold (`missing`, as `wordsNotHeld` names them)
 * replaced by its closest word in `text`; undefined when one of them has none.
 */
export function suggestQuery(query: string, missing: readonly string[], text: string): string | undefined {
  const gone = new Set(missing);
  let complete = true;
  const words = query
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      if (!gone.has(folded(token))) return token;
      const near = closestWord(token, text);
      if (near === undefined) complete = false;
      return near ?? token;
    });
  const suggestion = words.join(' ');
  // Nothing replaced is nothing to suggest: "Did you mean “vigenen”?" for "Vigenen" would mislead.
  return complete && words.length && folded(suggestion) !== folded(query) ? suggestion : undefined;
}
