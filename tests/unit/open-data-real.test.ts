/**
 * The open-data files of the real archive, read as their clients read them: each JSON download
 * validated, as downloaded, against the schema it links (Ajv, JSON Schema 2020-12), and the keys
 * that join other datasets present on every record that needs one. Computed from
 * `content/`, so a valid entry added keeps this green.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/archive/check.ts';
import { downloads, type ArchiveEntries } from '../../src/data/catalogue.ts';
import { COLLECTIONS } from '../../src/data/records.ts';
import { REPO } from '../support/content-tree.ts';
import { validAgainstLinkedSchema } from '../support/json-downloads.ts';

const { entries } = checkContent(REPO);
const files = downloads(entries as unknown as ArchiveEntries, '2026-01-01');

describe('JSON downloads of the real archive', () => {
  test.each(COLLECTIONS)('%s.json is valid against the schema it links', (collection) => {
    const text = files.find((f) => f.file === `${collection}.json`)!.text;
    expect(JSON.parse(text).records.length).toBe(entries[collection].length);
    expect(validAgainstLinkedSchema(text, files)).toEqual([]);
  });
});

describe('join keys of the real archive', () => {
  const records = (c: string) => JSON.parse(files.find((f) => f.file === `${c}.json`)!.text).records as Record<string, string>[];
  test('every country has its ISO 3166-1 alpha-3 and numeric codes, and every mission its country’s alpha-3 code and election day', () => {
    expect(
      records('countries')
        .filter((c) => !/^[A-Z]{3}$/.test(c.iso3!) || !/^\d{3}$/.test(c.isoNumeric!))
        .map((c) => c.id),
    ).toEqual([]);
    expect(
      records('missions')
        .filter((m) => !/^[A-Z]{3}$/.test(m.countryIso3!) || !m.electionDay)
        .map((m) => m.id),
    ).toEqual([]);
  });
});
