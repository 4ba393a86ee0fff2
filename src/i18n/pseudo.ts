/**
 * The pseudo-locale `en-xa`: English with every letter accented and its vowels doubled, about 40%
 * longer. Built only when `ARCHIVE_PSEUDO_LOCALE` is set (the tests do), it is a third language the
 * archive does not publish: every page in it proves that a language is data (no page file names
 * one), that no interface string is written into markup (English left in a pseudo page is), and that
 * charts and layouts hold longer text than English.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { PSEUDO_LOCALE } from './locales.ts';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);
const VOWEL = /[aeiouAEIOU]/;

/** How much longer pseudo text is than its English: translations run 30–40% longer than English. */
const GROWTH = 1.4;

/**
 * `Countries` → `Çööûûñţŕîîééš··`: accented, each vowel twice, and padded with middle dots to 40%
 * longer than the English. Digits, punctuation and spaces stay.
 */
export function pseudoText(text: string): string {
  let out = '';
  let length = 0;
  let letters = 0;
  for (const c of text) {
    const accented = ACCENTED[c];
    if (accented !== undefined) letters++;
    const next = accented === undefined ? c : VOWEL.test(c) ? accented + accented : accented;
    out += next;
    length += [...next].length;
  }
  const wanted = Math.ceil([...text].length * GROWTH);
  return letters > 0 && length < wanted ? out + '·'.repeat(wanted - length) : out;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select)
      return {
        ...element,
        options: Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }])),
      };
    if (element.type === TYPE.tag) return { ...element, children: pseudoElements(element.children) };
    return element;
  });
}

/** An ICU message in the pseudo-locale: its text pseudo, its placeholders, plurals and selects as they were. */
export function pseudoMessage(message: string): string {
  return printAST(pseudoElements(parse(message, { ignoreTag: true })));
}

/** Every value of a record in the pseudo-locale, keys kept: a catalogue or a vocabulary's labels. */
export function pseudoRecord<K extends string>(record: Readonly<Record<K, string>>, each: (text: string) => string = pseudoText): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(record).map(([key, text]) => [key, each(text)])) as Record<K, string>;
}

/**
 * Words `Intl` formats in a language (month and language names): the pseudo-locale has no data of its
 * own, so it gets English made pseudo, as its interface text is; any other language's stay as they are.
 */
export function intlWords(locale: string, text: string): string {
  return locale === PSEUDO_LOCALE ? pseudoText(text) : text;
}
