/**
 * vCard 3.0 (RFC 2426) for the media desk: one card per published contact point, or one file with
 * every contact of a mission.
 *
 * Written by hand: no vCard library is installed, and the rules that matter here (text escaping,
 * folding at 75 UTF-8 octets, CRLF) are few enough to state plainly and pin byte for byte in tests,
 * which a dependency's output would not let us promise.
 *
 * Output is a pure function of the input: the UID is a name-based UUID and REV is the date of the
 * statement that published the contact, so a rebuild yields the same bytes.
 */
import { createHash } from 'node:crypto';
import { parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { E164, ISO_DAY } from '../format/patterns.ts';

export interface ContactCard {
  /** Id of the person in `content/people/`; with `missionId` it fixes the card's UID. */
  personId: string;
  /** Mission the contact speaks for, so the same person's cards for two missions stay distinct. */
  missionId?: string;
  /** FN: the name as printed, e.g. `Jarosław Marcin Domański`. */
  fullName: string;
  /** Family name first, `Domański, Jarosław Marcin`; used for N when no explicit parts are given. */
  sortName?: string;
  familyName?: string;
  givenName?: string;
  /** TITLE: the job title printed next to the name, e.g. `Executive Advisor`. */
  title?: string;
  /** ROLE: the part played, e.g. `Spokesperson for the OSCE PA observer team`. */
  role?: string;
  organization?: string;
  /** Second ORG component: the unit within the organization. */
  unit?: string;
  /** E.164, e.g. `+4560109772`. */
  phone?: string;
  email?: string;
  /** Said first in NOTE: a contact of a mission that is over may no longer answer, as the page warns. */
  warning?: string;
  /** The statement that published the contact: gives NOTE and REV. */
  published?: { title: string; date: string };
  /** SOURCE: where this card can be fetched again, i.e. the archive's own page or .vcf for it. */
  source?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/**
 * Namespace of the archive's contact UIDs. Fixed once: changing it would change every UID, and
 * address books would then keep two copies of every contact a journalist re-imports.
 */
const CONTACT_UID_NAMESPACE = '4f1c2b7e-9a53-4d0e-8b61-3c7d2a9e5f10';

/** Name-based UUID, version 5 (RFC 9562 §5.5): the same name gives the same UUID on every build. */
function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new RangeError(`not a UUID: ${namespace}`);
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `urn:uuid:` of a person's card, per mission; ids cannot contain a space, so the join is unambiguous. */
function contactUid(personId: string, missionId?: string): string {
  return `urn:uuid:${uuidV5(`${personId} ${missionId ?? ''}`, CONTACT_UID_NAMESPACE)}`;
}

/**
 * Escapes a text value or one structured component (RFC 2426 §4, as RFC 6350 §3.4). Commas and semicolons are
 * escaped everywhere: harmless in a plain text value, required inside N and ORG. Other control
 * characters have no valid encoding in a vCard and are dropped.
 */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

function utf8Length(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line at 75 octets (RFC 2425 §5.8.1). Counts UTF-8 octets, not UTF-16 units, and
 * breaks only between code points so no multi-byte character is cut; a continuation line's
 * leading space counts towards its 75.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/**
 * A vCard 3.0 TEL value in E.164 (`+4560109772`): one form every address book stores, matches against
 * an incoming call and dials from abroad, where a grouping with spaces is read differently by each.
 * libphonenumber writes it, so a number stored with a national prefix would still come out right.
 */
function telText(e164: string): string {
  if (!E164.test(e164)) throw new RangeError(`expected an E.164 phone number, got ${JSON.stringify(e164)}`);
  return escapeText(parsePhoneNumberWithError(e164).format('E.164'));
}

/** `2021-01-04` → `20210104T000000Z`: REV is a timestamp, the statement gives only a day. */
function revTimestamp(isoDay: string): string {
  const m = ISO_DAY.exec(isoDay);
  if (!m) throw new RangeError(`expected a date written YYYY-MM-DD, got ${JSON.stringify(isoDay)}`);
  return `${m[1]}${m[2]}${m[3]}T000000Z`;
}

/** Family and given names: explicit parts win, else the sort name split at its first comma. */
function nameParts(card: Pick<ContactCard, 'sortName' | 'familyName' | 'givenName'>): {
  family: string;
  given: string;
} {
  if (card.familyName !== undefined || card.givenName !== undefined) {
    return { family: card.familyName ?? '', given: card.givenName ?? '' };
  }
  if (card.sortName === undefined) return { family: '', given: '' };
  const comma = card.sortName.indexOf(',');
  if (comma < 0) return { family: card.sortName.trim(), given: '' };
  return { family: card.sortName.slice(0, comma).trim(), given: card.sortName.slice(comma + 1).trim() };
}

/** N has five components: family; given; additional; prefixes; suffixes. */
function nValue(card: ContactCard): string {
  const { family, given } = nameParts(card);
  return [family, given, '', '', ''].map(escapeText).join(';');
}

function orgValue(organization: string, unit: string | undefined): string {
  return [organization, unit]
    .filter((c): c is string => c !== undefined && c !== '')
    .map(escapeText)
    .join(';');
}

function webUri(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new RangeError(`expected an http(s) address for SOURCE, got ${JSON.stringify(url)}`);
  }
  return parsed.href;
}

/** Unfolded content lines of a card, in the order they are written. */
function contentLines(card: ContactCard): string[] {
  if (card.fullName.trim() === '') throw new RangeError(`FN must not be empty (person ${card.personId})`);
  // 3.0 is what Outlook, Apple Contacts, Google Contacts and Android all import: 4.0's KIND and
  // `TEL;VALUE=uri` are lost or refused by older Outlook. Names stay UTF-8, the charset the file is served in.
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `UID:${contactUid(card.personId, card.missionId)}`];
  lines.push(`FN:${escapeText(card.fullName)}`, `N:${nValue(card)}`);
  if (card.organization) lines.push(`ORG:${orgValue(card.organization, card.unit)}`);
  if (card.title) lines.push(`TITLE:${escapeText(card.title)}`);
  if (card.role) lines.push(`ROLE:${escapeText(card.role)}`);
  if (card.phone) lines.push(`TEL;TYPE=WORK,VOICE:${telText(card.phone)}`);
  if (card.email) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(card.email)}`);
  const note = [card.warning, card.published && `Published in: ${card.published.title}, ${card.published.date}`].filter(Boolean).join(' ');
  if (note) lines.push(`NOTE:${escapeText(note)}`);
  if (card.source) lines.push(`SOURCE:${webUri(card.source)}`);
  if (card.published) lines.push(`REV:${revTimestamp(card.published.date)}`);
  lines.push('END:VCARD');
  return lines;
}

/** One vCard, folded, every line ending in CRLF. */
export function vcard(card: ContactCard): string {
  return contentLines(card)
    .map((line) => foldLine(line) + CRLF)
    .join('');
}

/** Several vCards in one file, in the order given (RFC 2425 allows any number per stream). */
export function vcards(cards: readonly ContactCard[]): string {
  return cards.map(vcard).join('');
}
