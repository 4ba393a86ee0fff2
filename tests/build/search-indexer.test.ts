// The indexer against the real Pagefind binary: what it writes for a few pages, and that a build
// with nothing searchable fails instead of publishing an empty index.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { SearchIndexer } from '../../src/search/indexer.ts';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'indexer-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head>` + `<body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;

test('writes an index with one entry and one fragment per page it was given', async () => {
  const indexer = await SearchIndexer.start();
  await indexer.add('/statements/2021-01-11-kz-parliamentary-preliminary/', page('Preliminary statement', 'Observers in Nur-Sultan'));
  await indexer.add('/missions/kz/2021-parliamentary/', page('Parliamentary elections 2021', 'Limited election observation mission'));

  expect(await indexer.write(out)).toBe(2);
  const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8'));
  expect(entry.languages.en.page_count).toBe(2);
  expect((await readdir(join(out, 'fragment'))).length).toBe(2);
});

test('refuses to write an index when no page was searchable', async () => {
  const indexer = await SearchIndexer.start();
  await expect(indexer.write(out)).rejects.toThrow('no page carries data-pagefind-body, so the search index would be empty');
  expect(await readdir(out)).toEqual([]);
});
