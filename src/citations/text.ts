/**
 * The text rules of the citation formats, kept in one place. A RIS record is one `TAG  - value`
 * line per field, ended by `ER  - `: a line break in a value (a CR alone as much as LF) would start
 * a field or a record of its own, and readers that look for a tag anywhere in a line (citation-js
 * does) take `ER  - ` inside a value for the end, so each value is one line with single spaces.
 * BibTeX reads a value across lines, but a reference manager that takes each line as it comes would
 * not; and citation-js, which escapes what BibTeX gives a meaning to (`{`, `%`, `\`…), reads `<b>`,
 * `<i>`, `<sup>` and the like as rich text and leaves an unclosed one as an unclosed brace, which
 * ends the file for a BibTeX parser. Our texts are plain text: such a tag is kept as its letters.
 */
import type { CslItem } from './reference.ts';

/** Line breaks of every kind, tabs, other control characters and runs of spaces: each run becomes one space. */
const BREAKS = /[\p{Cc}\u2028\u2029]+| {2,}/gu;

export function oneLine(value: string): string {
  return value.replace(BREAKS, ' ').replace(/ {2,}/g, ' ');
}

/**
 * CSL's rich-text tags, as citation-js's BibTeX writer finds them: a zero-width space after the `<`
 * makes it the character it is (`\textless{}`); citation-js drops the zero-width space, which BibTeX
 * has no command for.
 */
const RICH_TEXT_TAG = /<(?=\/?(?:i|b|sc|sup|sub|span)[ >])/g;

/** The item with every text on one line; numbers, dates and the citation key are left as they are. */
export function itemOnOneLine(item: CslItem, text: (value: string) => string = oneLine): CslItem {
  return {
    ...item,
    title: text(item.title),
    author: item.author.map((a) => ({ literal: text(a.literal) })),
    URL: oneLine(item.URL),
    ...(item.note !== undefined ? { note: text(item.note) } : {}),
  };
}

/** A word with two capitals or more: an acronym (`EU`, `ODIHR`, `OSCE/ODIHR`) or a name like `McAllister`. */
const CAPITALS = /(?<![\p{L}\p{N}])([\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}/]*)(?![\p{L}\p{N}])/gu;

/**
 * A title with its acronyms kept as they are wherever they stand. BibTeX styles set titles in
 * sentence case (plain.bst's `change.case$ "t"` keeps only the first letter, and the first after a
 * colon): an unbraced `EU statement` prints "Eu statement". citation-js braces capitalised words but
 * not the first word, nor the first after a colon; a CSL `nocase` span is its way to brace a word.
 */
function protectedCapitals(title: string): string {
  return title.replace(CAPITALS, '<span class="nocase">$1</span>');
}

/** The item as citation-js's BibTeX writer must get it: on one line, no text read as rich text, acronyms braced. */
export function bibtexItem(item: CslItem): CslItem {
  const safe = itemOnOneLine(item, (value) => oneLine(value).replace(RICH_TEXT_TAG, '<\u200b'));
  return { ...safe, title: protectedCapitals(safe.title) };
}
