/**
 * The parts of a text that has none of the fixed layouts of `parse.ts`: press releases of the OSCE
 * PA and ODIHR, media advisories, news-wire reprints and Russian texts. Each part is found wherever
 * it stands, by what it looks like:
 *
 * - chrome of a web page ("Skip to main content", "Share", "Print") is dropped;
 * - a label line ("Press release", "MEDIA ADVISORY") names the kind;
 * - a stamp ("12:10 25.10.2014", "Updated 14:35") dates the text, or says it gives only a time;
 * - bylines ("By X, Agency", "Author: X", "Translator/editor: X") name authors and the outlet;
 * - the dateline ("COPENHAGEN, 27 September 2013 –", "YEREVAN, MARCH 9, ARMENPRESS.",
 *   "BISHKEK, Jan. 5, 2021 (AKIpress) -", "МОСКВА, 5 сентября. /ТАСС/.") opens the first paragraph;
 * - the headline is the short line above the dateline;
 * - the contacts block follows "For more information" or "Media contacts".
 */
import { findDates, type PrintedDate } from './dates.ts';
import { collapseSpace } from './text.ts';

export type Byline = { name: string; role: 'author' | 'translator' | 'editor'; outlet?: string };

export type ArticleParts = {
  label?: string;
  title?: string;
  /** The stamp or dateline date as printed, whatever parts it has. */
  printedDate?: PrintedDate;
  /** Why no date could be read, for the maintainer. */
  dateWhy?: string;
  place?: string;
  /** The agency a dateline names ("ARMENPRESS", "AKIpress", "ТАСС"). */
  agency?: string;
  /** True when the first paragraph opens with "PLACE, <full date> –", the form of a press release. */
  pressDateline: boolean;
  bylines: Byline[];
  paragraphs: string[];
  contactLines: string[];
};

const CHROME = /^(?:skip to (?:main )?content|main navigation|latest news|share|print|follow us|read more|back to top|related content|-)$/i;
const LABELS =
  /^(?:press release|media advisory|statement|news|news release|пресс-релиз|needs assessment mission report|interim report|final report|statement of preliminary findings and conclusions)$/i;
const STAMP_DATE = /^\s*(?:\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2})\s*$/;
const TIME_ONLY = /^\s*(?:(?:updated|published|posted)\s*:?\s*)?\d{1,2}:\d{2}\s*$/i;
const BYLINE = /^\s*By\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s*(?:[-–—,]\s*(.+?))?\s*:?\s*$/u;
const CREDIT =
  /^\s*(Author|Translator\/editor|Translator|Translated by|Editor|Edited by|Автор|Переводчик|Редактор)\s*:?\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)\s*$/u;
const CONTACTS_HEADING = /^(?:for (?:more|further) information|media contacts?|press contacts?|contacts?|контакты)\b[^.]*:?\s*$/i;
const PLACE = /^(\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]+)*)\s*([,.])\s*/u;

function creditRole(word: string): Byline['role'] {
  if (/^(?:translator|translated|переводчик)/i.test(word)) return 'translator';
  if (/^(?:editor|edited|редактор)/i.test(word)) return 'editor';
  return 'author';
}

const TITLE_PLACE = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)\s*(,)\s*/u;

function titleCasePlace(paragraph: string): RegExpExecArray | null {
  const m = TITLE_PLACE.exec(paragraph);
  if (!m) return null;
  const date = findDates(paragraph.slice(m[0].length, m[0].length + 30))[0];
  return date && date.index === 0 && date.month ? m : null;
}

export type Dateline = { place: string; body: string; printedDate?: PrintedDate; agency?: string; rest: string; press: boolean };

/**
 * The dateline that opens a paragraph: a place in capitals, then up to the dash or the full stop
 * that starts the article, the date and the agency in between.
 */
export function readDateline(paragraph: string): Dateline | undefined {
  // A place in title case ("Baku, February 9, AZERTAC") counts only when a date follows it.
  const m = PLACE.exec(paragraph) ?? titleCasePlace(paragraph);
  if (!m || m[1]!.replace(/[^\p{L}]/gu, '').length < 3) return undefined;
  const place = m[1]!;
  const after = paragraph.slice(m[0].length);
  let body = '';
  let rest = after;
  if (m[2] === ',') {
    // A dateline on a line of its own ("Baku, February 9, AZERTAC") ends with the line.
    const end = /\s[-–—]\s|[.]\s+(?=\p{Lu})|\.\s*$/u.exec(after.slice(0, 120)) ?? (after.length < 60 && findDates(after)[0]?.month ? /$/.exec(after) : null);
    if (!end) return undefined;
    body = after.slice(0, end.index).trim();
    rest = after.slice(end.index + end[0].length).trim();
  }
  const dateline: Dateline = { place, body, rest, press: false };
  const agency = /\(([^)]+)\)|\/([^/]+)\/|,\s*(\p{Lu}[\p{Lu}\p{L}-]{2,})\s*$/u.exec(body);
  const dateText = agency ? body.slice(0, agency.index) : body;
  const date = findDates(dateText).find((d) => d.month || d.weekdayOnly);
  if (agency) {
    const name = (agency[1] ?? agency[2] ?? agency[3])!.trim();
    if (!date || !findDates(name).length) dateline.agency = name;
  }
  if (date) dateline.printedDate = date;
  if (body && !date && !dateline.agency) return undefined;
  dateline.press = Boolean(date?.date) && !dateline.agency && /\s[-–—]\s/.test(paragraph.slice(0, m[0].length + body.length + 4));
  return dateline;
}

/** Splits a text into its parts; see the module comment for what each is. */
export function splitArticle(text: string): ArticleParts {
  const lines = text
    .split(/\r?\n/)
    .map((l) => collapseSpace(l))
    .filter((l) => l.length > 0 && !CHROME.test(l));
  const parts: ArticleParts = { bylines: [], paragraphs: [], contactLines: [], pressDateline: false };
  let inContacts = false;
  const header: string[] = [];
  for (const line of lines) {
    if (inContacts) {
      parts.contactLines.push(line);
      continue;
    }
    if (CONTACTS_HEADING.test(line)) {
      inContacts = true;
      continue;
    }
    if (LABELS.test(line) && !parts.label && parts.paragraphs.length === 0) {
      parts.label = line;
      continue;
    }
    if (STAMP_DATE.test(line)) {
      const stamp = findDates(line).find((d) => d.date);
      if (stamp) parts.printedDate ??= stamp;
      continue;
    }
    if (TIME_ONLY.test(line)) {
      parts.dateWhy ??= `the text gives only a time of day ("${line}"), no date`;
      continue;
    }
    const byline = BYLINE.exec(line);
    if (byline && line.length < 80) {
      parts.bylines.push(byline[2] ? { name: byline[1]!, role: 'author', outlet: byline[2] } : { name: byline[1]!, role: 'author' });
      continue;
    }
    const credit = CREDIT.exec(line);
    if (credit) {
      parts.bylines.push({ name: credit[2]!, role: creditRole(credit[1]!) });
      continue;
    }
    const dateline = parts.place === undefined ? readDateline(line) : undefined;
    if (dateline) {
      parts.place = dateline.place;
      if (dateline.agency) parts.agency = dateline.agency;
      if (dateline.printedDate && !parts.printedDate?.date) parts.printedDate = dateline.printedDate;
      parts.pressDateline = dateline.press;
      if (parts.paragraphs.length === 0 && header.length > 0) parts.title = header[header.length - 1];
      parts.paragraphs.push(line);
      continue;
    }
    // Above the dateline, a line that does not end like a sentence is a headline.
    if (parts.place === undefined && parts.paragraphs.length === 0 && !/[.!?”"]$/.test(line) && line.length < 200) {
      header.push(line);
      continue;
    }
    parts.paragraphs.push(line);
  }
  if (parts.place === undefined && parts.title === undefined && header.length > 0) parts.title = header[header.length - 1];
  return parts;
}
