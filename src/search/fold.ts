/**
 * Spellings without diacritics, so a name can be found as people type it on any keyboard.
 *
 * Pagefind (1.5 and later) already matches "Domanski" to "Domański": it folds letters that Unicode
 * decomposes into a base letter and a combining mark. It cannot fold letters that have no
 * decomposition — the Polish ł, the Danish ø, the German ß… — so "Jaroslaw" would not find
 * "Jarosław". Pages index the folded spelling of such names as hidden text.
 */

/** Letters that carry their mark in the glyph itself, with the spelling typed without it. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŀ: 'l',
  Ŀ: 'L',
  ŧ: 't',
  Ŧ: 'T',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
};
const UNDECOMPOSABLE_RE = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');

/** `Jarosław Domański` → `Jaroslaw Domanski`; `Gísladóttir` → `Gisladottir`. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(UNDECOMPOSABLE_RE, (c) => UNDECOMPOSABLE[c]!)
    .normalize('NFC');
}

/**
 * The spelling to index next to `text` when a reader could not find it by typing plain letters:
 * the folded text when `text` holds a letter the search engine cannot fold itself, else nothing
 * (indexing a spelling Pagefind already matches would only weigh the page down for that word).
 */
export function searchVariant(text: string): string | undefined {
  UNDECOMPOSABLE_RE.lastIndex = 0;
  return UNDECOMPOSABLE_RE.test(text) ? foldDiacritics(text) : undefined;
}
