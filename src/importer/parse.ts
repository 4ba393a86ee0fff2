/**
 * The layouts of the sources the archive imports, and the parts each one has.
 *
 * - `osce-page`: a page of osce.org, navigation first, then "Press release", the headline and a
 *   "- Date: / - Place: / - Source: / - Fields of work:" block before the article.
 * - `news-wire`: a news agency report opening " date 2020-12-08 BAKU, Azerbaijan, Dec. 8" and a
 *   byline "By <name> - <agency>:".
 * - `pc-document`: a document of the OSCE Permanent Council, numbered `PC.DEL/80/21/Rev.1`, or a
 *   delegation's statement with its "As delivered by" line; meeting number, delegation and a cut-off
 *   list of aligning States are kept apart from the article.
 * - `news-item`: a news item with a headline, a lead and a "Nur-Sultan15 May , 12:51" stamp.
 * - `unknown`: none of these fixed layouts; such a text is read part by part by `layout.ts`
 *   (press releases, media advisories, wire reprints, Russian texts).
 */
import { firstFullDate, isoDay, parseDayMonthYear } from './dates.ts';
import { collapseSpace, sentences } from './text.ts';

export type SourceFormat = 'osce-page' | 'news-wire' | 'pc-document' | 'news-item' | 'unknown';

export type SourceParts = {
  format: SourceFormat;
  /** What the page calls itself, e.g. "Press release". */
  label?: string;
  title?: string;
  /** The osce.org "- Key: / - value" block, keys in lower case without the colon. */
  meta: Record<string, string[]>;
  /** The line that dates the text, when it is not part of the article. */
  dateline?: string;
  byline?: string;
  documentNumber?: string;
  /** The article, one entry per paragraph, without headline, dateline header, byline or boilerplate. */
  paragraphs: string[];
  /** Permanent Council documents: the meeting number, who delivered the statement, for whom. */
  meeting?: string;
  deliveredBy?: string;
  delegation?: string;
  /** The paragraph listing aligning States when the source cuts it off before its end. */
  cutOffAligning?: string;
};

/** An OSCE document number; the last group is kept free because revisions read `Rev.1`, `Corr.1`. */
const DOCUMENT_NUMBER = /\b[A-Z]+(?:\.[A-Z]+)*\/\d+\/\d{2}(?:\/[A-Za-z]+\.?\d+)*/;
const NEWS_WIRE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/i;
const NEWS_ITEM_STAMP = /^(\p{Lu}[\p{L}’' -]*?)\s*(\d{1,2})\s+(\p{L}+)\.?(?:\s+(\d{4}))?\s*,\s*\d{1,2}:\d{2}\s*$/u;
/** "ENGLISH only", and the "ENGLISH / Original: RUSSIAN" pair of a translated document. */
const LANGUAGE_LINE = /^(?:\p{Lu}+\s+only|ENGLISH|FRENCH|GERMAN|ITALIAN|RUSSIAN|SPANISH|Original:\s*\p{Lu}+)$/u;

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim());
}

function nonEmpty(ls: readonly string[]): string[] {
  return ls.filter((l) => l.length > 0);
}

/**
 * Which layout a text has; the first that fits wins.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function detectFormat(text: string): SourceFormat {
  const ls = lines(text);
  if (ls.some((l) => /^-\s*Date:/.test(l))) return 'osce-page';
  // A copy's capture stamp followed by an agency's dateline alone (" date 2020-12-08 BAKU, Azerbaijan, Dec. 8"):
  // a wire report. A stamp followed by anything else is a page's copy, read by layout.ts.
  const wire = NEWS_WIRE_HEADER.exec(nonEmpty(ls)[0] ?? '');
  if (wire && /^\p{Lu}[\p{Lu} -]+,[^!?]*[\p{L}\d]$/u.test(wire[2]!.trim()) && wire[2]!.trim().length <= 60) return 'news-wire';
  if (ls.some((l) => documentNumberLine(l))) return 'pc-document';
  // A delegation's statement printed without its document number still says who delivered it.
  // So does one "As delivered by … / to the Permanent Council, Vienna", titled or not, and one under its meeting's line.
  if (ls.some((l) => DELIVERED_LINE.test(l)) && ls.some((l) => /\bStatement\b|\bPermanent Council\b/i.test(l))) return 'pc-document';
  if (ls.some((l) => MEETING_LINE.test(l)) && ls.some((l) => /\bStatement\b/i.test(l))) return 'pc-document';
  // "OSCE Permanent Council No. 1507 Vienna, 6 February 2031" heading the text, "… | Statement to the PC": a statement
  // at the Council whose page names no speaker.
  if (
    nonEmpty(ls)
      .slice(0, 3)
      .some((l) => MEETING_LINE.test(l) || STATEMENT_TO_COUNCIL.test(l))
  )
    return 'pc-document';
  if (ls.some((l) => NEWS_ITEM_STAMP.test(l))) return 'news-item';
  return 'unknown';
}

function documentNumberLine(line: string): string | undefined {
  const m = DOCUMENT_NUMBER.exec(line);
  return m && m[0] === line ? m[0] : undefined;
}

/**
 * The "- Date: / - Place: / - COPENHAGEN" block: keys with their values, up to the first line of prose.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function parseMetaBlock(blockLines: readonly string[]): { meta: Record<string, string[]>; consumed: number } {
  const meta: Record<string, string[]> = {};
  let key: string | undefined;
  let consumed = 0;
  for (const line of blockLines) {
    if (line === '') {
      consumed++;
      continue;
    }
    if (!line.startsWith('-')) break;
    consumed++;
    const keyed = /^-\s*([A-Za-z][A-Za-z ]*):\s*(.*)$/.exec(line);
    if (keyed) {
      key = keyed[1]!.trim().toLowerCase();
      meta[key] = keyed[2] ? [keyed[2].trim()] : [];
    } else if (key) {
      const value = line.replace(/^-\s*/, '').trim();
      if (value) meta[key]!.push(value);
    }
  }
  return { meta, consumed };
}

function osceLayout(ls: string[]): SourceParts {
  const at = ls.findIndex((l) => /^-\s*Date:/.test(l));
  const above = nonEmpty(ls.slice(0, at));
  const title = above[above.length - 1];
  const label = above[above.length - 2];
  const { meta, consumed } = parseMetaBlock(ls.slice(at));
  const parts: SourceParts = { format: 'osce-page', meta, paragraphs: nonEmpty(ls.slice(at + consumed)) };
  if (title) parts.title = title;
  if (label) parts.label = label;
  return parts;
}

function newsWireLayout(ls: string[]): SourceParts {
  const all = nonEmpty(ls);
  const bylineAt = all.findIndex((l) => /^By\s/.test(l));
  const parts: SourceParts = {
    format: 'news-wire',
    meta: {},
    dateline: all[0]!,
    paragraphs: all.slice(1).filter((_, i) => i + 1 !== bylineAt),
  };
  if (bylineAt > 0) parts.byline = all[bylineAt]!;
  return parts;
}

/** Sentences a Permanent Council document carries on every page, which say nothing about the statement. */
const PC_BOILERPLATE = /bears no responsibility for the content|without prejudice to OSCE decisions/;

/** "OSCE Permanent Council No. 1395, Vienna", "1226th Plenary Meeting of the Permanent Council". */
/** A title that says the text was spoken at the Council: "… | Statement to the PC". */
export const STATEMENT_TO_COUNCIL = /\bStatement to the (?:PC|Permanent Council)\b/i;
const MEETING_LINE =
  /^(?:OSCE\s*[,–—-]?\s+)?Permanent Council\s+(?:Meeting\s+)?No\.?\s*(\d+)|\b(\d+)(?:st|nd|rd|th)\s+(?:(?:Plenary|Special|Reinforced)\s+)*(?:Meeting of the (?:OSCE\s+)?)?Permanent Council/i;
const DELIVERED_LINE =
  /^(?:As\s+|(?:Declaration|Statement)\s+)?delivered by\s+(.+?)(?:\s+to the (?:OSCE\s+)?Permanent Council)?(?:,\s*[\p{L} ]+)?(?:,\s*(\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4}))?$/iu;
const DELEGATION_LINE =
  /^(?:Statement by\s+)?(?:the\s+)?((?:United States|Permanent) Mission (?:of .+ )?to the OSCE|Delegation of .{3,60}?(?: to the OSCE)?|Permanent Mission of .+)$/i;
/** A presidency's or a ministry's page of speeches: "Date of Speech : 02-06-2031", "Place : Vienna", "Speaker : Ida Marsh, …". */
const LABELLED_LINE = /^(Date(?: of (?:Speech|Statement|Delivery))?|Place|Speaker)\s*:\s*(\S.*)$/i;
const TITLE_LINE = /^(?:\S.{0,80}?\s)?Statement (?:on|by|in|regarding|to the (?:PC|Permanent Council))\b.{0,160}$/i;
/** The opening of the paragraph that lists aligning States, which a cut-off source may not finish. */
const ALIGNING_OPENING = /^(?:The\s+)?(?:Candidate Countries|EFTA countries)\b/i;

function pcLayout(ls: string[]): SourceParts {
  const all = nonEmpty(ls);
  const at = all.findIndex((l) => documentNumberLine(l));
  const documentNumber = at === -1 ? undefined : documentNumberLine(all[at]!)!;
  // The date stands alone under the number, or after the place ("Vienna, 14 January 2021"), near the top.
  const dateLine = (l: string) => /^(?:\p{Lu}\p{Ll}+,\s*)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\.?\s+\d{1,2},\s+\d{4})$/u.test(l);
  const below = all.findIndex((l, i) => i > at && i <= at + 8 && dateLine(l));
  const dateAt = below !== -1 ? below : all.findIndex((l, i) => i < at && i >= at - 8 && dateLine(l));
  const header = new Set<number>();
  const parts: SourceParts = documentNumber
    ? { format: 'pc-document', meta: {}, documentNumber, paragraphs: [] }
    : { format: 'pc-document', meta: {}, paragraphs: [] };
  let deliveredOn: number | undefined;
  let meetingDate: string | undefined;
  let labelledDate: string | undefined;
  all.forEach((line, i) => {
    const meeting = MEETING_LINE.exec(line);
    if (meeting) {
      parts.meeting = meeting[1] ?? meeting[2]!;
      header.add(i);
      // "OSCE - Permanent Council No. 703: Declaration by the Presidency on behalf of the EU on …": the title after the colon.
      const titled = /^[^:]*:\s*(\S.{10,})$/u.exec(line)?.[1];
      if (titled && !parts.title) parts.title = titled.replace(/\s*\((?:Vienna|Wien)\)\s*$/, '');
    }
    // The place a meeting or a delivery line prints ("Permanent Council No. 1395, Vienna").
    const place = /(?:,\s*|\s\(?)(Vienna|Wien)\b/.exec(line);
    // "As delivered by Chargé d'Affaires Ida Marsh" over "to the Permanent Council, Vienna": the delivery line goes on.
    const toCouncil = /^to the (?:OSCE\s+)?Permanent Council\b/i.test(line);
    if (toCouncil) header.add(i);
    if ((meeting || toCouncil || DELIVERED_LINE.test(line)) && place) parts.meta.place = [place[1]!];
    // "1450th Special Permanent Council, Vienna, 15 November 2031.": the meeting's line dates the statement.
    if (meeting && !meetingDate) meetingDate = /(\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4})\.?\s*$/u.exec(line)?.[1];
    const delivered = DELIVERED_LINE.exec(line);
    const delegation = DELEGATION_LINE.exec(line);
    const labelled = LABELLED_LINE.exec(line);
    if (labelled) {
      const [, label, value] = labelled as unknown as [string, string, string];
      // "02-06-2031": day first, as the dotted form is read.
      if (/^date/i.test(label)) labelledDate = value.replace(/^(\d{1,2})-(\d{1,2})-(\d{4})$/, '$1.$2.$3');
      else if (/^place$/i.test(label)) parts.meta.place = [value];
      else parts.deliveredBy ??= value;
      header.add(i);
    } else if (delivered) {
      parts.deliveredBy = delivered[1]!;
      if (delivered[2]) deliveredOn = i;
      header.add(i);
    } else if (delegation && !parts.delegation) {
      parts.delegation = delegation[1]!;
      header.add(i);
    } else if (!parts.title && TITLE_LINE.test(line) && !/[.!?]$/.test(line)) {
      parts.title = line;
      header.add(i);
    }
  });
  const last = all[all.length - 1] ?? '';
  if (ALIGNING_OPENING.test(last) && !/[.!?]\s*$/.test(last)) {
    parts.cutOffAligning = last;
    header.add(all.length - 1);
  }
  const prose = all.filter((l, i) => i !== at && i !== dateAt && !header.has(i) && !LANGUAGE_LINE.test(l));
  const kept = sentences(prose.join('\n')).filter((s) => !PC_BOILERPLATE.test(s) && !s.startsWith('*') && !isAligningSentence(s));
  parts.paragraphs = [kept.join(' ')];
  if (labelledDate) parts.dateline = labelledDate;
  else if (dateAt !== -1) parts.dateline = all[dateAt]!;
  else if (deliveredOn !== undefined) parts.dateline = DELIVERED_LINE.exec(all[deliveredOn]!)![2]!;
  else if (meetingDate) parts.dateline = meetingDate;
  // "Tacan İldem 26.02.2031": a speaker's line under the title may carry the date where no line of its own does.
  else {
    const speaker = all.slice(0, 5).find((l) => l.length <= 80 && !/[.!?]$/.test(l) && firstFullDate(l) !== undefined);
    if (speaker) parts.dateline = firstFullDate(speaker)!;
  }
  return parts;
}

function newsItemLayout(ls: string[]): SourceParts {
  const all = nonEmpty(ls);
  const stampAt = all.findIndex((l) => NEWS_ITEM_STAMP.test(l));
  const before = all.slice(0, stampAt);
  const leadAt = before.findIndex((l) => /[.!?”"]$/.test(l));
  const titleAt = leadAt === -1 ? before.length - 1 : leadAt - 1;
  const parts: SourceParts = {
    format: 'news-item',
    meta: {},
    dateline: all[stampAt]!,
    paragraphs: [...(leadAt === -1 ? [] : before.slice(leadAt)), ...all.slice(stampAt + 1)],
  };
  if (titleAt >= 0) parts.title = before[titleAt]!;
  return parts;
}

/** Splits a source text into headline, metadata, dateline and article, by its layout. */
export function splitSource(text: string): SourceParts {
  const ls = lines(text);
  switch (detectFormat(text)) {
    case 'osce-page':
      return osceLayout(ls);
    case 'news-wire':
      return newsWireLayout(ls);
    case 'pc-document':
      return pcLayout(ls);
    case 'news-item':
      return newsItemLayout(ls);
    default:
      return { format: 'unknown', meta: {}, paragraphs: nonEmpty(ls) };
  }
}

/** True for the sentence of a delegation statement that lists the States aligning with it. */
function isAligningSentence(sentence: string): boolean {
  return /\balign(?:s)?\s+(?:themselves|itself)\s+with\s+this\s+statement\b/i.test(sentence);
}

/** The sentence listing aligning States, if the text has one. */
export function aligningSentence(text: string): string | undefined {
  return sentences(text).find(isAligningSentence);
}

export type Dateline = { date?: string; place?: string; raw: string };

/** "COPENHAGEN, 4 January 2021 – The OSCE …" at the start of a press release's first paragraph. */
export function parseOsceDateline(paragraph: string): Dateline | undefined {
  // "BUDAPEST, 13 March 2031 -Following an invitation": the dash may touch the first word.
  // "WARSAW/TASHKENT, 2 December 2031 -": a release issued from two places.
  const m = /^(\p{Lu}[\p{Lu}\p{M}.'’ /-]*?),\s+(\d{1,2}\s+\p{L}+\.?\s+\d{4})\s+[-–—]\s?(?=\S)/u.exec(paragraph);
  if (!m) return undefined;
  const dateline: Dateline = { place: m[1]!, raw: m[0].replace(/\s+[-–—]\s?$/, '') };
  const date = parseDayMonthYear(m[2]!);
  if (date) dateline.date = date;
  return dateline;
}

/** " date 2020-12-08 BAKU, Azerbaijan, Dec. 8": the ISO date and the city. */
export function parseNewsWireHeader(line: string): Dateline | undefined {
  const m = NEWS_WIRE_HEADER.exec(line);
  if (!m) return undefined;
  const [y, mo, d] = m[1]!.split('-').map(Number);
  const date = isoDay(y!, mo!, d!);
  const place = m[2]!.split(',')[0]!.trim();
  const dateline: Dateline = { raw: line.trim() };
  if (date) dateline.date = date;
  if (place) dateline.place = place;
  return dateline;
}

/** "Nur-Sultan15 May , 12:51": the city, and the date only when the stamp has a year. */
export function parseNewsItemStamp(line: string): (Dateline & { dayMonth: string }) | undefined {
  const m = NEWS_ITEM_STAMP.exec(line.trim());
  if (!m) return undefined;
  const dayMonth = `${m[2]} ${m[3]}`;
  const dateline: Dateline & { dayMonth: string } = { raw: line.trim(), place: m[1]!.trim(), dayMonth };
  const date = m[4] ? parseDayMonthYear(`${dayMonth} ${m[4]}`) : undefined;
  if (date) dateline.date = date;
  return dateline;
}

/** The language a document says it is issued in ("ENGLISH only"), as a language tag; English otherwise. */
export function documentLanguage(text: string): string {
  const m = /\b(ENGLISH|FRENCH|GERMAN|ITALIAN|RUSSIAN|SPANISH)\s+only\b/.exec(text);
  const tags: Record<string, string> = { ENGLISH: 'en', FRENCH: 'fr', GERMAN: 'de', ITALIAN: 'it', RUSSIAN: 'ru', SPANISH: 'es' };
  if (m) return tags[m[1]!]!;
  // A text written in Cyrillic is Russian here: the OSCE publishes in its six languages, and Russian is the one in Cyrillic.
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return cyrillic > latin ? 'ru' : 'en';
}

/** The first OSCE document number in a text, e.g. `PC.DEL/80/21/Rev.1`. */
export function findDocumentNumber(text: string): string | undefined {
  return DOCUMENT_NUMBER.exec(text)?.[0];
}

/** Who a news item or report says it comes from: "…, the Ministry of Foreign Affairs of Kazakhstan informed." */
export function attribution(lead: string): string | undefined {
  const text = collapseSpace(lead);
  const m = /,\s+(?:the\s+)?([^,]+?)\s+(?:informed|reported|reports|said)\.?\s*$/i.exec(text);
  // Russian puts the verb first: "…, сообщил МИД России."
  const ru = /,\s+(?:сообщил[аио]?|сообщает|сообщили в)\s+([^,]+?)\.?\s*$/iu.exec(text);
  return m?.[1] ?? ru?.[1];
}

/** Whose announcement a news report relays: "…, Trend reports citing OSCE." */
export function reportsCiting(text: string): string | undefined {
  // "Trend reports citing PACE’s website": the organization, not its site.
  // "Trend reports citing the press service of the Central Election Commission (CEC) of Uzbekistan": the commission.
  return /\breport(?:s|ed)?\s+citing\s+(?:the\s+)?(?:press\s+(?:service|office)\s+of\s+(?:the\s+)?)?([^,.;]+)/i
    .exec(text)?.[1]
    ?.replace(/[’']s\s+(?:website|site|press service|press office|statement)\s*$/i, '')
    .trim();
}

/** The subject that opens a delegation statement: "The European Union welcomes …" → "European Union". */
export function openingSubject(text: string): string | undefined {
  // "- The European Union thanks …": a statement printed as a list of points.
  const m = /^\s*(?:[-–•]\s*)?(?:The\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*)/u.exec(text);
  return m?.[1];
}

/** The "Fields of work" values, split: "Elections, Democratization" → two labels. */
export function splitFieldsOfWork(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}
