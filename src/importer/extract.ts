/**
 * Everything the importer reads from one source text. What it cannot place goes to `unplaced`,
 * worded for the maintainer, and the field stays empty: a wrong value that looks right would
 * survive review, an empty one cannot.
 */
import iuliia from 'iuliia';
import { placeInTwoLanguages } from './places.ts';
import { FIELDS_OF_WORK, STATEMENT_KINDS } from '../schemas/vocabulary.ts';
import { parseDayMonthYear } from './dates.ts';
import { contactRole, isContactLine, parseContacts, type Contact } from './contacts.ts';
import { findCountries, findDemonyms, findOtherCountryNames, impliedCountry, countryIdOf } from './countries.ts';
import { EARLIER_MISSION, proposeMissions, type MissionProposal } from './missions.ts';
import { NEWS_OUTLETS, outletOfWebsite } from './outlets.ts';
import { draftOrganization, organizationIdOf, type DraftOrganization, type OrganizationKind } from './organizations.ts';
import { EMPTY_ARCHIVE, findArchiveOrganization, findArchiveOrganizationBySite, type ArchiveIndex } from './archive.ts';
import { readDateline, splitArticle, type ArticleParts, type Byline } from './layout.ts';
import { findOrganizations } from './organizations-in-text.ts';
import {
  coverIssuer,
  creditLine,
  creditedOutlet,
  selfDescribedKind,
  isPressWire,
  isReported,
  nationalBodyId,
  outletLine,
  outletOfPage,
  outletOfUrl,
  relayedOrganization,
  reportKindOf,
  sameOutlet,
  siteOrganization,
} from './issuer.ts';
import { HIDDEN_EMAIL, parseBlockContact, phonesIn } from './contacts.ts';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { findDates, firstFullDate } from './dates.ts';
import {
  aligningSentence,
  attribution,
  documentLanguage,
  findDocumentNumber,
  openingSubject,
  parseNewsItemStamp,
  parseNewsWireHeader,
  parseOsceDateline,
  reportsCiting,
  splitFieldsOfWork,
  splitSource,
  STATEMENT_TO_COUNCIL,
  type SourceFormat,
  type SourceParts,
} from './parse.ts';
import { findNameMentions, findPeople, parseByline, personId, sameName, type NamedPerson } from './people.ts';
import { findCyrillicPeople } from './people-ru.ts';
import { sentences, titleCasePlace } from './text.ts';

type StatementKind = keyof typeof STATEMENT_KINDS;
/** @internal Exported for the importer's unit tests, which pin each reading rule on its own. */
export type FieldOfWork = (typeof FIELDS_OF_WORK)[number];

export type Extraction = {
  format: SourceFormat;
  title?: string;
  kind?: StatementKind;
  date?: string;
  place?: string;
  /** The dateline as a Russian text prints it, when `place` is its English name (places.ts). */
  ruPlace?: string;
  source?: string;
  reportsOn?: string;
  people: NamedPerson[];
  contacts: Contact[];
  fieldsOfWork: FieldOfWork[];
  countries: string[];
  missions: MissionProposal[];
  documentNumber?: string;
  aligningStates?: string[];
  language: string;
  /** Things the text says that the importer could not turn into a value, for the maintainer. */
  unplaced: string[];
  /** Organizations the statement refers to that neither the archive nor the table knows: drafted for review. */
  newOrganizations?: DraftOrganization[];
  /** What a source gives beyond the statement's fields: PC meeting, cut-off aligning list, bylines. */
  notes?: SourceNotes;
};

type SourceNotes = {
  meeting?: string;
  aligningCutOff?: string;
  bylines?: Byline[];
  /** Name of the organization each contact names, by contact id. */
  contactOrganizations?: Record<string, string>;
  /** All phones of a contact that lists more than one, by contact id. */
  contactPhones?: Record<string, string[]>;
};

/** Labels osce.org puts above a headline, and the kind of statement each one is. */
const OSCE_LABELS: Record<string, StatementKind> = {
  'press release': 'press-release',
  'media advisory': 'press-release',
  'needs assessment mission report': 'needs-assessment-report',
  'interim report': 'interim-report',
  'final report': 'final-report',
  'statement of preliminary findings and conclusions': 'preliminary-statement',
};

/**
 * A field of work as the vocabulary spells it, whatever the letter case of the source.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function fieldOfWork(label: string): FieldOfWork | undefined {
  return FIELDS_OF_WORK.find((f) => f.toLowerCase() === label.trim().toLowerCase());
}

/** One reading of a text: the archive it is read against, and what the reading collects. */
type Reading = { archive: ArchiveIndex; drafted: DraftOrganization[]; unplaced: string[]; url?: string };

/**
 * An organization id: the archive's or the table's, else a drafted new organization (listed for
 * review), else a line for the report naming what the text calls it.
 */
function organization(r: Reading, name: string | undefined, what: string, kind?: OrganizationKind): string | undefined {
  if (!name) {
    r.unplaced.push(`${what}: the text does not say`);
    return undefined;
  }
  const id = organizationIdOf(name) ?? findArchiveOrganization(r.archive, name)?.id;
  if (id) return id;
  const draft = draftOrganization(name, kind);
  if (draft && (draft.kind || kind)) {
    if (!r.drafted.some((d) => d.id === draft.id)) r.drafted.push(draft);
    return draft.id;
  }
  r.unplaced.push(`${what}: "${name}" is not an organization the importer knows (src/importer/organizations.ts)`);
  return undefined;
}

type Header = Pick<Extraction, 'title' | 'kind' | 'date' | 'place' | 'source' | 'reportsOn' | 'fieldsOfWork'> & {
  author?: string;
};

function osceHeader(parts: SourceParts, r: Reading): Header {
  const header: Header = { fieldsOfWork: [] };
  if (parts.title) header.title = parts.title;
  const label = (parts.label ?? '').toLowerCase();
  const kind = OSCE_LABELS[label] ?? (label === 'statement' && /Chair/i.test(parts.meta.source?.join(' ') ?? '') ? 'chairpersonship-statement' : undefined);
  if (kind) header.kind = kind;
  else r.unplaced.push(`kind: the page is labelled "${parts.label ?? ''}", which the importer does not know`);
  const dateline = parseOsceDateline(parts.paragraphs[0] ?? '');
  const printedDate = parts.meta.date?.[0];
  const date = dateline?.date;
  if (date) header.date = date;
  else r.unplaced.push(`date: no dateline such as "COPENHAGEN, 4 January 2021 –"${printedDate ? ` (the page says "${printedDate}")` : ''}`);
  const place = parts.meta.place?.[0] ?? dateline?.place;
  if (place) header.place = titleCasePlace(place);
  // "OSCE Office for Democratic Institutions and Human Rights, OSCE Office in Yerevan (closed)": a page may list
  // several bodies as its source; the first the importer knows issued it.
  const named = parts.meta.source?.join(' ');
  const listed = named?.split(/,\s+/).find((part) => organizationIdOf(part) ?? findArchiveOrganization(r.archive, part));
  const source = organization(r, listed ?? named, 'source');
  if (source) header.source = source;
  for (const label of splitFieldsOfWork(parts.meta['fields of work'] ?? [])) {
    const field = fieldOfWork(label);
    if (field) header.fieldsOfWork.push(field);
    else r.unplaced.push(`field of work "${label}" is not in the vocabulary (src/schemas/vocabulary.ts)`);
  }
  return header;
}

function newsWireHeader(parts: SourceParts, r: Reading): Header {
  const header: Header = { kind: 'news-report', fieldsOfWork: [] };
  const dateline = parseNewsWireHeader(parts.dateline ?? '');
  if (dateline?.date) header.date = dateline.date;
  else r.unplaced.push(`date: the header "${parts.dateline ?? ''}" holds no date of the calendar`);
  if (dateline?.place) header.place = titleCasePlace(dateline.place);
  const byline = parts.byline ? parseByline(parts.byline) : undefined;
  if (byline) header.author = byline.name;
  const source = organization(r, byline?.outlet, 'source (the agency of the byline)');
  if (source) header.source = source;
  const cited = reportsCiting(parts.paragraphs.join('\n'));
  if (cited) {
    const reportsOn = organization(r, cited, 'reportsOn');
    if (reportsOn) header.reportsOn = reportsOn;
  }
  return header;
}

function pcHeader(parts: SourceParts, r: Reading): Header {
  const header: Header = { fieldsOfWork: [] };
  if (parts.title) header.title = parts.title;
  // A statement delivered at a meeting of the Council ("1041st Meeting of the Permanent Council") is a delegation's too.
  const toCouncil = STATEMENT_TO_COUNCIL.test(parts.title ?? '');
  if (parts.documentNumber?.startsWith('PC.DEL/') || (!parts.documentNumber && (parts.deliveredBy || parts.meeting || toCouncil)))
    header.kind = 'delegation-statement';
  else r.unplaced.push(`kind: document ${parts.documentNumber ?? ''} is not a delegation statement (PC.DEL)`);
  const date = parts.dateline ? (parseDayMonthYear(parts.dateline) ?? firstFullDate(parts.dateline)) : undefined;
  const placed = parts.dateline ? /^(\p{Lu}\p{Ll}+),/u.exec(parts.dateline)?.[1] : undefined;
  if (placed) header.place = placed;
  if (date) header.date = date;
  else r.unplaced.push(`date: no date of the calendar printed under ${parts.documentNumber ?? 'the document number'}`);
  if (!header.place && parts.meta.place?.[0]) header.place = parts.meta.place[0];
  // Who speaks: the delegation line, the "EU Statement on …" title, or the subject the text opens with.
  // "OSCE, Permanent Council No 558: EU Statement on Ukraine": the speaker follows the meeting's name.
  const titled = parts.title ? /^(?:[^:]*:\s*)?(.+?)\s+Statement\b/i.exec(parts.title)?.[1] : undefined;
  const opening = openingSubject(parts.paragraphs[0] ?? '');
  // The opening sentence's subject speaks for a delegation only where it names one ("The United States thanks …", "The
  // European Union …"): "Millions of Americans will vote …" or "Response to Russia's Criticism" is no organization.
  const speaks = (name: string | undefined) =>
    name !== undefined &&
    (organizationIdOf(name) !== undefined ||
      findArchiveOrganization(r.archive, name) !== undefined ||
      countryIdOf(name) !== undefined ||
      /\b(?:Mission|Delegation|Government|Ministry|Union)\b/.test(name));
  // "Declaration by the Presidency on behalf of the EU": the Union speaks, through its presidency.
  const onBehalf = /\bon behalf of the (?:EU|European Union)\b/i.test(parts.title ?? '') ? 'European Union' : undefined;
  const subject = parts.delegation ?? onBehalf ?? (titled && organizationIdOf(titled) ? titled : speaks(opening) ? opening : undefined);
  // The page of a delegation's own site: a foreign ministry's ("mfa.gov.tr"), the United States Mission's.
  // "The United States appreciates …" on the US Mission's own site: the Mission speaks, as its site says.
  const own = delegationSite(r.url);
  const site = subject && !(own && countryIdOf(subject)) ? undefined : (own ?? governmentBody(r.url, ''));
  const source = site ?? organization(r, subject, 'source (the delegation the statement opens with)', 'government');
  if (source) header.source = source;
  return header;
}

/** Government bodies, whose news items are their own statements; an agency's would be a news report. */
const GOVERNMENT =
  /\b(?:Ministry|Government|Presidency|Administration|Office of the President)\b|(?:^|\s)(?:МИД|Министерств\p{L}*|Правительств\p{L}*)(?:\s|$)/u;

function newsItemHeader(parts: SourceParts, r: Reading): Header {
  const header: Header = { fieldsOfWork: [] };
  if (parts.title) header.title = parts.title;
  const stamp = parseNewsItemStamp(parts.dateline ?? '');
  if (stamp?.place) header.place = titleCasePlace(stamp.place);
  if (stamp?.date) header.date = stamp.date;
  else r.unplaced.push(`date: the source prints "${parts.dateline ?? ''}" without a year; look the year up, do not infer it`);
  const by = attribution(parts.paragraphs[0] ?? '');
  const source = organization(r, by, 'source (who the lead says informed)');
  if (source) header.source = source;
  if (by && GOVERNMENT.test(by)) header.kind = 'government-statement';
  else r.unplaced.push(`kind: ${by ? `"${by}" is not a government body` : 'the lead names no source'}, so the kind is left to the maintainer`);
  return header;
}

/** Bodies whose texts are press releases when they carry a dateline of their own. */
const ISSUERS = ['odihr', 'osce-pa', 'osce', 'osce-chairpersonship', 'pace', 'nato-pa', 'european-parliament'];

/** The organization a sentence opens with ("The OSCE Office … (ODIHR) today opened", "OSCE PA President …"). */
function sentenceSubject(sentence: string, archive: ArchiveIndex): string | undefined {
  const first = findOrganizations(sentence, archive)[0];
  if (!first || /^\s*(?:observers?|experts?|missions?)\b/i.test(sentence.slice(first.end))) return undefined;
  return /^\s*(?:(?:The|A|An)\s+)?(?:(?:delegation|mission|team) of\s+(?:the\s+)?)?$/i.test(sentence.slice(0, first.index)) ? first.name : undefined;
}

/** The lines of a text's cover: label, headline, the lines above the article, and a PDF's first line in capitals. */
function coverOf(article: ArticleParts): string[] {
  const first = article.paragraphs[0] ?? '';
  const pdfCover = /(?:\p{Lu}{2,}[\s,]+){3}/u.test(first.slice(0, 300)) ? [first.slice(0, 600)] : [];
  return [...article.cover, article.title ?? '', ...pdfCover].filter(Boolean);
}

/** True for an organization that observes or issues statements of its own, not an outlet. */
function isIssuer(id: string | undefined): boolean {
  return id !== undefined && [...ISSUERS, 'cis', 'ipa-cis', 'eu'].includes(id);
}

function articleHeader(article: ArticleParts, r: Reading, url: string | undefined): Header {
  const header: Header = { fieldsOfWork: [] };
  if (article.title) header.title = article.title;
  const printed = article.printedDate;
  // "NORVIK, Aug. 28 (Agency) --" under a caption "… on Aug. 28, 2018": the text prints the same day with its year.
  const sameDay =
    printed && !printed.date && printed.month && printed.day
      ? findDates([article.title ?? '', ...article.paragraphs].join('\n')).find((d) => d.date && d.month === printed.month && d.day === printed.day)
      : undefined;
  if (printed?.date) header.date = printed.date;
  else if (sameDay?.date) header.date = sameDay.date;
  else if (printed?.weekdayOnly) r.unplaced.push(`date: the text says only "${printed.text.replace(/[,.]$/, '').trim()}", a weekday without a date`);
  else if (printed?.month) r.unplaced.push(`date: the text prints "${printed.text.trim()}" without a year; look the year up, do not infer it`);
  else {
    // "On 14 May 2021, the Minister received …" dates the event, not the text.
    const event = findDates(article.paragraphs[0] ?? '').find((d) => d.date);
    const why =
      article.dateWhy ??
      (event ? `the text prints no date of its own; "${event.text.trim()}" is the day of the event it reports` : 'the text prints no date of the calendar');
    r.unplaced.push(`date: ${why}`);
  }
  if (article.place) header.place = titleCasePlace(article.place);
  const author = article.bylines.find((b) => b.role === 'author');
  if (author) header.author = author.name;
  const lead = article.paragraphs.find((p) => p.length > 0) ?? '';
  const leadText = readDateline(lead)?.rest ?? lead;
  const firstSentence = sentences(leadText)[0] ?? '';
  const cover = coverOf(article);
  const country = findCountries([article.title ?? '', leadText].join('\n'))[0];
  const relayed = () => {
    const cited = reportsCiting(article.paragraphs.join('\n'));
    const id = cited
      ? (nationalBodyId(cited, country) ?? organization(r, cited, 'reportsOn'))
      : relayedOrganization(article.title ?? '', [leadText, ...article.paragraphs.slice(1)], r.archive, country);
    if (id) header.reportsOn = id;
  };

  // A report says what it is on its cover; it is issued by the organization its cover or its site names.
  const whole = [article.title ?? '', ...article.header, ...article.paragraphs].join('\n');
  // "ПАРЛАМЕНТСКИЕ ВЫБОРЫ / 15 декабря 2013 г. / Миссия … / Заключительный отчет / Варшава": a cover the layout took for the
  // article where a date line comes first; its short lines before the first sentence are still the cover.
  const coverLeft =
    (article.paragraphs[0]?.length ?? 0) < 60 ? article.paragraphs.slice(0, 8).filter((p) => p.length < 60 && !/[.!?]$/u.test(p.replace(/\s*г\.$/u, ''))) : [];
  const report = reportKindOf(cover) ?? reportKindOf(coverLeft) ?? selfDescribedKind(article.paragraphs);
  const site = siteOrganization(url, whole);
  const subjectOfLead = sentenceSubject(firstSentence, r.archive);
  if (report) {
    header.kind = report;
    // "Варшава / 4 марта 2014 г.": a report's cover ends with the place and day of issue, below the election's own day.
    if (!header.date) {
      const lines = [...cover, ...coverLeft];
      const at = lines.findLastIndex((l) => /^\s*\d{1,2}\s+\p{L}+\s+\d{4}(?:\s*г\.)?\s*$/u.test(l));
      const issued = at > 0 && /^\p{Lu}[\p{L}-]+$/u.test(lines[at - 1]!.trim()) ? firstFullDate(lines[at]!) : undefined;
      if (issued) {
        header.date = issued;
        header.place = titleCasePlace(lines[at - 1]!.trim());
        const stale = r.unplaced.findIndex((u) => u.startsWith('date:'));
        if (stale !== -1) r.unplaced.splice(stale, 1);
      }
    }
    const issuer =
      site ??
      coverIssuer(cover, r.archive) ??
      (subjectOfLead ? organization(r, subjectOfLead, 'source') : undefined) ??
      findOrganizations(article.paragraphs.slice(0, 3).join('\n'), r.archive).find((o) => isIssuer(o.id))?.id;
    if (issuer) header.source = issuer;
    else r.unplaced.push('source: the report does not say on its cover which organization issued it');
    return header;
  }

  // An outlet that names itself: the agency of the dateline, a byline, a credit, a line of the page.
  const isOutlet = (o: string | undefined): o is string => o !== undefined && !isIssuer(organizationIdOf(o) ?? findArchiveOrganization(r.archive, o)?.id);
  const strong = [article.agency, article.bylines.find((b) => b.outlet)?.outlet].find(isOutlet);
  // A copy of another site's article credits it on a line of its own: that site is the outlet, not the copy's.
  const creditSite = creditLine(article.paragraphs);
  // An outlet is known by its site: the archive's entry, the table of outlets, else the name the page prints for it.
  const siteOutlet = (address: string) => findArchiveOrganizationBySite(r.archive, address)?.id ?? outletOfWebsite(address) ?? outletOfPage(address, whole);
  const credit = creditSite ? siteOutlet(creditSite) : undefined;
  const credited = creditedOutlet(article.paragraphs);
  // An outlet the archive holds is known by its website ("astanatimes.com" → astana-times).
  const fromUrl = site || isPressWire(url) ? undefined : url ? siteOutlet(url) : undefined;
  // A credit the address does not match is the outlet's own source ("…, the Albanian Post reported"): the address names the outlet.
  const weak = [
    credited && (!fromUrl || sameOutlet(credited, url)) ? credited : undefined,
    outletLine([...article.header, article.title ?? '', ...article.paragraphs.slice(-3)]),
  ].find(isOutlet);
  const by = attribution(firstSentence.replace(/\.$/, '')) ?? attribution(lead);
  const government = governmentBody(url, whole);
  if (!strong && (government || (by && GOVERNMENT.test(by)))) {
    // "Statement by Mr. X, Permanent Representative of … to the OSCE, at the Meeting of the OSCE Permanent Council" on
    // a foreign ministry's site: a delegation's statement at the Council, its site the delegation's own.
    const atCouncil = /\b(?:Permanent Representative|Ambassador|Head of (?:the )?Delegation|Delegation)\b[^\n]{0,160}\bPermanent Coun[cs]il\b/i.test(
      [article.title ?? '', ...article.header].join('\n'),
    );
    header.kind = atCouncil ? 'delegation-statement' : 'government-statement';
    const source = government ?? organization(r, by, 'source');
    if (source) header.source = source;
    return header;
  }
  const news = (outlet: string | undefined) => {
    header.kind = 'news-report';
    // "/Корр. БЕЛТА/" on belta.by: an agency the importer does not know, named in Cyrillic, is the site's own.
    const bare = outlet?.replace(/^(?:Корр\.|корр\.|Корреспондент)\s*/u, '');
    const known = bare ? (organizationIdOf(bare) ?? findArchiveOrganization(r.archive, bare)?.id) : undefined;
    const ownSite =
      bare && !known && fromUrl && sameOutlet(/\p{Script=Cyrillic}/u.test(bare) ? iuliia.translate(bare, iuliia.WIKIPEDIA) : bare, url) ? fromUrl : undefined;
    // "INTERFAX.RU", "REPORT.AZ": an agency printed as its address is named as its address names it.
    const address = bare && !known && /^(?:[\p{L}\d-]+\.)+[A-Za-z]{2,6}$/u.test(bare) ? `https://${bare.toLowerCase()}` : undefined;
    const bySite = address ? (findArchiveOrganizationBySite(r.archive, address)?.id ?? outletOfWebsite(address) ?? outletOfUrl(address)) : undefined;
    const source = ownSite ?? bySite ?? (outlet ? organization(r, outlet, 'source (the agency of the dateline, byline or credit)', 'media') : fromUrl);
    if (source) {
      header.source = source;
      // An outlet of the table is drafted under its own name (result.ts); another under its site's.
      if (
        (!outlet || ownSite || bySite) &&
        !r.archive.organizations.some((o) => o.id === source) &&
        !r.drafted.some((d) => d.id === source) &&
        !NEWS_OUTLETS.some((o) => o.id === source)
      )
        r.drafted.push({ id: source, name: new URL(address ?? url!).hostname.replace(/^www\./, ''), kind: 'media' });
    } else r.unplaced.push('source: a report of what others said, by an outlet that does not name itself; give the address of the original (--url)');
    relayed();
    return header;
  };
  if (strong) return news(strong);
  if (credit && credit !== fromUrl && !site) {
    header.kind = 'news-report';
    header.source = credit;
    relayed();
    return header;
  }

  const label = (article.label ?? '').toLowerCase();
  // A headline that opens with its issuer ("ODIHR opens …", "OSCE PA President appoints …") names the source.
  // Only in a release's own layout, with its "PLACE, date –" dateline: a news site's headline names others.
  const titled = article.pressDateline ? sentenceSubject(article.title ?? '', r.archive) : undefined;
  const subject = titled ?? subjectOfLead;
  const release = site !== undefined || article.pressDateline || Boolean(OSCE_LABELS[label]) || isPressWire(url);
  if (!release && (weak || fromUrl || isReported(article.paragraphs))) return news(weak);
  let source = site ?? (subject ? organization(r, subject, 'source') : undefined);
  // "COPENHAGEN, 18 September 2031 – OSCE parliamentarians will observe …": a release from the seat of an OSCE body,
  // which its lead names only as "the OSCE", is that body's where the text names it.
  const seat = article.pressDateline && !site && (source === undefined || source === 'osce') ? OSCE_SEATS[(article.place ?? '').toLowerCase()] : undefined;
  if (seat && findOrganizations(whole, r.archive).some((o) => o.id === seat)) source = seat;
  if (!source) {
    const contactOrgs = [...new Set(article.contactLines.flatMap((l) => findOrganizations(l, r.archive).map((o) => o.id)))];
    if (contactOrgs.length === 1) source = contactOrgs[0];
  }
  // A release of several organizations ("The international observers …") is filed under the first it names, or,
  // in a media advisory that names them further down, the first of "a joint mission of ODIHR and the OSCE PA".
  // "a joint undertaking of the OSCE, comprising ODIHR and the OSCE PA": the OSCE stands for the bodies it lists.
  if (!source && release) {
    const lead = [article.title ?? '', ...article.paragraphs.slice(0, 2)].join('\n');
    source = findOrganizations(lead, r.archive).find((o) => isIssuer(o.id) && !/^\s*[,–—-]?\s*(?:comprising|including|namely)\b/i.test(lead.slice(o.end)))?.id;
  }
  if (!source && release) {
    const joint = /\bjoint\s+(?:undertaking|mission|observation mission|effort)\s+of\s+([^.]{0,200})/i.exec(article.paragraphs.join('\n'));
    if (joint) source = findOrganizations(joint[1]!, r.archive).find((o) => isIssuer(o.id))?.id;
  }
  if (source) header.source = source;
  else r.unplaced.push('source: the text does not say who issued it (no agency, no organization opening the lead, no single organization in its contacts)');
  if (OSCE_LABELS[label]) header.kind = OSCE_LABELS[label];
  else if (release || source) header.kind = 'press-release';
  else r.unplaced.push('kind: the text has no label, dateline or issuer that says what kind of statement it is');
  return header;
}

/** The cities an OSCE body issues its releases from, as their datelines print them. */
const OSCE_SEATS: Record<string, string> = { copenhagen: 'osce-pa', warsaw: 'odihr' };

/**
 * A government body's own site: "mfa.gov.tm", "helsinki.emb.mfa.gov.tr" (a foreign ministry), "kqz.gov.al"
 * (an election commission). The country is the address's; the body is the one the address or the text names.
 */
/** Delegations to the OSCE whose own sites publish their statements at the Permanent Council. */
const DELEGATION_SITES: Record<string, string> = { 'osce.usmission.gov': 'us-mission-to-osce' };

function delegationSite(url: string | undefined): string | undefined {
  try {
    return url ? DELEGATION_SITES[new URL(url).hostname.toLowerCase().replace(/^www\./, '')] : undefined;
  } catch {
    return undefined;
  }
}

function governmentBody(url: string | undefined, text: string): string | undefined {
  if (!url) return undefined;
  let host: string[];
  try {
    host = new URL(url).hostname.toLowerCase().split('.');
  } catch {
    return undefined;
  }
  const cc = host[host.length - 1]!;
  if (!host.includes('gov') || cc.length !== 2) return undefined;
  if (host.includes('mfa') || /^(?:Ministry of Foreign Affairs|Republic of \p{L}+ Ministry of Foreign Affairs)/imu.test(text)) return `${cc}-mfa`;
  if (/\b(?:Election Commission(?:er)?|CEC|KQZ)\b/.test(text)) return `${cc}-cec`;
  return undefined;
}

function headerOf(parts: SourceParts, r: Reading): Header {
  switch (parts.format) {
    case 'osce-page':
      return osceHeader(parts, r);
    case 'news-wire':
      return newsWireHeader(parts, r);
    case 'pc-document':
      return pcHeader(parts, r);
    case 'news-item':
      return newsItemHeader(parts, r);
    default:
      r.unplaced.push(
        'layout: the text is none of those the importer knows (osce.org page, news wire, PC document, news item); title, kind, date, place and source were not looked for',
      );
      return { fieldsOfWork: [] };
  }
}

/**
 * The people of the article, the author of a byline first and the media contacts last; a contact
 * the article also names keeps the role the article gives.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function peopleOf(article: readonly string[], author: string | undefined, contacts: readonly Contact[]): NamedPerson[] {
  const people = [...findPeople(article), ...findCyrillicPeople(article)];
  if (author) {
    const known = people.findIndex((p) => sameName(p.name, author));
    const person: NamedPerson = known === -1 ? { name: author, id: personId(author), as: 'named', roles: [], aliases: [] } : people.splice(known, 1)[0]!;
    people.unshift({ ...person, as: 'author' });
  }
  for (const contact of contacts) {
    if (!people.some((p) => sameName(p.name, contact.name))) {
      people.push({ name: contact.name, id: contact.id, as: 'contact', roles: [], aliases: [] });
    }
  }
  return people;
}

const STATE_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.’'-]*)*`;
const STATE_LIST = String.raw`${STATE_NAME}(?:\s*,\s*${STATE_NAME})*(?:,?\s+and\s+${STATE_NAME})?`;

/** The text without the bracket after a name ("Ida Vos (Netherlands, UEL)", "(MP, Switzerland)"). */
function withoutBracketedHomes(text: string): string {
  return text.replace(/(\p{Lu}\p{Ll}+)\s*\([^()]{2,60}\)/gu, '$1');
}

/**
 * The text without the States it names only as its people's homes: a bracket after a name ("Ida Vos
 * (Netherlands, UEL)", "(MP, Switzerland)"), the States experts or parliamentarians come from ("experts from
 * the UK, Spain and Poland", "Ida Marsh from Germany"), those a delegation's members represent ("in 20 of
 * OSCE's participating states, including Russia, Georgia …"), a member's parliament ("member of the Parliament of
 * Portugal").
 */
function withoutHomeStates(text: string): string {
  return (
    withoutBracketedHomes(text)
      .replace(
        new RegExp(
          String.raw`\b((?:experts?|analysts|observers|parliamentarians|MPs|members|representatives|delegates|diplomats)(?:\s+and\s+\p{Ll}+)?\s+from)\s+${STATE_LIST}`,
          'gu',
        ),
        '$1 …',
      )
      .replace(new RegExp(String.raw`(\p{Lu}\p{Ll}+\s+from)\s+${STATE_NAME}(?=\s+(?:has|have|was|were|is|to|will|as)\b)`, 'gu'), '$1 …')
      .replace(new RegExp(String.raw`([Pp]articipating [Ss]tates|countries|parliaments in [^,.;]{1,40}),\s+including\s+${STATE_LIST}`, 'gu'), '$1')
      .replace(new RegExp(String.raw`(members?\s+of\s+(?:the\s+)?(?:Parliament|parliament)\s+of)\s+${STATE_NAME}`, 'gu'), '$1 …')
      // "сообщила представитель Сербии", "депутат парламента Албании", "представители Армении, Кыргызстана и …": people's homes.
      .replace(
        /((?<!\p{L})(?:представител\p{L}*|депутат\p{L}*\s+парламента|посол|посла|послом|уроженец|уроженка))\s+\p{Lu}\p{Ll}+(?:(?:\s*,\s*|\s+и\s+|\s+)\p{Lu}\p{Ll}+)*/gu,
        '$1 …',
      )
      // "Mauborgne recently led the OSCE PA's delegation … in North Macedonia", "Ранее … возглавлял … миссию … в Украине": a
      // leader's earlier missions are not what the text is about.
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => !EARLIER_MISSION.test(sentence))
      .join(' ')
  );
}

/**
 * Participating States the text names, with a report line for every other country name and adjective.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function countriesOf(text: string, unplaced: string[]): string[] {
  const about = findCountries(withoutHomeStates(text));
  // A text that names States only as its people's homes is about none of them that way; keep them all then,
  // except those printed in a bracket after a name ("Ida Vos (Germany)"), which are never what a text is about.
  const countries = about.length > 0 ? about : findCountries(withoutBracketedHomes(text));
  for (const name of findOtherCountryNames(text)) {
    unplaced.push(`country "${name}" is not an OSCE participating State in src/importer/countries.ts`);
  }
  for (const adjective of findDemonyms(text)) {
    if (!countries.includes(adjective.id)) {
      unplaced.push(
        `country: "${adjective.name}" points to ${adjective.id} only as an adjective; add ${adjective.id} to countries if the statement concerns it`,
      );
    }
  }
  if (countries.length === 0) unplaced.push('countries: the article names no OSCE participating State');
  return countries;
}

/**
 * Contacts given in prose: "For more information please contact Andreas Baker, OSCE PA Press Officer, at +45 … or
 * press@…", and the paragraphs right after it that go on with another ("Ida Marsh, Spokesperson, at +48 … or …").
 */
function proseContacts(paragraphs: readonly string[]): string[] {
  const found: string[] = [];
  let following = false;
  for (const p of paragraphs) {
    // "… ivo.marsh@… / or / Ida Lind, Spokesperson, at +48 …": a lone "or" keeps the contacts going.
    if (/^\s*(?:or|and|или|и)\s*$/iu.test(p)) continue;
    const reachable = phonesIn(p).length > 0 || /@/.test(p);
    const opened = /\bcontact\b/i.test(p) && reachable;
    const next: boolean = following && reachable && findNameMentions(p).at(0)?.start === 0;
    const line: string | undefined = opened || next ? proseContact(p) : undefined;
    if (line) found.push(line);
    following = Boolean(line);
  }
  return found;
}

/** A sentence that gives a contact, rewritten as a line of a contacts block: name, title, phones, email. */
function proseContact(paragraph: string): string | undefined {
  const at = Math.max(0, paragraph.search(/\bcontact\b/i));
  const mention = findNameMentions(paragraph.slice(at)).at(0);
  if (!mention) return undefined;
  const after = paragraph.slice(at + mention.end);
  const title = /^,\s*([^,]+?)\s*(?:,|\bat\b|\bon\b)/.exec(after)?.[1];
  const phones = findPhoneNumbersInText(after).map((p) => after.slice(p.startsAt, p.endsAt));
  const email = after.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
  return [mention.name, title, ...phones, email].filter(Boolean).join(', ');
}

const LONE_NAME = /^(?:\p{Lu}[\p{L}’'-]*\.?\s+){1,3}\p{Lu}[\p{L}’'-]*$/u;

/**
 * osce.org prints a contact over several lines (name, title, "Office: …", "Mobile: …", address);
 * those are joined into one line per person. A name on a line of its own opens the next contact.
 */
function contactRecords(lines: readonly string[]): string[] {
  const records: string[][] = [];
  for (const line of lines) {
    const opensRecord = LONE_NAME.test(line) && findNameMentions(`${line} said.`).length > 0;
    if (opensRecord || records.length === 0) records.push([line]);
    else records[records.length - 1]!.push(line.replace(/:$/, ''));
  }
  return records.map((r) => r.join(', '));
}

/** Contacts of a contacts block printed without labels, one a line. */
function blockContacts(lines: readonly string[], r: Reading, notes: SourceNotes): Contact[] {
  const { unplaced, archive } = r;
  const contacts: Contact[] = [];
  // A phone printed in pairs of digits ("+45 33 37 80 55") is a number all the same.
  const oneLineEach = lines.some((l) => /\d{3}|\d{2}[\s-]\d{2}[\s-]\d{2}|@/.test(l) && !LONE_NAME.test(l)) && lines.some((l) => LONE_NAME.test(l));
  const isOrganization = (name: string) => findOrganizations(name, archive).some((o) => o.name.length === name.trim().length);
  for (const printed of oneLineEach ? contactRecords(lines) : lines) {
    // "+48 609 522 266 (Warsaw mobile)": a note on which phone it is, no label that starts the contact's details.
    const line = printed.replace(/\s*\([^()\d]*\b(?:mobile|office|cell|landline)\)/gi, '');
    if (!oneLineEach && isContactLine(line.replace(HIDDEN_EMAIL, ''))) {
      const parsed = parseContacts([line]);
      contacts.push(...parsed.contacts);
      unplaced.push(...parsed.unplaced);
      continue;
    }
    const { contact, unplaced: why } = parseBlockContact(line, isOrganization);
    unplaced.push(...why);
    if (!contact) continue;
    const { phones, organizationName, ...plain } = contact;
    if (organizationName) (notes.contactOrganizations ??= {})[plain.id] = organizationName;
    if (phones.length > 1) (notes.contactPhones ??= {})[plain.id] = phones;
    if (plain.phone || plain.email) contacts.push(plain);
  }
  return contacts;
}

/** Reads one source text against what the archive holds. Pure: no file is opened. */
/** What the maintainer gives besides the text: the address of the public original. */
export type ExtractOptions = { url?: string | undefined };

export function extractStatement(text: string, archive: ArchiveIndex = EMPTY_ARCHIVE, options: ExtractOptions = {}): Extraction {
  const unplaced: string[] = [];
  const r: Reading = options.url ? { archive, drafted: [], unplaced, url: options.url } : { archive, drafted: [], unplaced };
  const notes: SourceNotes = {};
  let parts = splitSource(text);
  let header: Header;
  let contactLines = parts.paragraphs.filter(isContactLine);
  // "ODIHR.GAL/53/03": a document an institution circulates through the Council is its report, read as any other text;
  // only a delegation's document (PC.DEL, PC.JOUR …) is a statement at the Council.
  if (parts.format === 'pc-document' && parts.documentNumber && !/^PC\./.test(parts.documentNumber))
    parts = { format: 'unknown', meta: {}, paragraphs: parts.paragraphs };
  // The lines above an article of no known layout: a report's cover names its country ("REPUBLIC OF SERBIA").
  let coverLines: readonly string[] = [];
  if (parts.format === 'unknown') {
    const article = splitArticle(text);
    coverLines = article.header;
    header = articleHeader(article, r, options.url);
    parts = { ...parts, paragraphs: article.paragraphs };
    // "For more information please contact Andreas Baker, OSCE PA Press Officer, at +45 … or press@…"
    contactLines = [...article.contactLines, ...proseContacts(article.paragraphs)];
    if (article.bylines.length > 0) notes.bylines = article.bylines;
  } else {
    header = headerOf(parts, r);
  }
  const { author, ...fields } = header;
  // A dateline names a town; anything longer was a sentence read as one.
  if (fields.place && (fields.place.length > 40 || fields.place.split(/\s+/).length > 4)) {
    unplaced.push(`place: "${fields.place.slice(0, 60)}" is not the name of a place`);
    delete fields.place;
  }
  if (parts.meeting) notes.meeting = parts.meeting;
  if (parts.cutOffAligning) notes.aligningCutOff = parts.cutOffAligning;

  const article = parts.paragraphs.filter((p) => !isContactLine(p));
  const contacts0 =
    parts.format === 'unknown'
      ? blockContacts(contactLines, r, notes)
      : (() => {
          const parsed = parseContacts(contactLines);
          unplaced.push(...parsed.unplaced);
          // An OSCE page may give its contacts in prose too ("For further information, please contact …").
          const prose = proseContacts(parts.paragraphs.filter((p) => !isContactLine(p)));
          return [...parsed.contacts, ...(prose.length > 0 ? blockContacts(prose, r, notes) : [])];
        })();
  const role = contactRole(article.join('\n'));
  const contacts = contacts0.map((c) => (role ? { ...c, role } : c));
  const credited = (notes.bylines ?? []).filter((b) => b.name !== author).map((b) => b.name);
  const speaker = parts.deliveredBy ? findNameMentions(parts.deliveredBy).pop()?.name : undefined;
  const people = peopleOf(speaker ? [...article, `${speaker} said.`] : article, author, contacts);
  for (const name of credited) if (!people.some((p) => sameName(p.name, name))) people.push({ name, id: personId(name), as: 'author', roles: [], aliases: [] });

  // The headline counts as article; the navigation, datelines and boilerplate never do.
  const scanned = [fields.title ?? '', ...article].join('\n');
  let countries = countriesOf(scanned, unplaced);
  // A report whose text names no State names it on its cover (its place of issue, Warsaw, is ODIHR's seat, no subject).
  // "REPUBLIC OF SERBIA / SERBIA AND MONTENEGRO": the first the cover names, the union after it being the State it was part of.
  if (countries.length === 0 && fields.kind?.endsWith('report') && coverLines.length > 0) {
    countries = findCountries(coverLines.join('\n')).slice(0, 1);
    const at = unplaced.indexOf('countries: the article names no OSCE participating State');
    if (countries.length > 0 && at !== -1) unplaced.splice(at, 1, `countries: ${countries[0]} from the report's cover; check it`);
  }
  // A text that names no State may still point to one: by a page's label or by its capital.
  if (countries.length === 0) {
    const implied = impliedCountry(text, fields.place);
    if (implied) {
      countries = [implied];
      const at = unplaced.indexOf('countries: the article names no OSCE participating State');
      if (at !== -1) unplaced.splice(at, 1, `countries: ${implied} from the page's label or the capital the text names; check it`);
    }
  }
  // A delegation speaks for its own State; the statement is about the others it names.
  if (fields.kind === 'delegation-statement' && parts.delegation) {
    const own = findCountries(parts.delegation);
    countries = countries.filter((c) => !own.includes(c));
  }

  const extraction: Extraction = { format: parts.format, ...fields, people, contacts, countries, missions: [], language: documentLanguage(text), unplaced };
  if (fields.place) Object.assign(extraction, placeInTwoLanguages(fields.place, archive));
  if (r.drafted.length > 0) extraction.newOrganizations = r.drafted;
  if (Object.keys(notes).length > 0) extraction.notes = notes;

  const documentNumber = parts.documentNumber ?? findDocumentNumber(text);
  if (documentNumber) extraction.documentNumber = documentNumber;

  const aligning = aligningSentence(text) ?? parts.cutOffAligning;
  if (aligning) {
    extraction.aligningStates = findCountries(aligning);
    for (const name of findOtherCountryNames(aligning)) {
      unplaced.push(`aligning State "${name}" is not an OSCE participating State in src/importer/countries.ts`);
    }
  }

  const proposed = proposeMissions(scanned, extraction.date ? Number(extraction.date.slice(0, 4)) : undefined);
  extraction.missions = proposed.missions;
  unplaced.push(...proposed.unplaced);
  return extraction;
}
