/**
 * Page furniture: what a web page, a news site or a PDF viewer prints around the text it carries.
 * None of it is the statement's: a menu lists every participating State, a "related news" list
 * names other elections, a viewer's upload date is not the document's, a share counter is a number
 * that counts no observers. The readers of `layout.ts` see the text with the furniture taken out.
 *
 * - the capture stamp some copies open with (" date 2021-05-19 …"), kept apart as a date candidate;
 * - chrome lines: share, print and comment counters, font-size widgets, skip links, a viewer's
 *   "Download", "Transcript", "Page 2: …" and uploader lines, breadcrumbs;
 * - navigation menus: runs of short bulleted lines without figures or sentences;
 * - everything after a heading that opens a list of other articles ("MORE ABOUT", "Related news",
 *   "Читайте также") or a syndicator's disclaimer.
 */
import { findDates } from './dates.ts';
import { collapseSpace } from './text.ts';

const CHROME = new RegExp(
  [
    String.raw`skip (?:to )?(?:main )?(?:content|links)`,
    'main navigation',
    'latest news',
    'share',
    'print',
    'follow us',
    'read more',
    'back to top',
    'related content',
    'top banner',
    'download',
    'documents',
    'transcript(?:ion)?',
    'citation preview',
    'welcome message from author',
    'see related documents',
    String.raw`embed size \(px\)`,
    'size: px',
    'start display at page:',
    'continue reading',
    'advertising',
    'advertisement',
    'bionic',
    'reading',
    'accessibility links',
    'breaking news',
    'go to the main site',
    'english version remains the only official document',
    String.raw`facebook(?:\s+twitter)?(?:\s+instagram)?`,
    'ok',
    'view',
    'upload',
    'comments?(?: [(][0-9]+[)])?',
    'комментарии',
    'поделиться(?: в)?:?',
    'ночной режим',
    'все новости',
    String.raw`[-–—•*|]+`,
    String.raw`\d{1,3}`,
  ].join('|'),
  'iu',
);

/** Lines a viewer or a site prints around any document: counters, widgets, uploads, a viewer's page headers. */
const CHROME_PATTERNS = [
  new RegExp(`^(?:${CHROME.source})$`, 'iu'),
  /^this document is posted to help you/i,
  /^download\s+["“]/i,
  /^total page:\s*\d+/i,
  /^file type:\s*pdf/i,
  /^page created by\b/i,
  /^page \d+:\s/i,
  /^read count:/i,
  // A document site's upload line and counters: "Upload: others", "Post on 26-Sep-2020", "0 views".
  /^(?:upload|uploaded by|category|views?):/i,
  /^post(?:ed)? on\b/i,
  /^\d+\s+(?:views?|downloads?|просмотр\p{L}*)$/iu,
  /\b\d+\s*px\b/,
  /^logo\b/i,
  // A photo's credit over the text: "Фото Жанары Каримовой", "Photo: Ida Marsh".
  /^(?:фото|photo|foto)(?:\s*:|\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}$)/iu,
  // A currency ticker: "Курсы валют от 11/10/2031", "$1 – 12768.30", "UZS – -0,08%"; a search box.
  /^(?:курсы? валют|exchange rates?|currency rates?)(?!\p{L})/iu,
  /^[$€₽£¥]\s?\d+\s*[–—-]\s*[\d.,\s]+$/u,
  /^\p{Lu}{3}\s*[–—-]\s*[-+]?\s*[\d.,]+\s*%$/u,
  /^(?:поиск|search)$/iu,
  // "Главная»Политика»…", "Home > News > …": a breadcrumb; a closing quote after its opening one ("Душанбе, 6 ноября
  // (НИАТ «Ховар»).- …", a dateline) is none.
  /^[^.!?«]{0,40}(?:»|›|\s>\s)/u,
  // "Обновлено: 29.11.2024, 21:20", "Последнее обновление: …", "Last modified …", "Page last updated on …": when
  // the page was touched, not when the text was issued.
  // A stray mark may open the line (". Last Updated: 07/27/2031").
  /^[\s.·•|]*(?:(?:последнее |дата )?обновлен\p{L}*|(?:последн\p{L}+ )?изменен\p{L}*|дата изменения|(?:page )?(?:last )?(?:updated|modified|update)(?: on| at)?)(?!\p{L})/iu,
];

/** Headings after which a page lists other articles, or a syndicator adds its terms: nothing after them is the text's. */
const TAIL_HEADINGS =
  /^(?:more about|latest(?: news)?\b.*|related(?: news| articles| stories| posts)?\b.*|read also|see also|you may also like|most read|popular|all news|лента новостей|все новости|предыдущие новости|tags?:.*|legal disclaimer:?|читайте также|смотрите также|похожие (?:новости|материалы|статьи)|другие новости|новости по теме|последние новости|материалы по теме|популярное|теги:.*)$/iu;

/** " date 2021-05-19 " (or a month only, " date 2020-10 "): the capture stamp some copies of a page open with. */
const CAPTURE_STAMP = /^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b\s*/i;

/** True for a line of page chrome that says nothing of the text. */
function isChrome(line: string): boolean {
  const l = collapseSpace(line);
  return l.length === 0 || CHROME_PATTERNS.some((p) => p.test(l));
}

/** A bulleted menu item: short, no figures, no sentence. */
function isMenuItem(line: string): boolean {
  const m = /^\s*(?:[-•*·]\s*)(.*)$/u.exec(line);
  if (!m) return false;
  const item = m[1]!.trim();
  return item.length <= 50 && !/\d/.test(item) && !/[.:;!?]$/.test(item);
}

/** A heading inside a menu ("Our work"): a few words, no figures, no sentence. */
function isMenuHeading(line: string): boolean {
  const l = line.trim();
  return l.length > 0 && l.length <= 25 && !/\d/.test(l) && !/[.:;!?]$/.test(l);
}

/** Lines of a text without its chrome, menus and trailing lists; empty lines kept, so paragraphs stay apart. */
/** A link to the site's previous or next item ("prev Предыдущие новости", "Следующая новость"). */
const NEIGHBOUR_LINK = /^(?:prev|next)?\s*(?:Предыдущ|Следующ)\p{L}*\s+новост\p{L}*$/iu;

export function withoutFurniture(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let i = 0;
  let prose = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // A run of three or more menu items is navigation. Blank lines and bare bullets may stand between
    // them, and so may a short heading ("Our work") that more items follow.
    if (isMenuItem(line)) {
      const items: string[] = [];
      let j = i;
      while (j < lines.length) {
        const l = lines[j]!;
        if (isMenuItem(l)) items.push(l.trim());
        else if (!(/^\s*[-•*·]?\s*$/u.test(l) || (isMenuHeading(l) && isMenuItem(lines[j + 1] ?? '')))) break;
        j++;
      }
      const average = items.reduce((s, x) => s + x.length, 0) / items.length;
      if (items.length >= 3 && average <= 30) {
        i = j;
        continue;
      }
    }
    const clean = collapseSpace(line);
    // "24.11.2031 / По факту … - Следком / prev Предыдущие новости": a neighbouring item's day and headline, then the
    // link that pages to it, above the article.
    if (prose === 0 && NEIGHBOUR_LINK.test(clean)) {
      const texts = kept.map((l) => collapseSpace(l));
      const headline = texts.findLastIndex((l) => l.length > 0);
      const day = texts.slice(0, headline).findLastIndex((l) => l.length > 0);
      if (day !== -1 && /^\d{1,2}\.\d{1,2}\.\d{4}(?:\s+\d{1,2}:\d{2})?$/.test(texts[day]!)) kept.splice(day);
      i++;
      continue;
    }
    if (prose > 0 && TAIL_HEADINGS.test(clean)) break;
    if (clean.length > 0 && isChrome(clean)) {
      i++;
      continue;
    }
    if (/[.!?»”"]$/.test(clean) && clean.length > 60) prose++;
    kept.push(line);
    i++;
  }
  return kept;
}

export type CaptureStamp = { value: string; date?: string };

/** The capture stamp a copy opens with, and the text without it (what followed the stamp stays as the first line). */
export function captureStamp(text: string): { stamp?: CaptureStamp; text: string } {
  const m = CAPTURE_STAMP.exec(text);
  if (!m) return { text };
  const value = m[1]!;
  const stamp: CaptureStamp = /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value, date: value } : { value };
  return { stamp, text: text.slice(m[0].length) };
}

/** A line that opens with a day, month and year ("17 Марта 2031", "05.04.2031 12:00"). */
function opensWithDate(line: string): boolean {
  const first = /^\d/.test(line) ? findDates(line)[0] : undefined;
  return first?.date !== undefined && first.index === 0;
}

/**
 * A PDF extract breaks every line of a paragraph ("… Constitutional amendments passed in" / "2010 and
 * 2013 will …"). A line that does not end a sentence is joined to the next when that one goes on in
 * lower case or with a figure: headings and list items, which start with a capital, stay apart.
 */
export function joinWrapped(lines: readonly string[]): string[] {
  const width = wrapWidth(lines);
  const joined: string[] = [];
  lines.forEach((line, i) => {
    const previous = joined[joined.length - 1];
    const before = lines[i - 1];
    // A blank line between two lines keeps them apart: that is a paragraph break.
    // A line that opens with a whole date ("17 Марта 2031" under a headline) is the header's date, not the headline's end.
    const goesOn = /^[\p{Ll}\d]/u.test(line) && !opensWithDate(line);
    // "… on the day of RA NA elections, May 12. Vladimir" / "Rushaylo, observation mission's head": in a text wrapped at
    // a fixed width, a line whose next word would not have fitted on it was broken there, whatever letter follows.
    const brokenAtWidth = width !== undefined && before !== undefined && before.length + 1 + (line.split(' ')[0]?.length ?? 0) > width;
    if (previous && line && previous.length >= 40 && !/[.!?:;]["”»]?$/u.test(previous) && (goesOn || brokenAtWidth)) {
      joined[joined.length - 1] = `${previous} ${line}`;
    } else joined.push(line);
  });
  return joined;
}

/**
 * The width a text was wrapped at, when it was: most of its lines end within a few characters of its longest one
 * (a copy of a mailing or an old page printed at 70 characters). Undefined for a text of free-running paragraphs.
 */
function wrapWidth(lines: readonly string[]): number | undefined {
  const full = lines.filter((l) => l.length > 0);
  const width = Math.max(0, ...full.map((l) => l.length));
  if (width < 50 || width > 100 || full.length < 8) return undefined;
  const nearWidth = full.filter((l) => l.length >= width - 15).length;
  return nearWidth >= full.length * 0.6 ? width : undefined;
}
