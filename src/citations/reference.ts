/**
 * What a citation of an archive page says, as one CSL-JSON item (the format citation managers
 * share): the archive as author and site, the page's title and address, and the source statement
 * the page rests on, with its issuer and date. Pure; the formats are written by `./formats.ts`.
 */
import { ARCHIVE_NAME } from '../about/archive.ts';
import { formatDate } from '../format/dates.ts';

/** The statement a page rests on: for a statement page, itself; for a mission or country, the latest one about it. */
export interface SourceStatement {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The issuing organization's name. */
  issuer: string;
  /** The original's address, when known. */
  url?: string;
}

/** Pages that offer "Cite this page". */
export type CitableKind = 'statement' | 'mission' | 'country';

export interface CitedPage {
  /** The kind of page; `archive` is the archive as a whole (its home page). */
  kind: CitableKind | 'archive';
  /** The entry id, e.g. `kz/2021-parliamentary`. */
  id: string;
  /** The page title as the page prints it. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** The statement the page rests on: a statement page's own; a mission's or country's latest. */
  source?: SourceStatement;
  /**
   * The page's own date, YYYY-MM-DD, for a page that is not one statement's: a mission's or
   * country's last change (the day of its newest statement), the archive's build day for the archive.
   */
  issued?: string;
}

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  issued?: { 'date-parts': [number, number, number][] };
  URL: string;
  note?: string;
  language: 'en';
}

function dateParts(iso: string): { 'date-parts': [number, number, number][] } {
  const [y, m, d] = iso.split('-').map(Number);
  return { 'date-parts': [[y!, m!, d!]] };
}

/**
 * A citation key BibTeX programs accept: `eoa_mission_kz_2021_parliamentary`. Underscores, because
 * citation-js (like many BibTeX programs) refuses a key with hyphens and makes up its own instead.
 */
function citationKey(page: Pick<CitedPage, 'kind' | 'id'>): string {
  return `eoa_${page.kind}_${page.id.replace(/[^a-z0-9]+/g, '_')}`;
}

/** The source statement in words: `OSCE Parliamentary Assembly, “Title”, 4 January 2021, https://…`. */
export function sourceInWords(s: SourceStatement): string {
  // Citations are written in English in every edition (see the about page).
  return [s.issuer, `“${s.title}”`, formatDate(s.date, 'en'), s.url].filter(Boolean).join(', ');
}

/**
 * The page as a CSL-JSON item. The archive is the author and no site name is given: APA and other
 * styles print the site name only when it differs from the author, and citeproc cannot tell, so it
 * would print the name twice.
 *
 * A statement page reports one statement: it is dated by that statement, and the issuer and the
 * original are named in the note. No `original-date`: it would repeat `issued`, and APA then
 * prints "(Election Observation Archive, 2021/2021)"; nor `original-publisher` without it, which
 * APA prints as "(Original work published Office …)". A mission or country page is the archive's own
 * compilation, cited under its own title and dated by its last change (`issued`, the day of the
 * newest statement it rests on), never as a republication of one statement; the latest source is
 * named in the note. Dates come from the content, so they do not move from one build to the next.
 */
export function cslItem(page: CitedPage): CslItem {
  const key = citationKey(page);
  const item: CslItem = {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: page.title,
    author: [{ literal: ARCHIVE_NAME }],
    URL: page.url,
    language: 'en',
  };
  if (page.kind === 'statement' && page.source) {
    item.issued = dateParts(page.source.date);
    item.note = `Summary of: ${sourceInWords(page.source)}`;
    return item;
  }
  const issued = page.issued ?? page.source?.date;
  if (issued) item.issued = dateParts(issued);
  if (page.source) item.note = `Archive page, last changed ${formatDate(issued!, 'en')}. Latest source: ${sourceInWords(page.source)}`;
  return item;
}
