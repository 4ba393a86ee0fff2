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
import { countryIdOf } from './countries.ts';
import { findDates, type PrintedDate } from './dates.ts';
import { organizationIdOf } from './organizations.ts';
import { captureStamp, joinWrapped, withoutFurniture } from './furniture.ts';
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
  /** Where the date was read: the dateline, a report's cover, a copy's capture stamp, a "Published" line, a line of the header. */
  dateFrom?: DateSource;
  /** The lines above the article: headline, kickers, a report's cover. */
  header: string[];
  /** Every line read before the article starts, dates and labels included: what a report's cover says. */
  cover: string[];
  bylines: Byline[];
  paragraphs: string[];
  contactLines: string[];
};

const LABELS =
  /^(?:press release|media advisory|statement|news|news release|пресс-релиз|needs assessment mission report|interim report|final report|statement of preliminary findings and conclusions)$/i;
const STAMP_DATE = /^\s*(?:\d{1,2}:\d{2}\s+\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2})\s*$/;
const TIME_ONLY = /^\s*(?:(?:updated|published|posted)\s*:?\s*)?\d{1,2}:\d{2}\s*$/i;
const BYLINE = /^\s*By\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s*(?:[-–—,]\s*(.+?))?\s*:?\s*$/u;
const CREDIT =
  /^\s*(Author|Translator\/editor|Translator|Translated by|Editor|Edited by|Автор|Переводчик|Редактор)\s*:?\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*)\s*$/u;
const CONTACT_NAME = /^(?:\p{Lu}[\p{Ll}’'-]+\s+){1,2}\p{Lu}[\p{Ll}’'-]+$/u;
const PHONE_LABEL = /^(?:Office|Mobile|Tel\.?|Telephone|Phone|Офис|Мобильный|Телефон|Тел\.?)\s*:\s*\+?\d/iu;
// A heading holds no number: "For more information, contact … +45 …" is a contact itself, read as prose.
const CONTACTS_HEADING =
  /^(?:for (?:more|further) information|media contacts?|press contacts?|contacts?|контакты)(?![A-Za-zА-Яа-яЁё])(?![^.]*\d{2})[^.]*:?\s*$/i;
// "YEREVAN.- The observers …", "ASTANA – Observers …": a place in capitals may open the text with a dash alone.
// "WASHINGTON D.C., 2 November 2024 –": the district's initials follow the town and are no part of its name.
const PLACE = /^(\p{Lu}[\p{Lu}\p{M}'’/-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}\p{M}'’/-]+)*)(?:\s+(?:\p{Lu}\.){2,})?\s*(,|\.(?=\s)|\.?\s*(?:[-–—]|--)(?=\s))\s*/u;

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

/** "III." opens a report's chapter, not a dateline. */
const ROMAN = /^[IVXLC]+$/;

/** A place as datelines print it: words in capitals ("WARSAW/MINSK"), or one or two in title case ("Москва"). */
const DATELINE_PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}'’/-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’/-]+)*|\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)`;

/**
 * Datelines that carry their agency in a form of their own:
 * "Yerevan /Mediamax/. …", "БАКУ/Trend/- …" (the agency between slashes),
 * "WARSAW (UrduPoint News / Sputnik - 10th September, 2019) …", "ANKARA, (UrduPoint … - 29th Apr, 2023 ) :- …"
 * (agency and date in brackets), "Москва. 30 ноября. ИНТЕРФАКС - …" (date and agency between full stops),
 * "Budapest; February 2026: …" (a semicolon and a colon).
 */
function agencyDateline(paragraph: string): Dateline | undefined {
  const forms: { pattern: RegExp; read: (m: RegExpExecArray) => { agency?: string; dateText?: string; place?: string } }[] = [
    { pattern: new RegExp(String.raw`^${DATELINE_PLACE}\s*\/([^/]{2,40})\/\s*[-–—.:]?\s*`, 'u'), read: (m) => ({ agency: m[2]! }) },
    {
      pattern: new RegExp(String.raw`^${DATELINE_PLACE},?\s*\(([^()]{2,80})\)\s*(?::-|[-–—]+|:)?\s*`, 'u'),
      read: (m) => {
        const inner = m[2]!.trim();
        const dash = /\s[-–—]\s(?=[^-–—]*$)/.exec(inner);
        return dash ? { agency: inner.slice(0, dash.index), dateText: inner.slice(dash.index + dash[0].length) } : { agency: inner };
      },
    },
    {
      // "Baku. 30 October. REPORT.AZ/ The delegation …": the agency may close with a slash.
      pattern: new RegExp(String.raw`^${DATELINE_PLACE}\.\s+(\d{1,2}\s+\p{L}+)\.?\s+(\p{Lu}[\p{Lu}.-]{2,}(?:\s\p{Lu}{2,})?)\s*(?:[-–—]|\/)\s*`, 'u'),
      read: (m) => ({ dateText: m[2]!, agency: m[3]! }),
    },
    { pattern: new RegExp(String.raw`^${DATELINE_PLACE};\s+([^:]{3,30}):\s*`, 'u'), read: (m) => ({ dateText: m[2]! }) },
    {
      // "23 января, Минск /Корр. БЕЛТА/. …": the day first, then the town and the agency between slashes.
      pattern: new RegExp(String.raw`^(\d{1,2}\s+\p{L}+),\s*${DATELINE_PLACE}\s*\/([^/]{2,40})\/\s*[-–—.:]?\s*`, 'u'),
      read: (m) => ({ dateText: m[1]!, agency: m[3]!, place: m[2]! }),
    },
  ];
  for (const { pattern, read } of forms) {
    const m = pattern.exec(paragraph);
    if (!m) continue;
    // The place is the first group, unless the form names it (where the day comes first).
    const { agency, dateText, place = m[1]! } = read(m);
    if (notAPlace(place) || ROMAN.test(place) || organizationIdOf(place) || place.replace(/[^\p{L}]/gu, '').length < 3) continue;
    const date = dateText ? findDates(dateText)[0] : undefined;
    if (dateText && !date?.month) continue;
    // "Kristian Vigenin (Bulgaria) has …": in title case, brackets make a dateline only with a date inside.
    if (/\p{Ll}/u.test(place) && m[0].includes('(') && !date) continue;
    const dateline: Dateline = { place, body: m[0].trim(), rest: paragraph.slice(m[0].length), press: false };
    if (agency && !findDates(agency).some((d) => d.month)) dateline.agency = agency.trim();
    if (date) dateline.printedDate = date;
    return dateline;
  }
  return undefined;
}

/** Wires that publish organizations' press releases as sent: a release they carry is the organization's. */
const PRESS_WIRE = /^(?:PR\s?Newswire|EIN\s?Presswire|Business\s?Wire|Globe\s?Newswire|Presswire|Newswire)$/i;

export type Dateline = { place: string; body: string; printedDate?: PrintedDate; agency?: string; rest: string; press: boolean };

/**
 * The dateline that opens a paragraph: a place in capitals, then up to the dash or the full stop
 * that starts the article, the date and the agency in between.
 */
export function readDateline(paragraph: string): Dateline | undefined {
  // "(MENAFN- Trend News Agency) BAKU, …": a syndicator's credit before the dateline names the agency.
  const credit = /^\((?:[A-Z]+\s*[-–—]\s*)?([^()]{2,40})\)\s+(?=\p{Lu})/u.exec(paragraph);
  if (credit) {
    const inner = readDateline(paragraph.slice(credit[0].length));
    // "(MENAFN- EIN Presswire) WASHINGTON D.C., …": a wire that carries releases as sent is no agency of its own.
    if (inner && PRESS_WIRE.test(credit[1]!.trim())) return inner;
    return inner ? { ...inner, agency: inner.agency ?? credit[1]!.trim() } : undefined;
  }
  const special = agencyDateline(paragraph);
  if (special) return special;
  // A place in title case ("Baku, February 9, AZERTAC") counts only when a date follows it.
  const m = PLACE.exec(paragraph) ?? titleCasePlace(paragraph);
  if (!m || m[1]!.replace(/[^\p{L}]/gu, '').length < 3 || notAPlace(m[1]!) || ROMAN.test(m[1]!)) return undefined;
  let place = m[1]!;
  const after = paragraph.slice(m[0].length);
  let body = '';
  let rest = after;
  if (m[2] === ',') {
    // A dateline on a line of its own ("Baku, February 9, AZERTAC") ends with the line.
    const end =
      /\s(?:[-–—]|--)\s|[.]\s+(?=\p{Lu})|\.\s*$/u.exec(after.slice(0, 120)) ?? (after.length < 60 && findDates(after)[0]?.month ? /$/.exec(after) : null);
    // "TBILISI, DFWatch–A delegation …": an outlet glued to the dash after a town in capitals, and no date.
    const glued = /^(\p{Lu}[\p{L}.]{2,30})\s*[-–—]+\s*(?=\p{Lu})/u.exec(after);
    if (glued && m[1] === m[1]!.toUpperCase() && !countryIdOf(glued[1]!) && !findDates(glued[1]!).length)
      return { place, body: '', rest: after.slice(glued[0].length).trim(), press: false, agency: glued[1]! };
    if (!end) return undefined;
    body = after.slice(0, end.index).trim();
    rest = after.slice(end.index + end[0].length).trim();
  }
  // "MONTENEGRO, Podgorica, 9 February 2023 –": the country, then the town; the town is the place.
  const printedBody = body;
  const town = countryIdOf(place) ? /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?),\s+/u.exec(body) : null;
  if (town && findDates(body.slice(town[0].length))[0]?.index === 0) {
    place = town[1]!;
    body = body.slice(town[0].length);
  }
  const dateline: Dateline = { place, body, rest, press: false };
  const agency = /\(([^)]+)\)|\/([^/]+)\/|,\s*(\p{Lu}[\p{Lu}\p{L}-]{2,})\s*$/u.exec(body);
  const dateText = agency ? body.slice(0, agency.index) : body;
  const date = findDates(dateText).find((d) => d.month || d.weekdayOnly);
  if (agency) {
    const name = (agency[1] ?? agency[2] ?? agency[3])!.trim();
    // "YEREVAN, 15 February 2013 (Հայերեն) –": a link to the text in another language, no agency.
    const language = !/[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(name) || /^(?:English|Русский|Russian|in Russian|in English)$/i.test(name);
    // "WASHINGTON, Nov. 5, 2018 /PRNewswire/ --": the wire that carried the release, no agency.
    if ((!date || !findDates(name).length) && !language && !PRESS_WIRE.test(name)) dateline.agency = name;
  }
  if (date) dateline.printedDate = date;
  // "NUR-SULTAN, Kazakhstan – …": the town, then its country, and no date.
  if (body && !date && !dateline.agency && !countryIdOf(body)) return undefined;
  dateline.press = Boolean(date?.date) && !dateline.agency && /\s(?:[-–—]|--)\s/.test(paragraph.slice(0, m[0].length + printedBody.length + 4));
  return dateline;
}

/**
 * A press dateline that does not open its line: a photo caption glued before it ("… in Warsaw, 16 October
 * 2023COPENHAGEN, 29 October 2024 – Around 130 …"), or a PDF's cover run into the statement ("… STATEMENT
 * OF PRELIMINARY FINDINGS AND CONCLUSIONS Bishkek, 11 July 2005 – Following …"). The dateline is read from
 * where it starts; what stands before it is the caption or the cover.
 */
function embeddedDateline(line: string): { at: number; dateline: Dateline } | undefined {
  const pattern =
    /(\p{Lu}[\p{Lu}\p{M}'’/-]{2,}(?:\s+\p{Lu}[\p{Lu}\p{M}'’/-]+)*|\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?),\s+(?=[\p{L}\d.]{1,12}\.?\s+[\p{L}\d]{1,12},?\s+\d{4}\s+[-–—]{1,2}\s)/gu;
  for (const m of line.slice(0, 1500).matchAll(pattern)) {
    if (m.index === 0) continue;
    const dateline = readDateline(line.slice(m.index));
    if (dateline?.printedDate?.date) return { at: m.index, dateline };
  }
  return undefined;
}

/**
 * "OSCE/ODIHR (10.12.2016) – The 4 December …": a source, its date in brackets and a dash. The source is
 * kept as the agency; there is no place.
 */
function bracketDateline(line: string): Dateline | undefined {
  const m = /^([^()]{2,40}?)\s*\(([^()]{6,30})\)\s*(?:[-–—]\s*)+/u.exec(line);
  const date = m ? findDates(m[2]!)[0] : undefined;
  if (!m || !date?.date || date.index !== 0) return undefined;
  return { place: '', body: m[0], printedDate: date, agency: m[1]!.trim(), rest: line.slice(m[0].length), press: false };
}

type DateSource = 'dateline' | 'cover' | 'stamp' | 'published' | 'header';

/** A weekday's name just before a date: "Monday, 25 November 2024", "Флаг Понедельник, 25 ноября 2024". */
const WEEKDAY_WORD = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)`;
const WEEKDAY_BEFORE = new RegExp(String.raw`${WEEKDAY_WORD}\s*,?\s*$`, 'iu');
const WEEKDAY_OPENING = new RegExp(String.raw`^${WEEKDAY_WORD}`, 'iu');

/** Words that name an election or a report period: a date after them is the election's, not the text's. */
// "Parliamentary Elections, 3 and 4 October 2031": the first day of the vote may stand between.
const ELECTION_BEFORE_DATE =
  /(?:elections?|referendum|ballot|выбор\p{L}*|референдум\p{L}*|report|доклад|отч[её]т)[\s,:–-]*(?:\d{1,2}\s*(?:and|и|[-–—])\s*)?$/iu;
/** Words no town's name holds: "Parliamentary Elections, 25 November 2007" heads a mission's page, it is no dateline. */
const NOT_A_PLACE =
  /elect|referend|parliament|president|выбор|референд|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*day$|^(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)$|^(?:ОБСЕ|БДИПЧ|СНГ|ПАСЕ|МПА|ОДКБ|ШОС|ЦИК|OSCE|ODIHR|PACE|CIS|NATO|CEC|UN|EU)$/iu;
/** "Флаг Понедельник": a site's calendar names the weekday beside its icon; no town has a weekday in its name. */
const notAPlace = (words: string) => NOT_A_PLACE.test(words) || words.split(/[ /]/).some((w) => NOT_A_PLACE.test(w));
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * A report's cover date, "Warsaw 30 October 2007", "WARSAW/BISHKEK 18 January 2005", "(г. Бишкек, 30 ноября
 * 2025 г.)": a place of one to three words, then a date of the calendar, at the start of a line.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function coverDateline(line: string): { place: string; date: PrintedDate } | undefined {
  const m = /^\(?(?:г\.\s*)?(\p{Lu}[\p{L}'’.-]+(?:[ /]\p{Lu}[\p{L}'’.-]+){0,2})[,;]?\s+/u.exec(line);
  if (!m || !isPlaceName(m[1]!)) return undefined;
  const date = findDates(line.slice(m[0].length, m[0].length + 40))[0];
  if (!date?.date || date.index !== 0 || !/^\d/.test(date.text)) return undefined;
  return { place: m[1]!, date };
}

/** Words of a cover's place: no month, no election, none of the words that open a sentence or a section. */
function isPlaceName(words: string): boolean {
  const stop = /^(?:On|In|Of|At|By|For|From|Since|Until|And|The|Introduction|Summary|Contents|Report|Mission|Chapter|Page|Annex|Doc)$/i;
  return !MONTH_WORD.test(words) && !notAPlace(words) && !words.split(/[ /]/).some((w) => stop.test(w));
}

/**
 * A PDF's cover run into one line: "… NEEDS ASSESSMENT MISSION REPORT 5-8 April 2016 Warsaw 29 April 2016".
 * The last one-word place followed by a date of the calendar there, not a period's end ("5-8 April 2016").
 */
function coverDatelineInside(line: string): { place: string; date: PrintedDate } | undefined {
  let found: { place: string; date: PrintedDate } | undefined;
  for (const d of findDates(line)) {
    if (!d.date || !/^\d/.test(d.text)) continue;
    const before = /(?:^|\s)(\p{Lu}[\p{Ll}]+|\p{Lu}{3,})[,;]?\s+$/u.exec(line.slice(0, d.index));
    if (before && /^\p{Script=Latin}/u.test(before[1]!) && isPlaceName(before[1]!) && !/\d\s*[-–—]\s*$/.test(line.slice(0, d.index)))
      found = { place: before[1]!, date: d };
  }
  return found;
}

/**
 * A line of the header that only dates the text: "26.03.2015, 15:24", "18/03/2021 | News", "Doc. 12937 24 May
 * 2012", "9 августа 2017 15:08 994 …". Not a date in brackets or after an election's name ("Parliamentary
 * Elections, 25 November 2007", "(28 November 2010)": the election's), nor a period ("17 February – 6 March").
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function headerDate(line: string): PrintedDate | undefined {
  if (line.length > 120 || (/[.!?]$/.test(line) && line.split(/\s+/).length > 12)) return undefined;
  const dates = findDates(line).filter((d) => d.date);
  const date = dates[0];
  if (!date) return undefined;
  if (ELECTION_BEFORE_DATE.test(line.slice(0, date.index)) || /^\s*\(/.test(line.slice(Math.max(0, date.index - 2), date.index + 1))) return undefined;
  if (/[–—-]\s*$/.test(line.slice(0, date.index)) && findDates(line.slice(0, date.index)).length > 0) return undefined;
  // "17 February – 6 March" is a period; "January 10, 2031 - 17:40 AMT" a date and the time it was posted.
  if (/^\s*[–—]/.test(line.slice(date.end)) || /\s[-–—]\s*\d(?!\d?:)/.test(date.text)) return undefined;
  const rest = (line.slice(0, date.index) + line.slice(date.end)).replace(/\d{1,2}:\d{2}(?:\s*[AP]M)?|\([^)]*\)/gi, '');
  return (rest.match(/\p{L}/gu) ?? []).length <= 60 ? date : undefined;
}

/** "Published: 20 October 2004", "Umer Jamshaid Published May 02, 2023 | 07:10 PM": when the page says it was published. */
function publishedDate(line: string): PrintedDate | undefined {
  // The word opens the line, or follows a byline's name: "to be published 8 weeks after" is no such line.
  const m = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:published|posted|опубликовано|дата публикации)(?!\p{L})\s*:?\s*/iu.exec(line);
  if (!m) return undefined;
  const date = findDates(line.slice(m.index + m[0].length))[0];
  return date?.date ? { ...date, index: date.index + m.index + m[0].length, end: date.end + m.index + m[0].length } : undefined;
}

/** A line naming an election, whose date the next line may print. */
const ELECTION_LINE = /(?:elections?|referendum|выборы|референдум)\s*$/iu;

const cover0 = (line: string) => coverDateline(line) !== undefined;

/** Lines a PDF viewer prints: a bare date there is the upload's. */
const VIEWER = /^(?:download|transcript(?:ion)?|citation preview|welcome message from author|start display at page:|embed size \(px\)|upload:.*|post on .*)$/i;

/** Splits a text into its parts; see the module comment for what each is. */
export function splitArticle(text: string): ArticleParts {
  const { stamp, text: body } = captureStamp(text);
  const raw = body.split(/\r?\n/);
  const viewer = raw.some((l) => VIEWER.test(l.trim()));
  const lines = joinWrapped(withoutFurniture(raw).map((l) => collapseSpace(l))).filter((l) => l.length > 0);
  const parts: ArticleParts = { bylines: [], paragraphs: [], contactLines: [], pressDateline: false, header: [], cover: [] };
  const candidates: { from: DateSource; date: PrintedDate; place?: string; weekday?: boolean }[] = [];
  if (stamp?.date) {
    const [y, m, d] = stamp.date.split('-').map(Number);
    candidates.push({ from: 'stamp', date: { text: stamp.value, index: 0, end: 0, date: stamp.date, year: y!, month: m!, day: d! } });
  }
  let inContacts = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (parts.paragraphs.length === 0) parts.cover.push(line);
    if (inContacts) {
      // "Name, Media Analyst: name@…" / "or +998 …": a phone on a line of its own is the contact's above.
      if (/^\s*(?:or|and|или)\s+\+?\d/iu.test(line) && parts.contactLines.length > 0) parts.contactLines[parts.contactLines.length - 1] += ` ${line.trim()}`;
      else parts.contactLines.push(line);
      continue;
    }
    // "… please visit: https://… Media Contacts: A, Media Analyst: +992 … or a@… B, Spokesperson, b@… or +48 …": a
    // page that runs its contacts into the last paragraph; each contact starts with a name after an address or a number.
    const inlineContacts = /^(.*?\S)\s+(?:Media|Press)\s+[Cc]ontacts?\s*:\s*(.+)$/u.exec(line);
    if (inlineContacts && (/@/.test(inlineContacts[2]!) || /\+\d/.test(inlineContacts[2]!))) {
      parts.contactLines.push(
        ...inlineContacts[2]!.split(/(?<=@[\w.-]+|\d)\s+(?=(?:\p{Lu}[\p{L}’'-]+\s+(?:(?:de|da|di|del|van|von|der)\s+)?){1,3}\p{Lu}[\p{L}’'-]+,)/u),
      );
      line = inlineContacts[1]!;
    }
    if (CONTACTS_HEADING.test(line)) {
      inContacts = true;
      continue;
    }
    // A contact block without a heading: a name on its own line, its phones labelled within the next lines
    // ("Ivo Marsh" / "Head of Press" / "Office: +45 …", "Нил Баркли" / … / "Офис: +45 …").
    if (parts.paragraphs.length > 0 && CONTACT_NAME.test(line) && lines.slice(i + 1, i + 4).some((l) => PHONE_LABEL.test(l))) {
      inContacts = true;
      parts.contactLines.push(line);
      continue;
    }
    if (LABELS.test(line) && !parts.label && parts.paragraphs.length === 0) {
      parts.label = line;
      continue;
    }
    // "PRESS RELEASE from Organization for Security and Co-operation in Europe": the label and its issuer.
    const labelled = /^(press release|media advisory|news release)\s+(?:from|by|of)\s+(.+)$/i.exec(line);
    if (labelled && !parts.label && parts.paragraphs.length === 0) {
      parts.label = labelled[1]!;
      parts.header.push(labelled[2]!);
      continue;
    }
    if (STAMP_DATE.test(line)) {
      const stampDate = findDates(line).find((d) => d.date);
      if (stampDate) candidates.push({ from: 'header', date: stampDate });
      continue;
    }
    if (TIME_ONLY.test(line)) {
      parts.dateWhy ??= `the text gives only a time of day ("${line}"), no date`;
      continue;
    }
    const byline = BYLINE.exec(line);
    // "By Trend": a byline of one word names the agency that wrote the text; a person signs with two names at least.
    if (byline && line.length < 80 && !byline[2] && !/\s/.test(byline[1]!) && !/\./.test(byline[1]!)) {
      parts.agency ??= byline[1]!;
      continue;
    }
    if (byline && line.length < 80) {
      parts.bylines.push(byline[2] ? { name: byline[1]!, role: 'author', outlet: byline[2] } : { name: byline[1]!, role: 'author' });
      continue;
    }
    const credit = CREDIT.exec(line);
    if (credit) {
      parts.bylines.push({ name: credit[2]!, role: creditRole(credit[1]!) });
      continue;
    }
    const published = publishedDate(line);
    if (published && line.length < 120) {
      candidates.push({ from: 'published', date: published });
      continue;
    }
    let dateline = parts.place === undefined ? readDateline(line) : undefined;
    if (!dateline && parts.place === undefined && parts.paragraphs.length < 3) {
      const embedded = embeddedDateline(line);
      if (embedded) {
        dateline = embedded.dateline;
        line = line.slice(embedded.at);
      }
    }
    const bracketed = !dateline && parts.place === undefined && parts.paragraphs.length < 3 ? bracketDateline(line) : undefined;
    if (bracketed?.printedDate) {
      candidates.push({ from: 'dateline', date: bracketed.printedDate });
      parts.paragraphs.push(bracketed.rest);
      continue;
    }
    if (dateline) {
      parts.place = dateline.place;
      if (dateline.agency) parts.agency = dateline.agency;
      if (dateline.printedDate) candidates.push({ from: 'dateline', date: dateline.printedDate });
      parts.pressDateline = dateline.press;
      if (parts.paragraphs.length === 0 && parts.header.length > 0) parts.title = parts.header[parts.header.length - 1];
      parts.paragraphs.push(line);
      continue;
    }
    const early = parts.paragraphs.length + parts.header.length < 12;
    // Only a line of the cover: the first of the text, or one in capitals ("… MISSION REPORT 5-8 April 2016 Warsaw 29 April 2016").
    const coverLine = parts.paragraphs.length + parts.header.length === 0 || /(?:\p{Lu}{2,}\s+){3}/u.test(line);
    const inside = early && coverLine && !cover0(line) ? coverDatelineInside(line) : undefined;
    if (inside) candidates.push({ from: 'cover', date: inside.date, place: inside.place });
    const cover = early ? coverDateline(line) : undefined;
    if (cover) {
      candidates.push({ from: 'cover', date: cover.date, place: cover.place });
      continue;
    }
    // Near the top, a short line that only dates the text. Right under an election's name ("EARLY GENERAL
    // ELECTION" / "12 December 2019") the date is the election's; under a lone town ("Warsaw" / "29 November
    // 2019") it is a cover's.
    // A page's metadata list after the article ("• rg.ru", "• 3-11-2024, 12:50") dates it too.
    const metadata = /^[•·]\s/u.test(line) && line.length <= 40;
    const date = !viewer && (parts.paragraphs.length <= 2 || metadata) && line.length <= 120 && !/[.!?”"]$/.test(line) ? headerDate(line) : undefined;
    if (date) {
      const previous = lines[i - 1] ?? '';
      const weekday = WEEKDAY_BEFORE.test(line.slice(0, date.index)) || WEEKDAY_OPENING.test(date.text);
      if (weekday) candidates.push({ from: 'header', date, weekday });
      // "AstanaTV" / "26.02.2016г. в 20:30": a name with a capital inside a word is an outlet's, no town.
      else if (/^\p{Lu}[\p{L}'’-]+$/u.test(previous) && !/\p{Ll}\p{Lu}/u.test(previous) && isPlaceName(previous)) {
        candidates.push({ from: 'cover', date, place: previous });
      } else if (!(ELECTION_LINE.test(previous) && previous.length <= 60)) candidates.push({ from: 'header', date });
      if (parts.paragraphs.length === 0) continue;
    }
    // Above the article, a line that does not end like a sentence is a headline, a kicker or a date.
    // A headline may close on a quotation ("… to observe “important elections in Norvia”"); a sentence closes on its stop.
    if (parts.place === undefined && parts.paragraphs.length === 0 && !/(?:[.!?]|[.!?,]\s*[”"]|^[“"][^”"]*[”"])$/.test(line) && line.length < 200) {
      parts.header.push(line);
      continue;
    }
    parts.paragraphs.push(line);
  }
  if (parts.place === undefined && parts.title === undefined && parts.header.length > 0) parts.title = parts.header[parts.header.length - 1];
  // The cover is what stands above the article's first paragraph, not that paragraph itself.
  if (parts.paragraphs.length > 0) parts.cover.pop();
  const order: DateSource[] = ['dateline', 'cover', 'stamp', 'published', 'header'];
  // A cover prints the election's date before the report's: of several cover dates the last is the report's.
  // A site's header shows today's date with its weekday ("Понедельник, 25 ноября 2024", "Monday, 25 November
  // 2024") above the article's own date: when another header date follows, that one dates the text.
  const todayWidget = (c: (typeof candidates)[number]) => c.weekday === true && candidates.some((o) => o.from === 'header' && !o.weekday && o.date.date);
  const pick = (from: DateSource) => {
    const of = candidates.filter((c) => c.from === from && !todayWidget(c));
    const dated = of.filter((c) => c.date.date);
    return from === 'cover' ? (dated.at(-1) ?? of.at(-1)) : (dated[0] ?? of[0]);
  };
  const best = order.map(pick).find((c) => c !== undefined);
  const full = order.map((from) => candidates.find((c) => c.from === from && c.date.date && !todayWidget(c))).find((c) => c !== undefined);
  // A dateline without a year ("YEREVAN, MARCH 9") gives way to a full date printed elsewhere.
  const chosen = best && !best.date.date && full ? full : best;
  if (chosen) {
    parts.printedDate = chosen.date;
    parts.dateFrom = chosen.from;
    if (parts.place === undefined && chosen.place) parts.place = chosen.place;
  }
  return parts;
}
