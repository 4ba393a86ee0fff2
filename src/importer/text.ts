/** Small text helpers shared by the importer's parsers. */

/** Letters that Unicode decomposition leaves alone but an ASCII id still needs spelt out. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};

/** Lower-case ASCII words joined by hyphens: "Jarosław Marcin Domański" → `jaroslaw-marcin-domanski`. */
export function asciiSlug(text: string): string {
  return text
    .replace(/[łŁđĐðÐøØæÆœŒßþÞı]/g, (c) => UNDECOMPOSABLE[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words a file name can do without. */
const SLUG_STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'from', 'as']);

/**
 * A file-name slug from a headline: stop words dropped (but kept inside compounds such as
 * "Chairman-in-Office"), cut on a word boundary so paths stay readable.
 */
export function headlineSlug(headline: string, maxLength = 60): string {
  const words = headline
    .split(/\s+/)
    .filter((w) => !SLUG_STOP_WORDS.has(w.toLowerCase()))
    .map(asciiSlug)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}

/** "COPENHAGEN" → "Copenhagen", "NUR-SULTAN" → "Nur-Sultan"; a name already in mixed case is kept. */
export function titleCasePlace(place: string): string {
  const trimmed = place.trim().replace(/\s+/g, ' ');
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  // "WARSAW/MINSK" → "Warsaw/Minsk"; the initials of "WASHINGTON D.C." stay capitals.
  return trimmed
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(/(?<=\b\p{L}\.)(\p{L})(?=\.)/gu, (letter: string) => letter.toUpperCase());
}

/** One space between words, whatever the layout of the source (PDF extracts break every line). */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Sentences of a paragraph. A full stop followed by a capital (or by a "* " footnote) ends one,
 * which is wrong after "Mr." or "Dec." but only ever splits a sentence, never joins two.
 */
export function sentences(text: string): string[] {
  return (
    collapseSpace(text)
      // A copy that lost the space after a full stop ("…Узбекистана.На следующей неделе …") still ends a sentence
      // there; an initial ("Т.Гаджиев") or a site's name in Latin letters ("News.Az") does not.
      .split(/(?<=[.!?][”"’]?)\s+(?=(?:[“"‘]|\*\s*)?\p{Lu})|(?<=\p{Ll}{3}[.!?])(?=\p{Lu}\p{Ll}{2,}|[А-ЯЁ][а-яё])/u)
      .filter(Boolean)
  );
}

/** Upper-case the first letter: a role taken from mid-sentence ("head of …") reads as a title. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
