import { describe, expect, test } from 'vitest';
import { suggestQuery, wordsAbsent } from '../../src/search/suggest.ts';
import { wordsNotHeld } from '../../src/search/held.ts';
import { say } from '../../src/search/text.ts';
import { clientText } from '../../src/views/search/client-text.ts';

// The text of the pages Pagefind answers a misspelling with (the longest indexed prefix's pages).
const page = 'Kazakhstan: Kristian Vigenin leads the observers to Nur-Sultan. Казахстан, Казахстане. Jarosław Marcin Domański';

/** The word a suggestion puts in place of `word` when the archive does not hold it. */
const closestWord = (word: string, text: string) => suggestQuery(word, wordsAbsent(word, text), text);

describe('the closest indexed word to one the archive does not hold', () => {
  test('a letter left out, changed or added: Kazakstan, Vigenen, Казакстан, Domanskki', () => {
    expect(closestWord('Kazakstan', page)).toBe('kazakhstan');
    expect(closestWord('Vigenen', page)).toBe('vigenin');
    expect(closestWord('Казакстан', page)).toBe('казахстан');
    expect(closestWord('Domanskki', page)).toBe('domański');
    expect(closestWord('Nur-Sultn', page)).toBe('nur-sultan');
  });
  test('nothing within a quarter of the word: no suggestion rather than another word', () => {
    expect(closestWord('Tokyo', page)).toBeUndefined();
    expect(closestWord('obs', page)).toBeUndefined();
  });
  test('the query with its missing words replaced, or nothing when one has no near word', () => {
    expect(suggestQuery('observers Kazakstan', wordsNotHeld('observers Kazakstan', page), page)).toBe('observers kazakhstan');
    expect(suggestQuery('Vigenen Tokyo', wordsNotHeld('Vigenen Tokyo', page), page)).toBeUndefined();
  });
  test('when Pagefind found nothing, a word is absent unless a page spells it exactly', () => {
    // "vigenin" shares a stem with "Vigenen" but is not it: the index has no "vigenen".
    expect(wordsNotHeld('Vigenen', page)).toEqual([]);
    expect(wordsAbsent('Vigenen observers', page)).toEqual(['vigenen']);
    expect(suggestQuery('Vigenen observers', wordsAbsent('Vigenen observers', page), page)).toBe('vigenin observers');
    expect(wordsAbsent('Nur-Sultan Domanski', page)).toEqual([]);
  });
  test('nothing replaced is nothing to suggest', () => {
    expect(suggestQuery('Vigenen', [], page)).toBeUndefined();
  });
  test('the page offers it in its language', () => {
    expect(say(clientText('en'), 'suggest', { word: '“kazakhstan”' })).toBe('Did you mean “kazakhstan”?');
    expect(say(clientText('ru'), 'suggest', { word: '«казахстан»' })).toBe('Возможно, вы искали «казахстан»?');
  });
});
