/**
 * A translated sentence with a name in it, as parts to print. On a Russian page an English name
 * inside a Russian sentence ("Заявления, в которых упоминается Kristian Vigenin") is marked
 * `lang="en"` as it is when it stands alone, so a screen reader reads each part in its own voice.
 */
import type { Locale } from './locales.ts';
import type { LocalText } from './names.ts';

/** A sentence in parts, each with its language; `Phrase.astro` prints it. */
export type Phrase = LocalText[];

// Stands in for the name while the message is formatted; no catalogue message contains it, and
// the name itself never passes through the message.
const MARK = '\u0000';

/** `message` with `name` in it: `phrase('ru', (n) => t('person.statements', { name: n }), name)`. */
export function phrase(locale: Locale, message: (name: string) => string, name: LocalText): Phrase {
  const parts = message(MARK)
    .split(MARK)
    .flatMap((text, i): LocalText[] => (i === 0 ? [{ text, lang: locale }] : [name, { text, lang: locale }]));
  // Neighbours in one language make one part, so a phrase with no foreign name is a single text.
  const merged: Phrase = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.text === '') continue;
    if (last?.lang === part.lang) merged[merged.length - 1] = { text: last.text + part.text, lang: last.lang };
    else merged.push(part);
  }
  return merged;
}

/** The phrase as plain text, for a `<title>`, an attribute or a description. */
export function phraseText(parts: Phrase): string {
  return parts.map((part) => part.text).join('');
}
