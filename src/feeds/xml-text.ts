/**
 * Text for XML 1.0 documents (the feeds, the sitemap), the one place their rule is kept. XML 1.0
 * allows tab, line feed, carriage return and the characters from U+0020 on, less the surrogates and
 * U+FFFE/U+FFFF (§2.2): a document holding any other, even escaped, is not well-formed, and a
 * reader drops the whole feed for one `\f` in one title. The writers (`@astrojs/rss`, the sitemap)
 * escape markup; this takes out what XML cannot hold at all, and C1 controls, which it discourages.
 */

// Lone surrogates are matched as themselves under the u flag; a valid pair is one code point and kept.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\p{Cs}\ufffe\uffff]/gu;

/** The text with every character XML 1.0 cannot hold removed; markup is left for the writer to escape. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '');
}
