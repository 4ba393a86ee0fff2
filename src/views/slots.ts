/**
 * A message with a slot for a text from content, split around it: the page prints the message's
 * words, then the content's text marked with its own language, then the rest. A name or an office
 * in English inside a Russian sentence is so marked `lang="en"` for screen readers.
 */
import type { MessageKey, MessageValues, Translate } from '../i18n/translate.ts';

const MARKER = '\u0000';

/** `around(t, 'contact.vcardFor', 'name')` → `[' for ', '']`: the words before and after `{name}`. */
export function around(t: Translate, key: MessageKey, slot: string, values: MessageValues = {}): [string, string] {
  const [before = '', after = ''] = t(key, { ...values, [slot]: MARKER }).split(MARKER);
  return [before, after];
}
