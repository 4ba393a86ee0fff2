import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { asciiSlug } from './text.ts';

/** A media contact as a source prints it, phone already in E.164. */
export type Contact = {
  name: string;
  id: string;
  title?: string;
  /** The capacity the release names the contact in, e.g. "spokesperson for the OSCE PA's observer team". */
  role?: string;
  phone?: string;
  email?: string;
};

export type ContactParse = { contacts: Contact[]; unplaced: string[] };

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const LABEL = /\b(?:Tel(?:ephone)?|Phone|Mobile|Mob|Cell|Fax|E-?mail)\b\.?\s*:?/i;
// "Silvia de Félix Gracia": a particle may stand inside a name.
const NAME = /^(?:(?:\p{Lu}[\p{L}’'-]*\.?|de|da|di|del|der|van|von|la|le)\s+){1,4}\p{Lu}[\p{L}’'-]*$/u;

/** True for a line that carries a phone number or an email address after a label. */
export function isContactLine(line: string): boolean {
  return LABEL.test(line) && LABEL_VALUE.test(line) && (/@/.test(line) || /\d{2}/.test(line));
}

/** A label followed by what it labels ("Tel: +45 …", "Mobile 060 …", "Email: a@x"), not prose ("told us in an email on April 10"). */
const LABEL_VALUE = /\b(?:Tel(?:ephone)?|Phone|Mobile|Mob|Cell|Fax|E-?mail)\b\.?\s*:?\s*(?:[+(\d]|[^\s@,;]+@|\[email)/i;

/**
 * Cuts a line that lists several people ("A, Press Officer Tel: … Email: a@x B, Spokesperson Tel: …")
 * after each email address, the last item of every contact as osce.org prints them.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function splitContacts(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of line.matchAll(EMAIL)) {
    const end = m.index + m[0].length;
    parts.push(line.slice(start, end));
    start = end;
  }
  parts.push(line.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Phone numbers of a text in E.164; a number without a country code cannot be read and is not returned. */
export function phonesIn(text: string): string[] {
  return findPhoneNumbersInText(text).map((found) => found.number.number);
}

/**
 * One contact: "Guido Almerigogna, Executive Advisor Tel: +45 60 10 97 72 Email: g@oscepa.dk".
 * The name must look like a name; everything it cannot read is returned as `unplaced`.
 *
 * @internal Exported for the importer's unit tests, which pin each reading rule on its own.
 */
export function parseContact(segment: string): ContactParse {
  const unplaced: string[] = [];
  const label = LABEL.exec(segment);
  const head = (label ? segment.slice(0, label.index) : segment).trim().replace(/[,;:]$/, '');
  const details = label ? segment.slice(label.index) : '';
  const [rawName = '', ...rest] = head.split(',');
  const name = rawName.trim();
  const title = rest.join(',').trim() || undefined;
  if (!NAME.test(name)) {
    return { contacts: [], unplaced: [`contact line "${segment}": no name it could read before the phone or email`] };
  }
  const emails = details.match(EMAIL) ?? [];
  // A fax number is no way to reach a spokesperson; it must not end up as the phone.
  const numbers = details.replace(EMAIL, '').replace(/\bFax\b\.?\s*:?\s*\+?[\d\s()./-]*/gi, '');
  const phones = phonesIn(numbers);
  for (const group of numbers.match(/\+?\d[\d\s()./-]{5,}\d/g) ?? []) {
    if (phonesIn(group).length === 0) {
      unplaced.push(`phone of ${name}: "${group}" has no country code, or too few or too many digits`);
    }
  }
  if (phones.length > 1 || emails.length > 1) {
    unplaced.push(`contact ${name}: more than one phone or email, only the first is drafted`);
  }
  if (phones.length === 0 && emails.length === 0) {
    return { contacts: [], unplaced: [...unplaced, `contact line "${segment}": no phone or email it could read`] };
  }
  const contact: Contact = { name, id: asciiSlug(name) };
  if (title) contact.title = title;
  if (phones[0]) contact.phone = phones[0];
  if (emails[0]) contact.email = emails[0];
  return { contacts: [contact], unplaced };
}

/** All contacts of the contact lines of a text. */
export function parseContacts(lines: readonly string[]): ContactParse {
  const result: ContactParse = { contacts: [], unplaced: [] };
  for (const line of lines.filter(isContactLine)) {
    for (const segment of splitContacts(line)) {
      const parsed = parseContact(segment);
      result.contacts.push(...parsed.contacts);
      result.unplaced.push(...parsed.unplaced);
    }
  }
  return result;
}

/**
 * The capacity a press release gives its contact in the line before ("should contact the following
 * spokesperson for the OSCE PA's observer team:").
 */
export function contactRole(text: string): string | undefined {
  const m = /\bcontact(?: the following| our)?\s+((?:spokesperson|press officer|spokesman|spokeswoman|media officer|press spokesperson)\b[^:.\n]*)/i.exec(text);
  return m?.[1]?.trim();
}

/** What Cloudflare prints instead of an address it hides from robots: no address at all. */
export const HIDDEN_EMAIL = /\[email(?:&#160;|\s)protected\]/i;

/** A contact of a contacts block, with every phone it lists and the organization it names, if any. */
export type BlockContact = Contact & { phones: string[]; organizationName?: string };

/**
 * One line of a contacts block that prints no labels: "Name, Press Officer, +45 60 10 80 30,
 * +45 33 37 80 40, name@oscepa.dk" or "Name, ODIHR: +48 603 683 122, [email protected]". Every
 * phone is read by libphonenumber-js; one without a country code cannot be dialled from abroad and
 * is reported, not completed.
 */
export function parseBlockContact(line: string, isOrganization: (name: string) => boolean): { contact?: BlockContact; unplaced: string[] } {
  const unplaced: string[] = [];
  const segments = line
    .split(/\s*[,;:]\s+|\s*:\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const name = segments.shift() ?? '';
  if (!NAME.test(name)) return { unplaced: [`contact line "${line}": no name it could read at its start`] };
  const contact: BlockContact = { name, id: asciiSlug(name), phones: [] };
  for (const segment of segments) {
    if (HIDDEN_EMAIL.test(segment)) {
      unplaced.push(`email of ${name}: the source site hid the address ("[email protected]"); it is not an address`);
      continue;
    }
    // "+48 609 522 266 or katya.andrusz@odihr.pl": one segment may hold a phone and an email.
    const email = segment.match(EMAIL)?.[0];
    if (email) contact.email ??= email;
    const rest = segment
      .replace(EMAIL, '')
      .replace(/\b(?:or|and|tel\.?|phone|mobile|e-?mail)\b\s*:?/gi, ' ')
      .trim();
    if ((rest.match(/\d/g) ?? []).length >= 6) {
      const phones = phonesIn(rest);
      if (phones.length === 0) unplaced.push(`phone of ${name}: "${rest}" has no country code, or too few or too many digits`);
      contact.phones.push(...phones);
      continue;
    }
    if (email || rest === '') continue;
    if (isOrganization(rest)) contact.organizationName ??= rest;
    else contact.title ??= rest;
  }
  if (contact.phones[0]) contact.phone = contact.phones[0];
  if (contact.phones.length === 0 && !contact.email) unplaced.push(`contact ${name}: no phone or email it could read`);
  return { contact, unplaced };
}
