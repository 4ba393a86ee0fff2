import { expect, test } from 'vitest';
import { z } from 'astro/zod';
import { COLLECTION_FACTS, entryPath, filePattern, type CollectionName, type References } from '../../src/archive/collections.ts';
import { collectionReferences, referencesIn } from '../../src/archive/references.ts';
import { countryRef, personRef, statementRef } from '../../src/schemas/common.ts';
import { jsonSchemaFor } from '../../src/schemas/json-schema.ts';
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

/** `roles[].organization`, for each field a collection declares as naming another entry. */
function declaredReferences(shape: References, path = ''): string[] {
  if (typeof shape === 'string') return [path];
  if (Array.isArray(shape)) return declaredReferences(shape[0] as References, `${path}[]`);
  return Object.entries(shape).flatMap(([field, inner]) => declaredReferences(inner, path ? `${path}.${field}` : field));
}

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; anyOf?: JsonSchema[]; pattern?: string };

/** The same from the JSON Schema: every field whose text must have the shape of an id. */
function idFields(schema: JsonSchema, path = ''): string[] {
  if (schema.pattern === ID_SHAPE) return [path];
  if (schema.items) return idFields(schema.items, `${path}[]`);
  if (schema.anyOf) return schema.anyOf.flatMap((s) => idFields(s, path));
  return Object.entries(schema.properties ?? {}).flatMap(([field, inner]) => idFields(inner, path ? `${path}.${field}` : field));
}

const ID_SHAPE = '^[a-z0-9]+(?:[-/][a-z0-9]+)*$';

test('every field of a schema that holds an id is read as a reference of its collection, and nothing else', () => {
  for (const collection of Object.keys(COLLECTION_FACTS) as CollectionName[])
    expect(declaredReferences(collectionReferences(collection)).sort(), collection).toEqual(idFields(jsonSchemaFor(collection)).sort());
});

test('a reference keeps its collection through descriptions, refinements, optional fields, lists and pipes', () => {
  const schema = z.object({
    name: z.string(),
    country: countryRef().describe('Where the example happened.').optional(),
    people: z.array(z.object({ person: personRef().refine((id) => id !== 'nobody'), role: z.string() })).default([]),
    sources: z
      .array(statementRef())
      .transform((ids) => [...new Set(ids)])
      .optional(),
    notes: z.array(z.string()),
  });
  expect(referencesIn(schema)).toEqual({ country: 'countries', people: [{ person: 'people' }], sources: ['statements'] });
  expect(referencesIn(z.object({ name: z.string() }))).toBeUndefined();
});

test("a mission's references, in the order of its schema's fields (the order of the check's problems)", () => {
  expect(collectionReferences('missions')).toEqual({
    country: 'countries',
    organizations: ['organizations'],
    leaders: [{ person: 'people', organization: 'organizations', appointedBy: { organization: 'organizations', person: 'people' }, source: 'statements' }],
    observers: [{ organization: 'organizations', source: 'statements' }],
    milestones: [{ source: 'statements' }],
    findings: [{ assessedBy: 'organizations', source: 'statements' }],
  });
  expect(Object.keys(collectionReferences('missions'))).toEqual(['country', 'organizations', 'leaders', 'observers', 'milestones', 'findings']);
});
