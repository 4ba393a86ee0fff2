/**
 * The cases of the hostile corpus the check accepts (tests/fixtures/hostile/, those with an empty
 * expected.txt) are built into one site, and every file of every format is read back with a real
 * parser of that format: each calendar is one calendar with its mission's events and no more, each
 * feed and the sitemap are well-formed XML 1.0, each CSV is a table every row of which is as wide as
 * its header and no cell of which a spreadsheet would run, each citation one record, each vCard one
 * card. Content that passes the check is published harmlessly.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/astro.ts';
import { removeAtExit } from '../support/cleanup.ts';
import { copyContent, FIXTURE_CONTENT, REPO } from '../support/content-tree.ts';

const CORPUS = join(REPO, 'tests/fixtures/hostile');
const accepted = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && readFileSync(join(CORPUS, e.name, 'expected.txt'), 'utf8').trim() === '')
  .map((e) => e.name)
  .sort();

const out = mkdtempSync(join(tmpdir(), 'archive-hostile-dist-'));
removeAtExit(out);
const files = (ext: string) =>
  (readdirSync(out, { recursive: true }) as string[])
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ path: relative(out, join(out, f)), text: readFileSync(join(out, f), 'utf8') }));

beforeAll(async () => {
  const tree = copyContent(FIXTURE_CONTENT);
  for (const name of accepted) cpSync(join(CORPUS, name, 'content'), tree.contentDir, { recursive: true });
  await buildSite(REPO, { contentDir: tree.contentDir, outDir: out });
  tree.remove();
}, 600_000);

test('the corpus has cases the check accepts, and they are built', () => {
  expect(accepted.length).toBeGreaterThanOrEqual(3);
  expect(files('.html').length).toBeGreaterThan(20);
});

function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

describe('every file of every format reads back as one of its kind', () => {
  test('calendars: one calendar each, with events a mission has (election days and dated milestones), never an alarm', () => {
    const calendars = files('.ics');
    expect(calendars.length).toBeGreaterThan(0);
    for (const { path, text } of calendars) {
      const root = new ICAL.Component(ICAL.parse(text));
      expect(root.name, path).toBe('vcalendar');
      const events = root.getAllSubcomponents('vevent');
      // The fixture's mission has one election day and one dated milestone (the opening).
      expect(events.length, path).toBe(2);
      expect(root.getAllSubcomponents('valarm'), path).toEqual([]);
      for (const line of text.split('\r\n').slice(0, -1)) expect(line, path).toMatch(/^(?: |[A-Z-]+[;:])/);
    }
  });
  test('feeds and the sitemap: well-formed XML 1.0', () => {
    const xml = files('.xml');
    expect(xml.some((f) => f.path.startsWith('feeds/'))).toBe(true);
    expect(xml.some((f) => f.path.startsWith('sitemap'))).toBe(true);
    for (const { path, text } of xml) expect(xmlErrors(text), path).toEqual([]);
  });
  test('CSV: every row as wide as its header, no cell or part of one a spreadsheet would run', () => {
    for (const { path, text } of files('.csv')) {
      const rows = parseCsv(text, { relax_column_count: true }) as string[][];
      for (const row of rows) {
        expect(row.length, path).toBe(rows[0]!.length);
        for (const cell of row) expect(cell, path).not.toMatch(/^[=+\-@\t\r]|[,;\t\r\n][=+\-@]/);
      }
    }
    const statements = parseCsv(files('.csv').find((f) => f.path === 'data/v1/statements.csv')!.text, { columns: true }) as { summary: string }[];
    expect(statements.some((s) => s.summary.includes('\n'))).toBe(true);
  });
  test('BibTeX: one entry a file, read without error', () => {
    for (const { path, text } of files('.bib')) {
      const lib = parseBibtex(text);
      expect(lib.errors, path).toEqual([]);
      expect(lib.entries, path).toHaveLength(1);
    }
  });
  test('RIS: one record a file, every line a tag', () => {
    for (const { path, text } of files('.ris')) {
      expect(text.match(/^TY {2}- /gm), path).toHaveLength(1);
      expect(text.match(/^ER {2}- /gm), path).toHaveLength(1);
      for (const line of text.split('\r\n').slice(0, -1)) expect(line, path).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    }
  });
  test('vCards: one card a contact (a mission file one per contact), read by ical.js', () => {
    const cards = files('.vcf');
    expect(cards.length).toBeGreaterThan(0);
    for (const { path, text } of cards) {
      const parsed = ICAL.parse(text) as unknown[];
      // One card parses to a component, several to a list of them.
      const read = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
      for (const card of read) expect(card[0], path).toBe('vcard');
      expect(text.match(/^BEGIN:VCARD\r?$/gm), path).toHaveLength(read.length);
      expect(text.match(/^END:VCARD\r?$/gm), path).toHaveLength(read.length);
      if (path.startsWith('contacts/')) expect(read, path).toHaveLength(1);
    }
  });
});
