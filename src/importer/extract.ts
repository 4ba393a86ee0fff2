/**
 * Everything the importer reads from one source text. What it cannot place goes to `unplaced`,
 * worded for the maintainer, and the field stays empty: a wrong value that looks right would
 * survive review, an empty one cannot.
 */
import { FIELDS_OF_WORK, STATEMENT_KINDS } from '../schemas/vocabulary.ts';
import { parseDayMonthYear } from './dates.ts';
import { contactRole, isContactLine, parseContacts, type Contact } from './contacts.ts';
import { findCountries, findDemonyms, findOtherCountryNames } from './countries.ts';
import { proposeMissions, type MissionProposal } from './missions.ts';
import { organizationIdOf } from './organizations.ts';
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
  type SourceFormat,
  type SourceParts,
} from './parse.ts';
import { findPeople, parseByline, personId, sameName, type NamedPerson } from './people.ts';
import { titleCasePlace } from './text.ts';

export type StatementKind = keyof typeof STATEMENT_KINDS;
export type FieldOfWork = (typeof FIELDS_OF_WORK)[number];

export type Extraction = {
  format: SourceFormat;
  title?: string;
  kind?: StatementKind;
  date?: string;
  place?: string;
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
};

/** Labels osce.org puts above a headline, and the kind of statement each one is. */
const OSCE_LABELS: Record<string, StatementKind> = { 'press release': 'press-release' };

/** A field of work as the vocabulary spells it, whatever the letter case of the source. */
export function fieldOfWork(label: string): FieldOfWork | undefined {
  return FIELDS_OF_WORK.find((f) => f.toLowerCase() === label.trim().toLowerCase());
}

/** An organization id, or a line for the report naming what the text calls it. */
function organization(name: string | undefined, what: string, unplaced: string[]): string | undefined {
  if (!name) {
    unplaced.push(`${what}: the text does not say`);
    return undefined;
  }
  const id = organizationIdOf(name);
  if (!id) unplaced.push(`${what}: "${name}" is not an organization the importer knows (src/importer/organizations.ts)`);
  return id;
}

type Header = Pick<Extraction, 'title' | 'kind' | 'date' | 'place' | 'source' | 'reportsOn' | 'fieldsOfWork'> & {
  author?: string;
};

function osceHeader(parts: SourceParts, unplaced: string[]): Header {
  const header: Header = { fieldsOfWork: [] };
  if (parts.title) header.title = parts.title;
  const kind = OSCE_LABELS[(parts.label ?? '').toLowerCase()];
  if (kind) header.kind = kind;
  else unplaced.push(`kind: the page is labelled "${parts.label ?? ''}", which the importer does not know`);
  const dateline = parseOsceDateline(parts.paragraphs[0] ?? '');
  const printedDate = parts.meta.date?.[0];
  const date = dateline?.date;
  if (date) header.date = date;
  else unplaced.push(`date: no dateline such as "COPENHAGEN, 4 January 2021 –"${printedDate ? ` (the page says "${printedDate}")` : ''}`);
  const place = parts.meta.place?.[0] ?? dateline?.place;
  if (place) header.place = titleCasePlace(place);
  const source = organization(parts.meta.source?.join(' '), 'source', unplaced);
  if (source) header.source = source;
  for (const label of splitFieldsOfWork(parts.meta['fields of work'] ?? [])) {
    const field = fieldOfWork(label);
    if (field) header.fieldsOfWork.push(field);
    else unplaced.push(`field of work "${label}" is not in the vocabulary (src/schemas/vocabulary.ts)`);
  }
  return header;
}

function newsWireHeader(parts: SourceParts, unplaced: string[]): Header {
  const header: Header = { kind: 'news-report', fieldsOfWork: [] };
  const dateline = parseNewsWireHeader(parts.dateline ?? '');
  if (dateline?.date) header.date = dateline.date;
  else unplaced.push(`date: the header "${parts.dateline ?? ''}" holds no date of the calendar`);
  if (dateline?.place) header.place = titleCasePlace(dateline.place);
  const byline = parts.byline ? parseByline(parts.byline) : undefined;
  if (byline) header.author = byline.name;
  const source = organization(byline?.outlet, 'source (the agency of the byline)', unplaced);
  if (source) header.source = source;
  const cited = reportsCiting(parts.paragraphs.join('\n'));
  if (cited) {
    const reportsOn = organization(cited, 'reportsOn', unplaced);
    if (reportsOn) header.reportsOn = reportsOn;
  }
  return header;
}

function pcHeader(parts: SourceParts, unplaced: string[]): Header {
  const header: Header = { fieldsOfWork: [] };
  if (parts.documentNumber?.startsWith('PC.DEL/')) header.kind = 'delegation-statement';
  else unplaced.push(`kind: document ${parts.documentNumber ?? ''} is not a delegation statement (PC.DEL)`);
  const date = parts.dateline ? parseDayMonthYear(parts.dateline) : undefined;
  if (date) header.date = date;
  else unplaced.push(`date: no date of the calendar printed under ${parts.documentNumber ?? 'the document number'}`);
  const subject = openingSubject(parts.paragraphs[0] ?? '');
  const source = organization(subject, 'source (the delegation the statement opens with)', unplaced);
  if (source) header.source = source;
  return header;
}

/** Government bodies, whose news items are their own statements; an agency's would be a news report. */
const GOVERNMENT = /\b(?:Ministry|Government|Presidency|Administration|Office of the President)\b/;

function newsItemHeader(parts: SourceParts, unplaced: string[]): Header {
  const header: Header = { fieldsOfWork: [] };
  if (parts.title) header.title = parts.title;
  const stamp = parseNewsItemStamp(parts.dateline ?? '');
  if (stamp?.place) header.place = titleCasePlace(stamp.place);
  if (stamp?.date) header.date = stamp.date;
  else unplaced.push(`date: the source prints "${parts.dateline ?? ''}" without a year; look the year up, do not infer it`);
  const by = attribution(parts.paragraphs[0] ?? '');
  const source = organization(by, 'source (who the lead says informed)', unplaced);
  if (source) header.source = source;
  if (by && GOVERNMENT.test(by)) header.kind = 'government-statement';
  else unplaced.push(`kind: ${by ? `"${by}" is not a government body` : 'the lead names no source'}, so the kind is left to the maintainer`);
  return header;
}

function headerOf(parts: SourceParts, unplaced: string[]): Header {
  switch (parts.format) {
    case 'osce-page':
      return osceHeader(parts, unplaced);
    case 'news-wire':
      return newsWireHeader(parts, unplaced);
    case 'pc-document':
      return pcHeader(parts, unplaced);
    case 'news-item':
      return newsItemHeader(parts, unplaced);
    default:
      unplaced.push(
        'layout: the text is none of those the importer knows (osce.org page, news wire, PC document, news item); title, kind, date, place and source were not looked for',
      );
      return { fieldsOfWork: [] };
  }
}

/**
 * The people of the article, the author of a byline first and the media contacts last; a contact
 * the article also names keeps the role the article gives.
 */
export function peopleOf(article: readonly string[], author: string | undefined, contacts: readonly Contact[]): NamedPerson[] {
  const people = findPeople(article);
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

/** Participating States the text names, with a report line for every other country name and adjective. */
export function countriesOf(text: string, unplaced: string[]): string[] {
  const countries = findCountries(text);
  for (const name of findOtherCountryNames(text)) {
    unplaced.push(`country "${name}" is not an OSCE participating State in src/importer/countries.ts`);
  }
  for (const adjective of findDemonyms(text)) {
    if (!countries.includes(adjective.id)) {
      unplaced.push(`country: "${adjective.name}" points to ${adjective.id} only as an adjective; add ${adjective.id} to countries if the statement concerns it`);
    }
  }
  if (countries.length === 0) unplaced.push('countries: the article names no OSCE participating State');
  return countries;
}

/** Reads one source text. Pure: no file is opened, nothing is checked against `content/`. */
export function extractStatement(text: string): Extraction {
  const unplaced: string[] = [];
  const parts = splitSource(text);
  const { author, ...header } = headerOf(parts, unplaced);

  const article = parts.paragraphs.filter((p) => !isContactLine(p));
  const parsedContacts = parseContacts(parts.paragraphs.filter(isContactLine));
  unplaced.push(...parsedContacts.unplaced);
  const role = contactRole(article.join('\n'));
  const contacts = parsedContacts.contacts.map((c) => (role ? { ...c, role } : c));
  const people = peopleOf(article, author, contacts);

  // The headline counts as article; the navigation, datelines and boilerplate never do.
  const scanned = [header.title ?? '', ...article].join('\n');
  const countries = countriesOf(scanned, unplaced);

  const extraction: Extraction = { format: parts.format, ...header, people, contacts, countries, missions: [], language: documentLanguage(text), unplaced };

  const documentNumber = parts.documentNumber ?? findDocumentNumber(text);
  if (documentNumber) extraction.documentNumber = documentNumber;

  const aligning = aligningSentence(text);
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
