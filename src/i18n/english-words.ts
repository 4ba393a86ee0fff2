/**
 * English words in text meant to be Russian. A Russian reader meets Latin letters only in names that
 * have no Russian form (an outlet called Trend, a person whose Cyrillic spelling is not established,
 * a title set in «…»), codes (LEOM, PC.DEL/80/21/Rev.1) and addresses; any other Latin word is English
 * left untranslated.
 * The content check refuses it in content's Russian texts, and the build's tests look for it on every
 * Russian page, with the same rule.
 */

/** Latin tokens that are not English words: codes, formats, names of standards and products. */
const NEUTRAL = new Set([
  'vCard',
  'BibTeX',
  'iCalendar',
  'Pagefind',
  'JSON',
  'CSV',
  'RSS',
  'RIS',
  'CSL',
  'ISO',
  'SVG',
  'HTML',
  'CC',
  'BY',
  'Rev',
  'Doc',
  'JavaScript',
  'Zotero',
  'Google',
  'Scholar',
]);

/** The tokens of a text, split at spaces, punctuation and apostrophes (straight and typographic). */
function words(text: string): string[] {
  return text.split(/[\s,;()«»"“”„'’!?·—–]+/).filter(Boolean);
}

/**
 * English words in a text: Latin words of three or more letters with a lower-case letter, not codes
 * or addresses, and not words of `names` (names the archive holds no Russian form of, which Russian
 * text rightly prints in Latin letters).
 */
export function englishWords(text: string, names: ReadonlySet<string> = new Set()): string[] {
  // A foreign title or brand in Russian quotation marks («Hungary Matters», «Zoom») is a name, as
  // Russian typography sets it.
  const tokens = words(text.replace(/«[^»\p{Script=Cyrillic}]*»/gu, ' '));
  return tokens
    .filter((t) => !/[@/]|https?:|\d|\.(xml|ics|json|csv|vcf|bib|ris)$/.test(t))
    .map((t) => t.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
    .filter((word) => word.length >= 3 && /^[A-Za-z][A-Za-z-]*$/.test(word) && /[a-z]/.test(word) && !NEUTRAL.has(word) && !names.has(word));
}

/** The words of names that a Russian text may print in Latin letters: those with no Russian form. */
export function latinNames(
  entries: readonly { name?: string | undefined; shortName?: string | undefined; ru?: { name?: string | undefined } | undefined }[],
): Set<string> {
  const allowed = new Set<string>();
  for (const e of entries) {
    if (e.ru?.name) continue;
    for (const name of [e.name, e.shortName])
      // Split as englishWords splits text, so "O'Neill" allows the "Neill" a Russian page's text yields.
      for (const word of words(name ?? '')) allowed.add(word.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''));
  }
  return allowed;
}

/**
 * Russian words in text meant to be English, the other way round: Cyrillic outside web addresses (an
 * original's address may carry Cyrillic, and is in no language). English text gives a Russian name or
 * phrase transliterated or translated; the Russian itself belongs to the Russian text beside it.
 */
export function russianWords(text: string): string[] {
  return text.replace(/https?:\/\/\S+/g, ' ').match(/[\p{Script=Cyrillic}][\p{Script=Cyrillic}\p{M}'’-]*/gu) ?? [];
}
