/**
 * The search page's words in the page's language, as the browser uses them. The page prints them
 * as a data attribute (src/views/search/client-text.ts makes them from the catalogue), so the script
 * carries no language of its own, nothing inline executes under the CSP, and plurals need only the
 * browser's `Intl.PluralRules`: each message comes as its plural forms with `{name}` slots.
 */
import type { Locale } from '../i18n/locales.ts';

/** A message's text per plural category of its `{count}`; messages without a count have `other` only. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export const CLIENT_MESSAGES = [
  'filter.country',
  'filter.year',
  'filter.type',
  'filter.kind',
  'filter.organization',
  'chosen',
  'typeLabel',
  'status',
  'status.results',
  'status.none',
  'status.for',
  'status.filters',
  'status.newest',
  'quoted',
  'notHeld.one',
  'notHeld.many',
  'suggest',
  'more',
  'newestRecord',
  'loadFailed',
  'failed',
] as const;
export type ClientMessage = (typeof CLIENT_MESSAGES)[number];

export interface SearchText {
  locale: Locale;
  messages: Record<ClientMessage, PluralForms>;
  /** Mission type codes (the filter's values) spelled out: `LEOM` → `Limited Election Observation Mission`. */
  missionTypes: Record<string, string>;
}

/**
 * A message with its values: the plural form `{count}` calls for, each `{name}` replaced once (a
 * value that itself contains braces is never read as a slot).
 */
export function say(text: SearchText, key: ClientMessage, values: Record<string, string | number> = {}): string {
  const forms = text.messages[key];
  const count = values.count;
  const form = typeof count === 'number' ? (forms[new Intl.PluralRules(text.locale).select(count)] ?? forms.other) : forms.other;
  return form.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? new Intl.NumberFormat(text.locale).format(value) : value;
  });
}

/** Reads the words a page gave its script; a page without them is a build error, not a silent English page. */
export function readSearchText(json: string | undefined): SearchText {
  if (!json) throw new Error('search page: missing data-search-text');
  return JSON.parse(json) as SearchText;
}
