import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { vcard, vcards, type ContactCard } from '../../src/contacts/vcard.ts';

const guido: ContactCard = {
  personId: 'guido-almerigogna',
  missionId: 'kz/2021-parliamentary',
  fullName: 'Guido Almerigogna',
  sortName: 'Almerigogna, Guido',
  title: 'Executive Advisor',
  role: 'Spokesperson for the OSCE PA observer team',
  organization: 'OSCE Parliamentary Assembly',
  phone: '+4560109772',
  email: 'guido.almerigogna@oscepa.dk',
  published: {
    title: 'OSCE PA to deploy observers for the 10 January parliamentary elections in Kazakhstan',
    date: '2021-01-04',
  },
  source: 'https://example.org/people/guido-almerigogna/',
};

const gisladottir: ContactCard = {
  personId: 'ingibjorg-solrun-gisladottir',
  missionId: 'kz/2021-parliamentary',
  fullName: 'Ingibjörg Sólrún Gísladóttir',
  sortName: 'Gísladóttir, Ingibjörg Sólrún',
  role: 'Director of the OSCE Office for Democratic Institutions and Human Rights, Warsaw',
  organization: 'OSCE Office for Democratic Institutions and Human Rights',
  email: 'office@odihr.pl',
};

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Physical lines of a vCard stream, without their CRLF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

/** RFC 6350 §3.2 unfolding. */
function unfold(text: string): string[] {
  return physicalLines(text.replace(/\r\n /g, ''));
}

function propertyValue(text: string, name: string): string {
  const line = unfold(text).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  if (line === undefined) throw new Error(`no ${name} line`);
  return line.slice(line.indexOf(':') + 1);
}

/** A text value as a card writes it: the ROLE of a card that has nothing else to say. */
function escapeText(value: string): string {
  return propertyValue(vcard({ personId: 'x', fullName: 'X', role: value }), 'ROLE');
}

/** Family and given name as a card's N writes them. */
function nameParts(card: Pick<ContactCard, 'sortName' | 'familyName' | 'givenName'>): { family: string; given: string } {
  const [family, given] = propertyValue(vcard({ personId: 'x', fullName: 'X', ...card }), 'N').split(';');
  return { family: family!, given: given! };
}

/** The physical lines the FN line of a card with this name is folded into. */
function foldedName(fullName: string): string[] {
  const lines = physicalLines(vcard({ personId: 'x', fullName }));
  const start = lines.findIndex((l) => l.startsWith('FN:'));
  return lines.slice(
    start,
    lines.findIndex((l, i) => i > start && !l.startsWith(' ')),
  );
}

const uid = (card: ContactCard) => propertyValue(vcard(card), 'UID');

/** UUID version 5 (RFC 9562 §5.5), written here from the RFC to check the cards' UIDs against. */
function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Reverses RFC 6350 §3.4 escaping of a single text value. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('vcard', () => {
  test('writes the OSCE PA spokesperson card byte for byte', () => {
    expect(vcard(guido)).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'UID:urn:uuid:b1df6a4c-d0ba-55e2-a969-bb36e10b77a1',
        'FN:Guido Almerigogna',
        'N:Almerigogna;Guido;;;',
        'ORG:OSCE Parliamentary Assembly',
        'TITLE:Executive Advisor',
        'ROLE:Spokesperson for the OSCE PA observer team',
        'TEL;TYPE=WORK,VOICE:+4560109772',
        'EMAIL;TYPE=INTERNET,WORK:guido.almerigogna@oscepa.dk',
        'NOTE:Published in: OSCE PA to deploy observers for the 10 January parliamen',
        ' tary elections in Kazakhstan\\, 2021-01-04',
        'SOURCE:https://example.org/people/guido-almerigogna/',
        'REV:20210104T000000Z',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  test('begins with BEGIN then VERSION and ends with END', () => {
    const lines = physicalLines(vcard(gisladottir));
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:3.0']);
    expect(lines.at(-1)).toBe('END:VCARD');
  });

  test('uses CRLF everywhere and never a bare LF or CR', () => {
    const text = vcards([guido, gisladottir, { ...guido, fullName: 'Line\nbreak\r\nand\rCR' }]);
    expect(text).not.toMatch(/[^\r]\n|\r[^\n]|^\n/);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('is deterministic: the same input gives the same bytes', () => {
    const copy: ContactCard = structuredClone(guido);
    expect(encoder.encode(vcard(copy))).toEqual(encoder.encode(vcard(guido)));
    expect(vcards([copy, gisladottir])).toBe(vcards([guido, gisladottir]));
  });

  test('leaves out what the card does not know', () => {
    const lines = unfold(vcard({ personId: 'x', fullName: 'X' }));
    expect(lines).toEqual(['BEGIN:VCARD', 'VERSION:3.0', `UID:${uid({ personId: 'x', fullName: 'X' })}`, 'FN:X', 'N:;;;;', 'END:VCARD']);
  });

  test('writes the unit as the second ORG component', () => {
    const text = vcard({ ...guido, organization: 'OSCE; PA', unit: 'Press, Communications' });
    expect(propertyValue(text, 'ORG')).toBe('OSCE\\; PA;Press\\, Communications');
  });

  test('rejects an empty name and a phone not in E.164', () => {
    expect(() => vcard({ ...guido, fullName: '  ' })).toThrow(RangeError);
    expect(() => vcard({ ...guido, phone: '+45 60 10 97 72' })).toThrow(RangeError);
  });

  test('rejects a SOURCE that is not an http(s) address', () => {
    expect(() => vcard({ ...guido, source: 'javascript:alert(1)' })).toThrow(RangeError);
  });
});

describe('escaping', () => {
  test('escapes backslash, comma, semicolon and newlines (RFC 6350 §3.4)', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf\rg')).toBe('a\\\\b\\,c\\;d\\ne\\nf\\ng');
  });

  test('escapes a backslash before the characters it then escapes', () => {
    expect(escapeText('\\,')).toBe('\\\\\\,');
    expect(escapeText('\\n')).toBe('\\\\n');
  });

  test('drops control characters that a vCard cannot carry but keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\u007Fd\te')).toBe('abcd\te');
  });

  test('escapes text values in the card and round-trips them', () => {
    const role = 'Head; spokesperson, press\\media\nsecond line';
    const text = vcard({ ...guido, role });
    expect(propertyValue(text, 'ROLE')).toBe('Head\\; spokesperson\\, press\\\\media\\nsecond line');
    expect(unescapeText(propertyValue(text, 'ROLE'))).toBe(role);
  });

  test('escapes commas and semicolons inside N components, keeping ; as the separator', () => {
    const text = vcard({ ...guido, familyName: 'Smith; Jones', givenName: 'Anna, Maria' });
    expect(propertyValue(text, 'N')).toBe('Smith\\; Jones;Anna\\, Maria;;;');
  });
});

describe('name parts', () => {
  test('splits the sort name at its first comma', () => {
    expect(nameParts({ sortName: 'Domański, Jarosław Marcin' })).toEqual({ family: 'Domański', given: 'Jarosław Marcin' });
  });

  test('takes a sort name without a comma as the family name', () => {
    expect(nameParts({ sortName: 'Nazarbayev' })).toEqual({ family: 'Nazarbayev', given: '' });
  });

  test('prefers explicit parts to the sort name', () => {
    expect(nameParts({ sortName: 'A, B', familyName: 'C' })).toEqual({ family: 'C', given: '' });
  });

  test('leaves N components empty when nothing is known', () => {
    expect(propertyValue(vcard({ ...guido, sortName: undefined }), 'N')).toBe(';;;;');
  });
});

describe('folding', () => {
  const domanski: ContactCard = {
    personId: 'jaroslaw-marcin-domanski',
    missionId: 'kz/2021-parliamentary',
    fullName: 'Jarosław Marcin Domański',
    sortName: 'Domański, Jarosław Marcin',
    role: 'Spokesperson — Jarosław Marcin Domański, Ingibjörg Sólrún Gísladóttir, żółć, ąęśźńł, Þórður Ægisson, ðæþ 日本 𝒳',
    organization: 'Biuro Instytucji Demokratycznych i Praw Człowieka OBWE — Ingibjörg Sólrún Gísladóttir',
  };
  const text = vcard(domanski);

  test('keeps every physical line within 75 octets of UTF-8', () => {
    const lines = physicalLines(text);
    expect(lines.length).toBeGreaterThan(unfold(text).length);
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
  });

  test('never splits a multi-byte character across lines', () => {
    for (const line of physicalLines(text)) {
      expect(() => strictDecoder.decode(encoder.encode(line))).not.toThrow();
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  test('unfolding restores the values', () => {
    expect(unescapeText(propertyValue(text, 'ROLE'))).toBe(domanski.role);
    expect(unescapeText(propertyValue(text, 'ORG'))).toBe(domanski.organization);
  });

  test('fills a line up to 75 octets and a continuation up to 74 plus its space', () => {
    expect(foldedName('x'.repeat(72 + 74 + 1))).toEqual([`FN:${'x'.repeat(72)}`, ` ${'x'.repeat(74)}`, ' x']);
  });

  test('moves a two-byte character that would straddle octet 75 to the next line', () => {
    expect(foldedName(`${'x'.repeat(71)}ń`)).toEqual([`FN:${'x'.repeat(71)}`, ' ń']);
  });

  test('moves a four-byte character whole', () => {
    expect(foldedName(`${'x'.repeat(70)}𝒳`)).toEqual([`FN:${'x'.repeat(70)}`, ' 𝒳']);
  });

  test('leaves a line of exactly 75 octets alone', () => {
    expect(foldedName(`${'x'.repeat(70)}ó`)).toEqual([`FN:${'x'.repeat(70)}ó`]);
  });
});

describe('multi-card files', () => {
  test('concatenates whole cards in order', () => {
    const text = vcards([guido, gisladottir]);
    expect(text).toBe(vcard(guido) + vcard(gisladottir));
    const lines = physicalLines(text);
    expect(lines.filter((l) => l === 'BEGIN:VCARD')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VCARD')).toHaveLength(2);
    expect(lines[lines.indexOf('END:VCARD') + 1]).toBe('BEGIN:VCARD');
  });

  test('gives each card its own UID', () => {
    const uids = unfold(vcards([guido, gisladottir])).filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(2);
  });

  test('is empty for no cards', () => {
    expect(vcards([])).toBe('');
  });
});

describe('UID', () => {
  test('is the UUID v5 of person and mission in the archive’s own namespace', () => {
    // The reference above gives RFC 9562's test vector for www.example.com in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    const namespace = '4f1c2b7e-9a53-4d0e-8b61-3c7d2a9e5f10';
    expect(uid(guido)).toBe(`urn:uuid:${uuidV5('guido-almerigogna kz/2021-parliamentary', namespace)}`);
    expect(uid({ personId: 'x', fullName: 'X' })).toBe(`urn:uuid:${uuidV5('x ', namespace)}`);
  });

  test('is stable per person and mission, and differs between missions', () => {
    expect(uid(guido)).toBe('urn:uuid:b1df6a4c-d0ba-55e2-a969-bb36e10b77a1');
    expect(uid({ ...gisladottir, personId: 'guido-almerigogna' })).toBe(uid(guido));
    expect(uid({ ...guido, missionId: 'kz/2023-parliamentary' })).not.toBe(uid(guido));
    expect(uid({ personId: 'guido-almerigogna', fullName: 'Guido Almerigogna' })).not.toBe(uid(guido));
  });
});

describe('values', () => {
  test('writes the number in E.164, with no spaces', () => {
    expect(propertyValue(vcard(guido), 'TEL')).toBe('+4560109772');
    expect(propertyValue(vcard({ ...guido, phone: '+48226945000' }), 'TEL')).toBe('+48226945000');
  });

  test('a contact of a mission that is over carries the page’s warning first in NOTE', () => {
    const text = vcard({ ...guido, warning: 'Past mission: this contact was published for a mission that is over and may no longer answer.' });
    const note = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstPropertyValue('note');
    expect(note).toMatch(/^Past mission: this contact was published for a mission that is over and may no longer answer\. Published in: /);
  });

  test('turns the statement day into a REV timestamp', () => {
    expect(propertyValue(vcard(guido), 'REV')).toBe('20210104T000000Z');
    expect(() => vcard({ ...guido, published: { title: 'T', date: '2021-01' } })).toThrow(RangeError);
  });
});

describe('read back by a real vCard parser (ical.js)', () => {
  // ical.js is the parser Thunderbird and many CardDAV clients use; it reads 3.0 with its vCard 3 rules.
  const read = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

  test('the spokesperson card is vCard 3.0 with every field intact', () => {
    const card = read(vcard(guido));
    expect(card.getFirstPropertyValue('version')).toBe('3.0');
    expect(card.getFirstPropertyValue('fn')).toBe('Guido Almerigogna');
    expect(card.getFirstPropertyValue('n')).toEqual(['Almerigogna', 'Guido', '', '', '']);
    const tel = card.getFirstProperty('tel')!;
    expect([tel.getFirstValue(), tel.getParameter('type')]).toEqual(['+4560109772', ['WORK', 'VOICE']]);
    expect(card.getFirstPropertyValue('email')).toBe('guido.almerigogna@oscepa.dk');
    expect(card.getFirstPropertyValue('note')).toBe(
      'Published in: OSCE PA to deploy observers for the 10 January parliamentary elections in Kazakhstan, 2021-01-04',
    );
    // Properties vCard 3.0 does not define are not written: older Outlook drops the card over them.
    expect(card.getFirstProperty('kind')).toBeNull();
  });

  test('a UTF-8 name folded across lines comes back whole', () => {
    const name = 'Jarosław Marcin Domański Ingibjörg Sólrún Gísladóttir Urszula Józefa Gacek';
    const card = read(vcard({ personId: 'x', fullName: name, sortName: 'Domański, Jarosław Marcin' }));
    expect(card.getFirstPropertyValue('fn')).toBe(name);
    expect(card.getFirstPropertyValue('n')).toEqual(['Domański', 'Jarosław Marcin', '', '', '']);
  });
});
