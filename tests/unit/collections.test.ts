import { expect, test } from 'vitest';
import { COLLECTION_FACTS, entryPath, filePattern } from '../../src/archive/collections.ts';
import { schemas } from '../../src/schemas/index.ts';

test('every collection with a schema is described, and nothing else', () => {
  expect(Object.keys(COLLECTION_FACTS)).toEqual(Object.keys(schemas));
});

test("Astro's loaders read exactly the files the content check accepts", () => {
  expect(filePattern('statements')).toBe('**/*.{md,mdx}');
  expect(filePattern('people')).toBe('**/*.yaml');
});

test('a missing entry is looked for where the content check wants its file', () => {
  expect(COLLECTION_FACTS.statements.fileOf('2021-01-04-x')).toBe('2021/2021-01-04-x.mdx');
  expect(COLLECTION_FACTS.missions.fileOf('kz/2021-parliamentary')).toBe('kz/2021-parliamentary.mdx');
  expect(COLLECTION_FACTS.people.fileOf('ana-example')).toBe('ana-example.yaml');
  const ids = { countries: 'kz', organizations: 'odihr', people: 'ana-example', missions: 'kz/2021-parliamentary', statements: '2021-01-04-x' };
  for (const [collection, facts] of Object.entries(COLLECTION_FACTS)) {
    const file = facts.fileOf(ids[collection as keyof typeof ids]);
    expect(facts.extensions.some((ext) => file.endsWith(ext))).toBe(true);
    const folders = file.split('/').slice(0, -1);
    expect(folders.length).toBe(facts.folders.depth);
    if (facts.folders.folder) expect(folders[0]).toMatch(facts.folders.folder);
  }
});

test("an entry's page sits under its collection's folder", () => {
  expect(entryPath('missions', 'kz/2021-parliamentary')).toBe('/missions/kz/2021-parliamentary/');
});
