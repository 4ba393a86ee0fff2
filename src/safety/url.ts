/**
 * URL checks for addresses written by content authors. Browsers, Markdown renderers and HTML
 * parsers each decode a URL a little differently (character references, percent-encoding, stray
 * whitespace, full-width letters), so a check that reads the address only one way can be walked
 * around. These checks read it every way that could plausibly apply and reject it if any reading
 * is dangerous: a safe address reads the same way under all of them, so honest content pays nothing.
 */

/** Schemes a link or image in content may use; anything else with a scheme is refused. */
const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** Schemes that run code or smuggle a document in, refused even in attributes that hold text. */
const DANGEROUS_SCHEMES: readonly string[] = ['javascript', 'vbscript', 'data'];

const allowed = new Set(ALLOWED_SCHEMES);

/**
 * True for http(s), mailto and tel URLs and for scheme-less (relative, `/…`, `//…`, `?…`, `#…`)
 * references; false for every other scheme, however it is disguised. An empty string is safe: it
 * links to the page itself.
 *
 * Deliberately over-strict: a relative path whose first segment holds a colon (`a:b`) reads as a
 * scheme and is refused; write `./a:b` instead.
 */
export function isSafeUrl(url: string): boolean {
  for (const reading of readings(url)) {
    const scheme = schemeOf(reading);
    if (scheme !== undefined && !allowed.has(scheme)) return false;
  }
  return true;
}

/**
 * True when any reading of `value` starts with `javascript:`, `vbscript:` or `data:`. For values
 * that may be prose rather than a URL (a speaker's name, a caption), where `isSafeUrl` would refuse
 * innocent text such as `Report: Kenya 2022`.
 */
export function hasDangerousScheme(value: string): boolean {
  for (const reading of readings(value)) {
    const scheme = schemeOf(reading);
    if (scheme !== undefined && DANGEROUS_SCHEMES.includes(scheme)) return true;
  }
  return false;
}

/**
 * True when any reading of `url` has a user part (`https://www.osce.org@evil.example/`,
 * `//osce.org@evil.example`): the address reads as one site and leads to another. A `mailto:`
 * address is not one: its `@` is part of the mailbox.
 */
export function hasUserPart(url: string): boolean {
  for (const reading of readings(url)) {
    let parsed: URL;
    try {
      parsed = new URL(reading, 'https://relative.invalid/');
    } catch {
      continue;
    }
    if (parsed.username !== '' || parsed.password !== '') return true;
  }
  return false;
}

/** The scheme (lower-cased) of an already squeezed reading, or undefined when it has none. */
function schemeOf(squeezed: string): string | undefined {
  // Browsers take everything before the first `:` as the scheme unless a `/`, `?` or `#` comes
  // first. Requiring a well-formed scheme name here would let `jav&#0;ascript:`-style leftovers
  // through, so any colon in that position counts, and an odd "scheme" simply is not allowed.
  const m = /^([^:/?#]*):/.exec(squeezed);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Every form of `url` worth testing, each squeezed (see `squeeze`). */
function readings(url: string): string[] {
  const out = new Set<string>();
  let current = url;
  out.add(squeeze(current));
  // Decoding repeatedly catches `&amp;#106;`, `%256A` and mixes of the two; ten rounds is far
  // beyond any honest URL and bounds the work for a hostile one.
  for (let round = 0; round < 10; round++) {
    const next = decodePercent(decodeCharacterReferences(current)).normalize('NFKC');
    if (next === current) break;
    current = next;
    out.add(squeeze(current));
  }
  return [...out];
}

/**
 * Removes everything a browser ignores or might ignore inside a URL — ASCII tab and newlines
 * anywhere, leading/trailing controls and spaces — and, to be safe, every other whitespace,
 * control, format (zero-width, bidi) character and backslash anywhere.
 */
function squeeze(s: string): string {
  // The class lists combining marks (U+034F, U+180B–U+180F, U+FE00–U+FE0F) as single code points to
  // remove them; with the u flag nothing here combines, which is what the rule warns about.
  // eslint-disable-next-line no-misleading-character-class -- each escape is one code point to remove
  return s.replace(/[\s\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\\\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0]/gu, '');
}

function decodePercent(s: string): string {
  // Byte-wise, not UTF-8: a scheme is ASCII, and decodeURIComponent throws on half a sequence.
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Named references that decode to ASCII or to characters a browser strips. No named reference
 * decodes to an ASCII letter, so these and the numeric forms are all an attacker can use to spell
 * a scheme.
 */
const NAMED: Record<string, string> = {
  Tab: '\t',
  NewLine: '\n',
  nbsp: '\u00a0',
  NonBreakingSpace: '\u00a0',
  shy: '\u00ad',
  ZeroWidthSpace: '\u200b',
  NegativeVeryThinSpace: '\u200b',
  NegativeThinSpace: '\u200b',
  NegativeMediumSpace: '\u200b',
  NegativeThickSpace: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  NoBreak: '\u2060',
  ApplyFunction: '\u2061',
  af: '\u2061',
  InvisibleTimes: '\u2062',
  it: '\u2062',
  InvisibleComma: '\u2063',
  ic: '\u2063',
  excl: '!',
  quot: '"',
  QUOT: '"',
  num: '#',
  dollar: '$',
  percnt: '%',
  amp: '&',
  AMP: '&',
  apos: "'",
  lpar: '(',
  rpar: ')',
  ast: '*',
  midast: '*',
  plus: '+',
  comma: ',',
  period: '.',
  sol: '/',
  colon: ':',
  semi: ';',
  lt: '<',
  LT: '<',
  equals: '=',
  gt: '>',
  GT: '>',
  quest: '?',
  commat: '@',
  lsqb: '[',
  lbrack: '[',
  bsol: '\\',
  rsqb: ']',
  rbrack: ']',
  Hat: '^',
  lowbar: '_',
  UnderBar: '_',
  grave: '`',
  DiacriticalGrave: '`',
  lcub: '{',
  lbrace: '{',
  verbar: '|',
  vert: '|',
  VerticalLine: '|',
  rcub: '}',
  rbrace: '}',
};

/** The legacy names HTML still decodes without a trailing `;`. */
const LEGACY = new Set(['amp', 'AMP', 'lt', 'LT', 'gt', 'GT', 'quot', 'QUOT', 'nbsp', 'shy']);

function decodeCharacterReferences(s: string): string {
  return s
    .replace(/&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?/g, (_, hex: string | undefined, dec: string | undefined) => {
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(dec!, 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/&([a-zA-Z][a-zA-Z0-9]*)(;?)/g, (whole, name: string, semi: string) => {
      if (!Object.hasOwn(NAMED, name) || !(semi || LEGACY.has(name))) return whole;
      return NAMED[name]!;
    });
}
