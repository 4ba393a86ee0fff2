/**
 * One search result as the page shows it, from the metadata the pages give Pagefind
 * (`data-pagefind-meta`: title, kind, country, date for dated records, latest for the others).
 */
import { formatDate } from '../format/dates.ts';
import { UNDATED } from './dates.ts';
import { say, type SearchText } from './text.ts';

export interface ResultFacts {
  title: string;
  /** Kind, country and date, in that order, as short phrases. */
  facts: string[];
  /** ISO day for a `<time datetime>`, if any. */
  datetime?: string;
}

export function describeResult(meta: Record<string, string | undefined>, url: string, text: SearchText): ResultFacts {
  const facts: string[] = [];
  if (meta.kind) facts.push(meta.kind);
  if (meta.country) facts.push(meta.country);
  let datetime: string | undefined;
  if (meta.date) {
    datetime = meta.date;
    facts.push(formatDate(meta.date, text.locale));
  } else if (meta.latest && meta.latest !== UNDATED) {
    datetime = meta.latest;
    facts.push(say(text, 'newestRecord', { date: formatDate(meta.latest, text.locale) }));
  }
  return { title: meta.title?.trim() || url, facts, ...(datetime ? { datetime } : {}) };
}
