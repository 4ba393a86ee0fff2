/**
 * Every published format, fed the hostile archive (tests/support/hostile-archive.ts: each text
 * field holds line breaks, controls and every format's own syntax) and read back with a real parser
 * of that format: no forged event, record, row or element, and every text arrives as the one place
 * that keeps the format's rules says it should.
 */
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { eventsOf } from '../../src/calendar/archive.ts';
import { icsText } from '../../src/calendar/ics.ts';
import { calendarText, escapedText } from '../../src/calendar/text.ts';
import { allStatementsFeed, countryFeed, feedXml, organizationFeed } from '../../src/feeds/statements.ts';
import { feedNames } from '../../src/feeds/names.ts';
import { xmlText } from '../../src/feeds/xml-text.ts';
import { downloads } from '../../src/data/catalogue.ts';
import { csvFile } from '../../src/data/csv.ts';
import { citationText } from '../../src/citations/formats.ts';
import { listCitablePages } from '../../src/citations/pages.ts';
import { cslItem } from '../../src/citations/reference.ts';
import { oneLine } from '../../src/citations/text.ts';
import { cardFor, directoryEntries } from '../../src/contacts/directory.ts';
import { vcard } from '../../src/contacts/vcard.ts';
import { HOSTILE, hostile, hostileArchive, hostileEntries } from '../support/hostile-archive.ts';

const SITE = 'https://election-observation-archive.org';

describe('iCalendar (RFC 5545): src/calendar/text.ts', () => {
  const mission = hostileArchive.missions[0]!;
  for (const locale of ['en', 'ru'] as const) {
    const events = eventsOf(mission, hostileArchive, SITE, locale);
    const name = hostile('calendar name (mission title and country name)');
    const text = icsText(name, hostile('calendar description'), events, locale);
    const root = new ICAL.Component(ICAL.parse(text));
    const read = root.getAllSubcomponents('vevent');

    test(`${locale}: a mission's calendar holds its own events and no other`, () => {
      expect(read).toHaveLength(events.length);
      expect(read.map((v) => v.getFirstPropertyValue('uid'))).toEqual(expect.arrayContaining(events.map((e) => e.uid)));
      expect(root.getAllSubcomponents('valarm')).toEqual([]);
      expect(text).not.toMatch(/^SUMMARY:forged/m);
      // Every line is a property line or a folded continuation; nothing hostile starts a line.
      for (const line of text.split('\r\n').slice(0, -1)) expect(line).toMatch(/^(?: |[A-Z-]+[;:])/);
    });
    test(`${locale}: the calendar's name, description and every event text come back as written, less what TEXT cannot hold`, () => {
      // ical.js keeps NAME (RFC 7986) and the X-WR- properties as written, escapes and all: read them
      // as RFC 5545 TEXT by hand.
      const unescape = (v: unknown) => String(v).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
      for (const property of ['name', 'x-wr-calname']) expect(unescape(root.getFirstPropertyValue(property))).toContain(calendarText(name));
      expect(unescape(root.getFirstPropertyValue('x-wr-caldesc'))).toBe(calendarText(hostile('calendar description')));
      read.forEach((v, i) => {
        const e = [...events].sort((a, b) => a.day.localeCompare(b.day) || (a.uid < b.uid ? -1 : 1))[i]!;
        expect(v.getFirstPropertyValue('summary')).toBe(calendarText(e.summary));
        expect(v.getFirstPropertyValue('description')).toBe(calendarText(e.description));
        expect(v.getAllProperties('categories').flatMap((p) => p.getValues())).toEqual(e.categories.map(calendarText));
      });
    });
    test(`${locale}: the texts that reach it are the mission's title, its country's name and the milestones' notes in its language`, () => {
      const all = read.map((v) => `${v.getFirstPropertyValue('summary')} ${v.getFirstPropertyValue('description')}`).join(' ');
      expect(all).toContain(calendarText(hostile(locale === 'en' ? 'mission.title' : 'mission.ru.title')));
      expect(all).toContain(calendarText(hostile(locale === 'en' ? 'country.name' : 'country.ru.name')));
      // The hostile milestones' notes have no Russian: the Russian calendar leaves them out.
      if (locale === 'en') expect(all).toContain(calendarText(hostile('mission.milestones.note')));
      else expect(all).not.toContain(calendarText(hostile('mission.milestones.note')));
    });
  }
  test('escapedText is RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped, controls out', () => {
    expect(escapedText('a\\b;c,d\r\ne\rf\ng\u0000\u001b\t')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng\t');
  });
});

/**
 * A strict XML 1.0 reading (saxes, which checks every character the specification allows): its
 * errors, and the text of each element by name, as an XML processor hands it over.
 */
function readXml(xml: string): { errors: string[]; texts: Map<string, string[]> } {
  const errors: string[] = [];
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.on('opentag', (tag) => open.push({ name: tag.name, text: '' }));
  parser.on('text', (t) => open.length && (open[open.length - 1]!.text += t));
  parser.on('closetag', () => {
    const { name, text } = open.pop()!;
    texts.set(name, [...(texts.get(name) ?? []), text]);
  });
  parser.write(xml).close();
  return { errors, texts };
}

describe('XML 1.0 (feeds): src/feeds/xml-text.ts', async () => {
  const names = feedNames(hostileArchive, 'en');
  const ruNames = feedNames(hostileArchive, 'ru');
  const feeds = {
    all: await feedXml(allStatementsFeed(hostileArchive.statements, 'en'), SITE, names),
    country: await feedXml(countryFeed({ id: 'kz', name: hostile('country.name') }, hostileArchive.statements, 'en'), SITE, names),
    organization: await feedXml(organizationFeed({ id: 'obs', name: hostile('organization.name') }, hostileArchive.statements, 'en'), SITE, names),
    ru: await feedXml(allStatementsFeed(hostileArchive.statements, 'ru'), SITE, ruNames),
  };
  test.each(Object.entries(feeds))('the %s feed is well-formed XML 1.0, with one item per statement', (_, xml) => {
    expect(readXml(xml).errors).toEqual([]);
    expect(parseFeed(xml).items).toHaveLength(1);
  });
  // XML reads every line break as a line feed (§2.11): compare with that done.
  const asRead = (s: string) => xmlText(s).replace(/\r\n?/g, '\n');
  test('titles, summaries, names and categories come back as written, less what XML cannot hold', () => {
    const all = readXml(feeds.all).texts;
    // The channel's title first, then the item's.
    expect(all.get('title')![1]).toBe(asRead(hostile('statement.title')));
    expect(all.get('description')![1]).toBe(asRead(hostile('statement.summary')));
    expect(all.get('category')).toEqual(['Press release', asRead(hostile('organization.shortName')), asRead(hostile('country.name'))]);
    expect(readXml(feeds.country).texts.get('title')![0]).toContain(asRead(hostile('country.name')));
    expect(readXml(feeds.organization).texts.get('title')![0]).toContain(asRead(hostile('organization.name')));
    const ru = readXml(feeds.ru).texts;
    expect(ru.get('title')![1]).toBe(asRead(hostile('statement.ru.title')));
    expect(ru.get('description')![1]).toBe(asRead(hostile('statement.ru.summary')));
    expect(ru.get('category')).toContain(asRead(hostile('organization.ru.shortName')));
  });
  test('xmlText keeps tab, line breaks, letters beyond the BMP and markup (the writer escapes it), and nothing XML forbids', () => {
    expect(xmlText('a\tb\nc\rd 😀 <&>\u0000\u0008\u000b\u000c\u001f\u007f\u0085\ud800\ufffe\uffff')).toBe('a\tb\nc\rd 😀 <&>');
  });
});

describe('CSV (RFC 4180, formulas neutralised): src/data/csv.ts', () => {
  /** `text` with a quote mark before each formula character (OWASP's list and its full-width forms) after a separator. */
  const neutralised = (text: string) => text.replace(/([,;\t\r\n])([=+\-@\uff1d\uff0b\uff0d\uff20])/g, "$1'$2");
  const files = downloads(hostileEntries as never, '2026-01-01').filter((d) => d.format === 'CSV');
  test.each(files.map((f) => [f.file, f] as const))('%s: one row per record, every row as wide as the header', (_, file) => {
    const rows = parseCsv(file.text, { bom: false, relax_column_count: true }) as string[][];
    const header = rows[0]!;
    for (const row of rows) expect(row).toHaveLength(header.length);
    // The hostile archive has one entry per collection, and one fact of each kind but milestones (two);
    // its country lists no capital or chairpersonship, its statement no person.
    const facts: Record<string, number> = { 'milestones.csv': 2, 'capitals.csv': 0, 'chairpersonships.csv': 0, 'statement-people.csv': 0 };
    expect(rows.length).toBe(1 + (facts[file.file] ?? 1));
  });
  test.each(files.map((f) => [f.file, f] as const))('%s: no cell, and no part of one after a separator, starts a formula', (_, file) => {
    for (const row of parseCsv(file.text) as string[][])
      for (const cell of row) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell).not.toMatch(/[,;\t\r\n][=+\-@]/);
      }
  });
  test('a hostile text comes back as written, with a quote mark before each would-be formula', () => {
    const statements = parseCsv(files.find((f) => f.file === 'statements.csv')!.text, { columns: true }) as Record<string, string>[];
    expect(statements[0]!.title).toBe(neutralised(hostile('statement.title')));
    expect(statements[0]!.summary).toBe(neutralised(hostile('statement.summary')));
    const findings = parseCsv(files.find((f) => f.file === 'findings.csv')!.text, { columns: true }) as Record<string, string>[];
    expect(findings[0]!.summary).toBe(neutralised(hostile('mission.findings.summary')));
  });
  test('a lone LF or CR is quoted like CRLF, and a cell starting with a formula is marked', () => {
    expect(csvFile([['a\nb', 'c\rd', '=1', 'x;=1', 'kz; uz']])).toBe(`\ufeff"a\nb","c\rd",'=1,x;'=1,kz; uz\r\n`);
  });
});

describe('BibTeX and RIS: src/citations/text.ts', () => {
  const pages = listCitablePages(hostileArchive, SITE);
  test('there is a citable page of each kind, with hostile titles', () => {
    expect(pages.map((p) => p.kind).sort()).toEqual(['country', 'mission', 'statement']);
  });
  test.each(pages.map((p) => [p.kind, p] as const))('%s: BibTeX is one entry whose fields come back on one line', (_, page) => {
    const item = cslItem(page);
    const lib = parseBibtex(citationText(item, 'bib'));
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const title = lib.entries[0]!.fields.title as string;
    // The parser reads LaTeX back to Unicode and folds white space; what must hold: no line is broken,
    // and the title's own letters are there.
    expect(title).not.toMatch(/[\r\n]/);
    expect(title).toContain('end');
    expect(title).toContain(page.kind === 'country' ? 'country.name:' : page.kind === 'mission' ? 'mission.title:' : 'statement.title:');
  });
  test.each(pages.map((p) => [p.kind, p] as const))('%s: RIS is one record, every field one line', (_, page) => {
    const text = citationText(cslItem(page), 'ris');
    expect(text.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(text.match(/^ER {2}- /gm)).toHaveLength(1);
    for (const line of text.split('\r\n').slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const back = new Cite(text).data as { title: string }[];
    expect(back).toHaveLength(1);
    expect(back[0]!.title).toBe(oneLine(cslItem(page).title));
  });
});

describe('vCard 3.0: src/contacts/vcard.ts', () => {
  const entries = directoryEntries(hostileArchive.people, hostileArchive.statement);
  const cards = entries.map((e) => vcard(cardFor(e, hostileArchive, SITE)));
  test('one card per contact point, read back by ical.js with every field intact', () => {
    expect(cards).toHaveLength(1);
    const parsed = ICAL.parse(cards[0]!) as unknown[];
    expect(parsed[0]).toBe('vcard');
    const card = new ICAL.Component(parsed);
    // vCard text keeps line breaks (as \n) and drops the controls it has no encoding for. ical.js
    // decodes every escape of vCard 3.0 but `\;` outside structured values, which it keeps as written.
    const asRead = (s: string) =>
      s
        .replace(/\r\n|\r|\n/g, '\n')
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(/;/g, '\\;');
    expect(card.getFirstPropertyValue('fn')).toBe(asRead(hostile('person.name')));
    expect(card.getFirstPropertyValue('title')).toBe(asRead(hostile('person.contactPoints.title')));
    expect(card.getFirstPropertyValue('role')).toBe(asRead(hostile('person.contactPoints.role')));
    // ORG is structured: its `;` parts components, so ical.js gives the one component decoded whole.
    expect(card.getFirstPropertyValue('org')).toBe(asRead(hostile('organization.name')).replace(/\\;/g, ';'));
    expect(card.getFirstPropertyValue('note')).toBe(asRead(`Published in: ${hostile('statement.title')}, 2021-01-04`));
    expect(cards[0]!.match(/^BEGIN:VCARD/gm)).toHaveLength(1);
    expect(cards[0]!.match(/^END:VCARD/gm)).toHaveLength(1);
  });
});

test('the hostile text holds every kind of character the formats treat specially', () => {
  for (const c of ['\r', '\n', '\u0000', '\f', '\u001b', '\u2028', '\u0085', '\u202e', ';', ',', '\\', '{', '%', '<', '&', '"', '😀'])
    expect(HOSTILE).toContain(c);
});
