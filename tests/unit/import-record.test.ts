/**
 * The import record (`tests/fixtures/importer/real/records/`): one file per real text the archive
 * imported, written when it was imported. Its totals are the importer's figure on real texts as they
 * came, field by field.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ImportRecord } from '../../src/importer/record.ts';
import { share, tally, tallyTable } from '../../src/importer/score.ts';

const dir = new URL('../fixtures/importer/real/records/', import.meta.url);
const records = (existsSync(dir) ? readdirSync(dir) : []).map((file) => ({
  file,
  record: JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as ImportRecord,
}));

describe('the import record', () => {
  test.each(records)('$file: its text, address, score and fingerprint', ({ file, record }) => {
    expect(`${record.text}.json`).toBe(file);
    expect(record.url).toMatch(/^https?:\/\/[^\s/@]+\//);
    expect(record.importedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(record.score).toBe(`${record.right.length}/${record.right.length + record.corrected.length}`);
    expect(record.fingerprint.length % 10).toBe(0);
    expect(record.fingerprint).toMatch(/^[A-Za-z0-9_-]*$/);
  });

  test('each public original is recorded once', () => {
    const urls = records.map((r) => r.record.url);
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  test('its totals, field by field', () => {
    const t = tally(
      records.map(({ record }) => ({
        name: record.text,
        chances: [
          ...record.right.map((r) => ({ field: r.field, expected: r.value, imported: r.value, right: true })),
          ...record.corrected.map((c) => ({ field: c.field, expected: c.published, imported: c.imported, right: false })),
        ],
      })),
    );
    console.log(`import record, ${records.length} real texts as imported\n${tallyTable(t)}`);
    // The table adds up to the records' own scores.
    const [hits, of] = records.reduce(
      ([h, o], { record }) => {
        const [right, all] = record.score.split('/').map(Number);
        return [h + right!, o + all!];
      },
      [0, 0],
    );
    expect(share(t)).toEqual({ hits, of });
  });
});
