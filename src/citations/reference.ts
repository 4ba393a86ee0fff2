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
  source?: SourceStatement;
  /** The page's date when no statement dates it (the archive as a whole: its build day). */
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
  'original-title'?: string;
  'original-publisher'?: string;
  'original-date'?: { 'date-parts': [number, number, number][] };
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
export function citationKey(page: Pick<CitedPage, 'kind' | 'id'>): string {
  return `eoa_${page.kind}_${page.id.replace(/[^a-z0-9]+/g, '_')}`;
}

/** The source statement in words: `OSCE Parliamentary Assembly, “Title”, 4 January 2021, https://…`. */
export function sourceInWords(s: SourceStatement): string {
  return [s.issuer, `“${s.title}”`, formatDate(s.date), s.url].filter(Boolean).join(', ');
}

/**
 * The page as a CSL-JSON item. Its date is the source statement's: the page reports what the
 * statement says on that day, and the date must not move from one build to the next. The archive
 * is the author and no site name is given: APA and other styles print the site name only when it
 * differs from the author, and citeproc cannot tell, so it would print the name twice.
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
  if (page.source) {
    item.issued = dateParts(page.source.date);
    // A statement page has the statement's own title; naming it twice says nothing.
    if (page.kind !== 'statement') item['original-title'] = page.source.title;
    item['original-publisher'] = page.source.issuer;
    item['original-date'] = dateParts(page.source.date);
    item.note = `${page.kind === 'statement' ? 'Summary of' : 'Latest source'}: ${sourceInWords(page.source)}`;
  } else if (page.issued) {
    item.issued = dateParts(page.issued);
  }
  return item;
}
