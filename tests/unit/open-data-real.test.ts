/**
 * The open-data files of the real archive, read as their clients read them: each JSON download
 * validated, as downloaded, against the schema it links (Ajv, JSON Schema 2020-12). Computed from
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
