/**
 * The words the search page's script shows, made at build time from the ICU catalogue: a message
 * with a `{count}` plural becomes one text per plural category of the language (Russian: one, few,
 * many), with `{count}` left as a slot, so the browser picks the form with `Intl.PluralRules`.
 */
import { type Locale } from '../../i18n/locales.ts';
import { translator, type MessageKey } from '../../i18n/translate.ts';
import { label } from '../../i18n/vocabulary.ts';
import { MISSION_TYPES } from '../../schemas/vocabulary.ts';
import { CLIENT_MESSAGES, type PluralForms, type SearchText } from '../../search/text.ts';

/** Slots other than `{count}` the client messages use; formatted as themselves so they survive. */
const SLOTS = ['q', 'word', 'words', 'last', 'date', 'label', 'code', 'results', 'what', 'narrowed', 'order'] as const;
const SLOT_VALUES = Object.fromEntries(SLOTS.map((s) => [s, `{${s}}`]));

/** The smallest whole number of each plural category the language gives whole numbers. */
function samples(locale: Locale): Map<Intl.LDMLPluralRule, number> {
  const rules = new Intl.PluralRules(locale);
  const found = new Map<Intl.LDMLPluralRule, number>();
  for (let n = 0; n <= 200; n++) {
    const category = rules.select(n);
    if (!found.has(category)) found.set(category, n);
  }
  return found;
}

/**
 * The plural forms of one message: formatted once per category with a sample count (1, 2, 5 in
 * Russian), the sample then put back as `{count}`. A message without a plural gives one form.
 */
function pluralForms(locale: Locale, format: (count: number) => string): PluralForms {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const [category, n] of samples(locale)) {
    const sample = new Intl.NumberFormat(locale).format(n);
    forms[category] = format(n).replace(new RegExp(`(?<![\\d])${sample}(?![\\d])`, 'g'), '{count}');
  }
  const distinct = new Set(Object.values(forms));
  if (distinct.size === 1) return { other: [...distinct][0]! };
  return { ...forms, other: forms.other ?? forms.many ?? Object.values(forms)[0]! };
}

export function clientText(locale: Locale): SearchText {
  const t = translator(locale);
  const messages = Object.fromEntries(
    CLIENT_MESSAGES.map((key) => [key, pluralForms(locale, (count) => t(`search.client.${key}` as MessageKey, { ...SLOT_VALUES, count }))]),
  ) as SearchText['messages'];
  const missionTypes = Object.fromEntries(Object.keys(MISSION_TYPES).map((code) => [code, label(locale, 'missionType', code as keyof typeof MISSION_TYPES)]));
  return { locale, messages, missionTypes };
}
