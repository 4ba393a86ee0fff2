import { describe, expect, test } from 'vitest';
import { wordsNotHeld } from '../../src/search/held.ts';
import { notHeldMessage } from '../../src/search/state.ts';
import { clientText } from '../../src/views/search/client-text.ts';

const en = clientText('en');

const page =
  'Kristian Vigenin leads the observers to Nur-Sultan; Jaroslaw Marcin Domanski heads the election observation mission. PC.DEL/80/21/Rev.1 Казахстан';

describe('words the archive holds', () => {
  test('a word Pagefind backtracked to a shorter prefix is not held', () => {
    expect(wordsNotHeld('Tokyo', page)).toEqual(['tokyo']);
    expect(wordsNotHeld('Tokayev', page)).toEqual(['tokayev']);
    expect(wordsNotHeld('Toka', page)).toEqual(['toka']);
  });
  test('a word typed in part is held by the word it begins', () => {
    expect(wordsNotHeld('Vig', page)).toEqual([]);
    expect(wordsNotHeld('obs', page)).toEqual([]);
  });
  test('another form of the same stem is held', () => {
    expect(wordsNotHeld('observing elections', page)).toEqual([]);
    expect(wordsNotHeld('observing', 'observers')).toEqual([]);
    expect(wordsNotHeld('tokyo', 'to')).toEqual(['tokyo']);
  });
  test('names without their diacritics, document numbers and Cyrillic are held', () => {
    expect(wordsNotHeld('Domański', page)).toEqual([]);
    expect(wordsNotHeld('PC.DEL/80/21', page)).toEqual([]);
    expect(wordsNotHeld('казахстан', page)).toEqual([]);
  });
  test('a hyphenated name is held as the index holds it, joined or in parts', () => {
    expect(wordsNotHeld('Nur-Sultan', 'President Nursultan Nazarbayev')).toEqual([]);
    expect(wordsNotHeld('Nur-Sultan', page)).toEqual([]);
    expect(wordsNotHeld('Nursultan', page)).toEqual([]);
    expect(wordsNotHeld('Nur-Tokyo', page)).toEqual(['nurtokyo']);
  });
  test('one missing word of several is named', () => {
    expect(wordsNotHeld('Vigenin Tokyo', page)).toEqual(['tokyo']);
  });
  test('the page says which words the archive does not hold', () => {
    expect(notHeldMessage(['tokyo'], en)).toBe('The archive holds no page with the word “tokyo”.');
    expect(notHeldMessage(['tokyo', 'osaka', 'kyoto'], en)).toBe('The archive holds no page with the words “tokyo”, “osaka” and “kyoto”.');
  });
});
