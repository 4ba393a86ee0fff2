/**
 * What a text field of content may hold, and how long it may be. Every text reaches pages, feeds,
 * calendars, CSV, citations and vCards, so a character a reader cannot see, or one that changes how
 * the rest of a line is shown, is refused here rather than trusted to every writer downstream:
 *
 * - control characters (C0, C1, DEL): no text needs them, and each format treats them differently
 *   (XML 1.0 cannot hold most of them at all, a CR ends a RIS record);
 * - direction controls (embeddings, overrides, isolates and the marks): they make a name display in
 *   another order than it is written, the way spoofed names are made;
 * - in names and titles, line breaks and every other invisible formatting character (zero-width
 *   spaces and joiners, soft hyphens, byte-order marks): a name is one line of visible letters;
 * - what is not a character at all: a lone surrogate (YAML's `"\ud800"`) or a noncharacter.
 *
 * Lengths are bounded by what a reader needs, with room to spare (the longest real name is some 60
 * characters, the longest summary some 300): a name of a megabyte is printed on every page that
 * names it, and its size would multiply through the site.
 */

/** The kinds of text content holds, each with its limit and the characters it may hold. */
export type TextKind = 'name' | 'title' | 'prose';

/** Characters at most, counted as UTF-16 units (a letter outside the Basic Multilingual Plane counts twice). */
export const TEXT_LIMITS: Readonly<Record<TextKind, number>> = {
  /** A name, short name, place, seat or office. */
  name: 200,
  /** A headline, a title, a role. */
  title: 300,
  /** A summary, note or description: a few sentences. */
  prose: 1_000,
};

/** An email address (RFC 5321 allows no longer path). */
export const EMAIL_LIMIT = 254;
/** A web address: longer ones are not shared by people, and some software refuses them. */
export const URL_LIMIT = 2_048;

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'TAB',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, or the code point alone for one without a name here. */
export function characterName(char: string): string {
  const cp = char.codePointAt(0)!;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[cp] ? `${code} ${NAMES[cp]}` : code;
}

const DIRECTION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const LINE_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029]/u;
const CONTROL = /\p{Cc}/u;
// Lone surrogates and noncharacters (U+FDD0–FDEF and the last two code points of every plane).
const NOT_A_CHARACTER = /[\p{Cs}\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{efffe}\u{effff}\u{10fffe}\u{10ffff}]/u;
const INVISIBLE = /\p{Cf}/u;
// Every character any rule may refuse, found in one pass; which rule it breaks is decided after.
const SUSPECT = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{efffe}\u{effff}\u{10fffe}\u{10ffff}]/gu;

/**
 * Why `value` may not be a text of this kind, or undefined when it may. `what` names the field in
 * the message ("the title"). Prose keeps its line breaks and tabs (a `summary: |` block) and
 * invisible formatting a typesetter may have left (a soft hyphen); names and titles keep neither.
 */
export function textProblem(value: string, kind: TextKind, what: string): string | undefined {
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(value); m; m = SUSPECT.exec(value)) {
    const char = m[0];
    if (kind === 'prose' && (char === '\n' || char === '\t' || (INVISIBLE.test(char) && !DIRECTION.test(char)))) continue;
    // Counted in characters as a reader counts them, from 1.
    const at = `at character ${[...value.slice(0, m.index)].length + 1}`;
    if (NOT_A_CHARACTER.test(char)) return `has ${characterName(char)} ${at}, which is not a character — expected ${what} in plain text; retype it`;
    if (DIRECTION.test(char))
      return `has the direction control ${characterName(char)} ${at}, which makes text display in another order than it is written — expected ${what} without direction controls; delete it`;
    if (kind !== 'prose' && LINE_BREAK.test(char)) return `has a line break (${characterName(char)}) ${at} — expected ${what} on one line`;
    if (CONTROL.test(char)) return `has the control character ${characterName(char)} ${at} — expected ${what} in plain text; delete it`;
    return `has the invisible character ${characterName(char)} ${at} — expected ${what} without invisible characters; delete it`;
  }
  return undefined;
}

/** Why `value` is too long for a text of this kind, or undefined. */
export function lengthProblem(value: string, limit: number, what: string): string | undefined {
  return value.length > limit
    ? `is ${value.length.toLocaleString('en')} characters long — expected ${what} of at most ${limit.toLocaleString('en')} characters`
    : undefined;
}
