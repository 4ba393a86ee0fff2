/**
 * A translated sentence with a name in it, as parts to print. On a Russian page an English name
 * inside a Russian sentence ("Заявления, в которых упоминается Kristian Vigenin") is marked
 * `lang="en"` as it is when it stands alone, so a screen reader reads each part in its own voice.
 * The sentence is split around the name's slot by `around` (`slots.ts`).
 */
import type { Locale } from '../i18n/locales.ts';
import type { LocalText } from '../i18n/names.ts';
import type { MessageKey, MessageValues, Translate } from '../i18n/translate.ts';
import { around } from './slots.ts';

/** A sentence in parts, each with its language; `Phrase.astro` prints it. */
export type Phrase = LocalText[];

/** Message `key` with `name` in its `{name}` slot: `phrase('ru', t, 'person.statements', name)`. */
export function phrase(locale: Locale, t: Translate, key: MessageKey, name: LocalText, values: MessageValues = {}): Phrase {
  const [before, after] = around(t, key, 'name', values);
  // Neighbours in one language make one part, so a phrase with no foreign name is a single text.
  const merged: Phrase = [];
  for (const part of [{ text: before, lang: locale }, name, { text: after, lang: locale }]) {
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
